/**
 * `dynamic` blocks: the iterator values one generates, one per element of a known `for_each`
 * (`<iterator>.key`, `<iterator>.value`), or a single unknown iterator that says why when the
 * collection is not known.
 */
import type { Scope } from './hcl-eval.js';
import { evaluate } from './hcl-eval.js';
import type { HclBlock } from './hcl-syntax.js';
import { complete, map, scalar, sortedEntries, unknownExpression, type TfValue } from './values.js';

export /** The iterator values a `dynamic` block generates; one unknown iterator when its for_each is unknown. */
function dynamicIterations(dynamic: HclBlock, scope: Scope, address: string): { name: string; value: TfValue }[] {
  const name = iteratorOf(dynamic) ?? dynamic.labels[0] ?? 'dynamic';
  const forEach = dynamic.body.attributes.get('for_each');
  const elements = forEach ? complete(evaluate(forEach.expr, scope)) : undefined;
  const iterator = (key: TfValue, value: TfValue) => ({
    name,
    value: map(
      new Map([
        ['key', key],
        ['value', value],
      ]),
    ),
  });
  if (elements?.kind === 'list') return elements.items.map((value, i) => iterator(elements.set ? value : scalar(i), value));
  if (elements?.kind === 'map') return sortedEntries(elements).map(([key, value]) => iterator(scalar(key), value));
  const reason = elements?.kind === 'unknown' ? elements.reason : elements ? 'for_each is not a collection' : 'the dynamic block has no for_each';
  const unknownIterator = unknownExpression(
    `\`${name}\` is an element of the dynamic block's for_each, which is unknown (${reason})`,
    `${address}:dynamic.${dynamic.labels[0] ?? ''}.${name}`,
    name,
  );
  return [{ name, value: unknownIterator }];
}

function iteratorOf(dynamic: HclBlock): string | undefined {
  const e = dynamic.body.attributes.get('iterator')?.expr;
  return e?.kind === 'traversal' && e.steps.length === 0 ? e.root : undefined;
}
