/**
 * Escaping for GitHub-flavoured Markdown. Definitions are untrusted input: in Markdown a name could
 * open a link or an image, an HTML tag (or a fake sticky-comment marker), a table column, a math
 * block, or `@mention` someone, reference an issue or autolink a URL. GitHub finds mentions, issue
 * references and bare URLs after rendering, where a backslash no longer counts, so those are broken
 * with a zero-width space or shown as code instead.
 */
import { INVISIBLE_LAYOUT, visibleCodePoint } from './unicode.js';

/** A zero-width space, written as an entity so that the source shows where it is. */
const BREAK = '&#8203;';

/** Text a GitHub comment would turn into a link: `scheme://…`, `www.…`, `mailto:`/`xmpp:` addresses, e-mail addresses. */
const LINK_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|(?:mailto|xmpp):)\S*|[^\s@]+@[^\s@]+\.[^\s@]+/gi;

/** Text in a paragraph, list item or table cell: every Markdown character is escaped; line breaks and tabs become spaces. */
export function inline(text: string): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\r?\n|\t/g, ' ');
  let out = '';
  let last = 0;
  for (const match of flat.matchAll(LINK_LIKE)) {
    out += escapeText(flat.slice(last, match.index)) + code(match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeText(flat.slice(last));
}

function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>|~#$]/g, '\\$&')
    .replace(/#(?=\d)/g, `#${BREAK}`)
    .replace(/@/g, `@${BREAK}`)
    .replace(INVISIBLE_LAYOUT, (c) => `\\${visibleCodePoint(c)}`);
}

/** Table cells take the same escaping; pipes are the part that matters most there. */
export const cell = inline;

/** A code span that holds any text: the fence is longer than the longest backtick run inside. */
export function code(text: string): string {
  const clean = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(INVISIBLE_LAYOUT, visibleCodePoint)
    .replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of clean.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Only http(s) URLs become links; parentheses and spaces are encoded so the link cannot break out. */
export function url(href: string): string {
  if (!/^https?:\/\//i.test(href)) return '#';
  return href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

/**
 * `inline`, for text of any length, within `limit` characters: the text is cut before it is
 * escaped (escaping at most multiplies its length by `MAX_EXPANSION`), so no escape is split.
 */
export function inlineWithin(text: string, limit: number): string {
  const escaped = inline(text);
  if (escaped.length <= limit) return escaped;
  return inline(
    `${Array.from(text)
      .slice(0, Math.max(0, Math.floor(limit / MAX_EXPANSION) - 1))
      .join('')}…`,
  );
}

/** The most characters `inline` writes for one input character (`@` becomes `@&#8203;`; a URL's character becomes at most three). */
const MAX_EXPANSION = 9;
