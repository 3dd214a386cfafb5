/**
 * Reads one validated document: plain values from its JS form, positions from its node tree, so
 * builders can say "this value, written here" in one call.
 */
import { isMap, isPair, isScalar, type Document, type Node, type Pair } from 'yaml';
import type { SourceSpan } from '../../core/source.js';
import type { SpanFinder } from './positions.js';

export type Path = readonly (string | number)[];

export class DocumentReader {
  constructor(
    private readonly document: Document,
    private readonly spans: SpanFinder,
    readonly value: unknown,
    /** Span of the whole document; the position of last resort. */
    readonly documentSpan: SourceSpan,
  ) {}

  get file(): string {
    return this.spans.file;
  }

  get(path: Path): unknown {
    let current = this.value;
    for (const segment of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string | number, unknown>)[segment];
    }
    return current;
  }

  /** Where the value at `path` is written; for a missing value, the key of its nearest written ancestor. */
  at(path: Path): SourceSpan {
    const node = this.node(path);
    if (node) {
      // Blocks (maps, lists) are pointed at by their key: that is the line a reviewer sees.
      const key = isScalar(node) ? undefined : this.pair(path)?.key;
      return this.spans.of((key as Node | undefined) ?? node, this.documentSpan);
    }
    for (let depth = path.length - 1; depth > 0; depth--) {
      const prefix = path.slice(0, depth);
      // Inside a list, the item itself is the nearest place a reviewer can see.
      const item = typeof prefix[prefix.length - 1] === 'number' ? this.node(prefix) : undefined;
      if (item) return this.spans.of(item, this.documentSpan);
      const key = this.pair(prefix)?.key;
      if (key) return this.spans.of(key as Node, this.documentSpan);
    }
    return this.documentSpan;
  }

  /** Span of a key, for problems with the key itself (unknown keys). */
  keyAt(path: Path): SourceSpan {
    const pair = this.pair(path);
    return pair?.key ? this.spans.of(pair.key as Node, this.documentSpan) : this.at(path);
  }

  private node(path: Path): Node | undefined {
    const node = this.document.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  }

  private pair(path: Path): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = path.length === 1 ? this.document.contents : this.node(path.slice(0, -1));
    const last = path[path.length - 1];
    if (!isMap(parent)) return undefined;
    return parent.items.find((item): item is Pair => isPair(item) && isScalar(item.key) && item.key.value === last);
  }
}
