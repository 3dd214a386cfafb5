/**
 * Saved plans: what `hvgate plan --out` records and `hvgate apply` checks before a deploy. The plan
 * binds the gate's verdict to the exact bytes it evaluated (a sha256 per definition file), so the
 * deploy stage applies only definitions that passed the gate. Pure: building and verifying.
 */
import type { GatedFinding, Verdict } from './gate.js';
import type { PlanReport, PlanSummary } from './plan.js';

export const SAVED_PLAN_KIND = 'hvgate-plan';
export const SAVED_PLAN_FORMAT_VERSION = 1;

export interface SavedPlanFinding {
  readonly fingerprint: string;
  readonly policyId: string;
  readonly level: 'error' | 'warning' | 'note';
  readonly status: 'introduced' | 'unchanged' | 'resolved';
  readonly enforcement: 'advisory' | 'soft-mandatory' | 'hard-mandatory';
  readonly blocking: boolean;
  readonly overridden: boolean;
  readonly waived: boolean;
  readonly address: string;
  readonly vm: string | null;
  readonly subject: string | null;
  readonly message: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number };
}

export interface SavedPlan {
  readonly kind: typeof SAVED_PLAN_KIND;
  readonly formatVersion: typeof SAVED_PLAN_FORMAT_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly base: { readonly ref: string; readonly commit: string };
  readonly head: { readonly ref: string | null; readonly commit: string | null; readonly workingTree: boolean };
  readonly configFrom: 'base' | 'head';
  /** How the definitions were found, so `apply` finds them the same way. */
  readonly selection: {
    readonly paths: readonly string[];
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    /** See Selection: set when the configuration was found in a folder above the one plan ran in. */
    readonly globBase?: string;
  };
  /** Every definition file evaluated on the head side, sorted by path. */
  readonly files: readonly { readonly path: string; readonly sha256: string }[];
  readonly verdict: Verdict;
  readonly override: { readonly reason: string } | null;
  readonly summary: PlanSummary;
  readonly findings: readonly SavedPlanFinding[];
}

export interface SavedPlanInput {
  readonly tool: { readonly name: string; readonly version: string };
  readonly plan: PlanReport;
  readonly selection: SavedPlan['selection'];
  readonly digests: ReadonlyMap<string, string>;
  readonly findings: readonly GatedFinding[];
  readonly verdict: Verdict;
}

export function buildSavedPlan(input: SavedPlanInput): SavedPlan {
  return {
    kind: SAVED_PLAN_KIND,
    formatVersion: SAVED_PLAN_FORMAT_VERSION,
    tool: { name: input.tool.name, version: input.tool.version },
    base: { ref: input.plan.base.ref, commit: input.plan.base.commit },
    head: { ref: input.plan.head.ref ?? null, commit: input.plan.head.commit ?? null, workingTree: input.plan.head.workingTree },
    configFrom: input.plan.configFrom,
    selection: {
      paths: [...input.selection.paths],
      include: [...input.selection.include],
      exclude: [...input.selection.exclude],
      ...(input.selection.globBase !== undefined ? { globBase: input.selection.globBase } : {}),
    },
    files: [...input.digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, sha256]) => ({ path, sha256 })),
    verdict: { ...input.verdict },
    override: input.plan.override ? { reason: input.plan.override.reason } : null,
    summary: { ...input.plan.summary },
    findings: input.findings.map((f) => ({
      fingerprint: f.fingerprint,
      policyId: f.policyId,
      level: f.level,
      status: f.status,
      enforcement: f.enforcement,
      blocking: f.blocking,
      overridden: f.overridden,
      waived: f.exception !== undefined,
      address: f.address,
      vm: f.vm ?? null,
      subject: f.subject ?? null,
      message: f.message,
      location: { file: f.at.file, line: f.at.line, column: f.at.column },
    })),
  };
}

export type PlanVerification =
  | { readonly ok: true; readonly files: number }
  | {
      readonly ok: false;
      readonly reason: 'stale';
      readonly changed: readonly string[];
      readonly added: readonly string[];
      readonly removed: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'blocked'; readonly blocking: readonly SavedPlanFinding[] };

/**
 * Whether the definitions about to be applied (`current`: path → sha256) are exactly those planned,
 * and the plan passed the gate. Staleness is checked first: a blocked plan for other files says nothing.
 */
export function verifySavedPlan(plan: SavedPlan, current: ReadonlyMap<string, string>): PlanVerification {
  const planned = new Map(plan.files.map((f) => [f.path, f.sha256] as const));
  const changed = [...planned].filter(([path, digest]) => current.has(path) && current.get(path) !== digest).map(([path]) => path);
  const removed = [...planned.keys()].filter((path) => !current.has(path));
  const added = [...current.keys()].filter((path) => !planned.has(path)).sort();
  if (changed.length > 0 || added.length > 0 || removed.length > 0) return { ok: false, reason: 'stale', changed, added, removed };
  if (!plan.verdict.passed) return { ok: false, reason: 'blocked', blocking: plan.findings.filter((f) => f.blocking) };
  return { ok: true, files: planned.size };
}

/**
 * Contradictions a schema cannot express: a verdict that disagrees with its own findings means the
 * file was edited by hand or written by something else.
 */
export function savedPlanInconsistencies(plan: SavedPlan): string[] {
  const problems: string[] = [];
  const blocking = plan.findings.filter((f) => f.blocking).length;
  if (plan.verdict.blocking !== blocking)
    problems.push(`the verdict counts ${plan.verdict.blocking} blocking findings, but ${blocking} are listed as blocking`);
  if (plan.verdict.passed !== (blocking === 0)) problems.push(`the verdict says ${plan.verdict.passed ? 'passed' : 'blocked'}, but ${blocking} findings block`);
  const overridden = plan.findings.filter((f) => f.overridden);
  if (overridden.length > 0 && plan.override === null) problems.push('findings are marked overridden, but the plan records no override');
  if (overridden.some((f) => f.enforcement !== 'soft-mandatory')) problems.push('a finding of a policy that is not soft-mandatory is marked overridden');
  const paths = plan.files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) problems.push('a file is listed twice');
  return problems;
}
