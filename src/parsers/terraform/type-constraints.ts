/**
 * Variable type constraints (`type = map(object({ path = string, state = optional(string, "Off") }))`)
 * and the conversion Terraform applies to every value a variable receives: primitives converted,
 * lists turned into sets, attributes an object type does not declare dropped, and `optional()`
 * attributes that are missing or null given their default.
 */
import type { Expr } from './hcl-syntax.js';
import { toBool, toNumber } from './hcl-eval.js';
import { toSetValue } from './functions.js';
import { asText, convertedScalar, invalid, list, map, NULL, typeName, unknownOf, type TfValue } from './values.js';

export type TypeConstraint =
  | { readonly kind: 'any' }
  | { readonly kind: 'string' | 'number' | 'bool' }
  | { readonly kind: 'list' | 'set' | 'map'; readonly element: TypeConstraint }
  | { readonly kind: 'tuple'; readonly elements: readonly TypeConstraint[] }
  | { readonly kind: 'object'; readonly attributes: ReadonlyMap<string, ObjectAttribute> };

export interface ObjectAttribute {
  readonly type: TypeConstraint;
  readonly optional: boolean;
  /** The default of `optional(type, default)`, as written; evaluated without variables. */
  readonly fallback?: Expr;
}

const ANY: TypeConstraint = { kind: 'any' };

/** Reads a type expression; anything unrecognised is `any`, which converts nothing. */
export function readTypeConstraint(expr: Expr): TypeConstraint {
  if (expr.kind === 'traversal' && expr.steps.length === 0) {
    return expr.root === 'string' || expr.root === 'number' || expr.root === 'bool' ? { kind: expr.root } : ANY;
  }
  if (expr.kind !== 'call') return ANY;
  const [first] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: first ? readTypeConstraint(first) : ANY };
    case 'tuple':
      return first?.kind === 'tuple' ? { kind: 'tuple', elements: first.items.map(readTypeConstraint) } : ANY;
    case 'object': {
      if (first?.kind !== 'object') return ANY;
      const attributes = new Map<string, ObjectAttribute>();
      for (const elem of first.elems) {
        const name =
          elem.key.kind === 'traversal' && elem.key.steps.length === 0 ? elem.key.root : elem.key.kind === 'literal' ? String(elem.key.value) : undefined;
        if (name === undefined) continue;
        const v = elem.value;
        if (v.kind === 'call' && v.name === 'optional') {
          const [type, fallback] = v.args;
          attributes.set(name, { type: type ? readTypeConstraint(type) : ANY, optional: true, ...(fallback ? { fallback } : {}) });
        } else attributes.set(name, { type: readTypeConstraint(v), optional: false });
      }
      return { kind: 'object', attributes };
    }
    default:
      return ANY;
  }
}

/** Evaluates an `optional()` default; defaults are constants in Terraform. */
export type ConstantEvaluator = (expr: Expr) => TfValue;

/** Converts a value to a type constraint as Terraform does when a variable receives it. */
export function convert(value: TfValue, type: TypeConstraint, constant: ConstantEvaluator, what: string): TfValue {
  if (value.kind === 'unknown' || type.kind === 'any') return value;
  if (value.kind === 'scalar' && value.value === null) return value;
  switch (type.kind) {
    case 'string': {
      const text = asText(value);
      return text === undefined ? invalid(`${what} must be text, not a ${typeName(value)}`) : convertedScalar(text, value);
    }
    case 'number': {
      const n = toNumber(value);
      return n === undefined
        ? invalid(`${what} must be a number, not ${JSON.stringify(value.kind === 'scalar' ? value.value : typeName(value))}`)
        : convertedScalar(n, value);
    }
    case 'bool': {
      const b = toBool(value);
      return b === undefined ? invalid(`${what} must be true or false`) : convertedScalar(b, value);
    }
    case 'list':
    case 'set': {
      if (value.kind !== 'list') return invalid(`${what} must be a ${type.kind}, not a ${typeName(value)}`);
      const items = value.items.map((item, i) => convert(item, type.element, constant, `${what}[${i}]`));
      return type.kind === 'set' ? toSetValue(items, what) : list(items);
    }
    case 'tuple': {
      if (value.kind !== 'list') return invalid(`${what} must be a tuple, not a ${typeName(value)}`);
      return list(value.items.map((item, i) => convert(item, type.elements[i] ?? ANY, constant, `${what}[${i}]`)));
    }
    case 'map': {
      if (value.kind !== 'map') return invalid(`${what} must be a map, not a ${typeName(value)}`);
      return map(new Map([...value.entries].map(([k, v]) => [k, convert(v, type.element, constant, `${what}["${k}"]`)])), value.computed);
    }
    case 'object':
      return convertObject(value, type.attributes, constant, what);
  }
}

function convertObject(value: TfValue, attributes: ReadonlyMap<string, ObjectAttribute>, constant: ConstantEvaluator, what: string): TfValue {
  if (value.kind !== 'map') return invalid(`${what} must be an object, not a ${typeName(value)}`);
  const entries = new Map<string, TfValue>();
  for (const [name, attribute] of attributes) {
    const given = value.entries.get(name);
    const isNull = !given || (given.kind === 'scalar' && given.value === null);
    if (!isNull) {
      entries.set(name, convert(given, attribute.type, constant, `${what}.${name}`));
      continue;
    }
    // An attribute the value does not list may be among its keys not known yet: neither null nor the default.
    if (!given && value.computed !== undefined) {
      entries.set(name, unknownOf(`${what}.${name} ${value.computed}`));
      continue;
    }
    if (!attribute.optional) {
      entries.set(name, given ?? invalid(`${what} has no attribute "${name}", which its type requires`));
      continue;
    }
    const fallback = attribute.fallback ? convert(constant(attribute.fallback), attribute.type, constant, `${what}.${name}`) : NULL;
    entries.set(name, fallback);
  }
  return map(entries);
}
