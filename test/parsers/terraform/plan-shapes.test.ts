/**
 * Shapes: every value read from plan JSON, state and `.tf` drafts has the type Terraform writes
 * there, or it is HVB000 naming the JSON path at its position. Nothing crashes, nothing is skipped.
 */
import { describe, expect, test } from 'vitest';
import { parseSources } from '../../../src/load/parse-sources.js';
import { parseTerraformPlan } from '../../../src/parsers/terraform/index.js';
import { machine, planJson, source } from './helpers.js';

const vm = () => machine('hyperv_machine_instance.db', { name: 'db-01', snapshot_file_location: 'D:\\VMs', disks: [{ path: 'D:\\VMs\\db.vhdx' }] });

async function read(text: string) {
  const plan = await parseTerraformPlan({ file: 'plan.json', text });
  return {
    plan,
    diagnostics: plan.after.diagnostics.map((d) => ({ code: d.code, message: d.message, at: `${d.at.line}:${d.at.column}` })),
  };
}

/** The line:column where `needle` starts in the text. */
function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('plan JSON of the wrong shape', () => {
  test('a number that is a string: HVB000 at the value, with its JSON path; the value is not used', async () => {
    const change = vm();
    (change.change.after as { generation: unknown }).generation = '1';
    const text = planJson([change]);
    const { plan, diagnostics } = await read(text);
    expect(diagnostics).toEqual([
      {
        code: 'plan-wrong-type:resource_changes[0].change.after.generation',
        message:
          'resource_changes[0].change.after.generation is a string "1", but Terraform writes a number there: this plan was not written by Terraform as it is',
        at: at(text, '"1"'),
      },
    ]);
    expect(plan.after.vms[0]!.generation).toMatchObject({ known: false });
  });

  test('a list of disks that is an object, a disk number that is a list', async () => {
    const change = vm();
    const after = change.change.after as Record<string, unknown>;
    after.hard_disk_drives = { path: 'D:\\VMs\\db.vhdx' };
    const other = machine('hyperv_machine_instance.app', { name: 'app-01', disks: [{ path: 'D:\\VMs\\app.vhdx' }] });
    (other.change.after as { hard_disk_drives: Record<string, unknown>[] }).hard_disk_drives[0]!.disk_number = [3];
    const { plan, diagnostics } = await read(planJson([change, other]));
    expect(diagnostics.map((d) => d.code)).toEqual([
      'plan-wrong-type:resource_changes[0].change.after.hard_disk_drives',
      'plan-wrong-type:resource_changes[1].change.after.hard_disk_drives[0].disk_number',
    ]);
    expect(diagnostics[0]!.message).toContain('is an object, but Terraform writes a list of objects there');
    // Neither is read as something else: the disks are unknown, never "no disks" or "no pass-through".
    expect(plan.after.vms[0]!.disks[0]!.path).toMatchObject({ known: false });
    expect(plan.after.vms[1]!.disks[0]!.diskNumber).toMatchObject({ known: false });
  });

  test('an object that is a string, actions that are not strings, markers that are not markers', async () => {
    const broken = vm() as unknown as { change: Record<string, unknown> };
    broken.change.after = 'db-01';
    const actions = vm() as unknown as { address: string; change: Record<string, unknown> };
    actions.address = 'hyperv_machine_instance.two';
    actions.change.actions = ['create', 7];
    const markers = vm() as unknown as { address: string; change: Record<string, unknown> };
    markers.address = 'hyperv_machine_instance.three';
    markers.change.after_unknown = 'yes';
    const { diagnostics } = await read(planJson([broken, actions, markers]));
    expect(diagnostics.map((d) => d.code)).toEqual([
      'plan-wrong-type:resource_changes[0].change.after',
      'plan-after-missing:hyperv_machine_instance.db',
      'plan-wrong-type:resource_changes[1].change.actions[1]',
      'plan-wrong-type:resource_changes[2].change.after_unknown',
    ]);
  });

  test('resource_changes that is an object, a resource type that is a list: HVB000, not "no VMs"', async () => {
    const { diagnostics } = await read(JSON.stringify({ format_version: '1.2', planned_values: {}, resource_changes: { a: vm() } }));
    expect(diagnostics.map((d) => d.code)).toEqual(['plan-wrong-type:resource_changes']);
    const typed = vm() as unknown as Record<string, unknown>;
    typed.type = ['hyperv_machine_instance'];
    const second = await read(planJson([typed]));
    expect(second.diagnostics.map((d) => d.code)).toEqual(['plan-wrong-type:resource_changes[0].type']);
  });

  test('a VM that appears only in planned_values or prior_state is HVB000 at it', async () => {
    const hidden = { address: 'hyperv_machine_instance.hidden', mode: 'managed', type: 'hyperv_machine_instance', name: 'hidden', values: { name: 'hidden' } };
    const text = planJson([vm()], {
      extra: {
        planned_values: {
          root_module: {
            resources: [],
            child_modules: [{ address: 'module.x', resources: [{ ...hidden, address: 'module.x.hyperv_machine_instance.hidden' }] }],
          },
        },
        prior_state: { values: { root_module: { resources: [hidden] } } },
      },
    });
    const { diagnostics } = await read(text);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'plan-unlisted-vm:planned_values:module.x.hyperv_machine_instance.hidden',
      'plan-unlisted-vm:prior_state:hyperv_machine_instance.hidden',
    ]);
    expect(diagnostics[0]!.message).toMatch(
      /^planned_values\.root_module\.child_modules\[0\]\.resources\[0\] is the VM module\.x\.hyperv_machine_instance\.hidden, which resource_changes does not list/,
    );
  });

  test('the same address twice, a change without its change: HVB000, and only the first is read', async () => {
    const { plan, diagnostics } = await read(
      planJson([vm(), vm(), { address: 'hyperv_machine_instance.bare', mode: 'managed', type: 'hyperv_machine_instance', name: 'bare' }]),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['plan-duplicate-address:hyperv_machine_instance.db', 'plan-change-missing:hyperv_machine_instance.bare']);
    expect(plan.after.vms.map((v) => v.address)).toEqual(['hyperv_machine_instance.db']);
  });

  test('a deposed object is an older copy: it neither duplicates its address nor overrides the action', async () => {
    const deposed = { ...vm(), deposed: 'abcd1234', change: { ...vm().change, actions: ['delete'], before: vm().change.after, after: null } };
    const { plan, diagnostics } = await read(planJson([vm(), deposed]));
    expect(diagnostics).toEqual([]);
    expect(plan.changes.map((c) => [c.address, c.action])).toEqual([['hyperv_machine_instance.db', 'create']]);
  });

  test('attributes other provider versions write are read as they come, not rejected', async () => {
    const change = vm();
    (change.change.after as Record<string, unknown>).some_future_attribute = { nested: [1, 2] };
    expect((await read(planJson([change]))).diagnostics).toEqual([]);
  });
});

describe('.tf values of a type Terraform rejects', () => {
  test('a list where a number belongs, a string where a map belongs: HVB000 at the attribute', async () => {
    const tf = `resource "hyperv_machine_instance" "db" {
  name                 = "db-01"
  generation           = [2]
  integration_services = "VSS"
}
`;
    const { estate } = await parseSources([source('main.tf', tf)]);
    expect(estate.diagnostics.map((d) => [d.code, `${d.at.line}:${d.at.column}`, d.message])).toEqual([
      ['terraform-wrong-type:generation', '3:3', 'generation: the value is a list, not a single value; Terraform rejects this (expected 1 or 2)'],
      [
        'terraform-wrong-type:integration_services',
        '4:3',
        'integration_services: the value is "VSS", not a map; Terraform rejects this (expected a map of service names to true/false)',
      ],
    ]);
  });
});
