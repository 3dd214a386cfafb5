/**
 * What `check` and `plan` hand back: the report to render and the exit code it decides. The CLI and
 * the Action render the report their own ways; nothing here writes.
 */
import type { Evaluation } from '../core/engine.js';
import type { GatedFinding, Verdict } from '../core/gate.js';
import type { PlanReport } from '../core/plan.js';
import type { AnyPolicy } from '../core/policy.js';
import type { GateSettings } from '../core/settings.js';
import type { GateReport } from '../reporters/report.js';
import { TOOL } from './tool.js';

export interface GateRun {
  readonly report: GateReport;
  /** 0 nothing blocks, 1 a finding blocks (user and internal errors are thrown, and become 2 at the edge). */
  readonly exitCode: 0 | 1;
}

export interface GateRunInput {
  readonly evaluation: Evaluation;
  readonly decision: { readonly findings: readonly GatedFinding[]; readonly verdict: Verdict };
  readonly pack: readonly AnyPolicy[];
  readonly settings: GateSettings;
  /** Definition files evaluated (the head's, for a plan). */
  readonly files: readonly string[];
  readonly plan?: PlanReport;
}

/** Assembles the report of a run, the same way for `check` and `plan`. */
export function gateRun(input: GateRunInput): GateRun {
  const { verdict, findings } = input.decision;
  const disabledPolicies = input.pack.filter((policy) => input.settings.policies[policy.id]?.level === 'off').map((policy) => policy.id);
  const report: GateReport = {
    tool: TOOL,
    evaluation: input.evaluation,
    findings,
    verdict,
    policies: input.pack,
    files: input.files,
    disabledPolicies,
    ...(input.plan ? { plan: input.plan } : {}),
  };
  return { report, exitCode: verdict.passed ? 0 : 1 };
}
