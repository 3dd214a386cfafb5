/**
 * Values as the `.tf` reader evaluates them: known scalars, collections whose elements may each be
 * known or not, and unknowns that say why. An unknown string may still be partly known (its leading
 * and trailing text, and the unknown expression it starts with): that is what lets a policy tell the
 * volume of `"D:\\VMs\\${each.key}.vhdx"` without knowing the key.
 */
import type { PartialText, SourceSpan } from '../../core/source.js';
import type { Scalar } from './draft.js';

export type TfValue = TfScalar | TfList | TfMap | TfUnknown;

export interface TfScalar {
  readonly kind: 'scalar';
  readonly value: Scalar;
  /**
   * Where a variable file wrote the value, when it came from one: a wrong value is reported at the
   * `.tfvars` line that sets it, not at the `var.…` reference that reads it.
   */
  readonly at?: SourceSpan;
}

/** Lists, tuples and sets; `set` marks values Terraform deduplicates (`toset`, `set(…)` variables). */
export interface TfList {
  readonly kind: 'list';
  readonly items: readonly TfValue[];
  readonly set: boolean;
}

/** Maps and objects. `computed`: why an attribute not listed is unknown (a resource's attributes after apply). */
export interface TfMap {
  readonly kind: 'map';
  readonly entries: ReadonlyMap<string, TfValue>;
  readonly computed?: string;
}

export interface TfUnknown {
  readonly kind: 'unknown';
  /** Why, naming the expression that is unknown, in words a user recognises. */
  readonly reason: string;
  /** For text: what is known of it. */
  readonly text?: PartialText;
  /** Terraform itself would reject the expression (a missing attribute, a wrong type): `try` moves on, `can` is false. */
  readonly error?: true;
}

export const NULL: TfScalar = { kind: 'scalar', value: null };

export const scalar = (value: Scalar): TfScalar => ({ kind: 'scalar', value });

/** A scalar converted from another (a variable's type) keeps the position a variable file gave it. */
export const convertedScalar = (value: Scalar, from: TfValue): TfScalar =>
  from.kind === 'scalar' && from.at ? { kind: 'scalar', value, at: from.at } : scalar(value);
export const list = (items: readonly TfValue[], set = false): TfList => ({ kind: 'list', items, set });
export const map = (entries: ReadonlyMap<string, TfValue>, computed?: string): TfMap =>
  computed === undefined ? { kind: 'map', entries } : { kind: 'map', entries, computed };

export function unknownOf(reason: string, text?: PartialText): TfUnknown {
  return text === undefined ? { kind: 'unknown', reason } : { kind: 'unknown', reason, text };
}

/** An expression Terraform would reject; evaluation goes on with an unknown that says so. */
export function invalid(reason: string): TfUnknown {
  return { kind: 'unknown', reason, error: true };
}

/** An unknown that stands for one expression: values built on it share its volume. */
export function unknownExpression(reason: string, key: string, text: string): TfUnknown {
  return { kind: 'unknown', reason, text: { prefix: '', base: { key, text }, suffix: '' } };
}

/**
 * The value as a whole collection: a map whose other keys are not known (`computed`: a resource's
 * attributes after apply, a `merge` with an unknown argument) cannot be iterated, counted or converted
 * as if the keys it lists were all, so it is unknown, saying why.
 */
export function complete(value: TfValue): TfValue {
  return value.kind === 'map' && value.computed !== undefined ? unknownOf(`not all of its keys are known: any other key ${value.computed}`) : value;
}

/** From a plain JSON-like value (`.tfvars.json`, defaults in `.tf.json`). */
export function fromPlain(value: unknown): TfValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return scalar(value);
  if (Array.isArray(value)) return list(value.map(fromPlain));
  if (typeof value === 'object') return map(new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromPlain(v)])));
  return NULL;
}

/** The first unknown anywhere inside a value, or undefined when it is wholly known. */
export function firstUnknown(value: TfValue): TfUnknown | undefined {
  switch (value.kind) {
    case 'scalar':
      return undefined;
    case 'unknown':
      return value;
    case 'list':
      for (const item of value.items) {
        const u = firstUnknown(item);
        if (u) return u;
      }
      return undefined;
    case 'map':
      for (const item of value.entries.values()) {
        const u = firstUnknown(item);
        if (u) return u;
      }
      return undefined;
  }
}

/** Map entries in the order Terraform iterates them: lexical order of the keys. */
export function sortedEntries(value: TfMap): [string, TfValue][] {
  return [...value.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Terraform's string conversion of a primitive; undefined for null and collections. */
export function asText(value: TfValue): string | undefined {
  if (value.kind !== 'scalar' || value.value === null) return undefined;
  return String(value.value);
}

export function typeName(value: TfValue): string {
  switch (value.kind) {
    case 'scalar':
      return value.value === null ? 'null' : typeof value.value;
    case 'list':
      return value.set ? 'set' : 'list';
    case 'map':
      return 'object';
    case 'unknown':
      return 'unknown value';
  }
}

/** Equality as Terraform's `==`: same type and value, collections element by element. */
export function equalValues(a: TfValue, b: TfValue): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.value === b.value;
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.items.length !== b.items.length) return false;
    let result: boolean | undefined = true;
    for (const [i, item] of a.items.entries()) {
      const other = b.items[i];
      const e = other ? equalValues(item, other) : false;
      if (e === false) return false;
      if (e === undefined) result = undefined;
    }
    return result;
  }
  if (a.kind === 'map' && b.kind === 'map') {
    if (a.computed !== undefined || b.computed !== undefined) return undefined;
    if (a.entries.size !== b.entries.size) return false;
    let result: boolean | undefined = true;
    for (const [key, item] of a.entries) {
      const other = b.entries.get(key);
      if (!other) return false;
      const e = equalValues(item, other);
      if (e === false) return false;
      if (e === undefined) result = undefined;
    }
    return result;
  }
  return false;
}
