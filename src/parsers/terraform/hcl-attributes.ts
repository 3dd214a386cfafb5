/**
 * Every attribute of a `.tf` resource instance as it evaluates, in Terraform's words, for the plan's
 * attribute diff: the block's arguments and nested blocks (`dynamic` ones expanded) as plain values
 * with a mask of what is unknown, flattened by the same function as plan JSON and state. Built only
 * when a plan asks for it.
 */
import { unknownAttribute } from '../../core/attributes.js';
import type { SourceAttribute, SourceAttributes } from '../../core/model.js';
import { terraformAttributes } from './attributes.js';
import { dynamicIterations } from './dynamic-blocks.js';
import { Budget, EvaluationLimit, evaluate, type Scope } from './hcl-eval.js';
import type { HclBlock } from './hcl-syntax.js';
import type { BlockSchema } from './provider-schema.js';
import { sortedEntries, type TfValue } from './values.js';

/** Arguments and nested blocks that configure Terraform itself, not the resource. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

export function instanceAttributes(block: HclBlock, scope: Scope, address: string, schema: BlockSchema): SourceAttributes {
  let listed: ReturnType<typeof terraformAttributes> | undefined;
  return {
    kind: 'listed',
    // A .tf block lists what is written and the provider's defaults; an omitted Optional+Computed
    // attribute keeps whatever Terraform has, so its absence is no change.
    complete: false,
    list: () => {
      listed ??= listAttributes(block, { ...scope, budget: new Budget(ATTRIBUTE_STEPS) }, address, schema);
      return listed;
    },
  };
}

/** Work allowed for listing one instance's attributes, on top of what evaluating the VM took. */
const ATTRIBUTE_STEPS = 1_000_000;

function listAttributes(block: HclBlock, scope: Scope, address: string, schema: BlockSchema): Map<string, SourceAttribute> {
  try {
    const object = blockObject(block, scope, address);
    return terraformAttributes({ values: object.values, unknown: object.unknown, withDefaults: true }, schema);
  } catch (error) {
    if (!(error instanceof EvaluationLimit) && !(error instanceof RangeError)) throw error;
    // Said in the diff rather than left out of it.
    return new Map([['(attributes)', unknownAttribute(true, {}, '(too complex to evaluate)')]]);
  }
}

interface PlainObject {
  readonly values: Record<string, unknown>;
  readonly unknown: Record<string, unknown>;
}

function blockObject(block: HclBlock, scope: Scope, address: string): PlainObject {
  // Without a prototype, an argument named `__proto__` is a member like any other, not the prototype.
  const values = Object.create(null) as Record<string, unknown>;
  const unknown = Object.create(null) as Record<string, unknown>;
  for (const [name, attribute] of block.body.attributes) {
    if (META.has(name)) continue;
    const plain = plainOf(evaluate(attribute.expr, scope));
    values[name] = plain.value;
    if (plain.unknown !== undefined) unknown[name] = plain.unknown;
  }
  const nested = new Map<string, PlainObject[]>();
  const add = (type: string, object: PlainObject) => nested.set(type, [...(nested.get(type) ?? []), object]);
  for (const child of block.body.blocks) {
    if (child.type === 'dynamic') {
      const type = child.labels[0] ?? '';
      const content = child.body.blocks.find((b) => b.type === 'content');
      if (META.has(type) || !content) continue;
      for (const iterator of dynamicIterations(child, scope, address)) {
        add(type, blockObject(content, { ...scope, names: new Map([...(scope.names ?? []), [iterator.name, iterator.value]]) }, address));
      }
    } else if (!META.has(child.type) && child.labels.length === 0) add(child.type, blockObject(child, scope, address));
  }
  for (const [type, objects] of nested) {
    values[type] = objects.map((o) => o.values);
    if (objects.some((o) => Object.keys(o.unknown).length > 0)) unknown[type] = objects.map((o) => o.unknown);
  }
  return { values, unknown };
}

/** A value as plain JSON, and where it is unknown: `true`, or the same shape with `true` inside. */
function plainOf(value: TfValue): { value: unknown; unknown?: unknown } {
  switch (value.kind) {
    case 'scalar':
      return { value: value.value };
    case 'unknown':
      return { value: undefined, unknown: true };
    case 'list': {
      const items = value.items.map(plainOf);
      return { value: items.map((i) => i.value), ...(items.some((i) => i.unknown !== undefined) ? { unknown: items.map((i) => i.unknown ?? false) } : {}) };
    }
    case 'map': {
      // Keys not known yet: Terraform shows the whole map as known after apply.
      if (value.computed !== undefined) return { value: undefined, unknown: true };
      const entries = sortedEntries(value).map(([k, v]) => [k, plainOf(v)] as const);
      const unknown = entries.filter(([, p]) => p.unknown !== undefined);
      return {
        value: Object.fromEntries(entries.map(([k, p]) => [k, p.value])),
        ...(unknown.length > 0 ? { unknown: Object.fromEntries(unknown.map(([k, p]) => [k, p.unknown])) } : {}),
      };
    }
  }
}
