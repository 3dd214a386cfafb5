/**
 * The size budget of a Markdown report: GitHub refuses a job summary above 1 MiB and a comment above
 * 65,536 characters. The most important sections are kept first, long ones in a shorter form, and the
 * text says what was shortened or left out.
 */

/** A part of the report. `rank` orders sections by importance under a budget: 0 is always kept, then 1, 2, … */
export interface Section {
  readonly title: string;
  readonly rank: number;
  readonly text: string;
  /** A shorter form for when the whole does not fit: what matters most of it, as much as the room allows. */
  readonly shorter?: ShorterForm;
}

export interface ShorterForm {
  /** The briefest form, kept whenever it fits. */
  readonly brief: string;
  /** The longest form within `room` (at least `brief`). */
  readonly within: (room: number, unit: BudgetUnit) => string;
}

export type BudgetUnit = 'bytes' | 'characters';

/** UTF-8 bytes, or UTF-16 code units (`String.length`), which is what GitHub counts for comments. */
export function measure(text: string, unit: BudgetUnit): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

const SEPARATOR = '\n\n';

export function joinSections(sections: readonly Section[]): string {
  return sections.map((s) => s.text).join(SEPARATOR) + '\n';
}

/**
 * Fits the sections into `limit`, most important first: each is kept whole if it fits, else in its
 * shorter form, else left out, while the briefest forms of the sections after it stay reserved; the
 * text says what was shortened or left out. When even what is always kept does not fit, the text is
 * cut at a line (see `cutMarkdown`).
 */
export function fitSections(sections: readonly Section[], limit: number, unit: BudgetUnit, fullReport: string): string {
  const whole = joinSections(sections);
  if (measure(whole, unit) <= limit) return whole;
  const noteFor = (left: readonly Section[], shortened: readonly Section[], cut: boolean) => {
    const parts = [
      ...(shortened.length > 0 ? [`shortened ${shortened.map((s) => s.title).join(', ')}`] : []),
      ...(left.length > 0 ? [`left out ${left.map((s) => s.title).join(', ')}`] : []),
      ...(cut ? ['the rest of the report was cut'] : []),
    ];
    return `\n> [!NOTE]\n> Shortened to stay within GitHub's size limit${parts.length > 0 ? `: ${parts.join('; ')}` : ''}. ${capitalize(fullReport)} has the full report.\n`;
  };
  // The note can name every section that may go, once.
  const reserve =
    measure(
      noteFor(
        sections.filter((s) => s.rank > 0),
        [],
        false,
      ),
      unit,
    ) + measure('shortened ; ', unit);
  const chosen = chooseForms(sections, limit - reserve, unit);
  const kept = sections.flatMap((s) => {
    const text = chosen.get(s);
    return text !== undefined ? [{ ...s, text }] : [];
  });
  const left = sections.filter((s) => !chosen.has(s));
  const shortened = sections.filter((s) => chosen.has(s) && chosen.get(s) !== s.text);
  const text = joinSections(kept);
  const note = noteFor(left, shortened, false);
  if (measure(text + note, unit) <= limit) return text + note;
  const cutNote = noteFor(left, shortened, true);
  return cutMarkdown(text, limit - measure(cutNote, unit), unit) + cutNote;
}

/** The text each section keeps under the budget, by importance; a section absent from the map is left out. */
function chooseForms(sections: readonly Section[], budget: number, unit: BudgetUnit): Map<Section, string> {
  const cost = (text: string) => measure(text + SEPARATOR, unit);
  const byImportance = sections.map((section, index) => ({ section, index })).sort((a, b) => a.section.rank - b.section.rank || a.index - b.index);
  const briefCost = (s: Section) => (s.shorter !== undefined && s.rank > 0 ? cost(s.shorter.brief) : 0);
  let reserved = sections.reduce((sum, s) => sum + briefCost(s), 0);
  let room = budget;
  const chosen = new Map<Section, string>();
  for (const { section } of byImportance) {
    reserved -= briefCost(section);
    const free = room - reserved;
    let text: string | undefined;
    if (section.rank === 0 || cost(section.text) <= free) text = section.text;
    else if (section.shorter !== undefined && cost(section.shorter.brief) <= free) text = section.shorter.within(free - cost(''), unit);
    if (text === undefined) continue;
    chosen.set(section, text);
    room -= cost(text);
  }
  return chosen;
}

/**
 * A shorter form of a list section: `heading`, then as many of the items as fit in `room`, and a last
 * line, `more(n)`, that says how many did not. The briefest form lists the first `briefly` items.
 */
export function listShorterForm<T>(
  heading: string,
  items: readonly T[],
  render: (item: T) => string,
  more: (hidden: number) => string,
  briefly = 0,
): ShorterForm {
  const listed = (shown: readonly string[]) => [heading, ...shown, ...(shown.length < items.length ? [more(items.length - shown.length)] : [])].join('\n');
  return {
    brief: listed(items.slice(0, briefly).map(render)),
    within: (room, unit) => {
      const shown: string[] = [];
      let used = measure(heading, unit);
      for (const [index, item] of items.entries()) {
        const line = render(item);
        const rest = items.length - index - 1;
        if (used + measure(`\n${line}`, unit) + (rest > 0 ? measure(`\n${more(rest)}`, unit) : 0) > room && index >= briefly) break;
        shown.push(line);
        used += measure(`\n${line}`, unit);
      }
      return listed(shown);
    },
  };
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
