/** Several reports from one run (`--report FORMAT=FILE`), for check and plan, through the bundled CLI. */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { GIT_ENV, GitFixture, HOSTS, PASSTHROUGH_DISK, job, vm } from '../plan/git-fixture.js';
import { descendants, parseXml } from '../reporters/xml-check.js';
import { parseJsonReport, parseSarif } from '../support/reports.js';
import { ROOT, runCli } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

/** A copy of the example estate in a fresh folder, so reports land there and paths stay relative. */
async function estateCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hvgate-reports-'));
  await cp(join(ROOT, 'examples/estate'), join(dir, 'estate'), { recursive: true });
  return dir;
}

describe('hvgate check --report', () => {
  test('writes SARIF, JUnit, GitLab Code Quality and JSON in one run; the terminal gets the text report', async () => {
    const dir = await estateCopy();
    const run = await runCli(
      [
        'check',
        'estate',
        '--report',
        'sarif=hvgate.sarif',
        '--report',
        'junit=reports/junit.xml',
        '--report',
        'gitlab=gl-code-quality.json',
        '--report',
        'json=reports/hvgate.json',
        ...TODAY,
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^hvgate \d+\.\d+\.\d+ — /);
    expect(run.stdout).toMatch(/Gate: BLOCKED — 8 blocking/);

    const json = parseJsonReport(await readFile(join(dir, 'reports/hvgate.json'), 'utf8'));
    const blocking = json.findings.filter((f) => f.blocking);
    expect(blocking).toHaveLength(json.verdict.blocking);

    const sarif = parseSarif(await readFile(join(dir, 'hvgate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toHaveLength(json.findings.length);

    const junit = parseXml(await readFile(join(dir, 'reports/junit.xml'), 'utf8'));
    expect(Number(junit.attributes.failures)).toBe(new Set(blocking.map((f) => `${f.policyId} ${f.address}`)).size);
    expect(Number(junit.attributes.tests)).toBe(descendants(junit, 'testcase').length);
    expect(
      descendants(junit, 'failure')
        .map((f) => f.attributes.type)
        .sort(),
    ).toEqual([...new Set(blocking.map((f) => f.policyId))].sort());

    const gitlab = JSON.parse(await readFile(join(dir, 'gl-code-quality.json'), 'utf8')) as {
      fingerprint: string;
      severity: string;
      location: { path: string };
    }[];
    expect(
      gitlab
        .filter((i) => i.severity === 'blocker')
        .map((i) => i.fingerprint)
        .sort(),
    ).toEqual(blocking.map((f) => f.fingerprint).sort());
    expect(gitlab).toHaveLength(json.findings.filter((f) => !f.exception).length);
    expect(gitlab.every((i) => i.location.path.startsWith('estate/'))).toBe(true);
  });

  test('--output and --report together; --format chooses what the terminal gets when nothing goes to --output', async () => {
    const dir = await estateCopy();
    const both = await runCli(['check', 'estate', '-f', 'sarif', '-o', 'a.sarif', '--report', 'junit=a.xml', ...TODAY], { cwd: dir });
    expect(both.code).toBe(1);
    expect(both.stdout).toMatch(/Gate: BLOCKED/);
    expect(parseSarif(await readFile(join(dir, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(parseXml(await readFile(join(dir, 'a.xml'), 'utf8')).name).toBe('testsuites');

    const gitlabOut = await runCli(['check', 'estate', '-f', 'gitlab', '--report', 'junit=b.xml', ...TODAY], { cwd: dir });
    expect(gitlabOut.code).toBe(1);
    expect(Array.isArray(JSON.parse(gitlabOut.stdout))).toBe(true);
    expect(existsSync(join(dir, 'b.xml'))).toBe(true);

    const junitOut = await runCli(['check', 'estate', '--format', 'junit', ...TODAY], { cwd: dir });
    expect(junitOut.code).toBe(1);
    expect(Number(parseXml(junitOut.stdout).attributes.failures)).toBeGreaterThan(0);
  });

  test('a bad --report exits 2 with a message and writes nothing', async () => {
    const dir = await estateCopy();
    const usage = "Run 'hvgate check --help' for usage.\n";
    const cases: (readonly [readonly string[], string])[] = [
      [['--report', 'xml=a.xml'], `hvgate: --report "xml=a.xml": unknown format "xml"; formats: text, json, sarif, junit, gitlab, markdown\n${usage}`],
      [['--report', 'junit'], `hvgate: --report needs <format>=<file>, e.g. --report junit=junit.xml; got "junit"\n${usage}`],
      [['--report', 'junit='], `hvgate: --report needs <format>=<file>, e.g. --report junit=junit.xml; got "junit="\n${usage}`],
      [['--report', '=a.xml'], `hvgate: --report needs <format>=<file>, e.g. --report junit=junit.xml; got "=a.xml"\n${usage}`],
      [
        ['--report', 'junit=a.xml', '--report', 'gitlab=./a.xml'],
        `hvgate: --report "gitlab=./a.xml": ./a.xml would be written twice in this run; give each report its own file\n${usage}`,
      ],
      [
        ['-o', 'a.xml', '--report', 'junit=a.xml'],
        `hvgate: --report "junit=a.xml": a.xml would be written twice in this run; give each report its own file\n${usage}`,
      ],
    ];
    for (const [args, stderr] of cases) {
      const run = await runCli(['check', 'estate', ...args, ...TODAY], { cwd: dir });
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }, args.join(' ')).toEqual({ code: 2, stdout: '', stderr });
    }
    const missing = await runCli(['check', 'estate', '--report'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^hvgate: check: Option '--report <value>' argument missing/);
    expect(existsSync(join(dir, 'a.xml'))).toBe(false);

    const format = await runCli(['check', 'estate', '--format', 'xml'], { cwd: dir });
    expect(format).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `hvgate: --format must be one of text, json, sarif, junit, gitlab, markdown, not "xml"\n${usage}`,
    });
  });

  test('a report file that cannot be written exits 2 with its name, not a stack trace', async () => {
    const dir = await estateCopy();
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const run = await runCli(['check', 'estate', '--report', 'junit=not-a-folder/junit.xml', ...TODAY], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    // The error code depends on the platform (EEXIST from mkdir on Linux, ENOTDIR elsewhere).
    expect(run.stderr).toMatch(/^hvgate: not-a-folder\/junit\.xml: cannot be written \(E[A-Z]+\)\n$/);
  });
});

describe('hvgate plan --report', () => {
  let fixture: GitFixture | undefined;
  afterEach(() => fixture?.dispose());

  test('every format from one plan run: JUnit and Code Quality judge the change, text files get the plan view', async () => {
    fixture = GitFixture.create({
      'hosts.yaml': HOSTS,
      'jobs.yaml': job('nightly', ['sql-01', 'web-01']),
      'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
      'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
    });
    // The change turns off the backup integration service on sql-01 and adds new-01 with a pass-through
    // disk and no job; web-01's pass-through disk was there before.
    fixture.write({ 'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: false }), 'vms/new-01.yaml': vm('new-01', { extraDisks: PASSTHROUGH_DISK }) });
    const env = Object.fromEntries(Object.entries(GIT_ENV).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'PATH'));
    const formats = ['text=out/plan.txt', 'json=out/plan.json', 'sarif=out/plan.sarif', 'junit=out/junit.xml', 'gitlab=out/gl-code-quality.json'];
    const run = await runCli(['plan', '--base', 'main', ...formats.flatMap((f) => ['--report', f]), '--today', '2026-06-01'], { cwd: fixture.dir, env });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Plan: /m);

    const json = parseJsonReport(fixture.read('out/plan.json'));
    expect(json.plan?.summary).toMatchObject({ add: 1, change: 1 });
    const findings = json.findings;
    const introduced = findings.filter((f) => f.status === 'introduced' && f.blocking);
    const unchanged = findings.filter((f) => f.status === 'unchanged' && f.policyId === 'HVB007');
    expect(unchanged).toHaveLength(1);
    expect(unchanged[0]!.blocking).toBe(false);
    expect(introduced.map((f) => f.policyId).sort()).toEqual(['HVB007', 'HVB010']);
    expect(run.code).toBe(1);

    expect(fixture.read('out/plan.txt')).toBe(run.stdout);
    const sarifResults = parseSarif(fixture.read('out/plan.sarif')).runs[0]!.results!;
    expect(
      sarifResults
        .filter((r) => r.ruleId === 'HVB007')
        .map((r) => r.baselineState)
        .sort(),
    ).toEqual(['new', 'unchanged']);

    const junit = parseXml(fixture.read('out/junit.xml'));
    expect(Number(junit.attributes.failures)).toBe(new Set(introduced.map((f) => `${f.policyId} ${f.address}`)).size);
    const passthrough = junit.children.find((s) => s.attributes.name === 'HVB007 passthrough-disk')!;
    const web = passthrough.children.find((c) => c.attributes.name === unchanged[0]!.address)!;
    expect(web.children.map((c) => c.name)).toEqual(['system-out']);
    expect(web.children[0]!.text).toContain('not blocking: present before this change');

    const gitlab = JSON.parse(fixture.read('out/gl-code-quality.json')) as { fingerprint: string; severity: string }[];
    expect(gitlab.find((i) => i.fingerprint === unchanged[0]!.fingerprint)!.severity).toBe('major');
    for (const finding of introduced) expect(gitlab.find((i) => i.fingerprint === finding.fingerprint)!.severity).toBe('blocker');
  });
});
