/**
 * Which lines of a pull-request file a review comment may be anchored to. GitHub accepts a comment
 * only on a line inside a hunk of the file's patch: RIGHT side = added and context lines (new-file
 * numbering), LEFT side = removed and context lines (old-file numbering). Pure.
 */

export interface Hunk {
  /** Lines of the old file this hunk shows (removed and context). */
  readonly left: ReadonlySet<number>;
  /** Lines of the new file this hunk shows (added and context). */
  readonly right: ReadonlySet<number>;
}

export interface CommentableLines {
  readonly hunks: readonly Hunk[];
  /** Union of every hunk's RIGHT-side lines. */
  readonly right: ReadonlySet<number>;
  /** Union of every hunk's LEFT-side lines. */
  readonly left: ReadonlySet<number>;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Walks a `patch` as `pulls.listFiles` returns it (hunks only, no `diff --git`/`---`/`+++` header).
 * A missing patch (binary file, diff too large) has no commentable lines.
 */
export function commentableLines(patch: string | undefined): CommentableLines {
  const hunks: { left: Set<number>; right: Set<number> }[] = [];
  const allLeft = new Set<number>();
  const allRight = new Set<number>();
  if (patch === undefined || patch === '') return { hunks, left: allLeft, right: allRight };

  let current: { left: Set<number>; right: Set<number> } | undefined;
  let oldLine = 0;
  let newLine = 0;
  const lines = patch.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      current = { left: new Set(), right: new Set() };
      hunks.push(current);
      oldLine = Number(header[1]);
      newLine = Number(header[3]);
      continue;
    }
    if (current === undefined) continue;
    const marker = line[0];
    if (marker === '+') {
      current.right.add(newLine);
      allRight.add(newLine++);
    } else if (marker === '-') {
      current.left.add(oldLine);
      allLeft.add(oldLine++);
    } else if (marker === ' ' || line === '') {
      // An empty string is a blank context line whose leading space was stripped on the way.
      current.left.add(oldLine);
      current.right.add(newLine);
      allLeft.add(oldLine++);
      allRight.add(newLine++);
    }
    // `\ No newline at end of file` and anything else moves neither side.
  }
  return { hunks, left: allLeft, right: allRight };
}

/** True when `line` on `side` lies inside one hunk, and a range `startLine..line` inside the same one. */
export function isCommentable(lines: CommentableLines, side: 'LEFT' | 'RIGHT', line: number, startLine?: number): boolean {
  const key = side === 'LEFT' ? 'left' : 'right';
  return lines.hunks.some((hunk) => hunk[key].has(line) && (startLine === undefined || (startLine <= line && hunk[key].has(startLine))));
}
