/**
 * What the pipeline's command line adds to the configuration for one run: which policies run
 * (`--policy`, `--skip-policy`), the lowest level that blocks (`--fail-on`) and the findings a
 * baseline accepts (`--baseline`). They come from the pipeline, never from the definitions, so they
 * are trusted as the configuration of the side that governs is. Pure.
 */
import type { GateConfig } from '../config/config.js';
import type { Finding } from '../core/finding.js';
import type { FindingStatus, GateInput } from '../core/gate.js';
import type { AnyPolicy } from '../core/policy.js';
import type { Baseline } from './baseline.js';

export interface GateOptions {
  /** Policy ids to run; absent: all. The policies that are not waivable run whatever this says. */
  readonly only?: readonly string[];
  /** Policy ids not to run. */
  readonly skip?: readonly string[];
  /** The lowest level that blocks. */
  readonly failOn?: 'error' | 'warning';
  /** Fingerprints of findings accepted as they are. */
  readonly baseline?: Baseline;
}

/**
 * The configuration with the unselected policies switched off, as `level: off` in `.hvgate.yml` would:
 * every report then lists them among the policies that did not run.
 */
export function withPolicySelection(config: GateConfig, pack: readonly AnyPolicy[], options: GateOptions = {}): GateConfig {
  const only = options.only !== undefined ? new Set(options.only) : undefined;
  const skip = new Set(options.skip ?? []);
  const off = pack.filter((policy) => policy.waivable !== false && ((only !== undefined && !only.has(policy.id)) || skip.has(policy.id)));
  if (off.length === 0) return config;
  const policies = { ...config.settings.policies };
  for (const policy of off) policies[policy.id] = { ...policies[policy.id], level: 'off' };
  return { ...config, settings: { ...config.settings, policies } };
}

/**
 * Whether a baseline accepts a finding. It never accepts a finding of a policy that cannot be waived:
 * an unreadable file keeps its fingerprint whatever a later change hides in it.
 */
export function baselineAcceptance(pack: readonly AnyPolicy[], baseline: Baseline | undefined): (finding: Finding) => boolean {
  if (baseline === undefined) return () => false;
  const unwaivable = new Set(pack.filter((policy) => policy.waivable === false).map((policy) => policy.id));
  return (finding) => baseline.fingerprints.has(finding.fingerprint) && !unwaivable.has(finding.policyId);
}

/** The gate input for a `check`: a finding the baseline accepts counts as present before, which does not block under `scope: introduced`. */
export function checkGateInput(pack: readonly AnyPolicy[], options: GateOptions = {}): GateInput {
  const failOn = options.failOn ?? 'error';
  if (options.baseline === undefined) return { failOn };
  const accepts = baselineAcceptance(pack, options.baseline);
  const statusOf = (finding: Finding): FindingStatus => (accepts(finding) ? 'unchanged' : 'introduced');
  return { failOn, statusOf };
}
