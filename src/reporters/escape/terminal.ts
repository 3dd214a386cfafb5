/**
 * Escaping for text a terminal or a CI log shows. Definitions are untrusted input: a name carrying
 * control characters could move the cursor or forge colours, so they are shown escaped.
 */

export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
