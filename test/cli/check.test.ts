import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseJsonReport, parseSarif } from '../support/reports.js';
import { runCli } from './run-cli.js';

const TODAY = ['--today', '2026-11-24'];

async function workspace(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hvgate-cli-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const cleanVm = `apiVersion: hvgate/v1
kind: VirtualMachine
metadata: { name: ok-01 }
spec:
  configurationPath: D:\\VMs
  disks:
    - { name: os, path: D:\\VMs\\ok-01.vhdx }
`;

describe('hvgate check (bundled CLI)', () => {
  test('the example estate: outcome table, a finding for every principle, blocked', async () => {
    const run = await runCli(['check', 'examples/estate', ...TODAY]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot('__golden__/examples-estate.txt');
    for (const id of [
      'HVB001',
      'HVB002',
      'HVB003',
      'HVB004',
      'HVB005',
      'HVB006',
      'HVB007',
      'HVB008',
      'HVB009',
      'HVB010',
      'HVB011',
      'HVB012',
      'HVB013',
      'HVB014',
      'HVB015',
    ]) {
      expect(run.stdout, id).toMatch(new RegExp(`\\b${id}\\b`));
    }
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('SARIF to a file, with the text report still on the terminal', async () => {
    const dir = await workspace({ 'vms/ok.yaml': cleanVm });
    const run = await runCli(['check', '--format', 'sarif', '--output', 'out/hvgate.sarif', ...TODAY], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Gate: PASSED/);
    const sarif = parseSarif(await readFile(join(dir, 'out/hvgate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules!.map((r) => r.id)).toContain('HVB016');
  });

  test('JSON on stdout is one parseable document', async () => {
    const run = await runCli(['check', 'examples/estate', '--format', 'json', ...TODAY]);
    expect(run.code).toBe(1);
    const report = parseJsonReport(run.stdout);
    expect(report.schemaVersion).toBe(3);
    expect(report.verdict.passed).toBe(false);
  });

  test('colour only when asked for by a terminal; NO_COLOR always wins', async () => {
    // A pipe is not a terminal, so even FORCE_COLOR-like settings give no escape codes.
    const run = await runCli(['check', 'examples/estate', ...TODAY], { env: { NO_COLOR: '1' } });
    expect(run.stdout).not.toContain('\u001b[');
  });

  test('unrelated YAML is ignored; no definitions at all exits 2 unless --allow-empty says none is expected', async () => {
    const dir = await workspace({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n', 'compose.yaml': 'services: {}\n' });
    const run = await runCli(['check', ...TODAY], { cwd: dir });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'hvgate: no Hyper-V definitions found under .: nothing was checked. Check the paths and the include/exclude globs of .hvgate.yml, or pass --allow-empty where having none is expected\n',
    });
    const allowed = await runCli(['check', '--allow-empty', ...TODAY], { cwd: dir });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/Gate: PASSED/);
  });

  test('a file named explicitly must be a definition', async () => {
    const dir = await workspace({ 'empty.yaml': '', 'notes.txt': 'hello' });
    const run = await runCli(['check', 'empty.yaml', 'notes.txt', ...TODAY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/empty\.yaml:1:1 +error +HVB000 +the file is empty/);
    expect(run.stdout).toMatch(/notes\.txt:1:1 +error +HVB000 +the file is not a definition hvgate reads/);
  });

  test('a non-UTF-8 definition and an oversized definition are findings at their position', async () => {
    const [head, tail] = cleanVm.split('spec:');
    const latin1 = Buffer.concat([Buffer.from(`${head}# caf`), Buffer.from([0xe9]), Buffer.from(`\nspec:${tail}`)]);
    const huge = `${cleanVm}${'# padding\n'.repeat(500_000)}`;
    const dir = await workspace({ 'a.yaml': latin1, 'b.yaml': huge });
    const run = await runCli(['check', ...TODAY], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/a\.yaml:4:6 +error +HVB000 +byte 0xE9 is not valid UTF-8/);
    expect(run.stdout).toMatch(/b\.yaml:1:1 +error +HVB000 +the file is 4\.8 MiB, far larger than any definition/);
  });

  test('usage and configuration errors exit 2 with a message, not a stack trace', async () => {
    const bad = await runCli(['check', '--format', 'xml']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('hvgate: --format must be one of text, json, sarif, junit, gitlab, markdown, not "xml"\nRun \'hvgate check --help\' for usage.\n');

    const unknownOption = await runCli(['check', '--frmat', 'json']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toBe("hvgate: check: unknown option --frmat; did you mean --format?\nRun 'hvgate check --help' for usage.\n");

    const dir = await workspace({ '.hvgate.yml': 'scope: everything\n' });
    const config = await runCli(['check', ...TODAY], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/^hvgate: \.hvgate\.yml:1:8: scope must be one of introduced, all/);
    expect(config.stderr).not.toMatch(/\n\s+at /);

    const missing = await runCli(['check', 'no/such/dir']);
    expect(missing).toMatchObject({ code: 2, stderr: 'hvgate: no/such/dir: no such file or directory\n' });
  });

  test('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: hvgate <command>/);
    const version = await runCli(['--version']);
    expect(version.stdout).toMatch(/^hvgate \d+\.\d+\.\d+\n$/);
  });
});

describe('large estates', () => {
  test('parsed on several threads, every VM and finding is still there', async () => {
    // Over 4 MiB of definitions, so the bundled CLI parses in worker threads.
    const files: Record<string, string> = {};
    const vmCount = 8_000;
    for (let batch = 0; batch < vmCount / 500; batch++) {
      const docs: string[] = [];
      for (let i = batch * 500; i < (batch + 1) * 500; i++) {
        docs.push(
          `apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: vm-${i} }\nspec:\n  configurationPath: D:\\VMs\\vm-${i}\n` +
            `  checkpoints: { location: ${i % 7 === 0 ? 'E' : 'D'}:\\Checkpoints\\vm-${i} }\n  integrationServices: { VSS: true }\n` +
            `  disks:\n    - { name: os, path: D:\\VMs\\vm-${i}\\os.vhdx }\n  guest:\n    os: windows\n    volumes: [{ name: "C:", disk: os, fileSystem: NTFS }]\n# ${'x'.repeat(300)}\n`,
        );
      }
      files[`vms/batch-${batch}.yaml`] = docs.join('---\n');
    }
    expect(Object.values(files).reduce((sum, text) => sum + text.length, 0)).toBeGreaterThan(4 * 1024 * 1024);
    const dir = await workspace(files);
    const run = await runCli(['check', '--format', 'json', ...TODAY], { cwd: dir });
    expect(run.stderr).toBe('');
    const report = parseJsonReport(run.stdout);
    expect(report.vms).toHaveLength(vmCount);
    const hvb003 = report.findings.filter((f) => f.policyId === 'HVB003');
    expect(hvb003).toHaveLength(Math.ceil(vmCount / 7));
    expect(hvb003[0]!.location).toMatchObject({ file: 'vms/batch-0.yaml', line: 6, column: 28 });
  });
});

describe('exceptions that lapse soon', () => {
  test('are called out with their owner, soonest first, before they start to block', async () => {
    const soon = await runCli(['check', 'examples/estate', '--today', '2027-02-05']);
    expect(soon.stdout).toContain(
      'Exceptions expiring within 30 days (1): renew or fix before they lapse and block.\n' +
        'examples/estate/vms/appliance-01.yaml:18:7  HVB001 for "appliance-01": expires 2027-02-15 (in 10 days), owner network-team\n',
    );
    const json = parseJsonReport((await runCli(['check', 'examples/estate', '--format', 'json', '--today', '2027-02-05'])).stdout);
    expect(json.exceptions[0]).toMatchObject({ policy: 'HVB001', applied: true, daysLeft: 10 });

    const later = await runCli(['check', 'examples/estate', '--today', '2026-12-01']);
    expect(later.stdout).not.toContain('Exceptions expiring');
  });
});

test('the Markdown report calls out exceptions that lapse soon', async () => {
  const run = await runCli(['check', 'examples/estate', '--format', 'markdown', '--today', '2027-02-05']);
  expect(run.stdout).toContain('### Exceptions expiring within 30 days (1)');
  expect(run.stdout).toContain('expires 2027-02-15 (in 10 days), owner network-team');
});
