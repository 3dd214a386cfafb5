import { describe, expect, it } from 'vitest';
import { fixedComments } from '../../src/github/resolve-fixed.js';
import { findingMarker, isResolvedComment, postedFingerprints, resolvedCommentBody } from '../../src/github/review-plan.js';

const SHA = 'c'.repeat(40);
const comment = (id: number, fingerprint: string, path = 'vms/a.yaml') => ({ id, path, body: `**HVB007**\n${findingMarker(fingerprint)}` });

describe('fixed findings', () => {
  it('are the comments whose fingerprint the run no longer reports, outside unreadable files, not yet marked', () => {
    const own = [
      comment(1, 'aa'),
      comment(2, 'bb'),
      comment(3, 'cc', 'vms/broken.yaml'),
      { ...comment(4, 'dd'), body: resolvedCommentBody(comment(4, 'dd').body, SHA) },
    ];
    const fixed = fixedComments(own, { reported: new Set(['bb']), unreadable: new Set(['vms/broken.yaml']) });
    expect(fixed.map((c) => c.id)).toEqual([1]);
  });

  it('keep what the comment said, add where they were resolved, and stop counting as posted', () => {
    const body = comment(1, 'aa').body;
    const resolved = resolvedCommentBody(body, SHA);
    expect(resolved).toBe(`${body}\n\n---\n✅ **Resolved** in ${SHA}: hvgate no longer reports this finding.\n<!-- hvgate:resolved -->`);
    expect(isResolvedComment(resolved)).toBe(true);
    expect(isResolvedComment(body)).toBe(false);
    // The marker stays, so the fingerprint is still known; the listing of own comments leaves resolved ones out of `posted`.
    expect(postedFingerprints([resolved])).toEqual(new Set(['aa']));
  });

  it('name a commit that is not a plain commit id as code, never as Markdown', () => {
    expect(resolvedCommentBody('x', '@team *bold*')).toContain('Resolved** in `@team *bold*`');
  });
});
