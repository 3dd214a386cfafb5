/** The hunk walker: which lines of a pull-request patch a review comment may be anchored to. */
import { describe, expect, it } from 'vitest';
import { commentableLines, isCommentable } from '../../src/github/diff-hunks.js';

// Old file lines 1-12, new file: line 3 replaced by two lines, line 10 removed.
const PATCH = [
  '@@ -1,5 +1,6 @@',
  ' apiVersion: hvgate/v1',
  ' kind: VirtualMachine',
  '-metadata: { name: a }',
  '+metadata:',
  '+  name: a',
  ' spec:',
  ' host: hv-legacy',
  '@@ -8,4 +9,3 @@ spec:',
  '   disks:',
  '     - name: os',
  '-      path: D:\\a.vhdx',
  '   guest:',
  '\\ No newline at end of file',
].join('\n');

describe('commentableLines', () => {
  it('numbers added and context lines on the right, removed and context lines on the left', () => {
    const lines = commentableLines(PATCH);
    expect([...lines.right].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 9, 10, 11]);
    expect([...lines.left].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11]);
    expect(lines.hunks).toHaveLength(2);
  });

  it('refuses lines between hunks and ranges that cross hunks', () => {
    const lines = commentableLines(PATCH);
    expect(isCommentable(lines, 'RIGHT', 7)).toBe(false);
    expect(isCommentable(lines, 'RIGHT', 8)).toBe(false);
    expect(isCommentable(lines, 'RIGHT', 4, 3)).toBe(true);
    expect(isCommentable(lines, 'RIGHT', 9, 5)).toBe(false);
    expect(isCommentable(lines, 'LEFT', 10)).toBe(true);
    expect(isCommentable(lines, 'RIGHT', 12)).toBe(false);
  });

  it('has no commentable lines without a patch (binary file, diff too large)', () => {
    expect(commentableLines(undefined).right.size).toBe(0);
    expect(commentableLines('').hunks).toHaveLength(0);
  });

  it('counts a hunk header without line counts (a one-line file) and a new file', () => {
    const added = commentableLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c');
    expect([...added.right]).toEqual([1, 2, 3]);
    expect(added.left.size).toBe(0);
    const single = commentableLines('@@ -1 +1 @@\n-a\n+b');
    expect([...single.right]).toEqual([1]);
    expect([...single.left]).toEqual([1]);
  });
});
