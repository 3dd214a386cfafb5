/**
 * Escaping for text a terminal or a CI log shows. Definitions are untrusted input: a name carrying
 * control characters could move the cursor or forge colours, bidirectional controls could reorder
 * what a reviewer reads, and a log line that starts with `::` (or holds `##[`) would be run by the
 * GitHub Actions runner as a workflow command: `::add-mask::`, `::error::`, `::stop-commands::`.
 */
import { INVISIBLE_LAYOUT, visibleCodePoint } from './unicode.js';

/** One untrusted value: control characters as `\x1b`, invisible layout characters as `\u202e`. */
export function clean(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .replace(INVISIBLE_LAYOUT, visibleCodePoint)
  );
}

/** `::` at the start of a line, after white space as .NET's `String.Trim` counts it. */
const LEADING_COMMAND = /^([\s\u0085]*)::/gm;

/**
 * A whole log: no line can be read as a workflow command. The runner trims a line (any Unicode
 * white space, as .NET does) before it looks for `::`, and looks for the older `##[` form anywhere;
 * the first colon of a leading `::` and the second `#` of every `##[` are written as `\x3a` and
 * `\x23`, as `clean` writes control characters. Applying it twice changes nothing more.
 */
export function inertLog(text: string): string {
  return text.replace(LEADING_COMMAND, '$1\\x3a:').replace(/##\[/g, '#\\x23[');
}
