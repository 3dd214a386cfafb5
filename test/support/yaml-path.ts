/**
 * Paths into a YAML document (`spec.disks[1].passThrough.diskNumber`, `spec.integrationServices["Backup (volume shadow copy)"]`)
 * and the span a reviewer sees for each: a scalar's value, a block's key, a list item as a whole, and
 * for a value that is not written the nearest place above it that is. Policy tests state a finding's
 * position as such a path, so that one expectation holds in every input format.
 */
import { isMap, isPair, isScalar, LineCounter, type Document, type Node, type Pair } from 'yaml';
import type { SourceSpan } from '../../src/core/source.js';

export type PathSegment = string | number;

/** Splits `a.b[0]["c d"]` into `['a', 'b', 0, 'c d']`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /([^.[\]"]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\./gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < path.length && (match = pattern.exec(path)) !== null) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(match[3].replace(/\\(.)/g, '$1'));
  }
  if (pattern.lastIndex !== path.length && path !== '') throw new Error(`not a path: "${path}"`);
  return segments;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : /^[\w-]+$/.test(segment) ? `${index === 0 ? '' : '.'}${segment}` : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

/** A parsed YAML document with a line table, to turn offsets into spans of one file. */
export interface LocatedDocument {
  readonly file: string;
  readonly document: Document;
  readonly lines: LineCounter;
}

/** The span of `path` in the document, by the rules in this file's header. */
export function yamlSpan(doc: LocatedDocument, path: readonly PathSegment[]): SourceSpan {
  for (let depth = path.length; depth > 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = nodeAt(doc.document, prefix);
    const isItem = typeof prefix[prefix.length - 1] === 'number';
    if (node && (isScalar(node) || isItem)) return spanOf(doc, node);
    const key = pairAt(doc.document, prefix)?.key as Node | undefined;
    if (key) return spanOf(doc, key);
  }
  const contents = doc.document.contents;
  if (!contents?.range) throw new Error(`${doc.file}: empty document`);
  return spanOf(doc, contents);
}

/** The span of the key that `path` is written under (for findings about a key itself, such as an unknown name). */
export function yamlKeySpan(doc: LocatedDocument, path: readonly PathSegment[]): SourceSpan {
  const key = pairAt(doc.document, path)?.key as Node | undefined;
  return key ? spanOf(doc, key) : yamlSpan(doc, path);
}

function spanOf(doc: LocatedDocument, node: Node): SourceSpan {
  const [start, end] = node.range!;
  const from = doc.lines.linePos(start);
  const to = doc.lines.linePos(end);
  return { file: doc.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

function nodeAt(document: Document, path: readonly PathSegment[]): Node | undefined {
  const node: unknown = document.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function pairAt(document: Document, path: readonly PathSegment[]): Pair | undefined {
  const parent = path.length === 1 ? document.contents : nodeAt(document, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!isMap(parent)) return undefined;
  return parent.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && item.key.value === last);
}
