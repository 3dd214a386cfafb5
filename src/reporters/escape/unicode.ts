/**
 * Unicode characters that change how the text around them is shown without being seen: the
 * bidirectional controls that reorder a line ("Trojan Source") and the line and paragraph
 * separators some viewers break lines at. Reports show them as their code point; annotations drop them.
 */

export const INVISIBLE_LAYOUT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/** `\u202e`: the character's code point, as text. */
export function visibleCodePoint(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}
