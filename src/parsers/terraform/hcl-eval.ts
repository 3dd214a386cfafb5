/**
 * Evaluates `.tf` expressions as far as the configuration alone allows, the way Terraform would:
 * literals, templates, collections, `var.`, `local.`, `each.`, `count.`, references to resources of
 * the same module, operators, conditionals, `for` expressions, splats and the functions in
 * functions.ts. What only `terraform plan` or apply can know stays unknown, with a reason that
 * names the exact sub-expression, and partly known text keeps what is known of it (values.ts).
 */
import type { PartialText } from '../../core/source.js';
import { callFunction } from './functions.js';
import type { BinaryOperator, Expr, TraversalStep } from './hcl-syntax.js';
import {
  asText,
  complete,
  equalValues,
  firstUnknown,
  invalid,
  list,
  map,
  scalar,
  sortedEntries,
  typeName,
  unknownOf,
  type TfMap,
  type TfUnknown,
  type TfValue,
} from './values.js';

export interface Scope {
  variable(name: string): TfValue;
  local(name: string): TfValue;
  /** `<type>.<name>` declared in the same module instance; undefined when it is not declared there. */
  resource(type: string, name: string): TfValue | undefined;
  /** `module.<name>`: the outputs of a module call, when they can be evaluated. */
  module(name: string): TfValue | undefined;
  /** `each.key` and `each.value` inside a block with `for_each`. */
  readonly each?: { readonly key: TfValue; readonly value: TfValue };
  /** `count.index` inside a block with `count`. */
  readonly count?: TfValue;
  /** Names bound by enclosing `for` expressions and `dynamic` block iterators. */
  readonly names?: ReadonlyMap<string, TfValue>;
  /** Identifies the module instance, so that unknowns of different instances never look alike. */
  readonly context: string;
  readonly budget: Budget;
}

/** Thrown when an expression takes more work than any real configuration does (`range` in nested `for`s). */
export class EvaluationLimit extends Error {}

/** Bounds the work of one configuration, so that a hostile expression cannot stall the gate. */
export class Budget {
  private left: number;
  constructor(readonly steps: number) {
    this.left = steps;
  }
  spend(n = 1): void {
    this.left -= n;
    if (this.left < 0) throw new EvaluationLimit(`evaluating this configuration takes more than ${this.steps} steps`);
  }
}

/** The expression as a reader would quote it: one line, at most 80 characters. */
export function quote(expr: Expr): string {
  const raw = expr.source.slice(expr.start, expr.end).replace(/\s+/g, ' ').trim();
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}

export function evaluate(expr: Expr, scope: Scope): TfValue {
  scope.budget.spend();
  switch (expr.kind) {
    case 'literal':
      return scalar(expr.value);
    case 'template':
      return template(expr, scope);
    case 'tuple':
      return list(expr.items.map((item) => evaluate(item, scope)));
    case 'object':
      return objectValue(expr, scope);
    case 'traversal':
      return traversal(expr, scope);
    case 'postfix':
      return navigate(evaluate(expr.base, scope), expr.steps, quote(expr), scope);
    case 'call':
      return callFunction(expr, scope);
    case 'conditional':
      return conditional(expr, scope);
    case 'unary':
      return unary(expr, scope);
    case 'binary':
      return binary(expr, scope);
    case 'for':
      return forExpression(expr, scope);
    case 'computed':
      return unknownOf(`\`${quote(expr)}\` is ${expr.what}; only terraform plan evaluates it`);
  }
}

/** Object keys written as bare words (`VSS = true`) are strings, not variable references. */
export function objectKey(key: Expr, scope: Scope): TfValue {
  if (key.kind === 'traversal' && key.steps.length === 0) return scalar(key.root);
  const v = evaluate(key, scope);
  if (v.kind === 'unknown') return v;
  const text = asText(v);
  return text === undefined ? invalid(`\`${quote(key)}\` is not a valid object key (${typeName(v)})`) : scalar(text);
}

function objectValue(expr: Extract<Expr, { kind: 'object' }>, scope: Scope): TfValue {
  const entries = new Map<string, TfValue>();
  for (const elem of expr.elems) {
    const key = objectKey(elem.key, scope);
    // An unknown key hides which attributes the object has.
    if (key.kind === 'unknown') return unknownOf(key.reason);
    entries.set(asText(key) ?? '', evaluate(elem.value, scope));
  }
  return map(entries);
}

function template(expr: Extract<Expr, { kind: 'template' }>, scope: Scope): TfValue {
  if (expr.directive) return unknownOf(`\`${quote(expr)}\` uses a template directive (%{…}); only terraform plan evaluates it`);
  const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
  // "${x}" alone yields x itself, unconverted (HCL template semantics).
  if (only && 'expr' in only) return evaluate(only.expr, scope);
  const pieces: TfValue[] = [];
  for (const part of expr.parts) {
    if ('literal' in part) {
      pieces.push(scalar(part.literal));
      continue;
    }
    const v = evaluate(part.expr, scope);
    if (v.kind === 'list' || v.kind === 'map' || (v.kind === 'scalar' && v.value === null)) {
      return invalid(`\`${quote(part.expr)}\` is ${v.kind === 'scalar' ? 'null' : `a ${typeName(v)}`}, not text, so \`${quote(expr)}\` cannot be built`);
    }
    pieces.push(v);
  }
  return concatText(pieces);
}

/**
 * Joins text pieces, some possibly unknown: known when all are, else an unknown that keeps the
 * known beginning and end, and the unknown expression it starts with.
 */
export function concatText(pieces: readonly TfValue[]): TfValue {
  let prefix = '';
  let suffix = '';
  let first: TfUnknown | undefined;
  let base: PartialText['base'];
  for (const piece of pieces) {
    if (piece.kind === 'unknown') {
      if (!first) {
        first = piece;
        if (piece.text) {
          if (prefix === '' && piece.text.prefix === '') base = piece.text.base;
          prefix += piece.text.prefix;
        }
      }
      suffix = piece.text?.suffix ?? '';
      continue;
    }
    const text = asText(piece) ?? '';
    if (first) suffix += text;
    else prefix += text;
  }
  if (!first) return scalar(prefix);
  const text: PartialText = base ? { prefix, base, suffix } : { prefix, suffix };
  return unknownOf(first.reason, text);
}

function traversal(expr: Extract<Expr, { kind: 'traversal' }>, scope: Scope): TfValue {
  const text = quote(expr);
  const [first, ...rest] = expr.steps;
  const bound = scope.names?.get(expr.root);
  if (bound) return navigate(bound, expr.steps, text, scope);
  const attribute = first && 'attr' in first ? first.attr : undefined;
  switch (expr.root) {
    case 'var':
    case 'local':
      if (attribute === undefined) return invalid(`\`${text}\` is not a valid reference`);
      return navigate(expr.root === 'var' ? scope.variable(attribute) : scope.local(attribute), rest, text, scope);
    case 'each':
      if (!scope.each) return invalid(`\`${text}\` is used outside a block with for_each`);
      if (attribute === 'key') return navigate(scope.each.key, rest, text, scope);
      if (attribute === 'value') return navigate(scope.each.value, rest, text, scope);
      return invalid(`\`${text}\`: each has only key and value`);
    case 'count':
      if (!scope.count) return invalid(`\`${text}\` is used outside a block with count`);
      if (attribute === 'index') return navigate(scope.count, rest, text, scope);
      return invalid(`\`${text}\`: count has only index`);
    case 'module': {
      const outputs = attribute === undefined ? undefined : scope.module(attribute);
      if (outputs) return navigate(outputs, rest, text, scope);
      return unknownOf(`\`${text}\` is an output of a module call that is not evaluated here`);
    }
    case 'data':
      return unknownOf(`\`${text}\` is read from a data source when Terraform runs`);
    case 'path':
    case 'terraform':
    case 'self':
      return unknownOf(`\`${text}\` is known only when Terraform runs`);
    case 'resource': {
      // Terraform 1.x accepts `resource.<type>.<name>` for any resource type.
      const [nameStep, ...after] = rest;
      if (attribute === undefined || !nameStep || !('attr' in nameStep)) return invalid(`\`${text}\` is not a valid resource reference`);
      return resourceReference(attribute, nameStep.attr, after, text, scope);
    }
    default:
      if (attribute === undefined) return invalid(`\`${text}\` is not a valid reference`);
      return resourceReference(expr.root, attribute, rest, text, scope);
  }
}

function resourceReference(type: string, name: string, steps: readonly TraversalStep[], text: string, scope: Scope): TfValue {
  const value = scope.resource(type, name);
  if (value) return navigate(value, steps, text, scope);
  return unknownOf(`\`${text}\` refers to a resource that is not declared in this module; known after apply`);
}

/** Follows `.attr`, `[index]` and splats into a value; unknown bases keep their identity (`var.p.dir`). */
export function navigate(base: TfValue, steps: readonly TraversalStep[], text: string, scope: Scope): TfValue {
  let current = base;
  for (const [i, step] of steps.entries()) {
    if ('splat' in step) return splat(current, step.splat, steps.slice(i + 1), text, scope);
    let key: TfValue;
    let keyText: string;
    if ('attr' in step) {
      key = scalar(step.attr);
      keyText = `.${step.attr}`;
    } else {
      key = evaluate(step.index, scope);
      keyText = `[${quote(step.index)}]`;
    }
    current = element(current, key, keyText, text);
  }
  return current;
}

function element(value: TfValue, key: TfValue, keyText: string, text: string): TfValue {
  if (value.kind === 'unknown') {
    const base = value.text?.base;
    // Only a whole unknown (no known text around it) stands for an object whose parts are unknown alike.
    if (base && value.text.prefix === '' && value.text.suffix === '' && key.kind === 'scalar') {
      return unknownOf(value.reason, { prefix: '', base: { key: `${base.key}${keyText}`, text: `${base.text}${keyText}` }, suffix: '' });
    }
    return value.error ? value : unknownOf(value.reason);
  }
  if (key.kind === 'unknown') return unknownOf(key.reason);
  if (value.kind === 'list') {
    const index = key.kind === 'scalar' ? Number(key.value) : NaN;
    if (value.set) return invalid(`\`${text}\`: elements of a set cannot be picked by index`);
    if (!Number.isInteger(index)) return invalid(`\`${text}\`: a list index must be a whole number`);
    return value.items[index] ?? invalid(`\`${text}\`: the list has ${value.items.length} elements, none at index ${index}`);
  }
  if (value.kind === 'map') {
    const name = asText(key);
    if (name === undefined) return invalid(`\`${text}\`: a map key must be text`);
    const found = value.entries.get(name);
    if (found) return found;
    if (value.computed !== undefined) return unknownOf(`\`${text}\` ${value.computed}`);
    return invalid(`\`${text}\`: the value has no attribute or key ${JSON.stringify(name)}`);
  }
  if (value.value === null) return invalid(`\`${text}\`: the value is null`);
  return invalid(`\`${text}\`: a ${typeName(value)} has no attributes or elements`);
}

function splat(value: TfValue, each: readonly TraversalStep[], after: readonly TraversalStep[], text: string, scope: Scope): TfValue {
  if (value.kind === 'unknown') return unknownOf(value.reason);
  // A splat over a single value treats it as a one-element list, and over null as an empty one.
  const items = value.kind === 'list' ? value.items : value.kind === 'scalar' && value.value === null ? [] : [value];
  const result = list(items.map((item) => navigate(item, each, text, scope)));
  return navigate(result, after, text, scope);
}

function conditional(expr: Extract<Expr, { kind: 'conditional' }>, scope: Scope): TfValue {
  const condition = evaluate(expr.condition, scope);
  if (condition.kind === 'unknown') return unknownOf(`the condition \`${quote(expr.condition)}\` is unknown (${condition.reason})`);
  const truth = toBool(condition);
  if (truth === undefined) return invalid(`the condition \`${quote(expr.condition)}\` is not true or false`);
  return evaluate(truth ? expr.whenTrue : expr.whenFalse, scope);
}

export function toBool(value: TfValue): boolean | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (typeof value.value === 'boolean') return value.value;
  if (value.value === 'true') return true;
  if (value.value === 'false') return false;
  return undefined;
}

export function toNumber(value: TfValue): number | undefined {
  if (value.kind !== 'scalar') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && /^\s*-?\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(value.value)) return Number(value.value);
  return undefined;
}

function unary(expr: Extract<Expr, { kind: 'unary' }>, scope: Scope): TfValue {
  const operand = evaluate(expr.operand, scope);
  if (operand.kind === 'unknown') return unknownOf(operand.reason);
  if (expr.operator === '!') {
    const b = toBool(operand);
    return b === undefined ? invalid(`\`${quote(expr)}\`: ! needs true or false`) : scalar(!b);
  }
  const n = toNumber(operand);
  return n === undefined ? invalid(`\`${quote(expr)}\`: - needs a number`) : scalar(-n);
}

function binary(expr: Extract<Expr, { kind: 'binary' }>, scope: Scope): TfValue {
  const left = evaluate(expr.left, scope);
  // `&&` and `||` need both sides in Terraform, but a known side can already decide the answer.
  if (expr.operator === '&&' || expr.operator === '||') return logical(expr.operator, left, evaluate(expr.right, scope), expr);
  const right = evaluate(expr.right, scope);
  if (expr.operator === '==' || expr.operator === '!=') {
    const equal = equalValues(left, right);
    const unknown = firstUnknown(left) ?? firstUnknown(right);
    if (equal === undefined) return unknownOf(unknown?.reason ?? `\`${quote(expr)}\` cannot be compared`);
    return scalar(expr.operator === '==' ? equal : !equal);
  }
  if (left.kind === 'unknown') return unknownOf(left.reason);
  if (right.kind === 'unknown') return unknownOf(right.reason);
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === undefined || b === undefined) return invalid(`\`${quote(expr)}\`: ${expr.operator} needs numbers`);
  return scalar(arithmetic(expr.operator, a, b));
}

function logical(operator: '&&' | '||', left: TfValue, right: TfValue, expr: Expr): TfValue {
  const a = left.kind === 'unknown' ? undefined : toBool(left);
  const b = right.kind === 'unknown' ? undefined : toBool(right);
  if ((left.kind !== 'unknown' && a === undefined) || (right.kind !== 'unknown' && b === undefined)) {
    return invalid(`\`${quote(expr)}\`: ${operator} needs true or false`);
  }
  if (operator === '&&' && (a === false || b === false)) return scalar(false);
  if (operator === '||' && (a === true || b === true)) return scalar(true);
  if (a === undefined || b === undefined) return unknownOf(((left.kind === 'unknown' ? left : right) as TfUnknown).reason);
  return scalar(operator === '&&' ? a && b : a || b);
}

function arithmetic(operator: Exclude<BinaryOperator, '&&' | '||' | '==' | '!='>, a: number, b: number): number | boolean {
  switch (operator) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
  }
}

function forExpression(expr: Extract<Expr, { kind: 'for' }>, scope: Scope): TfValue {
  const collection = complete(evaluate(expr.collection, scope));
  if (collection.kind === 'unknown') return unknownOf(`\`${quote(expr.collection)}\` is unknown (${collection.reason})`);
  if (collection.kind === 'scalar') return invalid(`\`${quote(expr.collection)}\` is a ${typeName(collection)}, not a collection to iterate`);
  const pairs: [TfValue, TfValue][] =
    collection.kind === 'list'
      ? collection.items.map((item, i) => [collection.set ? item : scalar(i), item])
      : sortedEntries(collection).map(([k, v]) => [scalar(k), v]);
  scope.budget.spend(pairs.length);
  const items: TfValue[] = [];
  const entries = new Map<string, TfValue>();
  const groups = new Map<string, TfValue[]>();
  for (const [key, value] of pairs) {
    const names = new Map(scope.names);
    if (expr.keyName !== undefined) names.set(expr.keyName, key);
    names.set(expr.valueName, value);
    const inner: Scope = { ...scope, names };
    if (expr.condition) {
      const keep = evaluate(expr.condition, inner);
      if (keep.kind === 'unknown') return unknownOf(`the condition \`${quote(expr.condition)}\` is unknown (${keep.reason})`);
      const b = toBool(keep);
      if (b === undefined) return invalid(`the condition \`${quote(expr.condition)}\` is not true or false`);
      if (!b) continue;
    }
    if (!expr.key) {
      items.push(evaluate(expr.value, inner));
      continue;
    }
    const k = evaluate(expr.key, inner);
    if (k.kind === 'unknown') return unknownOf(`the key \`${quote(expr.key)}\` is unknown (${k.reason})`);
    const name = asText(k);
    if (name === undefined) return invalid(`the key \`${quote(expr.key)}\` is not text`);
    const v = evaluate(expr.value, inner);
    if (expr.grouping) groups.set(name, [...(groups.get(name) ?? []), v]);
    else if (entries.has(name)) return invalid(`\`${quote(expr)}\` produces the key ${JSON.stringify(name)} twice; Terraform needs "..." to group them`);
    else entries.set(name, v);
  }
  if (!expr.key) return list(items);
  if (expr.grouping) return map(new Map([...groups].map(([k, v]) => [k, list(v)])));
  return map(entries);
}

/** A resource or module output object whose attributes not written in the configuration are known after apply. */
export function computedObject(entries: ReadonlyMap<string, TfValue>, what: string): TfMap {
  return map(entries, `is not set in the configuration of ${what}; known after apply`);
}
