/**
 * Reads one validated document: plain values from its JS form, positions from its node tree, so
 * builders can say "this value, written here" in one call.
 */
import { Scalar as YamlScalar, YAMLMap as YamlMap, YAMLSeq as YamlSeq, type Document, type Node, type Pair } from 'yaml';
import { set, unknown, type SourceSpan, type Value } from '../../core/source.js';
import type { SpanFinder } from './positions.js';

export type Path = readonly (string | number)[];

// Taken once: the bundle reaches a CommonJS library's exports through a getter on every use, and these are
// checked for every position of every definition.
const Scalar = YamlScalar;
const YAMLMap = YamlMap;
const YAMLSeq = YamlSeq;

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
    return this.get(path) !== undefined || (this.invalid.size > 0 && this.invalid.has(pathKey(path)));
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
    const { node, key, nearest } = this.locate(path);
    // Blocks (maps, lists) are pointed at by their key: that is the line a reviewer sees.
    if (node) return this.spans.of(node instanceof Scalar ? node : (key ?? node), this.documentSpan);
    return nearest ? this.spans.of(nearest, this.documentSpan) : this.documentSpan;
  }

  /** Span of a key, for problems with the key itself (unknown keys). */
  keyAt(path: Path): SourceSpan {
    const { key } = this.locate(path);
    return key ? this.spans.of(key, this.documentSpan) : this.at(path);
  }

  /**
   * Walks `path` through the node tree once: the node written there, the key it is written under (in a
   * mapping), and for a path that is not written, the nearest place a reviewer can see: the deepest
   * written ancestor's list item, or else its key.
   */
  private locate(path: Path): Located {
    let parent: unknown = this.document.contents;
    if (path.length === 0) return { node: asNode(parent) };
    let nearest: Node | undefined;
    let depth = 0;
    // Classes, not yaml's isMap/isSeq: a prototype check costs less than reading the node-type symbol of every node.
    for (const segment of path) {
      let node: Node | undefined;
      let key: Node | undefined;
      if (parent instanceof YAMLMap) {
        const pair = pairOf(parent, segment);
        node = asNode(pair?.value);
        key = pair?.key as Node | undefined;
      } else if (parent instanceof YAMLSeq) {
        node = asNode(parent.get(segment, true));
      }
      if (++depth === path.length) return { node, key, nearest };
      if (!node) return { nearest };
      // Inside a list, the item itself is the nearest place a reviewer can see.
      const anchor = typeof segment === 'number' ? node : key;
      if (anchor) nearest = anchor;
      parent = node;
    }
    return { nearest };
  }
}

interface Located {
  readonly node?: Node | undefined;
  readonly key?: Node | undefined;
  readonly nearest?: Node | undefined;
}

/** The pair a mapping holds under `segment`, as the yaml library's own lookup finds it (the first with that scalar key). */
function pairOf(map: YamlMap, segment: string | number): Pair | undefined {
  for (const item of map.items) if (item.key instanceof Scalar && item.key.value === segment) return item;
  return undefined;
}

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && 'range' in value ? (value as Node) : undefined;
}

function pathKey(path: Path): string {
  return JSON.stringify(path);
}
