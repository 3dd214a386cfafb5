/**
 * Escaping for Mermaid labels. A label is text inside `"…"`; Mermaid reads `%%{…}%%` directives and
 * `%%` comments anywhere in a diagram, a `"` would end the label and let the rest become statements
 * (`click … "https://…"`, `classDef`, new nodes), and a backtick or `<` would start Markdown or HTML.
 * So a label keeps letters, marks, digits, spaces and a few plain punctuation marks, and writes every
 * other character as a Mermaid entity code (`#34;`), which Mermaid shows as the character.
 */
import { INVISIBLE_LAYOUT } from './unicode.js';

/** A label longer than this is cut with `…`: the diagram names things, the table beside it holds them in full. */
export const LABEL_CHARACTERS = 60;

const KEPT = /^[\p{L}\p{M}\p{N} _.,-]$/u;

export function mermaidLabel(text: string, limit = LABEL_CHARACTERS): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const chars = Array.from(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(INVISIBLE_LAYOUT, ''));
  const shown = chars.length > limit ? [...chars.slice(0, limit - 1), '…'] : chars;
  return shown.map((c) => (KEPT.test(c) ? c : `#${c.codePointAt(0) ?? 0};`)).join('');
}
