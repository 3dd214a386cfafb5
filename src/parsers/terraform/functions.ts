/**
 * Terraform's built-in functions that configurations use to build names, paths and collections,
 * evaluated as Terraform documents them. A call of any other function, or one whose arguments are
 * not known well enough, is unknown with a reason that names the call; text built from partly
 * known arguments (`format`, `join`, `lower`) keeps its known beginning and end.
 */
import type { Expr } from './hcl-syntax.js';
import { concatText, evaluate, quote, toBool, toNumber, type Scope } from './hcl-eval.js';
import { asText, complete, equalValues, invalid, list, map, NULL, scalar, sortedEntries, typeName, unknownOf, type TfUnknown, type TfValue } from './values.js';

type Call = Extract<Expr, { kind: 'call' }>;
type Implementation = (args: readonly TfValue[], call: Call) => TfValue;

/** Terraform refuses `range` results longer than this. */
const MAX_RANGE = 1024;
/** Widths and precisions in `format` beyond this are no path or name; refusing them bounds the work. */
const MAX_FORMAT_WIDTH = 1024;

export function callFunction(call: Call, scope: Scope): TfValue {
  // `try` and `can` look at how their arguments fail, so they evaluate them themselves.
  if (call.name === 'try') return tryFunction(call, scope);
  if (call.name === 'can') return canFunction(call, scope);
  const implementation = FUNCTIONS.get(call.name);
  if (!implementation) {
    const what = call.name.includes('::') ? 'a provider-defined function' : `the function ${call.name}(), which this reader does not evaluate`;
    return unknownOf(`\`${quote(call)}\` calls ${what}; only terraform plan evaluates it`);
  }
  let args = call.args.map((arg) => evaluate(arg, scope));
  if (call.expand) {
    const last = args[args.length - 1];
    if (last?.kind === 'unknown') return unknownOf(last.reason);
    if (last?.kind !== 'list') return invalid(`\`${quote(call)}\`: the argument before "..." must be a list`);
    args = [...args.slice(0, -1), ...last.items];
  }
  return implementation(args, call);
}

function tryFunction(call: Call, scope: Scope): TfValue {
  for (const arg of call.args) {
    const value = evaluate(arg, scope);
    if (firstError(value)) continue;
    return value;
  }
  return invalid(`\`${quote(call)}\`: none of the arguments of try() can be evaluated`);
}

function canFunction(call: Call, scope: Scope): TfValue {
  const [arg] = call.args;
  if (!arg) return invalid(`\`${quote(call)}\`: can() takes one argument`);
  const value = evaluate(arg, scope);
  if (firstError(value)) return scalar(false);
  if (value.kind === 'unknown') return unknownOf(value.reason);
  return scalar(true);
}

function firstError(value: TfValue): TfUnknown | undefined {
  if (value.kind === 'unknown') return value.error ? value : undefined;
  if (value.kind === 'list') return value.items.map(firstError).find((e) => e !== undefined);
  if (value.kind === 'map') return [...value.entries.values()].map(firstError).find((e) => e !== undefined);
  return undefined;
}

/** The first argument that is unknown, passed on with its reason; or undefined when all are known at their top. */
function unknownArgument(args: readonly TfValue[]): TfUnknown | undefined {
  const found = args.find((a): a is TfUnknown => a.kind === 'unknown');
  return found && (found.error ? found : unknownOf(found.reason));
}

function textArgument(value: TfValue | undefined, call: Call, position: string): string | TfValue {
  if (!value) return invalid(`\`${quote(call)}\`: ${call.name}() needs ${position}`);
  if (value.kind === 'unknown') return value;
  const text = asText(value);
  return text ?? invalid(`\`${quote(call)}\`: the ${position} of ${call.name}() is a ${typeName(value)}, not text`);
}

const FUNCTIONS = new Map<string, Implementation>([
  ['length', length],
  ['lookup', lookup],
  ['merge', merge],
  ['coalesce', coalesce],
  ['lower', (args, call) => changeCase(args, call, (s) => s.toLowerCase())],
  ['upper', (args, call) => changeCase(args, call, (s) => s.toUpperCase())],
  ['replace', replace],
  ['trimprefix', trimprefix],
  ['trimsuffix', trimsuffix],
  ['trimspace', trimspace],
  ['format', format],
  ['join', join],
  ['split', split],
  ['element', elementFunction],
  ['concat', concat],
  ['flatten', flatten],
  ['tomap', tomap],
  ['toset', toset],
  ['tolist', tolist],
  ['tostring', tostring],
  ['tonumber', tonumber],
  ['tobool', tobool],
  ['range', range],
  ['keys', keys],
  ['values', values],
  ['contains', contains],
]);

function length([given]: readonly TfValue[], call: Call): TfValue {
  if (!given) return invalid(`\`${quote(call)}\`: length() takes one argument`);
  const value = complete(given);
  if (value.kind === 'unknown') return unknownOf(value.reason);
  if (value.kind === 'list') return scalar(value.items.length);
  if (value.kind === 'map') return scalar(value.entries.size);
  const text = asText(value);
  return text === undefined ? invalid(`\`${quote(call)}\`: length() of null`) : scalar(characters(text).length);
}

function lookup([collection, key, fallback]: readonly TfValue[], call: Call): TfValue {
  if (!collection || !key) return invalid(`\`${quote(call)}\`: lookup() needs a map and a key`);
  if (collection.kind === 'unknown') return unknownOf(collection.reason);
  if (key.kind === 'unknown') return unknownOf(key.reason);
  if (collection.kind !== 'map') return invalid(`\`${quote(call)}\`: the first argument of lookup() is a ${typeName(collection)}, not a map`);
  const name = asText(key);
  const found = name === undefined ? undefined : collection.entries.get(name);
  if (found) return found;
  // A key the map does not list may still be among those not known yet: the default is not taken.
  if (collection.computed !== undefined) return unknownOf(`\`${quote(call)}\`: the key ${collection.computed}`);
  if (fallback) return fallback;
  return invalid(`\`${quote(call)}\`: the map has no key ${JSON.stringify(name)} and lookup() has no default`);
}

/**
 * Later arguments win, so a key written after the last unknown argument is known although the result
 * as a whole is not (`merge(var.defaults, { state = "Off" }).state`); a key before it may be replaced.
 */
function merge(args: readonly TfValue[], call: Call): TfValue {
  const entries = new Map<string, TfValue>();
  let open: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg.kind === 'scalar' && arg.value === null) continue;
    const text = call.expand ? quote(call) : quote(call.args[i] ?? call);
    if (arg.kind === 'unknown') {
      if (arg.error) return arg;
      open = `may be set by \`${text}\`, which is unknown (${arg.reason})`;
      for (const key of entries.keys()) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open}`));
      continue;
    }
    if (arg.kind !== 'map') return invalid(`\`${quote(call)}\`: merge() takes maps and objects, not a ${typeName(arg)}`);
    if (arg.computed !== undefined) {
      open = arg.computed;
      for (const key of entries.keys()) if (!arg.entries.has(key)) entries.set(key, unknownOf(`\`${quote(call)}\`: the key ${JSON.stringify(key)} ${open}`));
    }
    for (const [k, v] of arg.entries) entries.set(k, v);
  }
  return map(entries, open);
}

function coalesce(args: readonly TfValue[], call: Call): TfValue {
  for (const arg of args) {
    if (arg.kind === 'unknown') {
      // Known text around the unknown part means the value is not empty, so coalesce() takes it.
      if (arg.text && (arg.text.prefix !== '' || arg.text.suffix !== '')) return arg;
      return unknownOf(arg.reason);
    }
    if (arg.kind === 'scalar' && (arg.value === null || arg.value === '')) continue;
    return arg;
  }
  return invalid(`\`${quote(call)}\`: every argument of coalesce() is null or empty`);
}

function changeCase([value]: readonly TfValue[], call: Call, change: (s: string) => string): TfValue {
  if (value?.kind === 'unknown') {
    // Volumes compare without case, so the unknown base is kept: lower(var.p) is on var.p's volume.
    if (!value.text) return unknownOf(value.reason);
    return unknownOf(value.reason, { ...value.text, prefix: change(value.text.prefix), suffix: change(value.text.suffix) });
  }
  const text = textArgument(value, call, 'text');
  return typeof text === 'string' ? scalar(change(text)) : text;
}

function replace([value, search, replacement]: readonly TfValue[], call: Call): TfValue {
  const unknown = unknownArgument([value ?? NULL, search ?? NULL, replacement ?? NULL]);
  if (unknown) return unknown;
  const [s, from, to] = [textArgument(value, call, 'text'), textArgument(search, call, 'search text'), textArgument(replacement, call, 'replacement')];
  if (typeof s !== 'string') return s;
  if (typeof from !== 'string') return from;
  if (typeof to !== 'string') return to;
  // Terraform's regular expressions are RE2; JavaScript's differ and can take exponential time.
  if (from.length > 1 && from.startsWith('/') && from.endsWith('/')) {
    return unknownOf(`\`${quote(call)}\` replaces by a regular expression, which this reader does not evaluate`);
  }
  return scalar(from === '' ? s : s.split(from).join(to));
}

function trimprefix([value, prefix]: readonly TfValue[], call: Call): TfValue {
  const p = textArgument(prefix, call, 'prefix');
  if (typeof p !== 'string') return p;
  if (value?.kind === 'unknown') {
    const text = value.text;
    if (!text) return unknownOf(value.reason);
    if (text.prefix.startsWith(p)) return unknownOf(value.reason, { prefix: text.prefix.slice(p.length), suffix: text.suffix });
    // The known beginning already differs from the prefix: nothing is trimmed.
    if (!p.startsWith(text.prefix)) return value;
    return unknownOf(value.reason, { prefix: '', suffix: text.suffix });
  }
  const s = textArgument(value, call, 'text');
  if (typeof s !== 'string') return s;
  return scalar(s.startsWith(p) ? s.slice(p.length) : s);
}

function trimsuffix([value, suffix]: readonly TfValue[], call: Call): TfValue {
  const x = textArgument(suffix, call, 'suffix');
  if (typeof x !== 'string') return x;
  if (value?.kind === 'unknown') {
    const text = value.text;
    if (!text) return unknownOf(value.reason);
    if (x === '') return value;
    if (text.suffix.endsWith(x)) return unknownOf(value.reason, { ...text, suffix: text.suffix.slice(0, text.suffix.length - x.length) });
    if (!x.endsWith(text.suffix)) return value;
    return unknownOf(value.reason, { ...text, suffix: '' });
  }
  const s = textArgument(value, call, 'text');
  if (typeof s !== 'string') return s;
  return scalar(x !== '' && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
}

/** User-perceived characters, as Terraform counts them. */
function characters(text: string): string[] {
  return Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
}

function trimspace([value]: readonly TfValue[], call: Call): TfValue {
  const s = textArgument(value, call, 'text');
  if (typeof s !== 'string') return s.kind === 'unknown' ? unknownOf(s.reason) : s;
  return scalar(s.trim());
}

const VERB = /%([-+# 0]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g;

/** `format` with the verbs configurations use: %s %d %v %q %t %f and %%. */
function format([spec, ...args]: readonly TfValue[], call: Call): TfValue {
  const fmt = textArgument(spec, call, 'format string');
  if (typeof fmt !== 'string') return fmt.kind === 'unknown' ? unknownOf(fmt.reason) : fmt;
  const pieces: TfValue[] = [];
  let next = 0;
  let last = 0;
  for (const match of fmt.matchAll(VERB)) {
    pieces.push(scalar(fmt.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, flags = '', width, precision, verb] = match;
    if (verb === '%') {
      pieces.push(scalar('%'));
      continue;
    }
    if (Number(width ?? 0) > MAX_FORMAT_WIDTH || Number(precision ?? 0) > MAX_FORMAT_WIDTH) {
      return invalid(`\`${quote(call)}\`: a width or precision over ${MAX_FORMAT_WIDTH}`);
    }
    const arg = args[next++];
    if (!arg) return invalid(`\`${quote(call)}\`: the format string has more verbs than arguments`);
    const piece = arg.kind === 'unknown' ? arg : formatOne(verb ?? '', arg, precision, call);
    if (piece.kind === 'unknown' && piece.error) return piece;
    pieces.push(pad(piece, flags, width));
  }
  pieces.push(scalar(fmt.slice(last)));
  return concatText(pieces);
}

function formatOne(verb: string, arg: TfValue, precision: string | undefined, call: Call): TfValue {
  const wrong = () => invalid(`\`${quote(call)}\`: %${verb} cannot format a ${typeName(arg)}`);
  switch (verb) {
    case 's':
    case 'v': {
      if (arg.kind !== 'scalar') return verb === 'v' ? scalar(JSON.stringify(plainOf(arg))) : wrong();
      return arg.value === null ? wrong() : scalar(String(arg.value));
    }
    case 'd': {
      const n = toNumber(arg);
      return n === undefined || !Number.isInteger(n) ? wrong() : scalar(String(n));
    }
    case 'f': {
      const n = toNumber(arg);
      return n === undefined ? wrong() : scalar(n.toFixed(precision === undefined ? 6 : Number(precision)));
    }
    case 't': {
      const b = toBool(arg);
      return b === undefined ? wrong() : scalar(String(b));
    }
    case 'q': {
      const s = asText(arg);
      return s === undefined ? wrong() : scalar(JSON.stringify(s));
    }
    default:
      return unknownOf(`\`${quote(call)}\` uses the verb %${verb}, which this reader does not evaluate`);
  }
}

function pad(piece: TfValue, flags: string, width: string | undefined): TfValue {
  if (width === undefined || piece.kind !== 'scalar') return piece;
  const text = String(piece.value);
  const w = Number(width);
  if (text.length >= w) return piece;
  const fill = (flags.includes('0') && !flags.includes('-') ? '0' : ' ').repeat(w - text.length);
  return scalar(flags.includes('-') ? text + fill : fill + text);
}

function plainOf(value: TfValue): unknown {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(plainOf);
    case 'map':
      return Object.fromEntries(sortedEntries(value).map(([k, v]) => [k, plainOf(v)]));
    case 'unknown':
      return null;
  }
}

function join([separator, ...lists]: readonly TfValue[], call: Call): TfValue {
  const sep = textArgument(separator, call, 'separator');
  if (typeof sep !== 'string') return sep.kind === 'unknown' ? unknownOf(sep.reason) : sep;
  const pieces: TfValue[] = [];
  for (const l of lists) {
    if (l.kind === 'unknown') return unknownOf(l.reason);
    if (l.kind !== 'list') return invalid(`\`${quote(call)}\`: join() takes lists, not a ${typeName(l)}`);
    for (const item of l.items) {
      if (pieces.length > 0) pieces.push(scalar(sep));
      if (item.kind === 'list' || item.kind === 'map' || (item.kind === 'scalar' && item.value === null)) {
        return invalid(`\`${quote(call)}\`: join() needs text elements, not a ${typeName(item)}`);
      }
      pieces.push(item);
    }
  }
  return concatText(pieces);
}

function split([separator, value]: readonly TfValue[], call: Call): TfValue {
  const unknown = unknownArgument([separator ?? NULL, value ?? NULL]);
  if (unknown) return unknown;
  const sep = textArgument(separator, call, 'separator');
  const s = textArgument(value, call, 'text');
  if (typeof sep !== 'string') return sep;
  if (typeof s !== 'string') return s;
  if (sep === '') return list(characters(s).map((c) => scalar(c)));
  return list(s.split(sep).map((part) => scalar(part)));
}

function elementFunction([collection, index]: readonly TfValue[], call: Call): TfValue {
  const unknown = unknownArgument([collection ?? NULL, index ?? NULL]);
  if (unknown) return unknown;
  if (collection?.kind !== 'list') return invalid(`\`${quote(call)}\`: element() takes a list`);
  const i = index ? toNumber(index) : undefined;
  if (i === undefined || !Number.isInteger(i) || i < 0) return invalid(`\`${quote(call)}\`: the index of element() must be a whole number`);
  if (collection.items.length === 0) return invalid(`\`${quote(call)}\`: element() of an empty list`);
  // element() wraps around, unlike an index.
  return collection.items[i % collection.items.length] ?? NULL;
}

function concat(args: readonly TfValue[], call: Call): TfValue {
  const unknown = unknownArgument(args);
  if (unknown) return unknown;
  const items: TfValue[] = [];
  for (const arg of args) {
    if (arg.kind !== 'list') return invalid(`\`${quote(call)}\`: concat() takes lists, not a ${typeName(arg)}`);
    for (const item of arg.items) items.push(item);
  }
  return list(items);
}

function flatten([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind !== 'list') return invalid(`\`${quote(call)}\`: flatten() takes a list`);
  const out: TfValue[] = [];
  const visit = (items: readonly TfValue[]): TfUnknown | undefined => {
    for (const item of items) {
      // An unknown element may itself be a list, so the length of the result is unknown.
      if (item.kind === 'unknown') return item;
      if (item.kind === 'list') {
        const inner = visit(item.items);
        if (inner) return inner;
      } else out.push(item);
    }
    return undefined;
  };
  const unknown = visit(value.items);
  return unknown ? unknownOf(unknown.reason) : list(out);
}

function tomap([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  return value?.kind === 'map' ? map(value.entries, value.computed) : invalid(`\`${quote(call)}\`: tomap() takes a map or an object`);
}

function toset([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind !== 'list') return invalid(`\`${quote(call)}\`: toset() takes a list or a set`);
  return toSetValue(value.items, call);
}

/** A set of the items: duplicates removed, primitives as text in lexical order as Terraform orders sets of strings. */
export function toSetValue(items: readonly TfValue[], at: Expr | string): TfValue {
  const unknown = items.find((i): i is TfUnknown => i.kind === 'unknown');
  // Until every element is known, neither the elements nor their number are.
  if (unknown) return unknownOf(`an element of the set is unknown (${unknown.reason})`);
  if (items.every((i) => i.kind === 'scalar')) {
    const plain = items.map((i) => (i as { value: string | number | boolean | null }).value);
    if (plain.includes(null)) return invalid(`${typeof at === 'string' ? at : `\`${quote(at)}\``}: a set cannot hold null`);
    // Elements of one type keep it; mixed ones become text, as Terraform unifies them.
    const sameType = plain.every((v) => typeof v === typeof plain[0]);
    const unique = [...new Set(sameType ? plain : plain.map(String))];
    const ordered = typeof unique[0] === 'number' ? (unique as number[]).sort((a, b) => a - b) : unique.sort((a, b) => (String(a) < String(b) ? -1 : 1));
    return list(
      ordered.map((v) => scalar(v)),
      true,
    );
  }
  const unique: TfValue[] = [];
  for (const item of items) if (!unique.some((u) => equalValues(u, item) === true)) unique.push(item);
  return list(unique, true);
}

function tolist([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  return value?.kind === 'list' ? list(value.items) : invalid(`\`${quote(call)}\`: tolist() takes a list or a set`);
}

function tostring([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return value;
  if (value?.kind === 'scalar') return value.value === null ? NULL : scalar(String(value.value));
  return invalid(`\`${quote(call)}\`: tostring() takes a primitive value`);
}

function tonumber([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind === 'scalar' && value.value === null) return NULL;
  const n = value ? toNumber(value) : undefined;
  return n === undefined ? invalid(`\`${quote(call)}\`: tonumber() cannot convert it`) : scalar(n);
}

function tobool([value]: readonly TfValue[], call: Call): TfValue {
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind === 'scalar' && value.value === null) return NULL;
  const b = value ? toBool(value) : undefined;
  return b === undefined ? invalid(`\`${quote(call)}\`: tobool() cannot convert it`) : scalar(b);
}

function range(args: readonly TfValue[], call: Call): TfValue {
  const unknown = unknownArgument(args);
  if (unknown) return unknown;
  const numbers = args.map(toNumber).filter((n) => n !== undefined);
  if (numbers.length !== args.length || numbers.length === 0 || numbers.length > 3) return invalid(`\`${quote(call)}\`: range() takes one to three numbers`);
  const [first = 0, second, third] = numbers;
  const [start, limit] = second === undefined ? [0, first] : [first, second];
  const step = third ?? (start <= limit ? 1 : -1);
  if (step === 0 || (step > 0 && start > limit) || (step < 0 && start < limit)) {
    return start === limit ? list([]) : invalid(`\`${quote(call)}\`: range() cannot reach ${limit} from ${start} in steps of ${step}`);
  }
  const items: TfValue[] = [];
  for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
    if (items.length >= MAX_RANGE) return invalid(`\`${quote(call)}\`: range() gives more than ${MAX_RANGE} values, which Terraform refuses`);
    items.push(scalar(n));
  }
  return list(items);
}

function keys([given]: readonly TfValue[], call: Call): TfValue {
  const value = given && complete(given);
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind !== 'map') return invalid(`\`${quote(call)}\`: keys() takes a map or an object`);
  return list(sortedEntries(value).map(([k]) => scalar(k)));
}

function values([given]: readonly TfValue[], call: Call): TfValue {
  const value = given && complete(given);
  if (value?.kind === 'unknown') return unknownOf(value.reason);
  if (value?.kind !== 'map') return invalid(`\`${quote(call)}\`: values() takes a map or an object`);
  return list(sortedEntries(value).map(([, v]) => v));
}

function contains([collection, wanted]: readonly TfValue[], call: Call): TfValue {
  if (collection?.kind === 'unknown') return unknownOf(collection.reason);
  if (collection?.kind !== 'list' || !wanted) return invalid(`\`${quote(call)}\`: contains() takes a list and a value`);
  let unsure: TfUnknown | undefined;
  for (const item of collection.items) {
    const equal = equalValues(item, wanted);
    if (equal === true) return scalar(true);
    if (equal === undefined) unsure ??= (item.kind === 'unknown' ? item : wanted) as TfUnknown;
  }
  return unsure ? unknownOf(unsure.reason) : scalar(false);
}
