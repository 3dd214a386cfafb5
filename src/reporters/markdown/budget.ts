/**
 * The size budget of a Markdown report: GitHub refuses a job summary above 1 MiB and a comment above
 * 65,536 characters. Sections are dropped, least important first, and the text says what was cut.
 */

/** A part of the report. `rank` orders dropping under a budget: the highest rank goes first; 0 is never dropped. */
export interface Section {
  readonly title: string;
  readonly rank: number;
  readonly text: string;
}

export type BudgetUnit = 'bytes' | 'characters';

/** UTF-8 bytes, or UTF-16 code units (`String.length`), which is what GitHub counts for comments. */
export function measure(text: string, unit: BudgetUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

export function joinSections(sections: readonly Section[]): string {
  return sections.map((s) => s.text).join('\n\n') + '\n';
}

/**
 * Drops sections, least important first, until the text fits, and says which ones went. When even
 * the sections that are never dropped do not fit, the text is cut at a line (see `cutMarkdown`).
 */
export function fitSections(sections: readonly Section[], limit: number, unit: BudgetUnit, fullReport: string): string {
  let kept = [...sections];
  const dropped: Section[] = [];
  const noteFor = (omitted: readonly Section[], cut: boolean) =>
    `\n> [!NOTE]\n> Shortened to stay within GitHub's size limit${omitted.length > 0 ? `: left out ${omitted.map((s) => s.title).join(', ')}` : ''}${cut ? `${omitted.length > 0 ? ';' : ':'} the rest of the report was cut` : ''}. ${capitalize(fullReport)} has the full report.\n`;
  while (measure(joinSections(kept), unit) + (dropped.length > 0 ? measure(noteFor(dropped, false), unit) : 0) > limit) {
    const candidates = kept.filter((s) => s.rank > 0);
    if (candidates.length === 0) break;
    const worst = candidates.reduce((a, b) => (b.rank >= a.rank ? b : a));
    kept = kept.filter((s) => s !== worst);
    dropped.unshift(worst);
  }
  const text = joinSections(kept);
  if (dropped.length === 0 && measure(text, unit) <= limit) return text;
  if (measure(text, unit) + measure(noteFor(dropped, false), unit) <= limit) return text + noteFor(dropped, false);
  const note = noteFor(dropped, true);
  return cutMarkdown(text, limit - measure(note, unit), unit) + note;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Cuts Markdown to at most `limit` at a line boundary, then closes what the cut left open (a code
 * fence, `<details>` blocks), so the remainder still renders. The closers are counted in the limit.
 */
export function cutMarkdown(text: string, limit: number, unit: BudgetUnit): string {
  if (measure(text, unit) <= limit) return text;
  const lines = text.split('\n');
  let used = 0;
  let fence: string | undefined;
  let openDetails = 0;
  const kept: string[] = [];
  const closers = (f: string | undefined, details: number) => (f !== undefined ? `${f}\n` : '') + '</details>\n'.repeat(details);
  for (const line of lines) {
    let nextFence = fence;
    let nextDetails = openDetails;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) nextFence = fence === undefined ? fenceMatch[1] : line.trim().startsWith(fence) ? undefined : fence;
    else if (fence === undefined) nextDetails += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const cost = measure(line + '\n', unit);
    if (used + cost + measure(closers(nextFence, Math.max(0, nextDetails)), unit) > limit) break;
    kept.push(line);
    used += cost;
    fence = nextFence;
    openDetails = Math.max(0, nextDetails);
  }
  return kept.join('\n') + '\n' + closers(fence, openDetails);
}
