/**
 * `JSON.stringify(value, null, 2)`, written in pieces: objects and arrays down to `depth` are taken
 * apart, and what lies deeper is stringified member by member. A report of 200,000 findings is then
 * many small strings rather than one that V8 cannot hold (strings end near 2^29 characters). The
 * text is JSON.stringify's, byte for byte.
 */

/**
 * A list whose members are built only when the writer reaches them, so a large list is never held twice.
 * The writer writes it in runs of items wherever it reaches it, also at the depth where other values
 * are written whole; only inside a value written whole is it built whole.
 */
export class MappedList<T, U> {
  constructor(
    private readonly items: readonly T[],
    private readonly map: (item: T) => U,
  ) {}

  get length(): number {
    return this.items.length;
  }

  at(index: number): U {
    return this.map(this.items[index] as T);
  }

  toJSON(): U[] {
    return this.items.map(this.map);
  }
}

export function* jsonChunks(value: unknown, depth: number, indent = ''): Generator<string> {
  if ((depth > 0 && Array.isArray(value)) || value instanceof MappedList) {
    const list = value as readonly unknown[] | MappedList<unknown, unknown>;
    const at = (i: number): unknown => (list instanceof MappedList ? list.at(i) : list[i]);
    if (depth <= 1) yield* itemRuns(list.length, at, indent);
    else yield* containerChunks('[', ']', list.length, (i) => [undefined, at(i)], depth, indent);
    return;
  }
  if (depth > 0 && typeof value === 'object' && value !== null && !('toJSON' in value)) {
    // JSON.stringify leaves out members whose value is undefined or a function.
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined && typeof inner !== 'function');
    yield* containerChunks('{', '}', entries.length, (i) => entries[i] as [string, unknown], depth, indent);
    return;
  }
  // Deeper values in one piece, indented to their place: JSON text holds no raw line break inside a string.
  // JSON.stringify returns undefined for undefined, which an array shows as null.
  const text = JSON.stringify(value, null, 2) as string | undefined;
  yield (text ?? 'null').replaceAll('\n', `\n${indent}`);
}

/** How many items of a list are stringified together: pieces of some hundred kilobytes. */
const RUN = 256;

/**
 * A list whose items are each written whole, as runs of items: JSON.stringify of a run nested in as
 * many arrays as the list is deep writes the items indented to their place, so the run's text is cut
 * out of it rather than re-indented item by item.
 */
function* itemRuns(length: number, at: (index: number) => unknown, indent: string): Generator<string> {
  if (length === 0) {
    yield '[]';
    return;
  }
  const levels = indent.length / 2;
  const inner = `${indent}  `;
  let prefix = '';
  let suffix = '';
  for (let level = 0; level <= levels; level++) {
    prefix += `${'  '.repeat(level)}[\n`;
    suffix = `\n${'  '.repeat(level)}]${suffix}`;
  }
  prefix += inner;
  yield `[\n${inner}`;
  for (let start = 0; start < length; start += RUN) {
    let run: unknown = Array.from({ length: Math.min(RUN, length - start) }, (_, i) => at(start + i));
    for (let level = 0; level < levels; level++) run = [run];
    const text = JSON.stringify(run, null, 2);
    yield text.slice(prefix.length, text.length - suffix.length);
    yield start + RUN < length ? `,\n${inner}` : `\n${indent}]`;
  }
}

function* containerChunks(
  open: string,
  close: string,
  length: number,
  entry: (index: number) => readonly [string | undefined, unknown],
  depth: number,
  indent: string,
): Generator<string> {
  if (length === 0) {
    yield `${open}${close}`;
    return;
  }
  const inner = `${indent}  `;
  yield `${open}\n`;
  for (let i = 0; i < length; i++) {
    const [key, item] = entry(i);
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(item, depth - 1, inner);
    yield i < length - 1 ? ',\n' : '\n';
  }
  yield `${indent}${close}`;
}
