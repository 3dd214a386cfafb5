/** Keys of object expressions as written, without evaluating anything: `VSS = true`, `"VSS" = true`. */
import type { Expr } from './hcl-syntax.js';

/** The key of an object element when it is a bare word or a literal; undefined when it must be computed. */
export function objectKeyText(key: Expr): string | undefined {
  if (key.kind === 'traversal' && key.steps.length === 0) return key.root;
  if (key.kind === 'literal' && key.value !== null) return String(key.value);
  if (key.kind === 'template' && !key.directive && key.parts.every((p) => 'literal' in p))
    return key.parts.map((p) => ('literal' in p ? p.literal : '')).join('');
  return undefined;
}
