/**
 * The evaluation engine: runs the policy pack over an estate and predicts every VM's backup outcome
 * and every job's fate, in named phases: resolve the pack → VMs → jobs → estate → exceptions. Pure:
 * no files, no environment, no clock (today is an argument). Linear in VMs, jobs and exceptions.
 */
import { FindingFactory } from './engine/finding-factory.js';
import { runEstatePhase } from './engine/estate-phase.js';
import { runExceptionPhase } from './engine/exception-phase.js';
import { runJobPhase } from './engine/job-phase.js';
import { resolvePack } from './engine/pack.js';
import { runVmPhase } from './engine/vm-phase.js';
import { Waivers } from './engine/waivers.js';
import type { Finding } from './finding.js';
import { resolveMembership } from './jobs.js';
import type { Estate } from './model.js';
import type { AnyPolicy, ExceptionStatus, JobResult, VmResult } from './policy.js';
import type { GateSettings } from './settings.js';
import { compareSpans, formatSpan } from './source.js';

export interface Evaluation {
  /** Every finding, waived ones included (they carry `exception`), in file/line order. */
  readonly findings: readonly Finding[];
  readonly vms: readonly VmResult[];
  readonly jobs: readonly JobResult[];
  readonly exceptions: readonly ExceptionStatus[];
  /** Things the report must say once (e.g. inactive policies). */
  readonly notices: readonly string[];
}

export interface EvaluateOptions {
  /** Today as `YYYY-MM-DD`: decides which exceptions have expired. */
  readonly today: string;
  /** Keys of exceptions present on the base side, for `exceptionsFromBaseOnly`. */
  readonly baseExceptions?: ReadonlySet<string>;
}

export function evaluate(parsed: Estate, policies: readonly AnyPolicy[], settings: GateSettings, options: EvaluateOptions): Evaluation {
  const estate = withUnevaluated(parsed, settings.unknown);
  const pack = resolvePack(policies, settings, estate.jobs.length > 0);
  const make = new FindingFactory(pack, settings, estate);
  // Validated before any finding is made: an invalid exception must not waive anything.
  const waivers = new Waivers(estate, pack, settings, options);
  const membership = resolveMembership(estate.jobs, estate.vms);

  const vmPhase = runVmPhase(estate, pack, settings, membership, make, waivers);
  const jobs = runJobPhase(estate.jobs, membership, vmPhase.results);
  const estateFindings = runEstatePhase(estate, pack, vmPhase.results, jobs, make, waivers);
  const exceptionPhase = runExceptionPhase(estate, pack, waivers, make, options.today);

  return {
    findings: uniqueFingerprints([...vmPhase.findings, ...estateFindings, ...exceptionPhase.findings]).sort(compareFindings),
    vms: vmPhase.results,
    jobs,
    exceptions: exceptionPhase.statuses,
    notices: [...(estate.notices ?? []), ...pack.notices],
  };
}

/** What the definitions do that the gate cannot evaluate: a notice each, or definition errors (HVB000) when unknowns fail closed. */
function withUnevaluated(estate: Estate, unknown: GateSettings['unknown']): Estate {
  const unevaluated = estate.unevaluated ?? [];
  if (unevaluated.length === 0) return estate;
  if (unknown === 'fail') return { ...estate, diagnostics: [...estate.diagnostics, ...unevaluated], unevaluated: [] };
  return { ...estate, notices: [...(estate.notices ?? []), ...unevaluated.map((d) => `${formatSpan(d.at)}: ${d.message}`)], unevaluated: [] };
}

/** Two findings with one identity would be merged by every consumer; number the later ones instead. */
function uniqueFingerprints(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, count + 1);
    return count === 0 ? finding : { ...finding, fingerprint: `${finding.fingerprint}-${count + 1}` };
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return compareSpans(a.at, b.at) || (a.policyId < b.policyId ? -1 : a.policyId > b.policyId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : 1);
}
