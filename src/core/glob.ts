/**
 * Globs over names written by people (`web-*`, `sql-0?`): `*` is any run of characters, `?` exactly
 * one, everything else is literal. Matching never backtracks: the parts between stars are found
 * left to right, each at its first place, so one match costs at most the name's length times the
 * pattern's, and patterns beyond a size limit are refused before they are used. No pattern ever
 * reaches a regular expression engine.
 */

/** The longest pattern accepted, in characters. */
export const GLOB_MAX_LENGTH = 256;

export type Glob = (text: string) => boolean;

/** Whether a text uses glob syntax at all. */
export function isGlob(text: string): boolean {
  return text.includes('*') || text.includes('?');
}

/** A matcher for the pattern, or why it is refused. */
export function compileGlob(pattern: string): { readonly glob: Glob } | { readonly problem: string } {
  if (pattern.length > GLOB_MAX_LENGTH) return { problem: `the pattern is ${pattern.length} characters long; at most ${GLOB_MAX_LENGTH} are allowed` };
  if (pattern.length === 0) return { problem: 'the pattern is empty' };
  const parts = pattern.split('*').map((part) => Array.from(part));
  return { glob: (text) => matches(parts, Array.from(text)) };
}

/** `parts` are the pattern split at `*`: the first must start the text, the last must end it, the rest occur in order between. */
function matches(parts: readonly (readonly string[])[], text: readonly string[]): boolean {
  const first = parts[0] ?? [];
  if (parts.length === 1) return first.length === text.length && occursAt(first, text, 0);
  const last = parts[parts.length - 1] ?? [];
  if (first.length + last.length > text.length) return false;
  if (!occursAt(first, text, 0) || !occursAt(last, text, text.length - last.length)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const at = firstOccurrence(part, text, from, end);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

function firstOccurrence(part: readonly string[], text: readonly string[], from: number, end: number): number {
  for (let at = from; at + part.length <= end; at++) if (occursAt(part, text, at)) return at;
  return -1;
}

function occursAt(part: readonly string[], text: readonly string[], at: number): boolean {
  for (let i = 0; i < part.length; i++) if (part[i] !== '?' && part[i] !== text[at + i]) return false;
  return true;
}
