/**
 * The gate decision: which findings block, given levels, enforcement, scope and overrides. Pure.
 * A finding blocks when it is an unwaived error, its policy is not advisory, and it is in scope
 * (introduced by the change, unless scope is `all`).
 */
import type { GateSettings } from './settings.js';
import type { Finding } from './finding.js';

/** Where a finding stands relative to the base of a change; `check` treats every finding as introduced. */
export type FindingStatus = 'introduced' | 'unchanged' | 'resolved';

export interface GatedFinding extends Finding {
  readonly status: FindingStatus;
  /** Counts against the gate. */
  readonly blocking: boolean;
  /** Would block, but a soft-mandatory override was given. */
  readonly overridden: boolean;
}

export interface Verdict {
  readonly passed: boolean;
  readonly blocking: number;
  readonly overridden: number;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  readonly waived: number;
}

export interface GateInput {
  /** Status per fingerprint; a finding without one is `introduced`. */
  readonly statusOf?: (finding: Finding) => FindingStatus;
  /** A soft-mandatory override is in force (e.g. approved by a named person). */
  readonly overridden?: boolean;
  /** The lowest level that blocks (`--fail-on`); `error` unless the pipeline asks for `warning`. */
  readonly failOn?: 'error' | 'warning';
}

/** Findings as the engine produced them; already gated ones must not be gated again (their fields would win). */
type UngatedFinding = Finding & { readonly status?: never };

export function decide(findings: readonly UngatedFinding[], settings: GateSettings, input: GateInput = {}): { findings: GatedFinding[]; verdict: Verdict } {
  const gated = findings.map((finding): GatedFinding => {
    const status = input.statusOf?.(finding) ?? 'introduced';
    const enforcement = finding.enforcement;
    const wouldBlock =
      (finding.level === 'error' || (finding.level === 'warning' && input.failOn === 'warning')) &&
      !finding.exception &&
      status !== 'resolved' &&
      enforcement !== 'advisory' &&
      (settings.scope === 'all' || status === 'introduced');
    const overridden = wouldBlock && enforcement === 'soft-mandatory' && input.overridden === true;
    // The gate's fields first, then the finding's: adding fields after a spread makes V8 reshape every
    // object, which costs seconds on a hundred thousand findings.
    return { status, blocking: wouldBlock && !overridden, overridden, ...finding };
  });
  const current = gated.filter((f) => f.status !== 'resolved' && !f.exception);
  const verdict: Verdict = {
    passed: !gated.some((f) => f.blocking),
    blocking: gated.filter((f) => f.blocking).length,
    overridden: gated.filter((f) => f.overridden).length,
    errors: current.filter((f) => f.level === 'error').length,
    warnings: current.filter((f) => f.level === 'warning').length,
    notes: current.filter((f) => f.level === 'note').length,
    waived: gated.filter((f) => f.exception && f.status !== 'resolved').length,
  };
  return { findings: gated, verdict };
}
