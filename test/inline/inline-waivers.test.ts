/**
 * Inline waivers end to end: real comments of YAML and HCL files, through the parsers, the engine
 * and the gate; and, on a plan, only those the base branch already has.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { evaluateParsed } from '../../src/app/evaluate-sources.js';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { decide } from '../../src/core/gate.js';
import { parseSources } from '../../src/load/parse-sources.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { GitFixture, PASSTHROUGH_DISK, vm } from '../plan/git-fixture.js';

const TODAY = '2026-06-01';
const WAIVER = 'reason="Archive data is backed up in the guest." owner=storage-team expires=2026-06-30';

async function check(files: Readonly<Record<string, string>>) {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { path, bytes, size: bytes.length, truncated: false, explicit: true };
  });
  const { estate, evaluation } = evaluateParsed(await parseSources(sources), DEFAULT_CONFIG, policies, { today: TODAY });
  const { findings, verdict } = decide(evaluation.findings, DEFAULT_CONFIG.settings);
  const of = (policyId: string) => findings.filter((f) => f.policyId === policyId);
  return { estate, evaluation, findings, verdict, of };
}

/** A VM with two pass-through disks; `comment(n)` is written as line n of the disks. */
function yamlVm(lines: { readonly aboveData?: string; readonly afterData?: string; readonly labels?: string } = {}): string {
  return [
    'apiVersion: hvgate/v1',
    'kind: VirtualMachine',
    'metadata:',
    '  name: db-01',
    ...(lines.labels !== undefined ? [`  labels: ${lines.labels}`] : []),
    'spec:',
    '  disks:',
    '    - name: os',
    '      path: D:\\VMs\\db-01.vhdx',
    ...(lines.aboveData !== undefined ? [`    ${lines.aboveData}`] : []),
    '    - name: data',
    `      passThrough: { diskNumber: 3 }${lines.afterData !== undefined ? ` ${lines.afterData}` : ''}`,
    '    - name: logs',
    '      passThrough: { diskNumber: 4 }',
    '',
  ].join('\n');
}

describe('inline waivers in hvgate/v1 YAML', () => {
  test('a comment above a disk waives that policy for that disk only, and is listed with the exceptions', async () => {
    const run = await check({ 'db.yaml': yamlVm({ aboveData: `# hvgate:ignore HVB007 ${WAIVER}` }) });
    expect(run.of('HVB007').map((f) => [f.subject, f.exception !== undefined, f.blocking])).toEqual([
      ['disk:data', true, false],
      ['disk:logs', false, true],
    ]);
    expect(run.evaluation.exceptions.map((s) => [s.exception.policy, s.exception.subject, s.exception.at.line, s.matched, s.vms, s.problems])).toEqual([
      ['HVB007', 'data', 9, 1, ['db-01'], []],
    ]);
  });

  test('a comment at the end of the line works the same way', async () => {
    const run = await check({ 'db.yaml': yamlVm({ afterData: `# hvgate:ignore HVB007 ${WAIVER}` }) });
    expect(run.of('HVB007').map((f) => [f.subject, f.exception?.reason])).toEqual([
      ['disk:data', 'Archive data is backed up in the guest.'],
      ['disk:logs', undefined],
    ]);
  });

  test('a # inside a quoted value or a block scalar is text, not a waiver', async () => {
    const quoted = await check({ 'db.yaml': yamlVm({ labels: `{ note: "# hvgate:ignore HVB007 ${WAIVER.replaceAll('"', "'")}" }` }) });
    expect(quoted.evaluation.exceptions).toEqual([]);
    expect(quoted.of('HVB007').every((f) => f.blocking)).toBe(true);
    const block = await check({
      'db.yaml': yamlVm().replace('  name: db-01', `  name: db-01\n  labels:\n    note: |\n      # hvgate:ignore HVB007 ${WAIVER}\n      more text`),
    });
    expect(block.evaluation.exceptions).toEqual([]);
    expect(block.verdict.passed).toBe(false);
  });

  test('validated like any exception: reason, owner, expiry, lifetime, a policy that may be waived', async () => {
    const incomplete = await check({ 'db.yaml': yamlVm({ aboveData: '# hvgate:ignore HVB007 expires=2027-06-30' }) });
    expect(incomplete.of('HVB016').map((f) => [f.at.line, f.blocking, f.message])).toEqual([
      [
        9,
        true,
        'The exception for HVB007 on VM "db-01", "data" is ignored and waives nothing: it gives no reason; it names no owner; its expiry 2027-06-30 is more than the allowed 90 days away.',
      ],
    ]);
    expect(incomplete.of('HVB007').every((f) => f.exception === undefined)).toBe(true);
    const unwaivable = await check({ 'db.yaml': yamlVm({ aboveData: `# hvgate:ignore HVB000 ${WAIVER}` }) });
    expect(unwaivable.of('HVB016').map((f) => f.message)).toEqual([expect.stringContaining('HVB000 can never be waived')]);
  });

  test('a waiver comment that cannot be read, or is next to no VM, is a located HVB000 error', async () => {
    const cases = [
      ['# hvgate:ignore reason="x"', 'it names no policy'],
      ['# hvgate:ignore HVB007 reason="not closed', 'a quoted value is not closed'],
      ['# hvgate:ignore HVB007 until=2026-06-30', '"until" is not a waiver field'],
      ['# hvgate:ignore HVB007 disk=data volume=C:', 'a disk and a volume'],
      ['# hvgate:ignoreHVB007', 'must be followed by a space'],
    ] as const;
    for (const [comment, message] of cases) {
      const run = await check({ 'db.yaml': yamlVm({ aboveData: comment }) });
      expect(
        run.of('HVB000').map((f) => [f.at.line, f.at.column, f.blocking, f.message.includes(message)]),
        comment,
      ).toEqual([[9, 5, true, true]]);
      expect(run.evaluation.exceptions).toEqual([]);
    }
    const stray = await check({ 'db.yaml': `# hvgate:ignore HVB007 ${WAIVER}\n${yamlVm()}` });
    expect(stray.of('HVB000').map((f) => [f.at.line, f.message])).toEqual([
      [1, 'this hvgate:ignore comment is not a waiver: it is next to no VM definition, so it waives nothing'],
    ]);
  });
});

describe('inline waivers in Terraform', () => {
  const tf = (disk: string, extra = '') => `resource "hyperv_machine_instance" "db" {
  name = "db-01"
${extra}
  hard_disk_drives {
    controller_type = "Scsi"
${disk}
  }
}
`;

  test('# and // comments waive; the block they are next to is the disk', async () => {
    for (const marker of ['#', '//']) {
      const run = await check({ 'main.tf': tf(`    disk_number = 3 ${marker} hvgate:ignore HVB007 ${WAIVER}`) });
      expect(
        run.of('HVB007').map((f) => [f.exception !== undefined, f.blocking]),
        marker,
      ).toEqual([[true, false]]);
      expect(run.evaluation.exceptions.map((s) => [s.exception.vmAddress, s.exception.subjectKind, s.matched])).toEqual([
        ['hyperv_machine_instance.db', 'disk', 1],
      ]);
    }
  });

  test('a # inside a string or heredoc is text; a block comment is refused, not honoured', async () => {
    const inString = await check({ 'main.tf': tf('    disk_number = 3', `  notes = "# hvgate:ignore HVB007 ${WAIVER.replaceAll('"', "'")}"`) });
    expect(inString.evaluation.exceptions).toEqual([]);
    expect(inString.verdict.passed).toBe(false);
    const heredoc = await check({ 'main.tf': tf('    disk_number = 3', `  notes = <<EOT\n# hvgate:ignore HVB007 ${WAIVER}\nEOT`) });
    expect(heredoc.evaluation.exceptions).toEqual([]);
    const block = await check({ 'main.tf': tf(`    disk_number = 3 /* hvgate:ignore HVB007 ${WAIVER} */`) });
    expect(block.evaluation.exceptions).toEqual([]);
    expect(block.of('HVB000').map((f) => f.message)).toEqual([expect.stringContaining('a block comment cannot carry a waiver')]);
    expect(block.verdict.passed).toBe(false);
  });
});

describe('inline waivers on a plan', () => {
  let fixture: GitFixture | undefined;
  afterEach(() => fixture?.dispose());
  const waived = (extraSpec = '') => vm('web-01', { extraDisks: `    # hvgate:ignore HVB007 ${WAIVER}\n${PASSTHROUGH_DISK}`, extraSpec });

  test('a waiver comment the change adds is shown but not honoured', async () => {
    fixture = GitFixture.create({ 'vms/web-01.yaml': vm('web-01') });
    fixture.write({ 'vms/web-01.yaml': waived() });
    const run = await fixture.run(['plan', '--base', 'main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Exceptions added by this change (1):');
    expect(run.stdout).toContain('[not honoured: only exceptions from the base count]');
  });

  test('one the base already has is honoured, even when the lines around it move', async () => {
    fixture = GitFixture.create({ 'vms/web-01.yaml': waived() });
    fixture.write({ 'vms/web-01.yaml': waived('  scsiControllers: 2').replace('spec:\n', 'spec:\n  generation: 2\n') });
    const run = await fixture.run(['plan', '--base', 'main']);
    expect(run.stdout).not.toContain('Exceptions added by this change');
    expect(run.stdout).toMatch(/HVB007 .*\[waived\]/);
    expect(run.code).toBe(0);
  });
});
