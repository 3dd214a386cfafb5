/**
 * `--terraform-plan FILE`: the pipeline's own `terraform show -json` output stands in for the `.tf`
 * files of its root, in `check` and in `plan`; a plan committed to the repository does not.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { machine, planJson } from '../parsers/terraform/helpers.js';
import { GitFixture } from './git-fixture.js';

const fixtures: GitFixture[] = [];
function repo(files: Readonly<Record<string, string>>): GitFixture {
  const fixture = GitFixture.create(files);
  fixtures.push(fixture);
  return fixture;
}
afterEach(() => {
  for (const fixture of fixtures.splice(0)) fixture.dispose();
});

/** A root whose shared-disk flag comes from a variable only the pipeline sets (`-var shared=…`). */
const TF = `resource "hyperv_machine_instance" "db" {
  name                   = "db-01"
  snapshot_file_location = "D:\\\\VMs"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    path                = "D:\\\\VMs\\\\db-01.vhdx"
  }
  hard_disk_drives {
    controller_number               = 0
    controller_location             = 1
    path                            = "D:\\\\VMs\\\\db-01-data.vhdx"
    support_persistent_reservations = var.shared
  }
}

variable "shared" {
  type = bool
}
`;

const pipelinePlan = (shared: boolean) => {
  const db = machine('hyperv_machine_instance.db', {
    name: 'db-01',
    snapshot_file_location: 'D:\\VMs',
    disks: [{ path: 'D:\\VMs\\db-01.vhdx' }, { path: 'D:\\VMs\\db-01-data.vhdx' }],
  });
  (db.change.after as { hard_disk_drives: { support_persistent_reservations: boolean }[] }).hard_disk_drives[1]!.support_persistent_reservations = shared;
  return planJson([db]);
};

describe('hvgate check --terraform-plan', () => {
  test("evaluates the plan's values in place of the .tf files, at the .tf lines", async () => {
    const r = repo({ 'infra/main.tf': TF });
    const withoutPlan = await r.run(['check', 'infra']);
    expect(withoutPlan.code).toBe(0);
    expect(withoutPlan.stdout).toContain('var.shared has no default');

    r.write({ 'infra/plan.json': pipelinePlan(true) });
    const run = await r.run(['check', 'infra', '--terraform-plan', 'infra/plan.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/infra\/main\.tf:13:5 +error +HVB011 /);
    expect(run.stdout).not.toContain('var.shared has no default');
    expect(run.stdout).not.toMatch(/HVB000/);
  });

  test('the same plan found in the folder is only checked: the .tf files are evaluated', async () => {
    const r = repo({ 'infra/main.tf': TF, 'infra/plan.json': pipelinePlan(true) });
    const run = await r.run(['check', 'infra']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('var.shared has no default');
    expect(run.stdout).toContain('this plan was found among the definitions, so it is checked against its configuration, not trusted');
  });

  test('a plan that matches two roots equally, or a missing file: exit 2 saying what to do', async () => {
    const r = repo({ 'envs/a/main.tf': TF, 'envs/b/main.tf': TF });
    r.write({ 'plans/plan.json': planJson([], { configuration: ['hyperv_machine_instance.db'] }) });
    const ambiguous = await r.run(['check', 'envs', '--terraform-plan', 'plans/plan.json']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toContain('--terraform-plan plans/plan.json: the plan matches the configurations in envs/a and envs/b equally');
    const missing = await r.run(['check', 'envs', '--terraform-plan', 'plans/none.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--terraform-plan plans/none.json: cannot be read (ENOENT)');
  });
});

describe('hvgate plan --terraform-plan', () => {
  test("the plan's before stands in for the base's .tf evaluation, and its actions are used", async () => {
    const r = repo({ 'infra/main.tf': TF });
    const update = JSON.parse(pipelinePlan(true)) as { resource_changes: { change: Record<string, unknown> }[] };
    const change = update.resource_changes[0]!.change;
    const before = structuredClone(change.after) as { hard_disk_drives: { support_persistent_reservations: boolean }[] };
    before.hard_disk_drives[1]!.support_persistent_reservations = false;
    Object.assign(change, { actions: ['update'], before });
    r.write({ 'infra/plan.json': JSON.stringify(update, null, 2) });
    const run = await r.run(['plan', '--base', 'main', 'infra', '--terraform-plan', 'infra/plan.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('# hyperv_machine_instance.db will be updated in-place (Terraform plan)');
    expect(run.stdout).toMatch(/introduced +error +HVB011 .*infra\/main\.tf:13:5.*\[blocking\]/);
    expect(run.stdout).not.toContain('var.shared has no default');
  });
});

describe('hvgate plan with a committed terraform.tfstate', () => {
  const vmTf = (extraDisk: string) => `resource "hyperv_machine_instance" "db" {
  name                   = "db-01"
  snapshot_file_location = "D:\\\\VMs"
  hard_disk_drives {
    controller_number   = 0
    controller_location = 0
    path                = "D:\\\\VMs\\\\db-01.vhdx"
  }
${extraDisk}}
`;
  const passThrough = `  hard_disk_drives {
    controller_number   = 0
    controller_location = 1
    disk_number         = 3
  }
`;
  const stateOf = (disks: readonly Record<string, unknown>[]) =>
    JSON.stringify(
      {
        version: 4,
        terraform_version: '1.9.8',
        serial: 1,
        lineage: 'l',
        resources: [
          {
            mode: 'managed',
            type: 'hyperv_machine_instance',
            name: 'db',
            provider: 'provider["registry.terraform.io/taliesins/hyperv"]',
            instances: [{ schema_version: 0, attributes: { name: 'db-01', snapshot_file_location: 'D:\\VMs', hard_disk_drives: disks } }],
          },
        ],
      },
      null,
      2,
    );
  const osDisk = { controller_type: 'Scsi', controller_number: 0, controller_location: 0, path: 'D:\\VMs\\db-01.vhdx', disk_number: 4294967295 };

  test("the base's state is the before: a change that also edits the state cannot make its new pass-through disk pre-existing", async () => {
    const r = repo({ 'infra/main.tf': vmTf(''), 'infra/terraform.tfstate': stateOf([osDisk]) });
    r.write({
      'infra/main.tf': vmTf(passThrough),
      'infra/terraform.tfstate': stateOf([osDisk, { controller_type: 'Scsi', controller_number: 0, controller_location: 1, path: '', disk_number: 3 }]),
    });
    const run = await r.run(['plan', '--base', 'main', 'infra']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/introduced +error +HVB007 .*infra\/main\.tf:\d+:\d+.*\[blocking\]/);
  });
});

describe('the plan shows every change, in Terraform words', () => {
  test('attribute diffs of every attribute, with ->, sensitive values hidden, backup-relevant changes told apart (golden)', async () => {
    const dir = new URL('../fixtures/terraform/plan/attributes/', import.meta.url);
    const r = repo({ 'infra/main.tf': readFileSync(new URL('main.tf', dir), 'utf8') });
    r.write({ 'infra/plan.json': readFileSync(new URL('plan.json', dir), 'utf8') });
    const run = await r.run(['plan', '--base', 'main', 'infra', '--terraform-plan', 'infra/plan.json']);
    expect(run.stderr).toBe('');
    const text = run.stdout.replace(/\(([0-9a-f]{12})\)/g, '(<commit>)');
    const [plan] = text.split('\nDetails:\n');
    await expect(`${plan}\n${text.trimEnd().split('\n').at(-1)}\n`).toMatchFileSnapshot('__golden__/plan-terraform.txt');
    expect(text).not.toContain('secret');
  });
});

describe('the base state against the proposed configuration', () => {
  test('as terraform plan compares them: changed values, provider defaults for what the .tf omits, computed values left alone', async () => {
    const dir = new URL('../fixtures/terraform/state/proxy/', import.meta.url);
    const tf = readFileSync(new URL('main.tf', dir), 'utf8');
    const r = repo({ 'infra/main.tf': tf, 'infra/terraform.tfstate': readFileSync(new URL('terraform.tfstate', dir), 'utf8') });
    r.write({ 'infra/main.tf': tf.replace('processor_count        = 2', 'processor_count        = 4') });
    const run = await r.run(['plan', '--base', 'main', 'infra']);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((l) => l.includes('# hyperv_machine_instance.proxy '));
    const entry = lines.slice(start, lines.indexOf('', start)).join('\n');
    expect(entry).toContain('will be updated in-place');
    expect(entry).toMatch(/~ processor_count += 2 -> 4/);
    expect(entry).toMatch(/~ automatic_stop_action += "ShutDown" -> "Save"/);
    expect(entry).toMatch(/~ notes += \(sensitive value\) -> ""/);
    expect(entry).not.toMatch(/ (id|path|network_adaptors\[0\]\.ip_addresses) +=/);
    expect(entry).not.toContain('edge proxy');
  });
});
