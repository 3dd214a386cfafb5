/**
 * A JSON parser that keeps the offset of every value and member, so that a finding about a plan can
 * point at the attribute's line. Plans reach hundreds of megabytes and repeat every resource in
 * `planned_values` and `prior_state`: objects and arrays are only skipped over (their end found)
 * until someone reads them, so the parts of a plan the gate never looks at cost one scan. That scan
 * notes where the containers near the top end, so reading into one later jumps over what lies deeper
 * instead of scanning it again. The items of an array visited once (`resource_changes`) are read
 * whole as they come, in one more pass.
 */

import { detachedText, keptText } from './detached-text.js';

export type JsonNode = JsonObject | JsonArray | JsonScalar;

export interface JsonMember {
  /** Offset of the key's opening quote. */
  readonly keyStart: number;
  readonly value: JsonNode;
}

export interface JsonObject {
  readonly kind: 'object';
  readonly start: number;
  readonly end: number;
  readonly members: ReadonlyMap<string, JsonMember>;
}

export interface JsonArray {
  readonly kind: 'array';
  readonly start: number;
  readonly end: number;
  readonly items: readonly JsonNode[];
  /**
   * Visits the items without keeping them: for huge arrays read once (a plan's resource_changes).
   * `members`: each item with its own members parsed and what lies deeper skipped until read, for
   * arrays of which only each item's header is looked at (the resources of `planned_values`).
   */
  forEachOnce(visit: (item: JsonNode) => void, parse?: 'whole' | 'members'): void;
}

export interface JsonScalar {
  readonly kind: 'scalar';
  readonly start: number;
  readonly end: number;
  readonly value: string | number | boolean | null;
}

/** Thrown by parseJsonTree, and by reading a container whose inside is malformed. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/** Deeper nesting than any plan has; refusing it keeps a hostile file from exhausting the stack. */
const MAX_DEPTH = 256;
/** How deep an item read whole is parsed at once; below, containers are skipped until read. */
const WHOLE_DEPTH = 32;

/** How many levels below a root member the first scan notes container ends: down to each planned_values resource's `values`. */
const NOTED_DEPTH = 5;

export function parseJsonTree(text: string): JsonNode {
  const reader = new Reader(text, new ContainerEnds(), 0, 'members');
  reader.skipSpace();
  const root = reader.value(0);
  reader.skipSpace();
  if (reader.at < text.length) throw new JsonSyntaxError('unexpected text after the end of the JSON value', reader.at);
  return root;
}

/** Member lookup that tolerates a missing or non-object parent. */
export function member(node: JsonNode | undefined, key: string): JsonMember | undefined {
  return node?.kind === 'object' ? node.members.get(key) : undefined;
}

export function child(node: JsonNode | undefined, key: string | number): JsonNode | undefined {
  if (typeof key === 'number') return node?.kind === 'array' ? node.items[key] : undefined;
  return member(node, key)?.value;
}

export function scalar(node: JsonNode | undefined): string | number | boolean | null | undefined {
  return node?.kind === 'scalar' ? node.value : undefined;
}

/**
 * A scalar's value as it can be kept past the reading. A string without escapes is a slice of the
 * file's text, and one kept for the run (a VM's name, an address, a path) would keep all of a plan's
 * text alive with it: such a string is copied. A string with escapes is a copy already.
 */
export function keptValue(node: JsonScalar): JsonScalar['value'] {
  const value = node.value;
  return typeof value === 'string' && value.length === node.end - node.start - 2 ? keptText(value) : value;
}

/** Plain JavaScript value of a subtree (for small subtrees such as `replace_paths`). */
export function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlain);
    case 'object':
      // Defined, not assigned, as JSON.parse does: a "__proto__" member is a member, not the prototype.
      return Object.fromEntries([...node.members].map(([key, m]) => [key, toPlain(m.value)]));
  }
}

/**
 * The text a subtree was read from (a scalar's as JSON writes it), copied out of the file's text: what
 * keeps it for the whole run (a VM's attributes, for a plan's diff) then holds on to that copy only,
 * not to the whole file. `''` for no subtree.
 */
export function detachedSourceText(node: JsonNode | undefined): string {
  if (node === undefined) return '';
  return isReadContainer(node) ? detachedText(node.text.slice(node.start, node.end)) : JSON.stringify(toPlain(node));
}

/** The plain value of a text that `detachedSourceText` returned; undefined for `''`. */
export function plainOf(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Text this reader accepts and JSON.parse does not (a raw control character in a string).
    return toPlain(parseJsonTree(text));
  }
}

/** An object or array this reader read from a text, which it still holds (not one built in memory, as state.ts builds markers). */
function isReadContainer(node: JsonNode): node is ObjectNode | ArrayNode {
  return node instanceof ObjectNode || node instanceof ArrayNode;
}

/**
 * An object read from a text: its members parsed with it, or when first asked. One class for both,
 * so that the code reading a tree meets few shapes of node.
 */
class ObjectNode implements JsonObject {
  readonly kind = 'object';
  constructor(
    readonly text: string,
    private readonly ends: ContainerEnds,
    readonly start: number,
    readonly end: number,
    private readonly depth: number,
    private parsed?: Map<string, JsonMember>,
  ) {}
  get members(): ReadonlyMap<string, JsonMember> {
    this.parsed ??= new Reader(this.text, this.ends, this.start).objectMembers(this.depth);
    return this.parsed;
  }
}

class ArrayNode implements JsonArray {
  readonly kind = 'array';
  constructor(
    readonly text: string,
    private readonly ends: ContainerEnds,
    readonly start: number,
    readonly end: number,
    private readonly depth: number,
    private parsed?: JsonNode[],
  ) {}
  get items(): readonly JsonNode[] {
    this.parsed ??= new Reader(this.text, this.ends, this.start, 'item-members').arrayItems(this.depth);
    return this.parsed;
  }
  forEachOnce(visit: (item: JsonNode) => void, parse: 'whole' | 'members' = 'whole'): void {
    if (this.parsed)
      this.parsed.forEach((item) => {
        visit(item);
      });
    else new Reader(this.text, this.ends, this.start, parse === 'whole' ? 'whole' : 'item-members').arrayItems(this.depth, visit);
  }
}

/**
 * How much of a container a reader parses at once; the rest is skipped until read. Parsing what will
 * be read anyway saves the scan that skipping it first costs:
 * - `skip`: nothing (the default);
 * - `members`: the value's own members or items (the root object, whose members are all looked at);
 * - `item-members`: the members of each item of the array being read (each resource's header);
 * - `whole`: everything (items visited once and read whole).
 */
type Depth = 'skip' | 'members' | 'item-members' | 'whole';

/**
 * Ends of the containers the first scan of a text passed, by start offset. Starts are noted as they
 * open, so they come sorted; only ground no scan passed before is noted, which keeps them so.
 */
class ContainerEnds {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private count = 0;

  /** Whether a container opening at `start` may be noted: it lies past everything noted so far. */
  fresh(start: number): boolean {
    return this.count === 0 || start > (this.starts[this.count - 1] ?? 0);
  }

  /** Notes a container opening at `start`; its end follows through `close` with the slot returned. */
  open(start: number): number {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = -1;
    return this.count++;
  }

  close(slot: number, end: number): void {
    this.ends[slot] = end;
  }

  /** Offset after the container opening at `start`, when a scan noted it. */
  endOf(start: number): number | undefined {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.starts[mid] ?? 0;
      if (at < start) low = mid + 1;
      else if (at > start) high = mid - 1;
      else {
        const end = this.ends[mid] ?? -1;
        return end === -1 ? undefined : end;
      }
    }
    return undefined;
  }
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

class Reader {
  /**
   * Offset of the next backslash at or after the last string read (2^32 - 1 when there is none):
   * looked up again only once passed, so strings without escapes never search the text ahead.
   */
  private backslash = -1;

  constructor(
    private readonly text: string,
    private readonly ends: ContainerEnds,
    public at = 0,
    private readonly parse: Depth = 'skip',
  ) {}

  skipSpace(): void {
    const text = this.text;
    let at = this.at;
    for (;;) {
      const c = text.charCodeAt(at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) at++;
      else break;
    }
    this.at = at;
  }

  /** A value at the cursor; containers are skipped and parsed when first read. */
  value(depth: number, parse: Depth = this.parse): JsonNode {
    const c = this.text.charCodeAt(this.at);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= MAX_DEPTH) throw new JsonSyntaxError(`values nested more than ${MAX_DEPTH} levels deep`, this.at);
      // Deeper than any resource's values: skipped as elsewhere, so that nesting alone never fails what would not be read.
      if (parse === 'members' || (parse === 'whole' && depth < WHOLE_DEPTH))
        return c === 0x7b ? this.parsedObject(depth + 1, parse) : this.parsedArray(depth + 1, parse);
      const start = this.at;
      this.skipContainer();
      return c === 0x7b ? new ObjectNode(this.text, this.ends, start, this.at, depth + 1) : new ArrayNode(this.text, this.ends, start, this.at, depth + 1);
    }
    if (c === 0x22) {
      const start = this.at;
      const value = this.string();
      return { kind: 'scalar', start, end: this.at, value };
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (this.text.startsWith('true', this.at)) return this.word(true, 4);
    if (this.text.startsWith('false', this.at)) return this.word(false, 5);
    if (this.text.startsWith('null', this.at)) return this.word(null, 4);
    if (this.at >= this.text.length) throw new JsonSyntaxError('the JSON text ends where a value was expected (is the file truncated?)', this.at);
    throw new JsonSyntaxError(`unexpected character ${JSON.stringify(this.text[this.at])} where a value was expected`, this.at);
  }

  /**
   * The container at the cursor with its members or items; theirs in turn parsed only when `whole`.
   * Items visited once are read whole: skipping them first would scan them twice.
   */
  private parsedObject(depth: number, parse: 'members' | 'whole'): ObjectNode {
    const start = this.at;
    const members = this.objectMembers(depth, parse === 'whole' ? 'whole' : 'skip');
    this.at++;
    return new ObjectNode(this.text, this.ends, start, this.at, depth, members);
  }

  private parsedArray(depth: number, parse: 'members' | 'whole'): ArrayNode {
    const start = this.at;
    const items = this.arrayItems(depth, undefined, parse === 'whole' ? 'whole' : 'skip');
    this.at++;
    return new ArrayNode(this.text, this.ends, start, this.at, depth, items);
  }

  /**
   * Moves past a balanced object or array; checks bracket pairing, not the grammar inside. A
   * container an earlier scan passed is jumped over; on new ground the ends near the top are noted.
   */
  private skipContainer(): void {
    const known = this.ends.endOf(this.at);
    if (known !== undefined) {
      this.at = known;
      return;
    }
    const text = this.text;
    const ends = this.ends;
    const note = ends.fresh(this.at);
    const closers: number[] = [];
    const slots: number[] = [];
    let at = this.at;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c)) throw new JsonSyntaxError('the JSON text ends inside an object or array (is the file truncated?)', at);
      if (c === 0x22) {
        at = this.skipString(at);
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (note && closers.length < NOTED_DEPTH) slots.push(ends.open(at));
        closers.push(c === 0x7b ? 0x7d : 0x5d);
      } else if (c === 0x7d || c === 0x5d) {
        if (closers.pop() !== c) throw new JsonSyntaxError(`unexpected ${JSON.stringify(text[at])}`, at);
        if (note && closers.length < NOTED_DEPTH) ends.close(slots.pop() ?? 0, at + 1);
        if (closers.length === 0) {
          this.at = at + 1;
          return;
        }
      }
      at++;
    }
  }

  /** Offset after the string starting at `start`, without building it. */
  private skipString(start: number): number {
    const text = this.text;
    let from = start + 1;
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) throw new JsonSyntaxError('unterminated string (is the file truncated?)', start);
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  private word(value: boolean | null, length: number): JsonScalar {
    const start = this.at;
    this.at += length;
    return { kind: 'scalar', start, end: this.at, value };
  }

  private number(): JsonScalar {
    const text = this.text;
    const start = this.at;
    // Integers without sign, fraction or exponent (nearly every number a plan holds) are summed as read.
    let at = start;
    let value = 0;
    for (let c = text.charCodeAt(at); c >= 0x30 && c <= 0x39 && at - start < 15; c = text.charCodeAt(++at)) value = value * 10 + (c - 0x30);
    const next = text.charCodeAt(at);
    if (
      at > start &&
      !(at - start > 1 && text.charCodeAt(start) === 0x30) &&
      !(next >= 0x30 && next <= 0x39) &&
      next !== 0x2e &&
      next !== 0x65 &&
      next !== 0x45
    ) {
      this.at = at;
      return { kind: 'scalar', start, end: at, value };
    }
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(text);
    if (!match) throw new JsonSyntaxError('malformed number', start);
    this.at = start + match[0].length;
    return { kind: 'scalar', start, end: this.at, value: Number(match[0]) };
  }

  private string(): string {
    const text = this.text;
    const start = this.at;
    const close = text.indexOf('"', start + 1);
    if (close === -1) throw new JsonSyntaxError('unterminated string (is the file truncated?)', start);
    if (this.backslash <= start) this.backslash = text.indexOf('\\', start + 1) >>> 0;
    if (this.backslash > close) {
      this.at = close + 1;
      return text.slice(start + 1, close);
    }
    // Escapes present: find the real closing quote, then let the native parser decode the escapes.
    let at = this.backslash;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c)) throw new JsonSyntaxError('unterminated string (is the file truncated?)', start);
      if (c === 0x5c) at += 2;
      else if (c === 0x22) break;
      else at++;
    }
    this.at = at + 1;
    try {
      return JSON.parse(text.slice(start, at + 1)) as string;
    } catch {
      throw new JsonSyntaxError('invalid escape sequence in string', start);
    }
  }

  objectMembers(depth: number, parse: Depth = 'skip'): Map<string, JsonMember> {
    const members = new Map<string, JsonMember>();
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x7d) return members;
    for (;;) {
      if (this.text.charCodeAt(this.at) !== 0x22) this.fail('a member name in double quotes');
      const keyStart = this.at;
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.at) !== 0x3a) this.fail('":" after a member name');
      this.at++;
      this.skipSpace();
      members.set(key, { keyStart, value: this.value(depth, parse) });
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c === 0x7d) return members;
      if (c !== 0x2c) this.fail('"," or "}" in an object');
      this.at++;
      this.skipSpace();
    }
  }

  /** The items, or with `visit` each item handed over and none kept. */
  arrayItems(depth: number, visit?: (item: JsonNode) => void, parse: Depth = this.parse): JsonNode[] {
    const items: JsonNode[] = [];
    const itemParse = parse === 'item-members' ? 'members' : parse;
    this.at++;
    this.skipSpace();
    if (this.text.charCodeAt(this.at) === 0x5d) return items;
    for (;;) {
      const item = this.value(depth, itemParse);
      if (visit) visit(item);
      else items.push(item);
      this.skipSpace();
      const c = this.text.charCodeAt(this.at);
      if (c === 0x5d) return items;
      if (c !== 0x2c) this.fail('"," or "]" in an array');
      this.at++;
      this.skipSpace();
    }
  }

  private fail(expected: string): never {
    if (this.at >= this.text.length) throw new JsonSyntaxError(`the JSON text ends where ${expected} was expected (is the file truncated?)`, this.at);
    throw new JsonSyntaxError(`expected ${expected}, found ${JSON.stringify(this.text[this.at])}`, this.at);
  }
}
