/**
 * Mechanical fixes end to end: each suggested change applied to its file makes its finding disappear
 * when the gate runs again; `hvgate fix` keeps formatting and comments, is idempotent, prints a
 * unified diff with `--dry-run`, and round-trips on every example and fixture.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { policies } from '../../policies/index.js';
import { runCheck } from '../../src/app/check.js';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/core/finding.js';
import { fixable, suggestionFor, type Suggestion } from '../../src/fix/fixes.js';
import { reviewCandidates } from '../../src/github/review-plan.js';

const TODAY = '2026-06-01';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hvgate-fix-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function copy(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hvgate-fix-'));
  dirs.push(dir);
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** Every file under `dir`, relative path → text. */
function snapshot(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(join(dir, prefix))) {
    const relative = prefix === '' ? entry : `${prefix}/${entry}`;
    if (statSync(join(dir, relative)).isDirectory()) for (const [k, v] of snapshot(dir, relative)) files.set(k, v);
    else files.set(relative, readFileSync(join(dir, relative), 'utf8'));
  }
  return files;
}

async function findings(cwd: string) {
  return (await runCheck({ paths: [], cwd, today: TODAY }, policies)).report.findings;
}

async function fix(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(
    ['fix', '--today', TODAY, ...args],
    { cwd, env: {}, stdout: (t) => (stdout += t), stderr: () => undefined, stdoutIsTTY: false, today: TODAY },
    policies,
  );
  return { code, stdout };
}

const HOSTS = `apiVersion: hvgate/v1
kind: HostProfile
metadata: { name: legacy }
spec:
  windowsServer: 2012 R2
`;

const LEGACY_VM = `# A VM on a 2012 R2 host with three mechanical problems.
apiVersion: hvgate/v1
kind: VirtualMachine
metadata:
  name: app-01
spec:
  host: legacy
  generation: 1
  scsiControllers: 0   # no SCSI controller
  checkpoints:
    location: 'E:\\Checkpoints' # another volume
  integrationServices:
    Heartbeat: true
    VSS: false
  disks:
    - name: os
      path: D:\\VMs\\app-01\\os.vhdx
      controller: { type: IDE, number: 0, location: 0 }
  guest:
    os: windows
`;

const TERRAFORM = `terraform {
  required_providers {
    hyperv = { source = "taliesins/hyperv" }
  }
}

resource "hyperv_machine_instance" "web" {
  name       = "tf-web-01"
  generation = 2

  hard_disk_drives {
    controller_type     = "Scsi"
    controller_number   = 0
    controller_location = 0
    path                = "D:\\\\VMs\\\\tf-web-01\\\\os.vhdx"
  }
}

resource "hyperv_machine_instance" "sql" {
  name                   = "tf-sql-01"
  snapshot_file_location = "E:\\\\VMs" # checkpoints elsewhere
  integration_services = {
    VSS = false
  }
  hard_disk_drives {
    path = "D:\\\\VMs\\\\tf-sql-01\\\\os.vhdx"
  }
}
`;

describe('suggested changes', () => {
  it.each([
    ['hvgate/v1 YAML', { 'hosts.yaml': HOSTS, 'vm.yaml': LEGACY_VM }],
    ['Terraform', { 'main.tf': TERRAFORM }],
  ])('each one applied to its file makes its finding disappear (%s)', async (_, files) => {
    const dir = workspace(files);
    const initial = fixable(await findings(dir));
    expect(initial.length).toBeGreaterThanOrEqual(2);
    for (const finding of initial) {
      const path = join(dir, finding.remedy!.at.file);
      const text = readFileSync(path, 'utf8');
      const suggestion = suggestionFor(text, finding);
      expect(suggestion, `${finding.policyId} at ${finding.at.line}`).toBeDefined();
      // The suggestion replaces exactly the lines the finding points at (or, for a key the file does not write, the line of the block it goes into).
      expect(suggestion!.startLine).toBe(finding.at.line);
      const lines = text.split('\n');
      const applied = [...lines.slice(0, suggestion!.startLine - 1), ...suggestion!.text.split('\n'), ...lines.slice(suggestion!.line)].join('\n');
      writeFileSync(path, applied);
      const after = await findings(dir);
      expect(after.map((f) => f.fingerprint)).not.toContain(finding.fingerprint);
      writeFileSync(path, text);
    }
  });

  it('keeps indentation and quoting style, and writes a key the file leaves out into its block', async () => {
    const vm = LEGACY_VM.replace("  checkpoints:\n    location: 'E:\\Checkpoints' # another volume\n", '');
    const dir = workspace({ 'hosts.yaml': HOSTS, 'vm.yaml': vm });
    const byPolicy = new Map(fixable(await findings(dir)).map((f) => [f.policyId, f] as const));
    const text = readFileSync(join(dir, 'vm.yaml'), 'utf8');
    expect(suggestionFor(text, byPolicy.get('HVB012')!)!.text).toBe('  scsiControllers: 1   # no SCSI controller');
    expect(suggestionFor(text, byPolicy.get('HVB002')!)!.text).toBe('    VSS: true');
    expect(suggestionFor(text, byPolicy.get('HVB003')!)!.text).toBe('spec:\n  checkpoints:\n    location: D:\\VMs\\app-01');
  });
});

describe('hvgate fix', () => {
  it('fixes every mechanical finding, keeps comments and formatting, and a second run changes nothing', async () => {
    const dir = workspace({ 'hosts.yaml': HOSTS, 'vm.yaml': LEGACY_VM, 'main.tf': TERRAFORM });
    const first = await fix(dir);
    expect(first.stdout).toMatch(/hvgate fix: fixed \d+ findings in 2 files\./);
    const yaml = readFileSync(join(dir, 'vm.yaml'), 'utf8');
    expect(yaml).toBe(
      LEGACY_VM.replace('scsiControllers: 0 ', 'scsiControllers: 1 ').replace("'E:\\Checkpoints'", "'D:\\VMs\\app-01'").replace('VSS: false', 'VSS: true'),
    );
    const tf = readFileSync(join(dir, 'main.tf'), 'utf8');
    expect(tf).toContain('resource "hyperv_machine_instance" "web" {\n  snapshot_file_location = "D:\\\\VMs\\\\tf-web-01"\n  name       = "tf-web-01"');
    expect(tf).toContain('snapshot_file_location = "D:\\\\VMs\\\\tf-sql-01" # checkpoints elsewhere');
    expect(tf).toContain('VSS = true');
    expect(fixable(await findings(dir))).toEqual([]);
    const second = await fix(dir);
    expect(second.stdout).toContain('hvgate fix: fixed 0 findings in 0 files.');
    expect(readFileSync(join(dir, 'vm.yaml'), 'utf8')).toBe(yaml);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const dir = workspace({ 'hosts.yaml': HOSTS, 'vm.yaml': LEGACY_VM });
    const { stdout } = await fix(dir, '--dry-run');
    expect(stdout).toContain('--- a/vm.yaml\n+++ b/vm.yaml\n@@ ');
    expect(stdout).toContain('-  scsiControllers: 0   # no SCSI controller\n+  scsiControllers: 1   # no SCSI controller');
    expect(stdout).toMatch(/would fix 3 findings in 1 file\./);
    expect(readFileSync(join(dir, 'vm.yaml'), 'utf8')).toBe(LEGACY_VM);
  });

  it('leaves a file it cannot read alone and names it', async () => {
    const dir = workspace({ 'hosts.yaml': HOSTS, 'vm.yaml': LEGACY_VM, 'broken.yaml': 'apiVersion: hvgate/v1\nkind: VirtualMachine\nspec: [\n' });
    const { stdout } = await fix(dir);
    expect(stdout).toContain('left alone: broken.yaml (the gate cannot read it; see HVB000)');
    expect(readFileSync(join(dir, 'broken.yaml'), 'utf8')).toBe('apiVersion: hvgate/v1\nkind: VirtualMachine\nspec: [\n');
  });

  it.each(FIXTURES)(
    'round-trips on %s: the fix writes what its suggested changes write, every other byte kept, and a second run does nothing',
    async (fixture) => {
      const dir = copy(fixture);
      const before = fixable(await findings(dir));
      const original = snapshot(dir);
      await fix(dir);
      const fixed = snapshot(dir);
      for (const [file, text] of original)
        expect(fixed.get(file), file).toBe(
          withSuggestions(
            text,
            before.filter((f) => f.remedy!.at.file === file),
          ),
        );
      // Every finding that had a suggested change is gone; what is left has none (a value from a variable, a plan file).
      const suggested = before.filter((f) => suggestionFor(original.get(f.remedy!.at.file)!, f) !== undefined).map((f) => f.fingerprint);
      const left = new Set((await findings(dir)).map((f) => f.fingerprint));
      expect(suggested.filter((fingerprint) => left.has(fingerprint))).toEqual([]);
      expect((await fix(dir, '--dry-run')).stdout).not.toContain('--- a/');
      expect(snapshot(dir)).toEqual(fixed);
    },
  );

  it('the round-trip fixtures hold mechanical fixes in YAML and in Terraform', async () => {
    const files = new Set<string>();
    for (const fixture of FIXTURES)
      for (const f of fixable(await findings(fixture)))
        if (suggestionFor(readFileSync(join(fixture, f.remedy!.at.file), 'utf8'), f)) files.add(f.remedy!.at.file.replace(/^.*\./, '.'));
    expect([...files].sort()).toEqual(['.tf', '.yaml']);
  });
});

/** Every example and every Terraform fixture folder. */
const FIXTURES = [
  ...readdirSync('examples').map((name) => `examples/${name}`),
  ...readdirSync('test/fixtures/terraform').map((name) => `test/fixtures/terraform/${name}`),
].filter((path) => statSync(path).isDirectory());

/**
 * The file as a reviewer would leave it by accepting each suggested change: the lines each replaces,
 * spliced in from the bottom up (a fix that several findings share, as the instances of one module, once).
 */
function withSuggestions(text: string, findings: readonly Finding[]): string {
  const suggestions = new Map<string, Suggestion>();
  for (const finding of findings) {
    const suggestion = suggestionFor(text, finding);
    if (suggestion) suggestions.set(`${suggestion.startLine}:${suggestion.line}:${suggestion.text}`, suggestion);
  }
  const lines = text.split('\n');
  const sorted = [...suggestions.values()].sort((a, b) => b.startLine - a.startLine);
  sorted.forEach((s, i) => {
    const below = sorted[i - 1];
    if (below !== undefined) expect(s.line, 'suggested changes overlap').toBeLessThan(below.startLine);
    lines.splice(s.startLine - 1, s.line - s.startLine + 1, ...s.text.split('\n'));
  });
  return lines.join('\n');
}

describe('the inline comment', () => {
  it('carries a suggested change for a mechanical fix, and explains the options where the fix is a decision', async () => {
    const passThroughVm =
      'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: pt-01 }\nspec:\n  disks:\n    - name: archive\n      passThrough: { diskNumber: 3 }\n';
    const dir = workspace({ 'hosts.yaml': HOSTS, 'vm.yaml': LEGACY_VM, 'pt.yaml': passThroughVm });
    const report = (await runCheck({ paths: [], cwd: dir, today: TODAY }, policies)).report;
    const text = readFileSync(join(dir, 'vm.yaml'), 'utf8');
    const candidates = reviewCandidates(
      report.findings,
      (file) => file,
      (f) => suggestionFor(text, f),
    );
    const scsi = candidates.find((c) => c.body.includes('HVB012'))!;
    expect(scsi.body).toContain('```suggestion\n  scsiControllers: 1   # no SCSI controller\n```');
    expect(scsi.line).toBe(9);
    const passThrough = candidates.find((c) => c.body.includes('HVB007'))!;
    expect(passThrough.body).not.toContain('```suggestion');
    expect(passThrough.body).toContain('No one-click fix');
  });
});
