/**
 * Reads one validated document: plain values from its JS form, positions from its node tree, so
 * builders can say "this value, written here" in one call.
 */
import { isMap, isPair, isScalar, type Document, type Node, type Pair } from 'yaml';
import { set, unknown, type SourceSpan, type Value } from '../../core/source.js';
import type { SpanFinder } from './positions.js';

export type Path = readonly (string | number)[];

/** A part of the document the schema rejected: what it holds is unknown, for this reason, written here. */
export interface InvalidPart {
  readonly path: Path;
  readonly reason: string;
  readonly at: SourceSpan;
}

export class DocumentReader {
  constructor(
    private readonly document: Document,
    private readonly spans: SpanFinder,
    readonly value: unknown,
    /** Span of the whole document; the position of last resort. */
    readonly documentSpan: SourceSpan,
    invalid: readonly InvalidPart[] = [],
  ) {
    this.invalid = new Map(invalid.map((part) => [pathKey(part.path), part]));
  }

  private readonly invalid: ReadonlyMap<string, InvalidPart>;

  /** Why the value at `path` cannot be read, when it or what holds it was rejected by the schema. */
  invalidAt(path: Path): InvalidPart | undefined {
    if (this.invalid.size === 0) return undefined;
    for (let depth = 1; depth <= path.length; depth++) {
      const part = this.invalid.get(pathKey(path.slice(0, depth)));
      if (part) return part;
    }
    return undefined;
  }

  /** The value at `path`: unknown when it cannot be read, `fallback()` when it is not written. */
  read<T>(path: Path, fallback: () => Value<T>, convert: (raw: unknown) => T = (raw) => raw as T): Value<T> {
    const invalid = this.invalidAt(path);
    if (invalid) return unknown(invalid.at, invalid.reason);
    const raw = this.get(path);
    return raw === undefined ? fallback() : set(convert(raw), this.at(path));
  }

  /** Whether the author wrote a value at `path`, rightly or wrongly (a misspelt key counts for what it meant). */
  written(path: Path): boolean {
    return this.get(path) !== undefined || this.invalid.has(pathKey(path));
  }

  /** The value at `path` when it is written (or written wrongly); undefined when it is not written at all. */
  readWritten<T>(path: Path, convert?: (raw: unknown) => T): Value<T> | undefined {
    if (!this.written(path)) return undefined;
    return this.read<T>(path, () => unknown(this.at(path), 'not written'), convert);
  }

  /** The value at `path` if it can be read and is a mapping. */
  mapping(path: Path): Readonly<Record<string, unknown>> | undefined {
    const raw = this.get(path);
    return this.invalidAt(path) === undefined && raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  }

  /** The value at `path` if it can be read and is a list; else an empty list. */
  list(path: Path): readonly unknown[] {
    const raw = this.get(path);
    return this.invalidAt(path) === undefined && Array.isArray(raw) ? raw : [];
  }

  /** The string at `path` if it can be read. */
  text(path: Path): string | undefined {
    const raw = this.get(path);
    return this.invalidAt(path) === undefined && typeof raw === 'string' ? raw : undefined;
  }

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

function pathKey(path: Path): string {
  return JSON.stringify(path);
}
