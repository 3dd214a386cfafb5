/** Findings as check-run annotations: every current finding, blocking first, in batches of 50, within GitHub's sizes. */
import { describe, expect, it } from 'vitest';
import type { GatedFinding } from '../../src/core/gate.js';
import { ANNOTATIONS_PER_REQUEST, checkAnnotation, cutBytes, cutCharacters, DETAIL_BYTES, planCheckAnnotations } from '../../src/github/check-annotations.js';

function finding(n: number, extra: Partial<GatedFinding> = {}): GatedFinding {
  const file = `vms/vm-${String(n).padStart(3, '0')}.yaml`;
  return {
    policyId: 'HVB003',
    policyName: 'checkpoint-same-volume',
    level: 'error',
    messageId: 'm',
    message: `finding ${n}`,
    fix: 'Move the checkpoints to another volume.',
    docsUrl: 'https://example.invalid/HVB003',
    at: { file, line: 7, column: 5, endLine: 7, endColumn: 30 },
    related: [],
    address: `vm-${n}`,
    effect: 'fails',
    fingerprint: `f${n}`,
    status: 'introduced',
    enforcement: 'hard-mandatory',
    blocking: true,
    overridden: false,
    ...extra,
  };
}

const repoPath = (file: string) => `infra/${file}`;

describe('planCheckAnnotations', () => {
  it('annotates every current finding, blocking first, in batches of at most 50', () => {
    const findings = [
      ...Array.from({ length: 60 }, (_, i) => finding(i + 1, { level: 'warning', blocking: false })),
      ...Array.from({ length: 70 }, (_, i) => finding(i + 101)),
      finding(900, { status: 'resolved' }),
      finding(901, { exception: { at: { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1 }, reason: 'r', owner: 'o', expires: '2030-01-01' } }),
    ];
    const plan = planCheckAnnotations(findings, { repoPath });
    expect(plan.batches.map((b) => b.length)).toEqual([50, 50, 30]);
    expect(plan.annotated).toBe(130);
    expect(plan.omitted).toBe(0);
    const all = plan.batches.flat();
    // The 70 blocking errors come first, as failures; the warnings after.
    expect(all.slice(0, 70).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(all.slice(70).every((a) => a.annotation_level === 'warning')).toBe(true);
    expect(new Set(all.map((a) => a.path)).size).toBe(130);
    expect(all.some((a) => a.path.includes('vm-900') || a.path.includes('vm-901'))).toBe(false);
    expect(plan.batches.every((b) => b.length <= ANNOTATIONS_PER_REQUEST)).toBe(true);
  });

  it('stops at the cap and counts what it left out', () => {
    const plan = planCheckAnnotations(
      Array.from({ length: 120 }, (_, i) => finding(i + 1)),
      { repoPath, limit: 100 },
    );
    expect(plan.annotated).toBe(100);
    expect(plan.omitted).toBe(20);
    expect(plan.batches.map((b) => b.length)).toEqual([50, 50]);
  });

  it('has no batches when there is nothing to annotate', () => {
    expect(planCheckAnnotations([], { repoPath })).toEqual({ batches: [], annotated: 0, omitted: 0 });
  });
});

describe('checkAnnotation', () => {
  it('locates a one-line finding with columns, maps the level and names the policy', () => {
    expect(checkAnnotation(finding(1), repoPath)).toEqual({
      path: 'infra/vms/vm-001.yaml',
      start_line: 7,
      end_line: 7,
      start_column: 5,
      end_column: 30,
      annotation_level: 'failure',
      title: 'HVB003 checkpoint-same-volume',
      message: 'Blocks the merge. finding 1\nFix: Move the checkpoints to another volume.',
      raw_details: 'Resource: vm-1\nDocumentation: https://example.invalid/HVB003',
    });
    expect(checkAnnotation(finding(2, { level: 'note', blocking: false }), repoPath)).toMatchObject({
      annotation_level: 'notice',
      message: 'finding 2\nFix: Move the checkpoints to another volume.',
    });
  });

  it('leaves out columns when the finding spans lines', () => {
    const a = checkAnnotation(finding(1, { at: { file: 'a.yaml', line: 3, column: 1, endLine: 9, endColumn: 2 } }), repoPath);
    expect(a).toMatchObject({ start_line: 3, end_line: 9 });
    expect(a).not.toHaveProperty('start_column');
    expect(a).not.toHaveProperty('end_column');
  });

  it('keeps the title within 255 characters and the message within 64 KB', () => {
    const a = checkAnnotation(finding(1, { policyName: 'n'.repeat(400), message: '€'.repeat(40_000) }), repoPath);
    expect(a.title.length).toBe(255);
    expect(a.title.endsWith('…')).toBe(true);
    expect(Buffer.byteLength(a.message, 'utf8')).toBeLessThanOrEqual(DETAIL_BYTES);
    expect(a.message.endsWith('…')).toBe(true);
  });

  it('puts the blast radius, the status and the host into the details', () => {
    const a = checkAnnotation(finding(1, { status: 'unchanged', blastRadius: ['sql-01', 'web-01'], host: 'Windows Server 2016' }), repoPath);
    expect(a.raw_details).toBe(
      [
        'Resource: vm-1',
        'Status: pre-existing (not introduced by this change)',
        'VMs that lose their backup (2): sql-01, web-01',
        'Host: Windows Server 2016',
        'Documentation: https://example.invalid/HVB003',
      ].join('\n'),
    );
  });
});

describe('cutting text', () => {
  it('never splits a surrogate pair or a UTF-8 character', () => {
    expect(cutCharacters('ab😀cd', 4)).toBe('ab…');
    expect(cutCharacters('abc', 3)).toBe('abc');
    expect(cutBytes('aé€', 5)).toBe('a…');
    expect(Buffer.byteLength(cutBytes('€'.repeat(10), 10), 'utf8')).toBeLessThanOrEqual(10);
  });
});
