import { createRequire as __hvgateCreateRequire } from 'node:module'; const require = __hvgateCreateRequire(import.meta.url);

// src/core/suggest.ts
function closest(word, candidates) {
  const wanted = normalize(word);
  let best;
  for (const candidate of candidates) {
    const other = normalize(candidate);
    const distance = editDistance(wanted, other, allowedEdits(wanted));
    if (distance > allowedEdits(wanted)) continue;
    const rank = [distance, -commonPrefix(wanted, other), Math.abs(wanted.length - other.length)];
    if (!best || isBetter(rank, best.rank)) best = { candidate, rank };
  }
  return best?.candidate;
}
function didYouMean(word, candidates) {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : "";
}
function normalize(word) {
  return word.toLowerCase().replace(/[-_\s]/g, "");
}
function allowedEdits(word) {
  if (word.length <= 3) return 1;
  if (word.length <= 6) return 2;
  return Math.max(2, Math.floor(word.length / 3));
}
function isBetter(rank, than) {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== than[i]) return (rank[i] ?? 0) < (than[i] ?? 0);
  return false;
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
function editDistance(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, (before[j - 2] ?? 0) + 1);
      current[j] = distance;
    }
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}
function quote(value, max = 80) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export {
  closest,
  didYouMean,
  quote
};
