/** Which findings become inline comments, and where the others go; annotation selection. */
import { describe, expect, it } from 'vitest';
import type { GatedFinding } from '../../src/core/gate.js';
import { ANNOTATIONS_PER_LEVEL, selectAnnotations } from '../../src/github/annotations.js';
import { commentableLines } from '../../src/github/diff-hunks.js';
import { findingMarker, planReview, postedFingerprints, reviewCandidates } from '../../src/github/review-plan.js';

function finding(fingerprint: string, file: string, line: number, extra: Partial<GatedFinding> = {}): GatedFinding {
  return {
    policyId: 'HVB007',
    policyName: 'passthrough-disk',
    level: 'error',
    messageId: 'm',
    message: `finding ${fingerprint}`,
    fix: 'fix it',
    docsUrl: 'https://example.invalid/HVB007',
    at: { file, line, column: 3, endLine: line, endColumn: 9 },
    related: [],
    address: `vm.${fingerprint}`,
    effect: 'incomplete',
    fingerprint,
    status: 'introduced',
    enforcement: 'hard-mandatory',
    blocking: true,
    overridden: false,
    ...extra,
  };
}

const files = new Map([['infra/vms/a.yaml', commentableLines('@@ -1,2 +1,4 @@\n a\n+b\n+c\n d')]]);
const repoPath = (file: string) => `infra/${file}`;

describe('planReview', () => {
  it('anchors introduced findings on changed lines, sends the rest to the summary, most severe first under the cap', () => {
    const findings = [
      finding('aa01', 'vms/a.yaml', 2, { level: 'warning', blocking: false }),
      finding('aa02', 'vms/a.yaml', 3),
      finding('aa03', 'vms/a.yaml', 9),
      finding('aa04', 'vms/b.yaml', 1),
      finding('aa05', 'vms/a.yaml', 2, { status: 'unchanged', blocking: false }),
      finding('aa06', 'vms/a.yaml', 3, {
        exception: { at: { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1 }, reason: 'r', owner: 'o', expires: '2030-01-01' },
        blocking: false,
      }),
      finding('aa07', 'vms/a.yaml', 4),
    ];
    const candidates = reviewCandidates(findings, repoPath);
    expect(candidates.map((c) => c.fingerprint)).toEqual(['aa02', 'aa07', 'aa03', 'aa04', 'aa01']);
    expect(candidates[0]!.listing).toBe(`- **HVB007** \`vms/a.yaml:3:3\`: finding aa02 Fix: fix it ${findingMarker('aa02')}`);
    const plan = planReview(candidates, files, { maxComments: 2, posted: new Set(['aa07']) });
    expect(plan.comments.map((c) => `${c.path}:${c.line}:${c.side}`)).toEqual(['infra/vms/a.yaml:3:RIGHT', 'infra/vms/a.yaml:2:RIGHT']);
    expect(Object.fromEntries(plan.placement)).toEqual({ aa02: 'inline', aa01: 'inline', aa03: 'outside-diff', aa04: 'outside-diff', aa07: 'already-posted' });
    expect(plan.comments[0]!.body).toContain(findingMarker('aa02'));
    const capped = planReview(candidates, files, { maxComments: 1, posted: new Set() });
    expect(capped.placement.get('aa01')).toBe('over-limit');
  });

  it('reads the fingerprints back from posted comment bodies', () => {
    expect([...postedFingerprints([`x ${findingMarker('ab12')}`, undefined, `${findingMarker('cd34')} ${findingMarker('ef56')}`])]).toEqual([
      'ab12',
      'cd34',
      'ef56',
    ]);
  });
});

describe('selectAnnotations', () => {
  it('keeps 9 per level, blocking first, and one notice for the rest', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => finding(`e${i}`, 'vms/a.yaml', 20 - i, { blocking: i % 2 === 0 })),
      ...Array.from({ length: 3 }, (_, i) => finding(`w${i}`, 'vms/a.yaml', i + 1, { level: 'warning', blocking: false })),
    ];
    const annotations = selectAnnotations(findings, repoPath);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL);
    expect(errors.slice(0, 6).every((a) => a.title!.endsWith('(blocking)'))).toBe(true);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(annotations.at(-1)).toEqual({ level: 'notice', message: '3 more findings — see the job summary' });
    expect(errors[0]).toMatchObject({ file: 'infra/vms/a.yaml', startLine: 10, startColumn: 3, endColumn: 9 });
  });
});
