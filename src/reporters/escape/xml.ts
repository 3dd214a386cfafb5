/**
 * XML 1.0 escaping for reporters that write XML. Definitions are untrusted input, so every string is
 * escaped, and characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF)
 * are replaced: a single one would make the whole report unreadable for a CI server's parser.
 */

/**
 * C0 controls other than tab, line feed and carriage return are forbidden in XML 1.0 even as
 * character references; DEL and C1 controls are allowed but discouraged, and some consumers reject
 * them. All become a visible `\xNN`, as the text reporter shows them. A lone surrogate half or a
 * noncharacter U+FFFE/U+FFFF becomes U+FFFD.
 */
const UNREPRESENTABLE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

export function xmlSafe(text: string): string {
  return text.replace(UNREPRESENTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0x9f ? `\\x${code.toString(16).padStart(2, '0')}` : '\ufffd';
  });
}

/** Character data: markup characters as entities; a carriage return as a reference, since parsers turn a literal one into a line feed. */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c] ?? c);
}

/**
 * An attribute value for double quotes. Tab, line feed and carriage return are written as references
 * because attribute-value normalization would otherwise turn them into spaces.
 */
export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c] ?? c);
}

const TEXT_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
