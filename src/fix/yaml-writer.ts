/**
 * Remedies as edits of `hvgate/v1` YAML: the value is replaced in its own quoting style, or, when the
 * definition does not write it, the key is added right under the mapping the finding points at, in
 * that mapping's indentation. Everything else in the file (comments, order, formatting) is untouched.
 */
import { isMap, isScalar, parseAllDocuments, stringify, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { Remedy } from '../core/remedy.js';
import { endOfLine, lineBreak, offsetOf, type TextEdit } from './edit.js';

type Path = readonly string[];

function pathOf(remedy: Remedy): Path {
  switch (remedy.set) {
    case 'scsiControllers':
      return ['spec', 'scsiControllers'];
    case 'checkpointLocation':
      return ['spec', 'checkpoints', 'location'];
    case 'backupService':
      return ['spec', 'integrationServices', remedy.key];
  }
}

export function yamlEdit(text: string, remedy: Remedy): TextEdit | undefined {
  const at = offsetOf(text, remedy.at.line, remedy.at.column);
  const doc = parseAllDocuments(text).find((d) => d.errors.length === 0 && d.contents !== null && within(d.contents, at));
  if (doc === undefined) return undefined;
  const path = pathOf(remedy);
  return remedy.written ? replaceValue(doc, path, remedy.value, at) : insertKey(text, doc, path, remedy.value);
}

function within(node: Node, offset: number): boolean {
  const range = node.range;
  return range !== undefined && range !== null && range[0] <= offset && offset <= range[2];
}

function replaceValue(doc: Document, path: Path, value: Remedy['value'], at: number): TextEdit | undefined {
  const node = doc.getIn(path, true);
  if (!isScalar(node) || node.range?.[0] !== at) return undefined;
  const [start, end] = node.range;
  return { start, end, text: scalarSource(value, node.type) };
}

/** Adds the missing keys under the deepest mapping of `path` that exists, as the first entries of that block mapping. */
function insertKey(text: string, doc: Document, path: Path, value: Remedy['value']): TextEdit | undefined {
  for (let depth = path.length - 1; depth >= 1; depth--) {
    const parent = doc.getIn(path.slice(0, depth), false);
    if (parent === undefined) continue;
    if (!isMap(parent) || parent.flow === true) return undefined;
    const key = pairOf(doc, path.slice(0, depth))?.key as Node | undefined;
    const firstKey = parent.items[0]?.key as Node | undefined;
    if (!key?.range || !firstKey?.range) return undefined;
    const indent = columnOf(text, firstKey.range[0]);
    const step = Math.max(2, indent - columnOf(text, key.range[0]));
    const missing = path.slice(depth);
    const br = lineBreak(text);
    const lines = missing.map((k, i) => `${' '.repeat(indent + i * step)}${keySource(k)}:${i === missing.length - 1 ? ` ${scalarSource(value)}` : ''}`);
    const position = endOfLine(text, key.range[0]);
    return { start: position, end: position, text: `${br}${lines.join(br)}` };
  }
  return undefined;
}

function pairOf(doc: Document, path: Path): Pair | undefined {
  const map = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), false);
  if (!isMap(map)) return undefined;
  return map.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function keySource(key: string): string {
  return stringify(key).trimEnd();
}

/** A scalar as YAML writes it, in the given quoting style when the value is a string. */
function scalarSource(value: Remedy['value'], type?: Scalar['type']): string {
  if (typeof value !== 'string') return String(value);
  if (type === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return stringify(value).trimEnd();
}
