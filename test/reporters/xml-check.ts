/**
 * A strict XML 1.0 well-formedness check for the subset of XML the reporters write (an XML
 * declaration, elements, attributes, character data, the five predefined entities and character
 * references), returning the element tree so tests can read it. Anything outside that subset
 * (comments, CDATA, processing instructions, a DOCTYPE) is rejected, as is everything XML 1.0 forbids:
 * characters outside `Char`, an unescaped `<` or `&`, `]]>` in text, duplicate attributes, mismatched
 * or unclosed tags, and more or less than one root element.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Character data directly inside the element, references decoded. */
  readonly text: string;
}

export class XmlError extends Error {}

const NAME = /[A-Za-z_:][-A-Za-z0-9._:]*/y;
const SPACE = /[ \t\r\n]+/y;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

export function parseXml(source: string): XmlElement {
  let offset = 0;
  for (const char of source) {
    const code = char.codePointAt(0)!;
    // A lone surrogate comes out of the string iterator as itself, which isXmlChar rejects.
    if (!isXmlChar(code)) throw new XmlError(`character U+${code.toString(16).toUpperCase().padStart(4, '0')} at offset ${offset} is not allowed in XML 1.0`);
    offset += char.length;
  }

  let pos = 0;
  const fail = (message: string): never => {
    throw new XmlError(`${message} at offset ${pos}`);
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = pos;
    const m = pattern.exec(source);
    if (m === null) return undefined;
    pos += m[0].length;
    return m[0];
  };
  const expect = (literal: string): void => {
    if (!source.startsWith(literal, pos)) fail(`expected "${literal}"`);
    pos += literal.length;
  };

  const reference = (): string => {
    expect('&');
    const end = source.indexOf(';', pos);
    if (end < 0) fail('unterminated reference');
    const body = source.slice(pos, end);
    let value: string;
    if (/^#[0-9]+$/.test(body) || /^#x[0-9A-Fa-f]+$/.test(body)) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!isXmlChar(code)) fail(`character reference &${body}; names a character XML 1.0 does not allow`);
      value = String.fromCodePoint(code);
    } else if (Object.prototype.hasOwnProperty.call(PREDEFINED, body)) {
      value = PREDEFINED[body]!;
    } else {
      return fail(`undefined entity &${body};`);
    }
    pos = end + 1;
    return value;
  };

  const attributeValue = (): string => {
    const quote = source[pos];
    if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
    pos += 1;
    let value = '';
    for (;;) {
      const char = source[pos];
      if (char === undefined) return fail('unterminated attribute value');
      if (char === quote) break;
      if (char === '<') fail('"<" in an attribute value');
      if (char === '&') {
        value += reference();
        continue;
      }
      // Attribute-value normalization: literal white space becomes a space.
      value += char === '\t' || char === '\n' || char === '\r' ? ' ' : char;
      pos += 1;
    }
    pos += 1;
    return value;
  };

  const element = (): XmlElement => {
    expect('<');
    const name = match(NAME) ?? fail('expected an element name');
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = match(SPACE);
      if (source.startsWith('/>', pos)) {
        pos += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[pos] === '>') {
        pos += 1;
        break;
      }
      if (space === undefined) fail('expected white space before an attribute');
      const attribute = match(NAME) ?? fail('expected an attribute name');
      match(SPACE);
      expect('=');
      match(SPACE);
      if (Object.prototype.hasOwnProperty.call(attributes, attribute)) fail(`duplicate attribute "${attribute}"`);
      attributes[attribute] = attributeValue();
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const char = source[pos];
      if (char === undefined) return fail(`<${name}> is not closed`);
      if (source.startsWith('</', pos)) {
        pos += 2;
        const closing = match(NAME);
        if (closing !== name) fail(`</${closing ?? ''}> closes <${name}>`);
        match(SPACE);
        expect('>');
        return { name, attributes, children, text };
      }
      if (char === '<') {
        if (source.startsWith('<!', pos) || source.startsWith('<?', pos))
          fail('comments, CDATA, DOCTYPE and processing instructions are outside the checked subset');
        children.push(element());
        continue;
      }
      if (char === '&') {
        text += reference();
        continue;
      }
      if (source.startsWith(']]>', pos)) fail('"]]>" in character data');
      text += char === '\r' ? (source[pos + 1] === '\n' ? '' : '\n') : char;
      pos += 1;
    }
  };

  if (source.startsWith('\ufeff')) pos = 1;
  if (source.startsWith('<?xml', pos)) {
    const end = source.indexOf('?>', pos);
    if (end < 0) fail('unterminated XML declaration');
    const declaration = source.slice(pos, end + 2);
    if (!/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(declaration)) fail(`unexpected XML declaration ${declaration}`);
    pos = end + 2;
  }
  match(SPACE);
  if (source[pos] !== '<') fail('expected the root element');
  const root = element();
  match(SPACE);
  if (pos !== source.length) fail('content after the root element');
  return root;
}

/** Every descendant element with the given name, document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}
