/** "Did you mean" suggestions for misspelled keys and enum values. */

/**
 * The candidate a misspelt word most likely meant, or undefined when none is close enough. Words are
 * compared ignoring case and separators (`in_guest_coverage` is `inGuestCoverage`), with a swap of two
 * neighbouring letters counting as one edit. The nearest wins; among equally near candidates the one
 * sharing the longest beginning with the word, then the one closest in length, then the first given.
 * Short words allow fewer edits, so that `os` does not turn into anything of four letters.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(word);
  let best: { candidate: string; rank: readonly number[] } | undefined;
  for (const candidate of candidates) {
    const other = normalize(candidate);
    const distance = editDistance(wanted, other, allowedEdits(wanted));
    if (distance > allowedEdits(wanted)) continue;
    const rank = [distance, -commonPrefix(wanted, other), Math.abs(wanted.length - other.length)];
    if (!best || isBetter(rank, best.rank)) best = { candidate, rank };
  }
  return best?.candidate;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

function normalize(word: string): string {
  return word.toLowerCase().replace(/[-_\s]/g, '');
}

function allowedEdits(word: string): number {
  if (word.length <= 3) return 1;
  if (word.length <= 6) return 2;
  return Math.max(2, Math.floor(word.length / 3));
}

function isBetter(rank: readonly number[], than: readonly number[]): boolean {
  for (let i = 0; i < rank.length; i++) if (rank[i] !== than[i]) return (rank[i] ?? 0) < (than[i] ?? 0);
  return false;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Optimal string alignment distance; anything beyond `limit` is reported as `limit + 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
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

/** A value as JSON for a message, cut to a readable length: a 3 MB string must not become a 3 MB message. */
export function quote(value: unknown, max = 80): string {
  // JSON.stringify returns undefined for undefined, functions and symbols, whatever its declared type says.
  const text = (JSON.stringify(value) as string | undefined) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
