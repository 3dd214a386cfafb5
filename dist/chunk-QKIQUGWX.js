import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);
import "./chunk-ORKAOT74.js";

// src/fix/diff.ts
var CONTEXT = 3;
function unifiedDiff(file, before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  const ops = lineOps(a, b);
  const hunks = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.kind === " ") {
      i += 1;
      continue;
    }
    let end = i;
    let last = i;
    while (end < ops.length) {
      if (ops[end]?.kind !== " ") last = end;
      else if (end - last > 2 * CONTEXT) break;
      end += 1;
    }
    const start = Math.max(0, i - CONTEXT);
    const stop = Math.min(ops.length, last + CONTEXT + 1);
    const slice = ops.slice(start, stop);
    const oldStart = 1 + ops.slice(0, start).filter((op) => op.kind !== "+").length;
    const newStart = 1 + ops.slice(0, start).filter((op) => op.kind !== "-").length;
    const oldCount = slice.filter((op) => op.kind !== "+").length;
    const newCount = slice.filter((op) => op.kind !== "-").length;
    hunks.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...slice.map((op) => `${op.kind}${op.line}`));
    i = stop;
  }
  return [`--- a/${file}`, `+++ b/${file}`, ...hunks].join("\n") + "\n";
}
function lineOps(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const lcs = Array.from({ length: x.length + 1 }, () => new Array(y.length + 1).fill(0));
  for (let i2 = x.length - 1; i2 >= 0; i2--) {
    for (let j2 = y.length - 1; j2 >= 0; j2--) {
      const row = lcs[i2] ?? [];
      row[j2] = x[i2] === y[j2] ? (lcs[i2 + 1]?.[j2 + 1] ?? 0) + 1 : Math.max(lcs[i2 + 1]?.[j2] ?? 0, row[j2 + 1] ?? 0);
    }
  }
  const middle = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      middle.push({ kind: " ", line: x[i++] ?? "" });
      j += 1;
    } else if (i < x.length && (j >= y.length || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      middle.push({ kind: "-", line: x[i++] ?? "" });
    } else {
      middle.push({ kind: "+", line: y[j++] ?? "" });
    }
  }
  return [
    ...a.slice(0, head).map((line) => ({ kind: " ", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line) => ({ kind: " ", line }))
  ];
}
export {
  unifiedDiff
};
