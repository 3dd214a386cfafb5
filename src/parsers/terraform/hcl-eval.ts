/**
 * Evaluates `.tf` expressions as far as the text alone allows: literals, templates of literals,
 * `var.x` (default, `.tfvars`, or module argument) and `local.x`. Everything Terraform computes at plan
 * time (resource attributes, functions, `count.index`, `each.*`) is unknown, with the expression in
 * the reason, so a policy can say exactly what it could not evaluate.
 */
import type { Scalar } from './draft.js';
import type { Expr, TraversalStep } from './hcl-syntax.js';

export type HclValue = Scalar | readonly HclValue[] | { readonly [key: string]: HclValue };

export type Evaluated =
  | { readonly kind: 'known'; readonly value: HclValue }
  /** `suffix`: literal text a template is known to end with although part of it is unknown. */
  | { readonly kind: 'unknown'; readonly reason: string; readonly suffix?: string };

/** An object key; HCL turns number and bool keys into strings. */
export type ObjectKey = { readonly kind: 'known'; readonly value: string } | Extract<Evaluated, { kind: 'unknown' }>;

export interface Scope {
  variable(name: string): Evaluated;
  local(name: string): Evaluated;
  /** `hyperv_vhd.os.path` and the like; undefined for references this reader does not follow. */
  resource?(type: string, name: string, attribute: string): Evaluated | undefined;
  /** Iterator names of enclosing `dynamic` blocks with their current element, when known. */
  readonly iterators?: ReadonlyMap<string, Evaluated>;
}

export const known = (value: HclValue): Evaluated => ({ kind: 'known', value });
export const unknownValue = (reason: string, suffix?: string): Evaluated =>
  suffix === undefined ? { kind: 'unknown', reason } : { kind: 'unknown', reason, suffix };

/** The expression as a reader would quote it: one line, at most 80 characters. */
export function quote(expr: Expr): string {
  const raw = expr.source.slice(expr.start, expr.end).replace(/\s+/g, ' ').trim();
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}

export function evaluate(expr: Expr, scope: Scope): Evaluated {
  switch (expr.kind) {
    case 'literal':
      return known(expr.value);
    case 'template':
      return template(expr, scope);
    case 'tuple': {
      const items: HclValue[] = [];
      for (const item of expr.items) {
        const v = evaluate(item, scope);
        if (v.kind === 'unknown') return v;
        items.push(v.value);
      }
      return known(items);
    }
    case 'object': {
      const out: Record<string, HclValue> = {};
      for (const elem of expr.elems) {
        const key = objectKey(elem.key, scope);
        if (key.kind === 'unknown') return key;
        const v = evaluate(elem.value, scope);
        if (v.kind === 'unknown') return v;
        out[key.value] = v.value;
      }
      return known(out);
    }
    case 'traversal':
      return traversal(expr, scope);
    case 'computed':
      return unknownValue(`\`${quote(expr)}\` is ${expr.what}; only terraform plan evaluates it`);
  }
}

/** Object keys written as bare words (`VSS = true`) are strings, not variable references. */
export function objectKey(key: Expr, scope: Scope): ObjectKey {
  if (key.kind === 'traversal' && key.steps.length === 0) return { kind: 'known', value: key.root };
  const v = evaluate(key, scope);
  if (v.kind === 'known' && (typeof v.value === 'string' || typeof v.value === 'number' || typeof v.value === 'boolean'))
    return { kind: 'known', value: String(v.value) };
  return v.kind === 'unknown' ? v : { kind: 'unknown', reason: `\`${quote(key)}\` is not a valid object key` };
}

function template(expr: Extract<Expr, { kind: 'template' }>, scope: Scope): Evaluated {
  if (expr.directive) return unknownValue(`\`${quote(expr)}\` uses a template directive; only terraform plan evaluates it`);
  const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
  // "${x}" alone yields x itself, unconverted (HCL template semantics).
  if (only && 'expr' in only) return evaluate(only.expr, scope);
  let out = '';
  let firstUnknown: Evaluated | undefined;
  let suffix = '';
  for (const part of expr.parts) {
    if ('literal' in part) {
      out += part.literal;
      suffix += part.literal;
      continue;
    }
    const v = evaluate(part.expr, scope);
    if (v.kind === 'unknown') {
      firstUnknown ??= v;
      suffix = '';
      continue;
    }
    if (v.value === null || typeof v.value === 'object') {
      return unknownValue(`\`${quote(part.expr)}\` is not a string, so \`${quote(expr)}\` cannot be built`);
    }
    out += String(v.value);
    suffix += String(v.value);
  }
  if (firstUnknown?.kind === 'unknown') return unknownValue(firstUnknown.reason, suffix);
  return known(out);
}

function traversal(expr: Extract<Expr, { kind: 'traversal' }>, scope: Scope): Evaluated {
  const text = quote(expr);
  const [first, ...rest] = expr.steps;
  const iterator = scope.iterators?.get(expr.root);
  if (iterator) return navigate(iterator, expr.steps, text, scope);
  switch (expr.root) {
    case 'var':
    case 'local': {
      if (!first || !('attr' in first)) return unknownValue(`\`${text}\` is not a valid reference`);
      const base = expr.root === 'var' ? scope.variable(first.attr) : scope.local(first.attr);
      return navigate(base, rest, text, scope);
    }
    case 'count':
    case 'each':
      return unknownValue(`\`${text}\` differs per instance (${expr.root === 'count' ? 'count' : 'for_each'})`);
    case 'path':
    case 'terraform':
    case 'module':
    case 'data':
    case 'self':
      return unknownValue(`\`${text}\` is known only when Terraform runs`);
    default: {
      // `<resource type>.<name>[index].<attribute>`
      const attribute = [...rest].reverse().find((s): s is { attr: string } => 'attr' in s);
      if (first && 'attr' in first && attribute && scope.resource) {
        const v = scope.resource(expr.root, first.attr, attribute.attr);
        if (v) return v;
      }
      return unknownValue(`\`${text}\` refers to another resource; known after apply`);
    }
  }
}

function navigate(base: Evaluated, steps: readonly TraversalStep[], text: string, scope: Scope): Evaluated {
  let current = base;
  for (const step of steps) {
    if (current.kind === 'unknown') return current;
    const value = current.value;
    if ('splat' in step) return unknownValue(`\`${text}\` uses a splat expression; only terraform plan evaluates it`);
    let key: string | number;
    if ('attr' in step) key = step.attr;
    else {
      const index = evaluate(step.index, scope);
      if (index.kind === 'unknown') return index;
      if (typeof index.value !== 'string' && typeof index.value !== 'number') return unknownValue(`\`${text}\` has an index that is not a key`);
      key = index.value;
    }
    let next: HclValue | undefined;
    // Array.isArray narrows a readonly array to any[].
    if (Array.isArray(value) && typeof key === 'number') next = (value as readonly HclValue[])[key];
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) next = (value as Record<string, HclValue>)[String(key)];
    if (next === undefined) return unknownValue(`\`${text}\`: the value has no element ${JSON.stringify(key)}`);
    current = known(next);
  }
  return current;
}
