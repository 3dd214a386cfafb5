/** A unified diff of two versions of a file (`--- a/…`, `+++ b/…`, `@@` hunks with three lines of context), as `git diff` prints it. */

const CONTEXT = 3;

interface Op {
  readonly kind: ' ' | '-' | '+';
  readonly line: string;
}

export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const ops = lineOps(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.kind === ' ') {
      i += 1;
      continue;
    }
    // A hunk: from CONTEXT lines before the first change to CONTEXT lines after the last change that is not separated by more than 2×CONTEXT unchanged lines.
    let end = i;
    let last = i;
    while (end < ops.length) {
      if (ops[end]?.kind !== ' ') last = end;
      else if (end - last > 2 * CONTEXT) break;
      end += 1;
    }
    const start = Math.max(0, i - CONTEXT);
    const stop = Math.min(ops.length, last + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const oldStart = 1 + ops.slice(0, start).filter((op) => op.kind !== '+').length;
    const newStart = 1 + ops.slice(0, start).filter((op) => op.kind !== '-').length;
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...slice.map((op) => `${op.kind}${op.line}`));
    i = stop;
  }
  return [`--- a/${file}`, `+++ b/${file}`, ...hunks].join('\n') + '\n';
}

/** Same lines kept, the rest removed and added: common ends first, then a longest common subsequence of the middle. */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs: number[][] = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      const row = lcs[i] ?? [];
      row[j] = x[i] === y[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const middle: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      middle.push({ kind: ' ', line: x[i++] ?? '' });
      j += 1;
    } else if (i < x.length && (j >= y.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      middle.push({ kind: '-', line: x[i++] ?? '' });
    } else {
      middle.push({ kind: '+', line: y[j++] ?? '' });
    }
  }
  return [
    ...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line })),
  ];
}
