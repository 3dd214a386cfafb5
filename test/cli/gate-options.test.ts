/**
 * The options users of Checkov, Trivy, tflint and ESLint expect, on the bundled CLI: terminal views,
 * soft failure, policy selection, the level that blocks, baselines, where the configuration is found,
 * and colour by NO_COLOR / FORCE_COLOR.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseJsonReport } from '../support/reports.js';
import { ROOT, runCli } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

async function estateCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hvgate-options-'));
  await cp(join(ROOT, 'examples/estate'), join(dir, 'estate'), { recursive: true });
  return dir;
}

async function workspace(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hvgate-options-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

/** A VM whose only finding is a warning (HVB003: checkpoints on another volume than the disks). */
const warningOnlyVm = `apiVersion: hvgate/v1
kind: VirtualMachine
metadata: { name: web-09 }
spec:
  disks:
    - { name: os, path: D:\\VMs\\web-09.vhdx }
`;

describe('terminal views', () => {
  test('--compact: one line per finding and the verdict; --quiet: only what blocks', async () => {
    const compact = await runCli(['check', 'examples/estate', '--compact', ...TODAY]);
    expect(compact).toMatchObject({ code: 1, stderr: '' });
    await expect(compact.stdout).toMatchFileSnapshot('__golden__/examples-estate-compact.txt');
    const quiet = await runCli(['check', 'examples/estate', '--quiet', ...TODAY]);
    expect(quiet).toMatchObject({ code: 1, stderr: '' });
    await expect(quiet.stdout).toMatchFileSnapshot('__golden__/examples-estate-quiet.txt');
    expect(quiet.stdout).not.toMatch(/\bwarning\b/);
    expect(
      quiet.stdout
        .trimEnd()
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('[blocking]')),
    ).toBe(true);
  });

  test('report files stay complete whatever the terminal shows', async () => {
    const dir = await estateCopy();
    await runCli(['check', 'estate', '--quiet', '--report', 'json=full.json', ...TODAY], { cwd: dir });
    const report = parseJsonReport(await readFile(join(dir, 'full.json'), 'utf8'));
    expect(report.findings.some((f) => f.policyId === 'HVB003')).toBe(true);
  });

  test('--quiet and --compact together are a usage error', async () => {
    const run = await runCli(['check', 'examples/estate', '--quiet', '--compact']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^hvgate: --quiet and --compact choose different views; give one\n/);
  });
});

describe('exit codes', () => {
  test('--soft-fail reports as usual and exits 0, saying so; input errors still exit 2', async () => {
    const run = await runCli(['check', 'examples/estate', '--soft-fail', '--compact', ...TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Gate: BLOCKED/);
    expect(run.stderr).toBe('hvgate: --soft-fail: findings block, exiting 0 as asked\n');
    const dir = await workspace({ '.hvgate.yml': 'scope: everything\n', 'vm.yaml': warningOnlyVm });
    expect((await runCli(['check', '--soft-fail', ...TODAY], { cwd: dir })).code).toBe(2);
  });

  test('--fail-on warning blocks on warnings; error is the default; anything else is a usage error', async () => {
    const dir = await workspace({ 'vm.yaml': warningOnlyVm });
    const byDefault = await runCli(['check', '--compact', ...TODAY], { cwd: dir });
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toMatch(/warning {2}HVB003/);
    const strict = await runCli(['check', '--compact', '--fail-on', 'warning', ...TODAY], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/warning {2}HVB003 .*\[blocking\]/);
    const bad = await runCli(['check', '--fail-on', 'note'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^hvgate: --fail-on must be error or warning, not "note"\n/);
  });
});

describe('policy selection', () => {
  test('--policy runs only the policies named (by id or name); the others are listed as not run', async () => {
    const run = await runCli(['check', 'examples/estate', '--format', 'json', '--policy', 'HVB010', ...TODAY]);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run.stdout);
    expect(new Set(report.findings.filter((f) => !f.exception).map((f) => f.policyId))).toEqual(new Set(['HVB010']));
  });

  test('--skip-policy leaves a policy out, and comma lists work as repeated flags', async () => {
    const dir = await workspace({ 'vm.yaml': warningOnlyVm });
    const run = await runCli(['check', '--format', 'json', '--skip-policy', 'HVB003,HVB010', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    expect(parseJsonReport(run.stdout).findings.map((f) => f.policyId)).not.toContain('HVB003');
  });

  test('ids are checked: an unknown one names the nearest; the policies that guard the gate cannot be skipped', async () => {
    const typo = await runCli(['check', 'examples/estate', '--policy', 'HVB0100']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^hvgate: --policy "HVB0100": no such policy; did you mean HVB010\? \('hvgate policies' lists them\)\n/);
    const guard = await runCli(['check', 'examples/estate', '--skip-policy', 'HVB000']);
    expect(guard.code).toBe(2);
    expect(guard.stderr).toMatch(/^hvgate: --skip-policy HVB000: HVB000 .* guards the gate's own inputs and always runs\n/);
  });
});

describe('--baseline', () => {
  test("today's findings accepted by fingerprint; a new one blocks; entries no longer found are counted", async () => {
    const dir = await estateCopy();
    const write = await runCli(['check', 'estate', '--compact', '--write-baseline', 'hvgate-baseline.json', ...TODAY], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toBe('hvgate: wrote hvgate-baseline.json\n');
    const baseline = JSON.parse(await readFile(join(dir, 'hvgate-baseline.json'), 'utf8')) as { kind: string; findings: { policy: string }[] };
    expect(baseline.kind).toBe('hvgate-baseline');
    expect(baseline.findings.length).toBeGreaterThan(10);

    const accepted = await runCli(['check', 'estate', '--compact', '--baseline', 'hvgate-baseline.json', ...TODAY], { cwd: dir });
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toMatch(/^hvgate: baseline hvgate-baseline\.json from the working tree: \d+ accepted\n$/);

    await writeFile(join(dir, 'estate/vms/new-01.yaml'), warningOnlyVm.replace('web-09', 'new-01'));
    await writeFile(join(dir, 'estate/vms/lab-01.yaml'), '');
    const fresh = await runCli(['check', 'estate', '--compact', '--baseline', 'hvgate-baseline.json', ...TODAY], { cwd: dir });
    expect(fresh.code).toBe(1);
    expect(fresh.stdout).toMatch(/new-01\.yaml.*HVB010.*\[blocking\]/);
    expect(fresh.stderr).toMatch(/accepted, \d+ no longer found \(safe to remove\)\n$/);
  });

  test('a JSON report of an earlier run is a baseline too', async () => {
    const dir = await estateCopy();
    await runCli(['check', 'estate', '--report', 'json=report.json', ...TODAY], { cwd: dir });
    const run = await runCli(['check', 'estate', '--compact', '--baseline', 'report.json', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
  });

  test('a baseline never accepts HVB000: an unreadable definition blocks whatever the baseline says', async () => {
    const dir = await workspace({ 'vm.yaml': 'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: [broken\n' });
    expect((await runCli(['check', '--write-baseline', 'b.json', '--compact', ...TODAY], { cwd: dir })).code).toBe(1);
    expect((await runCli(['check', '--baseline', 'b.json', '--compact', ...TODAY], { cwd: dir })).code).toBe(1);
  });

  test('a file that is not a baseline exits 2 and says how to write one', async () => {
    const dir = await workspace({ 'vm.yaml': warningOnlyVm, 'bad.json': '{"findings": 3}', 'text.json': 'hello' });
    const shape = await runCli(['check', '--baseline', 'bad.json'], { cwd: dir });
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/^hvgate: --baseline bad\.json: not an hvgate baseline .*write one with --write-baseline bad\.json/);
    const text = await runCli(['check', '--baseline', 'text.json'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/^hvgate: --baseline text\.json: not JSON/);
    const missing = await runCli(['check', '--baseline', 'none.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.json/);
  });
});

describe('plan --baseline', () => {
  /** A repository whose base commit has an empty baseline, and whose head adds a pass-through disk and accepts its finding in that baseline. */
  async function selfAcceptingChange(): Promise<{ repo: string; git: (...args: string[]) => void }> {
    const repo = await workspace({
      'vms/web-09.yaml': warningOnlyVm,
      'hvgate-baseline.json': '{ "kind": "hvgate-baseline", "schemaVersion": 1, "findings": [] }\n',
    });
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    const git = (...args: string[]) => void execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'change');
    await writeFile(join(repo, 'vms/web-09.yaml'), `${warningOnlyVm}    - name: data\n      passThrough: { diskNumber: 3 }\n`);
    expect((await runCli(['check', '--write-baseline', 'hvgate-baseline.json', '--compact', ...TODAY], { cwd: repo })).code).toBe(0);
    git('commit', '-q', '-am', 'pass-through disk, accepted by the baseline');
    return { repo, git };
  }
  const shortCommits = (text: string) => text.replace(/commit [0-9a-f]{12}/g, 'commit <sha>');

  test("with --config-ref base the base commit's baseline governs; what the head adds to it is listed as proposed, never applied", async () => {
    const { repo } = await selfAcceptingChange();
    const plan = await runCli(['plan', '--base', 'main', '--head', 'change', '--config-ref', 'base', '--baseline', 'hvgate-baseline.json', ...TODAY], {
      cwd: repo,
    });
    expect(plan.code).toBe(1);
    expect(shortCommits(plan.stderr)).toBe('hvgate: baseline hvgate-baseline.json from the base "main" (commit <sha>): 0 accepted\n');
    expect(plan.stdout).toMatch(/HVB007 .*\[blocking\]/);
    const proposed = plan.stdout.slice(plan.stdout.indexOf('Configuration changes proposed'));
    expect(proposed.slice(0, proposed.indexOf('\n\n'))).toBe(
      [
        'Configuration changes proposed by the head, not applied:',
        '  - baseline hvgate-baseline.json: accepts HVB003 VirtualMachine/web-09 disk:os (fingerprint ee7bfc374291a03c94cd0929)',
        '  - baseline hvgate-baseline.json: accepts HVB007 VirtualMachine/web-09 disk:data (fingerprint 0442766fbda139b021396443)',
      ].join('\n'),
    );
    const markdown = await runCli(['plan', '--base', 'main', '--config-ref', 'base', '--baseline', 'hvgate-baseline.json', '-f', 'markdown', ...TODAY], {
      cwd: repo,
    });
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('- baseline hvgate-baseline.json: accepts HVB007 VirtualMachine/web-09 disk:data (fingerprint ');
    const json = parseJsonReport(
      (await runCli(['plan', '--base', 'main', '--config-ref', 'base', '--baseline', 'hvgate-baseline.json', '-f', 'json', ...TODAY], { cwd: repo })).stdout,
    );
    expect(json.plan?.proposedConfiguration).toEqual([expect.stringContaining('accepts HVB003'), expect.stringContaining('accepts HVB007')]);
  });

  test('the side that governs is the head by default, and says so; a base without the file accepts nothing', async () => {
    const { repo } = await selfAcceptingChange();
    const head = await runCli(['plan', '--base', 'main', '--head', 'change', '--baseline', 'hvgate-baseline.json', '--compact', ...TODAY], { cwd: repo });
    expect(head.code).toBe(0);
    expect(shortCommits(head.stderr)).toBe('hvgate: baseline hvgate-baseline.json from the head "change" (commit <sha>): 2 accepted\n');
    const tree = await runCli(['plan', '--base', 'main', '--baseline', 'hvgate-baseline.json', '--compact', ...TODAY], { cwd: repo });
    expect(tree.stderr).toBe('hvgate: baseline hvgate-baseline.json from the working tree: 2 accepted\n');
    // A baseline the base commit lacks accepts nothing; the working tree that adds it proposes it.
    await cp(join(repo, 'hvgate-baseline.json'), join(repo, 'new-baseline.json'));
    const missing = await runCli(['plan', '--base', 'main', '--config-ref', 'base', '--baseline', 'new-baseline.json', ...TODAY], { cwd: repo });
    expect(missing.code).toBe(1);
    expect(shortCommits(missing.stderr)).toBe('hvgate: baseline new-baseline.json from the base "main" (commit <sha>), where it does not exist: 0 accepted\n');
    expect(missing.stdout).toContain('  - baseline new-baseline.json: added by the head\n');
  });

  test("a baseline outside the repository is the pipeline's file, read as given whichever side governs", async () => {
    const { repo } = await selfAcceptingChange();
    const outside = await mkdtemp(join(tmpdir(), 'hvgate-pipeline-'));
    await cp(join(repo, 'hvgate-baseline.json'), join(outside, 'accepted.json'));
    const run = await runCli(['plan', '--base', 'main', '--config-ref', 'base', '--baseline', join(outside, 'accepted.json'), '--compact', ...TODAY], {
      cwd: repo,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`hvgate: baseline ${join(outside, 'accepted.json')} from the pipeline's file system, outside the repository: 2 accepted\n`);
  });
});

describe('configuration discovery', () => {
  test('the nearest .hvgate.yml from the current folder up to the repository root, never above it', async () => {
    const outer = await workspace({ '.hvgate.yml': 'scope: everything\n' });
    const repo = join(outer, 'repo');
    await mkdir(join(repo, 'infra/vms'), { recursive: true });
    execFileSync('git', ['init', '-q', repo]);
    await writeFile(join(repo, 'infra/vms/vm.yaml'), warningOnlyVm);
    // Above the repository: the broken file outside is never read.
    expect((await runCli(['check', '.', ...TODAY], { cwd: join(repo, 'infra/vms') })).code).toBe(0);

    await writeFile(join(repo, '.hvgate.yml'), 'policies:\n  HVB003: { level: error }\n');
    const fromRoot = await runCli(['check', '.', '--compact', ...TODAY], { cwd: join(repo, 'infra/vms') });
    expect(fromRoot.code).toBe(1);
    expect(fromRoot.stdout).toMatch(/error {2}HVB003/);

    await writeFile(join(repo, 'infra/.hvgate.yml'), 'policies:\n  HVB003: { level: off }\n');
    const nearest = await runCli(['check', '.', '--compact', ...TODAY], { cwd: join(repo, 'infra/vms') });
    expect(nearest.code).toBe(0);
    expect(nearest.stdout).not.toMatch(/HVB003/);
  });
});

describe('colour', () => {
  const colours = async (env: Record<string, string>, ...flags: string[]) =>
    (await runCli(['check', 'examples/estate', '--compact', ...flags, ...TODAY], { env })).stdout.includes('\u001b[');

  test('FORCE_COLOR paints a CI log, NO_COLOR turns it off, flags decide over both', async () => {
    expect(await colours({})).toBe(false);
    expect(await colours({ FORCE_COLOR: '1' })).toBe(true);
    expect(await colours({ FORCE_COLOR: '' })).toBe(true);
    expect(await colours({ FORCE_COLOR: '0' })).toBe(false);
    expect(await colours({ FORCE_COLOR: 'false' })).toBe(false);
    expect(await colours({ NO_COLOR: '1' }, '--color')).toBe(true);
    expect(await colours({ FORCE_COLOR: '1' }, '--no-color')).toBe(false);
    expect(await colours({}, '--color')).toBe(true);
    expect((await runCli(['check', 'examples/estate', '--color', '--no-color'])).code).toBe(2);
  });
});

describe('configuration found above the working directory', () => {
  test('its include and exclude globs are relative to its own folder, in check and in plan', async () => {
    const repo = await workspace({
      '.hvgate.yml': 'include: ["infra/**/*.yaml"]\nexclude: ["infra/vms/legacy/**"]\n',
      'infra/vms/web.yaml': warningOnlyVm,
      'infra/vms/legacy/old.yaml': warningOnlyVm.replace('web-09', 'old-01'),
    });
    execFileSync('git', ['init', '-q', '-b', 'main', repo]);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('add', '.');
    git('commit', '-q', '-m', 'estate');
    const check = await runCli(['check', '--format', 'json', ...TODAY], { cwd: join(repo, 'infra/vms') });
    expect(check.stderr).toBe('');
    expect(parseJsonReport(check.stdout).vms.map((vm) => vm.name)).toEqual(['web-09']);
    const plan = await runCli(['plan', '--base', 'main', '--head', 'main', '--config-ref', 'base', '--allow-empty', '--format', 'json', ...TODAY], {
      cwd: join(repo, 'infra/vms'),
    });
    expect(plan.stderr).toBe('');
    expect(parseJsonReport(plan.stdout).vms.map((vm) => vm.name)).toEqual(['web-09']);
    // A saved plan remembers where the globs were written from, so apply selects the same files.
    const cwd = join(repo, 'infra/vms');
    expect((await runCli(['plan', '--base', 'main', '--allow-empty', '--compact', '--out', '../../saved-plan.json', ...TODAY], { cwd })).code).toBe(0);
    const apply = await runCli(['apply', '--plan', '../../saved-plan.json'], { cwd });
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(/^Plan is current: 1 definition file match/);
  });
});
