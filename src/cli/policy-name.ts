/** Policies named on the command line: by id in any case (`hvb007`) or by name (`passthrough-disk`). */
import type { AnyPolicy } from '../core/policy.js';
import { closest } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import { clean } from '../reporters/escape/terminal.js';

/** The policy `word` names; else a usage error, introduced by `label`, that names the nearest one. */
export function policyNamed(label: string, word: string, pack: readonly AnyPolicy[]): AnyPolicy {
  const policy = pack.find((p) => p.id === word.toUpperCase() || p.name === word.toLowerCase());
  if (policy !== undefined) return policy;
  const suggestion = closest(
    word,
    pack.flatMap((p) => [p.id, p.name]),
  );
  throw new UsageError(
    `${label} "${clean(word)}": no such policy${suggestion !== undefined ? `; did you mean ${suggestion}?` : ''} ('hvgate policies' lists them)`,
  );
}
