/**
 * Escaping for SARIF message strings. SARIF 2.1.0 §3.11.6 reads `[text](target)` in a message as an
 * embedded link and requires literal square brackets to be written `\[` and `\]`, so a name such as
 * `vm["a"]` (or one crafted to look like a link) is shown as written. Bidirectional controls and line
 * separators are shown as their code point, so no name reorders the line a reviewer reads.
 */
import { INVISIBLE_LAYOUT, visibleCodePoint } from './unicode.js';

export function sarifText(text: string): string {
  return text.replace(/[[\]]/g, '\\$&').replace(INVISIBLE_LAYOUT, visibleCodePoint);
}
