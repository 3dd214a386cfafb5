/**
 * `hvgate plan` end to end: real git repositories in temporary folders, the real CLI in-process.
 * Every scenario commits a base on `main`, changes the working tree (or a second commit) and plans.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterEach, describe, expect, test } from 'vitest';
import { parseJsonReport, parseSarif, parseSavedPlan, parseSchema } from '../support/reports.js';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, exception, job, vm } from './git-fixture.js';

const fixtures: GitFixture[] = [];
function repo(files: Readonly<Record<string, string>>): GitFixture {
  const fixture = GitFixture.create(files);
  fixtures.push(fixture);
  return fixture;
}
afterEach(() => {
  for (const fixture of fixtures.splice(0)) fixture.dispose();
});

/** The lines of the plan section about one VM, up to the next blank line. */
function block(stdout: string, address: string): string {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.includes(`# ${address} `));
  expect(start, `no plan entry for ${address}:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line === '');
  return lines.slice(start, end).join('\n');
}

function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1)!;
}

const BASE = {
  'hosts.yaml': HOSTS,
  'jobs.yaml': job('nightly', ['sql-01', 'web-01']),
  'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
  'vms/web-01.yaml': vm('web-01'),
};

describe('hvgate plan: what the change does to each VM', () => {
  test('no change: nothing to do, passes', async () => {
    const r = repo(BASE);
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('No changes.');
    expect(lastLine(run.stdout)).toBe('Plan: 0 to add, 0 to change, 0 to destroy. Gate: PASSED — 0 blocking, 0 warnings.');
  });

  test('a new VM in a job is created and backed up online', async () => {
    const r = repo(BASE);
    r.write({ 'jobs.yaml': job('nightly', ['sql-01', 'web-01', 'web-02']), 'vms/web-02.yaml': vm('web-02') });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    const entry = block(run.stdout, 'VirtualMachine/web-02');
    expect(entry).toContain('will be created');
    expect(entry).toContain('  + VirtualMachine/web-02  vms/web-02.yaml:');
    expect(entry).toMatch(/\+ spec\.disks\["os"\]\.path += "D:\\Hyper-V\\web-02\\os\.vhdx"/);
    expect(entry).toContain('backup: (none) -> online');
    expect(lastLine(run.stdout)).toBe('Plan: 1 to add, 0 to change, 0 to destroy. Gate: PASSED — 0 blocking, 0 warnings.');
  });

  test('VSS switched off on a 2012 R2 host: updated in place, online -> saved-state, HVB002 introduced', async () => {
    const r = repo(BASE);
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    const entry = block(run.stdout, 'VirtualMachine/sql-01');
    expect(entry).toContain('will be updated in-place');
    expect(entry).toContain('  ~ VirtualMachine/sql-01');
    expect(entry).toContain('~ spec.integrationServices.VSS = true -> false');
    expect(entry).toContain('backup: online -> saved-state (Windows Server 2012 R2 host hv-legacy)');
    expect(entry).toMatch(/introduced +warning HVB002 +vms\/sql-01\.yaml:9:10 /);
    expect(run.stdout).not.toContain('VirtualMachine/web-01');
    expect(lastLine(run.stdout)).toBe('Plan: 0 to add, 1 to change (1 backup-relevant), 0 to destroy. Gate: PASSED — 0 blocking, 1 warning.');
  });

  test('a changed generation cannot be applied in place: -/+ replace', async () => {
    const r = repo(BASE);
    r.write({ 'vms/web-01.yaml': vm('web-01', { generation: 1 }) });
    const run = await r.run(['plan', '--base', 'main']);
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toContain('must be replaced');
    expect(entry).toContain('-/+ VirtualMachine/web-01');
    expect(entry).toMatch(/\+ spec\.generation += 1 # forces replacement/);
    expect(lastLine(run.stdout)).toMatch(/^Plan: 1 to add, 0 to change, 1 to destroy\. /);
  });

  test('a deleted VM that a job still names: destroyed, HVB015 introduced and blocking', async () => {
    const r = repo(BASE);
    r.remove('vms/web-01.yaml');
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toContain('will be destroyed');
    expect(entry).toContain('  - VirtualMachine/web-01  vms/web-01.yaml:5:1 (base)');
    expect(entry).toContain('backup: online -> (removed)');
    expect(run.stdout).toContain('Other resources (backup jobs, files):');
    expect(run.stdout).toMatch(/introduced +error +HVB015 +jobs\.yaml:5:\d+ .*"web-01".*\[blocking\]/);
    expect(lastLine(run.stdout)).toBe('Plan: 0 to add, 0 to change, 1 to destroy. Gate: BLOCKED — 1 blocking, 0 warnings.');
  });

  test('a job change reaches VMs in untouched files: their new findings are introduced', async () => {
    const r = repo({
      ...BASE,
      'jobs.yaml': job('nightly', ['sql-01', 'web-01']) + '---\n' + job('legacy', ['app-legacy']),
      'vms/app-legacy.yaml': vm('app-legacy', { host: 'hv-legacy', generation: 1, scsiControllers: 0 }),
    });
    // Only jobs.yaml changes: web-01 leaves every job, and the VM whose backup fails joins nightly.
    r.write({ 'jobs.yaml': job('nightly', ['sql-01', 'app-legacy']) });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    expect(r.git('status', '--porcelain')).toBe(' M jobs.yaml\n');
    const web = block(run.stdout, 'VirtualMachine/web-01');
    expect(web).toContain('is unchanged, but its backup is affected by other changes');
    expect(web).toContain('backup jobs: [nightly] -> (none)');
    expect(web).toContain('backup: online -> unprotected');
    expect(web).toMatch(/introduced +error +HVB010 +vms\/web-01\.yaml:\d+:\d+ .*\[blocking\]/);
    // The whole job now fails with app-legacy in it: sql-01 loses its backup, introduced by this change.
    expect(run.stdout).toMatch(/introduced +error +HVB009 +jobs\.yaml:\d+:\d+ .*"nightly".*\[blocking\]/);
    // app-legacy failed before too (in its own job): that finding is pre-existing.
    expect(block(run.stdout, 'VirtualMachine/app-legacy')).toMatch(/pre-existing error +HVB012 /);
  });

  test('a host profile change breaks VMs in untouched files: online -> fails, introduced', async () => {
    const r = repo({
      'hosts.yaml': HOSTS.replace('windowsServer: 2012 R2', 'windowsServer: "2016"'),
      'jobs.yaml': job('nightly', ['app-legacy']),
      'vms/app-legacy.yaml': vm('app-legacy', { host: 'hv-legacy', generation: 1, scsiControllers: 0 }),
    });
    r.write({ 'hosts.yaml': HOSTS });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    const entry = block(run.stdout, 'VirtualMachine/app-legacy');
    expect(entry).toContain('host: Windows Server 2016 host hv-legacy');
    expect(entry).toContain('backup: online -> fails (Windows Server 2012 R2 host hv-legacy)');
    expect(entry).toMatch(/introduced +error +HVB012 .*\[blocking\]/);
  });
});

describe('hvgate plan: gate scope and enforcement', () => {
  const withArchive = { ...BASE, 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) };

  test('a pre-existing violation is shown but does not block with scope introduced (the default)', async () => {
    const r = repo(withArchive);
    r.write({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK, labels: '{ tier: web }' }) });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toContain('+ metadata.labels.tier = "web"');
    expect(entry).toMatch(/pre-existing error +HVB007 /);
    expect(entry).not.toContain('[blocking]');
    expect(run.stdout).toContain('not blocking: present before this change');
    expect(lastLine(run.stdout)).toBe(
      'Plan: 0 to add, 1 to change (1 backup-relevant), 0 to destroy. Gate: PASSED — 0 blocking, 1 non-blocking error, 0 warnings.',
    );
  });

  test('the same pre-existing violation blocks with scope all', async () => {
    const r = repo(withArchive);
    r.write({ '.hvgate.yml': 'scope: all\n' });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toContain('is unchanged, but has blocking findings');
    expect(entry).toMatch(/pre-existing error +HVB007 .*\[blocking\]/);
    expect(lastLine(run.stdout)).toBe('Plan: 0 to add, 0 to change, 0 to destroy. Gate: BLOCKED — 1 blocking, 0 warnings.');
  });

  test('a fix resolves the finding', async () => {
    const r = repo(withArchive);
    r.write({ 'vms/web-01.yaml': vm('web-01') });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toContain('- spec.disks["archive"].passThrough.diskNumber = 3 -> null');
    expect(entry).toContain('backup: incomplete -> online');
    expect(entry).toMatch(/resolved +error +HVB007 /);
    expect(run.stdout).toContain('Resolved by this change (1):');
  });

  test('soft-mandatory: --override lets an introduced error pass and is recorded', async () => {
    const r = repo(BASE);
    r.write({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    expect((await r.run(['plan', '--base', 'main'])).code).toBe(1);
    const run = await r.run(['plan', '--base', 'main', '--override', 'CHG-4711 approved by the backup owner', '--out', 'plan.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Override in force: CHG-4711 approved by the backup owner');
    expect(run.stdout).toMatch(/introduced +error +HVB007 .*\[overridden\]/);
    expect(lastLine(run.stdout)).toBe(
      'Plan: 0 to add, 1 to change (1 backup-relevant), 0 to destroy. Gate: PASSED — 0 blocking, 1 non-blocking error, 0 warnings, 1 overridden.',
    );
    const saved = parseSavedPlan(r.read('plan.json'));
    expect(saved.override).toEqual({ reason: 'CHG-4711 approved by the backup owner' });
    expect(saved.verdict).toMatchObject({ passed: true, blocking: 0, overridden: 1 });
  });

  test('hard-mandatory: --override does not help', async () => {
    const r = repo(BASE);
    r.write({
      '.hvgate.yml': 'policies:\n  HVB007: { enforcement: hard-mandatory }\n',
      'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
    });
    const run = await r.run(['plan', '--base', 'main', '--override', 'please']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/introduced +error +HVB007 .*\[blocking\]/);
    expect(lastLine(run.stdout)).toMatch(/Gate: BLOCKED — 1 blocking/);
  });
});

describe('hvgate plan: exceptions a change adds', () => {
  const archived = vm('web-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007', 'archive') });

  test('listed as added, and honoured when the configuration allows it', async () => {
    const r = repo({ ...BASE, '.hvgate.yml': 'exceptions:\n  fromBaseOnly: false\n' });
    r.write({ 'vms/web-01.yaml': archived });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Exceptions added by this change (1):');
    expect(run.stdout).toMatch(/vms\/web-01\.yaml:\d+:\d+ +HVB007 for "web-01" \(archive\): owner storage-team, expires 2026-08-15, .*\[honoured\]/);
    expect(block(run.stdout, 'VirtualMachine/web-01')).toMatch(/introduced +error +HVB007 .*\[waived\]/);
  });

  test('by default (exceptions.fromBaseOnly) a change cannot approve its own violation', async () => {
    const r = repo(BASE);
    r.write({ 'vms/web-01.yaml': archived });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('[not honoured: only exceptions from the base count]');
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toMatch(/introduced +error +HVB007 .*\[blocking\]/);
    expect(run.stdout).toMatch(/introduced +error +HVB016 .*\[blocking\]/);
  });

  test.each([
    ['renews it', vm('web-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007', 'archive', '2026-08-20') })],
    ['widens it from one disk to the whole VM', vm('web-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007') })],
  ])('a change that %s adds an exception, which the base has not approved', async (_, changed) => {
    const r = repo({ ...BASE, 'vms/web-01.yaml': archived });
    r.write({ 'vms/web-01.yaml': changed });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Exceptions added by this change (1):');
    expect(run.stdout).toContain('[not honoured: only exceptions from the base count]');
    const entry = block(run.stdout, 'VirtualMachine/web-01');
    expect(entry).toMatch(/error +HVB007 /);
    expect(entry).not.toMatch(/HVB007 .*\[waived\]/);
    expect(entry).toMatch(/introduced +error +HVB016 .*added by this change.*\[blocking\]/);
  });

  test('a pattern the change adds to .hvgate.yml waives nothing, and its VMs are not named as waived', async () => {
    const r = repo(BASE);
    r.write({
      '.hvgate.yml': 'exceptions:\n  entries:\n    - { policy: HVB007, vmPattern: "*", reason: Fine., owner: me, expires: 2026-06-30 }\n',
      'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
    });
    const run = await r.run(['plan', '--base', 'main', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { exceptions: { vmPattern: boolean; vms: string[]; problems: { kind: string }[] }[] };
    expect(report.exceptions.map((e) => [e.vmPattern, e.vms, e.problems.map((p) => p.kind)])).toEqual([[true, [], ['added-by-change']]]);
  });

  test('an exception already on the base is honoured under fromBaseOnly', async () => {
    const r = repo({ ...BASE, '.hvgate.yml': 'exceptions:\n  fromBaseOnly: true\n', 'vms/web-01.yaml': archived });
    r.write({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007', 'archive'), labels: '{ tier: web }' }) });
    const run = await r.run(['plan', '--base', 'main']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Exceptions added by this change');
    expect(run.stdout).toMatch(/pre-existing error +HVB007 .*\[waived\]/);
  });

  test('--config-ref base: a change that drops fromBaseOnly from .hvgate.yml still cannot approve itself', async () => {
    const r = repo({ ...BASE, '.hvgate.yml': 'exceptions:\n  fromBaseOnly: true\n' });
    r.write({ '.hvgate.yml': 'exceptions:\n  fromBaseOnly: false\n', 'vms/web-01.yaml': archived });
    expect((await r.run(['plan', '--base', 'main'])).code).toBe(0);
    const run = await r.run(['plan', '--base', 'main', '--config-ref', 'base']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Gate configuration from the base.');
    expect(run.stdout).toContain('[not honoured: only exceptions from the base count]');
  });
});

describe('hvgate plan: git', () => {
  test('--head compares two commits without touching the working tree', async () => {
    const r = repo(BASE);
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    const head = r.commit('switch VSS off');
    r.git('checkout', '-q', 'main');
    const run = await r.run(['plan', '--base', 'main', '--head', 'feature']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`-> head feature (${head.slice(0, 12)})`);
    expect(block(run.stdout, 'VirtualMachine/sql-01')).toContain('backup: online -> saved-state');
  });

  test('a path the head no longer has fails the run (exit 2) before the base is read, rather than passing on what is left', async () => {
    const r = repo(BASE);
    r.git('checkout', '-q', '-b', 'feature');
    r.remove('jobs.yaml');
    r.commit('drop the job definitions');
    const run = await r.run(['plan', '--base', 'main', '--head', 'feature', 'vms', 'hosts.yaml', 'jobs.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('jobs.yaml: not found in the head "feature"');
    expect(run.stdout).toBe('');
  });

  test('absolute paths name the same files in git as relative ones', async () => {
    const r = repo(BASE);
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    r.commit('switch VSS off');
    const run = await r.run(['plan', '--base', 'main', '--head', 'feature', join(r.dir, 'vms'), 'hosts.yaml', 'jobs.yaml']);
    expect(run.stderr).toBe('');
    expect(block(run.stdout, 'VirtualMachine/sql-01')).toContain('VirtualMachine/sql-01  vms/sql-01.yaml:5:1');
    const outside = await r.run(['plan', '--base', 'main', '--head', 'feature', tmpdir()]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('outside the git repository');
  });

  test('run from a subfolder: paths are relative to it on both sides', async () => {
    const r = repo({ 'README.md': '# estate\n', ...Object.fromEntries(Object.entries(BASE).map(([p, t]) => [`infra/${p}`, t])) });
    r.write({ 'infra/vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    const run = await r.run(['plan', '--base', 'main', 'vms', 'hosts.yaml', 'jobs.yaml'], 'infra');
    expect(run.stderr).toBe('');
    const entry = block(run.stdout, 'VirtualMachine/sql-01');
    expect(entry).toContain('VirtualMachine/sql-01  vms/sql-01.yaml:5:1');
    expect(entry).toContain('backup: online -> saved-state');
  });

  test('a shallow clone fetches the missing base commit', async () => {
    const origin = repo(BASE);
    const base = origin.git('rev-parse', 'HEAD').trim();
    origin.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    origin.commit('switch VSS off');
    const parent = repo({});
    parent.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, 'clone');
    const clone = GitFixture.at(join(parent.dir, 'clone'));
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(() => clone.git('cat-file', '-e', `${base}^{commit}`)).toThrow();

    const run = await clone.run(['plan', '--base', base]);
    expect(run.stderr).toBe('');
    expect(block(run.stdout, 'VirtualMachine/sql-01')).toContain('~ spec.integrationServices.VSS = true -> false');
    expect(clone.git('cat-file', '-t', base).trim()).toBe('commit');
  });

  test('a base that cannot be fetched: exit 2, saying what to run', async () => {
    const origin = repo(BASE);
    const parent = repo({});
    parent.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, 'clone');
    const clone = GitFixture.at(join(parent.dir, 'clone'));
    const run = await clone.run(['plan', '--base', 'no-such-branch']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"no-such-branch" is not a commit in this shallow clone, and fetching it failed');
    expect(run.stderr).toContain('git fetch --no-tags --depth=1 origin no-such-branch');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown base in a repository without a remote: exit 2 with advice', async () => {
    const r = repo(BASE);
    const run = await r.run(['plan', '--base', 'release-7']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"release-7" is not a commit in this repository, and there is no "origin" remote');
    expect(run.stderr).toContain('git fetch --no-tags --depth=1 origin release-7');
  });

  test('outside a git repository: exit 2 with advice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hvgate-nogit-'));
    try {
      const run = await GitFixture.at(dir).run(['plan', '--base', 'main']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not inside a git repository');
      expect(run.stderr).toContain('or use hvgate check');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('usage errors: --base is required, --config-ref is head or base', async () => {
    const r = repo(BASE);
    const noBase = await r.run(['plan']);
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toContain('plan needs --base <ref>');
    const badRef = await r.run(['plan', '--base', 'main', '--config-ref', 'pr']);
    expect(badRef.code).toBe(2);
    expect(badRef.stderr).toContain('--config-ref must be head or base');
    const help = await r.run(['plan', '--help']);
    expect(help.stdout).toContain('--config-ref <side>');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('so a pull request cannot relax its own gate');
  });
});

describe('hvgate plan: Terraform plan JSON', () => {
  test("the pipeline's plan: its own action and before state are used", async () => {
    const planJson = readFileSync(new URL('../fixtures/terraform/plan/update-vss.json', import.meta.url), 'utf8');
    const r = repo({ 'README.md': 'terraform\n' });
    r.write({ 'tf/plan.json': planJson });
    const run = await r.run(['plan', '--base', 'main', '--terraform-plan', 'tf/plan.json']);
    expect(run.stderr).toBe('');
    const entry = block(run.stdout, 'hyperv_machine_instance.sql');
    expect(entry).toContain('will be updated in-place (Terraform plan)');
    expect(entry).toContain('~ integration_services["VSS"] = true -> false');
    expect(entry).toMatch(/backup: online -> crash-consistent/);
    expect(entry).toMatch(/introduced +warning HVB002 /);
  });
});

describe('hvgate plan: machine-readable reports', () => {
  test('JSON carries the plan and validates against the shipped schema; SARIF states the baseline', async () => {
    const r = repo(BASE);
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }) });
    const json = await r.run(['plan', '--base', 'main', '--format', 'json']);
    const document = parseJsonReport(json.stdout);
    const schema = parseSchema(readFileSync(new URL('../../src/reporters/json-report.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.plan?.summary).toEqual({ add: 0, change: 1, destroy: 0, replace: 0, unchanged: 1, affected: 0, backupRelevantChange: 1 });
    const sql = document.plan?.changes.find((c) => c.name === 'sql-01');
    expect(sql).toMatchObject({ action: 'update', before: { outcome: 'online' }, after: { outcome: 'saved-state' } });
    expect(sql?.attributes).toEqual([{ path: 'spec.integrationServices.VSS', before: 'true', after: 'false', forcesReplacement: false, backupRelevant: true }]);
    expect(document.findings.find((f) => f.policyId === 'HVB002')?.status).toBe('introduced');

    r.write({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    r.commit('archive disk');
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }) });
    const sarif = await r.run(['plan', '--base', 'main', '--format', 'sarif', '--output', 'out/plan.sarif']);
    expect(sarif.stdout).toContain('Plan: ');
    const results = parseSarif(r.read('out/plan.sarif')).runs[0]!.results!;
    expect(results.find((x) => x.ruleId === 'HVB007')).toMatchObject({ baselineState: 'unchanged', properties: { status: 'unchanged' } });
    expect(results.some((x) => x.ruleId === 'HVB002')).toBe(false);
  });

  test('each side of a change names its host by id, listed once in hosts, also a host only the base assumes', async () => {
    const r = repo(BASE);
    r.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-modern', vss: true }) });
    const document = parseJsonReport((await r.run(['plan', '--base', 'main', '--format', 'json'])).stdout);
    const sql = document.plan?.changes.find((c) => c.name === 'sql-01');
    expect([sql?.before?.host, sql?.after?.host]).toEqual(['hv-legacy/5.0', 'hv-modern/10.0']);
    expect(document.hosts.map((h) => h.id).sort()).toEqual(['hv-legacy/5.0', 'hv-modern/10.0']);
    expect(document.hosts.find((h) => h.id === 'hv-legacy/5.0')?.description).toMatch(/^Windows Server 2012 R2 host/);
  });
});
