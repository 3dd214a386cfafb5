/**
 * Who speaks for a Terraform root: a plan found among the definitions is checked against the `.tf`
 * files, which are evaluated; the pipeline's own plan stands in for them.
 */
import { describe, expect, test } from 'vitest';
import { parseSources } from '../../../src/load/parse-sources.js';
import type { SourceFile } from '../../../src/load/source-file.js';
import { addressMatcher } from '../../../src/parsers/terraform/plan-roots.js';
import { machine, planJson, source } from './helpers.js';

const TF = `resource "hyperv_machine_instance" "web" {
  name                   = "web-01"
  snapshot_file_location = var.checkpoints
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    path                = "D:\\\\VMs\\\\web-01.vhdx"
  }
}

resource "hyperv_machine_instance" "archive" {
  name = "archive-01"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 3
  }
}

variable "checkpoints" {
  type = string
}
`;

const web = machine('hyperv_machine_instance.web', { name: 'web-01', snapshot_file_location: 'D:\\VMs', disks: [{ path: 'D:\\VMs\\web-01.vhdx' }] });
const archive = machine('hyperv_machine_instance.archive', { name: 'archive-01', disks: [{ path: '', disk_number: 3, controller_location: 1 }] });

async function read(files: readonly SourceFile[], terraformPlans: readonly SourceFile[] = []) {
  const { estate, plans } = await parseSources(files, { terraformPlans });
  return {
    vms: estate.vms.map((vm) => `${vm.address} ${vm.format} ${vm.at.file}:${vm.at.line}`),
    diagnostics: estate.diagnostics.map((d) => `${d.code} ${d.at.file}:${d.at.line}`),
    notices: estate.notices ?? [],
    plans,
  };
}

describe('a plan JSON found among the definitions', () => {
  test('that leaves out a VM the .tf files add: HVB000 at the plan, and the .tf files are evaluated', async () => {
    const result = await read([source('infra/main.tf', TF), source('infra/plan.json', planJson([web]))]);
    expect(result.vms).toEqual(['hyperv_machine_instance.web terraform infra/main.tf:1', 'hyperv_machine_instance.archive terraform infra/main.tf:11']);
    expect(result.diagnostics).toEqual(['plan-missing-resource:hyperv_machine_instance.archive infra/plan.json:1']);
    expect(result.notices).toEqual([expect.stringMatching(/^infra\/plan\.json:1:1: this plan was found among the definitions, so it is checked/)]);
  });

  test('that lists a VM the .tf files do not define: HVB000 at that resource change', async () => {
    const extra = machine('hyperv_machine_instance.ghost', { name: 'ghost' });
    const result = await read([source('infra/main.tf', TF), source('infra/plan.json', planJson([web, archive, extra]))]);
    expect(result.diagnostics).toEqual([expect.stringMatching(/^plan-not-in-configuration:hyperv_machine_instance\.ghost infra\/plan\.json:\d+$/)]);
    expect(result.vms.every((vm) => vm.includes(' terraform infra/main.tf:'))).toBe(true);
  });

  test('that matches its configuration: no finding, and still only the .tf files are evaluated', async () => {
    const result = await read([source('infra/main.tf', TF), source('infra/plan.json', planJson([web, archive]))]);
    expect(result.diagnostics).toEqual([]);
    expect(result.vms).toHaveLength(2);
    expect(result.plans).toEqual([]);
  });

  test('that a plan deletes a VM the configuration still defines is a mismatch', async () => {
    const deleting = { ...archive, change: { ...archive.change, actions: ['delete'], before: archive.change.after, after: null } };
    const result = await read([source('infra/main.tf', TF), source('infra/plan.json', planJson([web, deleting]))]);
    expect(result.diagnostics).toEqual(['plan-missing-resource:hyperv_machine_instance.archive infra/plan.json:1']);
  });

  test('without any configuration beside it, it is all there is: its VMs are evaluated', async () => {
    const result = await read([source('plans/plan.json', planJson([web]))]);
    expect(result.vms).toEqual([expect.stringMatching(/^hyperv_machine_instance\.web terraform-plan plans\/plan\.json:\d+$/)]);
  });
});

describe("the pipeline's own plan (--terraform-plan)", () => {
  test('stands in for the .tf files of its root: its values are evaluated, at the .tf lines', async () => {
    const result = await read([source('infra/main.tf', TF)], [source('infra/plan.json', planJson([web, archive]), true)]);
    expect(result.vms).toEqual([
      'hyperv_machine_instance.web terraform-plan infra/main.tf:1',
      'hyperv_machine_instance.archive terraform-plan infra/main.tf:11',
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.plans.map((p) => [p.file, p.root])).toEqual([['infra/plan.json', { kind: 'root', dir: 'infra' }]]);
  });

  test('written elsewhere, it finds its root by the configuration it declares', async () => {
    const plan = planJson([web, archive], { configuration: ['hyperv_machine_instance.web', 'hyperv_machine_instance.archive'] });
    const result = await read(
      [source('envs/prod/main.tf', TF), source('envs/lab/main.tf', 'resource "hyperv_vhd" "x" {\n  path = "D:\\\\x.vhdx"\n}\n')],
      [source('/tmp/plan.json', plan, true)],
    );
    expect(result.plans.map((p) => p.root)).toEqual([{ kind: 'root', dir: 'envs/prod' }]);
    expect(result.vms.every((vm) => vm.includes('terraform-plan envs/prod/main.tf'))).toBe(true);
  });

  test('only its own root: another root is still evaluated from its .tf files', async () => {
    const other = 'resource "hyperv_machine_instance" "lab" {\n  name = "lab-01"\n}\n';
    const result = await read(
      [source('envs/prod/main.tf', TF), source('envs/lab/main.tf', other)],
      [source('envs/prod/plan.json', planJson([web, archive]), true)],
    );
    expect(result.vms).toContain('hyperv_machine_instance.lab terraform envs/lab/main.tf:1');
    expect(result.vms.filter((vm) => vm.includes('terraform-plan'))).toHaveLength(2);
  });

  test('matching two roots equally, it says so instead of guessing', async () => {
    const plan = planJson([web], { configuration: ['hyperv_machine_instance.web'] });
    const result = await read([source('envs/a/main.tf', TF), source('envs/b/main.tf', TF)], [source('plan.json', plan, true)]);
    expect(result.plans.map((p) => p.root)).toEqual([{ kind: 'ambiguous', dirs: ['envs/a', 'envs/b'] }]);
  });
});

describe('addressMatcher', () => {
  test('[*] stands for any instance key, nothing else', () => {
    const matches = addressMatcher('module.vm[*].hyperv_machine_instance.this[*]');
    expect(matches('module.vm[0].hyperv_machine_instance.this[1]')).toBe(true);
    expect(matches('module.vm["a]b"].hyperv_machine_instance.this["x"]')).toBe(true);
    expect(matches('module.vm.hyperv_machine_instance.this[0]')).toBe(false);
    expect(matches('module.vm[0].hyperv_machine_instance.that[0]')).toBe(false);
    expect(addressMatcher('hyperv_machine_instance.a')('hyperv_machine_instance.a')).toBe(true);
    expect(addressMatcher('hyperv_machine_instance.a')('hyperv_machine_instance.ab')).toBe(false);
  });
});
