/**
 * `hvgate plan --out` + `hvgate apply --plan`: the deploy stage applies only the definitions that
 * were planned, byte for byte, and only when the plan passed. Real git repositories, CLI in-process.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Ajv } from 'ajv';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseSavedPlan, parseSchema } from '../support/reports.js';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, job, vm } from './git-fixture.js';

const fixtures: GitFixture[] = [];
afterEach(() => {
  for (const fixture of fixtures.splice(0)) fixture.dispose();
});

/** A repository whose working tree changes sql-01 (a warning, nothing blocking) and is planned to plan.json. */
async function planned(extra: Readonly<Record<string, string>> = {}, planArgs: readonly string[] = []): Promise<GitFixture> {
  const repo = GitFixture.create({
    'hosts.yaml': HOSTS,
    'jobs.yaml': job('nightly', ['sql-01', 'web-01']),
    'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
    'vms/web-01.yaml': vm('web-01'),
    'docs/notes.json': '{ "not": "a definition" }\n',
  });
  fixtures.push(repo);
  repo.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }), ...extra });
  const run = await repo.run(['plan', '--base', 'main', '--out', 'build/plan.json', ...planArgs]);
  expect(run.stderr).toBe('');
  return repo;
}

describe('hvgate plan --out', () => {
  test('records a digest of every evaluated definition, findings, verdict, base and tool; the shipped schema accepts it', async () => {
    const repo = await planned();
    const saved = parseSavedPlan(repo.read('build/plan.json'));
    const schema = parseSchema(readFileSync(new URL('../../schema/hvgate-plan.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(saved), JSON.stringify(validate.errors)).toBe(true);
    expect(saved.files.map((f) => f.path)).toEqual(['hosts.yaml', 'jobs.yaml', 'vms/sql-01.yaml', 'vms/web-01.yaml']);
    expect(saved.files.find((f) => f.path === 'vms/sql-01.yaml')!.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(`${repo.dir}/vms/sql-01.yaml`))
        .digest('hex'),
    );
    expect(saved.base).toEqual({ ref: 'main', commit: repo.git('rev-parse', 'main').trim() });
    expect(saved.head).toEqual({ ref: null, commit: null, workingTree: true });
    expect(saved.tool.name).toBe('hvgate');
    expect(saved.verdict).toMatchObject({ passed: true, blocking: 0, warnings: 1 });
    expect(saved.findings).toEqual([expect.objectContaining({ policyId: 'HVB002', status: 'introduced', blocking: false, vm: 'sql-01' })]);
    expect(saved.override).toBeNull();
  });
});

describe('hvgate apply --plan', () => {
  test('a passing plan whose files are unchanged: exit 0', async () => {
    const repo = await planned();
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Plan is current: 4 definition files match the saved plan');
    expect(run.stdout).toContain('Apply may proceed.');
  });

  test('a file changed after planning: stale, exit 1, naming the file', async () => {
    const repo = await planned();
    repo.write({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The saved plan is stale');
    expect(run.stdout).toContain('  changed: vms/web-01.yaml');
    expect(run.stdout).not.toContain('sql-01.yaml');
  });

  test('a definition added or removed after planning: stale, exit 1', async () => {
    const repo = await planned();
    repo.write({ 'vms/web-02.yaml': vm('web-02') }).remove('vms/web-01.yaml');
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  added:   vms/web-02.yaml');
    expect(run.stdout).toContain('  removed: vms/web-01.yaml');
  });

  test('the selection comes from the configuration in force: a plan file edited to leave a definition out is stale', async () => {
    const repo = await planned();
    const saved = parseSavedPlan(repo.read('build/plan.json'));
    // Consistent in itself: web-01 excluded, its digest dropped, the verdict untouched.
    const edited = {
      ...saved,
      selection: { ...saved.selection, exclude: [...saved.selection.exclude, 'vms/web-01.yaml'] },
      files: saved.files.filter((f) => f.path !== 'vms/web-01.yaml'),
    };
    repo.write({ 'build/plan.json': JSON.stringify(edited), 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The saved plan is stale');
    expect(run.stdout).toContain('  added:   vms/web-01.yaml');
    expect(run.stdout).toContain('selected by the configuration in force, that the plan does not list');
  });

  test("a definition in today's selection that the plan does not cover fails; the same paths as the plan pass", async () => {
    const repo = await planned({}, ['vms']);
    expect(parseSavedPlan(repo.read('build/plan.json')).files.map((f) => f.path)).toEqual(['vms/sql-01.yaml', 'vms/web-01.yaml']);
    const wider = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(wider.code).toBe(1);
    expect(wider.stdout).toContain('  added:   hosts.yaml');
    expect(wider.stdout).toContain('  added:   jobs.yaml');
    expect(wider.stdout).toContain('a definition under the working directory, selected by the configuration in force');
    const same = await repo.run(['apply', '--plan', 'build/plan.json', 'vms']);
    expect(same.code).toBe(0);
  });

  test("the configuration in force, not the plan's, says what is excluded", async () => {
    const repo = await planned({ '.hvgate.yml': 'exclude: ["vms/web-01.yaml"]\n' });
    expect(parseSavedPlan(repo.read('build/plan.json')).files.map((f) => f.path)).not.toContain('vms/web-01.yaml');
    // The deploy runs with a configuration that no longer excludes web-01: the plan never judged it.
    repo.write({ '.hvgate.yml': 'exclude: []\n' });
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  added:   vms/web-01.yaml');
  });

  test('a non-definition file changing does not make the plan stale', async () => {
    const repo = await planned();
    repo.write({ 'docs/notes.json': '{ "not": "a definition, edited" }\n' });
    expect((await repo.run(['apply', '--plan', 'build/plan.json'])).code).toBe(0);
  });

  test('a blocked plan: exit 1 with the blocking findings', async () => {
    const repo = await planned({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('The saved plan did not pass the gate: 1 blocking finding');
    expect(run.stdout).toMatch(/vms\/web-01\.yaml:\d+:\d+ +HVB007 /);
  });

  test('a soft-mandatory override recorded in the plan lets apply proceed', async () => {
    const repo = await planned({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) }, [
      '--override',
      'CHG-1 storage team backs up the archive',
    ]);
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Override recorded in the plan: CHG-1 storage team backs up the archive (1 finding overridden).');
  });

  test('a plan edited to pass: its verdict contradicts its findings, exit 2', async () => {
    const repo = await planned({ 'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }) });
    const saved = parseSavedPlan(repo.read('build/plan.json'));
    repo.write({ 'build/plan.json': JSON.stringify({ ...saved, verdict: { ...saved.verdict, passed: true } }) });
    const run = await repo.run(['apply', '--plan', 'build/plan.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the saved plan contradicts itself');
  });

  test('malformed or foreign plan files: exit 2 with a clear message', async () => {
    const repo = await planned();
    const cases: [string, string, string][] = [
      ['not-json.json', '{ "kind": ', 'not a saved plan: it is not JSON'],
      ['sarif.json', JSON.stringify({ version: '2.1.0', runs: [] }), 'not an hvgate saved plan (no "kind": "hvgate-plan")'],
      ['future.json', JSON.stringify({ ...JSON.parse(repo.read('build/plan.json')), formatVersion: 2 }), 'this hvgate 0.1.0 reads version 1'],
      [
        'broken.json',
        JSON.stringify({ ...JSON.parse(repo.read('build/plan.json')), files: [{ path: 'a.yaml', sha256: 'xyz' }] }),
        'malformed saved plan: /files/0/sha256',
      ],
    ];
    for (const [file, text, message] of cases) {
      repo.write({ [`build/${file}`]: text });
      const run = await repo.run(['apply', '--plan', `build/${file}`]);
      expect(run.code, file).toBe(2);
      expect(run.stderr, file).toContain(message);
      expect(run.stderr, file).not.toMatch(/\n\s+at /);
    }
    const missing = await repo.run(['apply', '--plan', 'build/none.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('build/none.json: cannot read the saved plan (ENOENT)');
    const usage = await repo.run(['apply']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('apply needs --plan <file>');
  });
});
