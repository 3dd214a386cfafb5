/**
 * Escaping for GitHub-flavoured Markdown. Definitions are untrusted input: in Markdown a name could
 * open a link, an HTML tag (or a fake sticky-comment marker), a table column, or `@mention` someone.
 */

/** Text in a paragraph, list item or table cell: every such character is escaped and line breaks become spaces. */
export function inline(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/\r?\n/g, ' ')
      .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
      .replace(/@/g, '&#64;')
  );
}

/** Table cells take the same escaping; pipes are the part that matters most there. */
export const cell = inline;

/** A code span that holds any text: the fence is longer than the longest backtick run inside. */
export function code(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Only http(s) URLs become links; parentheses and spaces are encoded so the link cannot break out. */
export function url(href: string): string {
  if (!/^https?:\/\//i.test(href)) return '#';
  return href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}
