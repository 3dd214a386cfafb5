/**
 * `count` and `for_each`: the instances of a resource or module block, with Terraform's own instance
 * keys (`[0]`, `["web"]`). A collection known in the configuration gives one instance per element;
 * an unknown one gives a single instance addressed `[*]` whose `count.index` or `each.*` are unknown
 * and say why.
 */
import type { HclBlock } from './hcl-syntax.js';
import { evaluate, quote, toNumber, type Scope } from './hcl-eval.js';
import { asText, complete, firstUnknown, scalar, sortedEntries, unknownExpression, type TfValue } from './values.js';

/** More instances of one block than this is no VM estate but a hostile input; Terraform itself would take hours. */
export const MAX_INSTANCES = 10_000;

export interface Instance {
  /** Suffix of the address: `[0]`, `["web"]`, `[*]`, or `''` for a block without count or for_each. */
  readonly key: string;
  readonly each?: { readonly key: TfValue; readonly value: TfValue };
  readonly count?: TfValue;
}

export type Expansion = { readonly ok: true; readonly instances: readonly Instance[] } | { readonly ok: false; readonly problem: string };

/** `address` is the block's address without instance key; it names the unknowns of a `[*]` instance. */
export function expand(block: HclBlock, scope: Scope, address: string): Expansion {
  const count = block.body.attributes.get('count');
  const forEach = block.body.attributes.get('for_each');
  if (count && forEach) return { ok: false, problem: `${address} sets both count and for_each, which Terraform rejects` };
  if (count) return expandCount(evaluate(count.expr, scope), quote(count.expr), address);
  if (forEach) return expandForEach(complete(evaluate(forEach.expr, scope)), quote(forEach.expr), address);
  return { ok: true, instances: [{ key: '' }] };
}

function expandCount(value: TfValue, text: string, address: string): Expansion {
  if (value.kind === 'unknown') {
    const reason = `count.index of ${address}[*]: its count \`${text}\` is unknown (${value.reason})`;
    return { ok: true, instances: [{ key: '[*]', count: unknownExpression(reason, `${address}[*]:count.index`, 'count.index') }] };
  }
  const n = toNumber(value);
  if (n === undefined || !Number.isInteger(n) || n < 0) return { ok: false, problem: `the count of ${address} (\`${text}\`) is not a whole number` };
  if (n > MAX_INSTANCES) return { ok: false, problem: `the count of ${address} is ${n}; hvgate expands at most ${MAX_INSTANCES} instances of one block` };
  return { ok: true, instances: Array.from({ length: n }, (_, i) => ({ key: `[${i}]`, count: scalar(i) })) };
}

function expandForEach(value: TfValue, text: string, address: string): Expansion {
  const unknown = value.kind === 'unknown' ? value : value.kind === 'list' ? firstUnknown(value) : undefined;
  if (unknown) {
    const reason = `its for_each \`${text}\` is unknown (${unknown.reason})`;
    const each = {
      key: unknownExpression(`each.key of ${address}[*]: ${reason}`, `${address}[*]:each.key`, 'each.key'),
      value: unknownExpression(`each.value of ${address}[*]: ${reason}`, `${address}[*]:each.value`, 'each.value'),
    };
    return { ok: true, instances: [{ key: '[*]', each }] };
  }
  let pairs: [string, TfValue][];
  if (value.kind === 'map') pairs = sortedEntries(value);
  else if (value.kind === 'list') {
    // Terraform wants a set of strings; a list of strings is expanded as that set would be.
    const keys = value.items.map(asText);
    if (keys.some((k) => k === undefined)) return { ok: false, problem: `the for_each of ${address} (\`${text}\`) holds values that are not text` };
    pairs = [...new Set(keys as string[])].sort().map((k) => [k, scalar(k)]);
  } else if (value.kind === 'scalar' && value.value === null) {
    return { ok: false, problem: `the for_each of ${address} (\`${text}\`) is null` };
  } else return { ok: false, problem: `the for_each of ${address} (\`${text}\`) is not a map or a set` };
  if (pairs.length > MAX_INSTANCES)
    return { ok: false, problem: `the for_each of ${address} has ${pairs.length} elements; hvgate expands at most ${MAX_INSTANCES} instances of one block` };
  return { ok: true, instances: pairs.map(([key, v]) => ({ key: `[${JSON.stringify(key)}]`, each: { key: scalar(key), value: v } })) };
}
