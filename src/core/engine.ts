/**
 * The evaluation engine: runs the policy pack over an estate and predicts every VM's backup outcome
 * and every job's fate. Pure: no files, no environment, no clock (today is an argument). Linear in
 * VMs, jobs and exceptions.
 */
import type { GateSettings } from './settings.js';
import { daysBetween, validateException, WaiverIndex } from './exceptions.js';
import { fingerprintOf, type AppliedException, type Finding, type Level } from './finding.js';
import { degradedConsequence, degradedOutcome, resolveHost, type ResolvedHost } from './host.js';
import { resolveMembership } from './jobs.js';
import type { Estate, HostProfile, PolicyException, VirtualMachine } from './model.js';
import { worseOf, type Effect, type Outcome } from './outcome.js';
import {
  policyFinder,
  type AnyPolicy,
  type EstateReport,
  type ExceptionProblem,
  type ExceptionStatus,
  type JobResult,
  type MessageData,
  type Report,
  type VmResult,
} from './policy.js';
import { compareSpans, type Unknown } from './source.js';
import { renderTemplate } from './template.js';

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

const UNKNOWN_POLICY_ID = 'HVB000';

export function evaluate(estate: Estate, pack: readonly AnyPolicy[], settings: GateSettings, options: EvaluateOptions): Evaluation {
  const notices: string[] = [...(estate.notices ?? [])];
  const jobsDeclared = estate.jobs.length > 0;
  const findPolicy = policyFinder(pack);
  const enabled = pack.filter((policy) => levelOf(policy, settings) !== 'off');
  const inactive = enabled.filter((policy) => policy.requiresJobs && !jobsDeclared);
  if (inactive.length > 0) {
    notices.push(
      `No backup jobs are declared, so ${joinIds(inactive.map((p) => p.id))} (backup coverage and job policies) are inactive. Declare BackupJob definitions to evaluate them.`,
    );
  }
  const active = enabled.filter((policy) => !inactive.includes(policy));
  // Options are merged once per policy, not once per VM.
  const mergedOptions = new Map<AnyPolicy, unknown>(
    active.map((policy) => [policy, { ...(policy.defaultOptions as object), ...settings.policies[policy.id]?.options }]),
  );
  const optionsOf = (policy: AnyPolicy): unknown => mergedOptions.get(policy);

  // Exceptions: validate first, since an invalid one must not waive anything.
  const allExceptions: PolicyException[] = [...estate.exceptions, ...estate.vms.flatMap((vm) => vm.exceptions)];
  const exceptionCheck = {
    settings,
    findPolicy,
    policyNames: pack.flatMap((policy) => [policy.id, policy.name]),
    today: options.today,
    ...(options.baseExceptions ? { baseExceptions: options.baseExceptions } : {}),
  };
  const waivers = allExceptions.map((exception) => ({
    exception,
    policyId: findPolicy(exception.policy)?.id ?? exception.policy,
    problems: validateException(exception, exceptionCheck),
    matched: 0,
  }));
  const waiverIndex = new WaiverIndex(waivers.filter((waiver) => waiver.problems.length === 0));
  const applyWaivers = (finding: Finding): Finding => {
    const waiver = waiverIndex.waive(finding);
    return waiver ? { ...finding, exception: appliedException(waiver.exception) } : finding;
  };

  const findings: Finding[] = [];
  const make = (policy: AnyPolicy, report: Report<string> & { blastRadius?: readonly string[] }, scope: FindingScope): Finding => {
    const data: MessageData = { ...scope.autoData, ...report.data };
    const template = policy.messages[report.messageId];
    if (template === undefined) throw new Error(`${policy.id}: unknown messageId "${report.messageId}"`);
    return {
      policyId: policy.id,
      policyName: policy.name,
      level: levelOf(policy, settings) as Level,
      messageId: report.messageId,
      message: renderTemplate(template, data, policy.id),
      fix: renderTemplate(policy.fix, data, policy.id),
      docsUrl: policy.docsUrl,
      at: report.at,
      related: report.related ?? [],
      ...(scope.vm !== undefined ? { vm: scope.vm } : {}),
      address: scope.address,
      ...(report.subject !== undefined ? { subject: report.subject } : {}),
      effect: report.effect ?? policy.effect,
      ...(scope.host ? { host: scope.host.label } : {}),
      ...(report.blastRadius ? { blastRadius: report.blastRadius } : {}),
      fingerprint: fingerprintOf(policy.id, scope.address, report.subject),
    };
  };
  const cannotEvaluate = (policy: AnyPolicy, vm: VirtualMachine, host: ResolvedHost, value: Unknown, what: string, subject?: string): Finding => {
    const failClosed = settings.unknown === 'fail';
    const owner = failClosed ? (findPolicy(UNKNOWN_POLICY_ID) ?? policy) : policy;
    const unknownSubject = `unknown:${policy.id}:${subject ?? what}`;
    return {
      policyId: owner.id,
      policyName: owner.name,
      level: failClosed ? 'error' : 'note',
      messageId: 'cannotEvaluate',
      message: `Cannot evaluate ${policy.id} ${policy.name} for VM "${vm.name}": ${what} is unknown (${value.reason}).`,
      fix: failClosed
        ? 'Give the value a literal, or evaluate a `terraform show -json` plan where it is known; `unknown: fail` is set, so the gate fails closed.'
        : 'Give the value a literal, or evaluate a `terraform show -json` plan where it is known.',
      docsUrl: owner.docsUrl,
      at: value.at,
      related: [],
      vm: vm.name,
      address: vm.address,
      subject: unknownSubject,
      effect: 'none',
      host: host.label,
      cannotEvaluate: true,
      fingerprint: fingerprintOf(owner.id, vm.address, unknownSubject),
    };
  };

  // Phase 1: VM policies, then each VM's predicted outcome.
  const profiles = new Map<string, HostProfile>();
  for (const host of estate.hosts) if (!profiles.has(host.name)) profiles.set(host.name, host);
  const membership = resolveMembership(estate.jobs, estate.vms);
  const vmPolicies = active.filter((policy) => policy.checkVm !== undefined);
  const vmResults: VmResult[] = [];
  for (const vm of estate.vms) {
    const host = resolveHost(vm, profiles, settings.hostDefaults);
    const jobs = membership.jobsOf.get(vm.name) ?? [];
    const scope: FindingScope = { vm: vm.name, address: vm.address, host, autoData: { vm: vm.name, host: host.label, consequence: degradedConsequence(host) } };
    const own: Finding[] = [];
    for (const policy of vmPolicies) {
      policy.checkVm?.({
        vm,
        host,
        options: optionsOf(policy),
        jobs,
        jobsDeclared,
        report: (report) => own.push(applyWaivers(make(policy, report, scope))),
        cannotEvaluate: (value, what, subject) => own.push(cannotEvaluate(policy, vm, host, value, what, subject)),
      });
    }
    findings.push(...own);
    vmResults.push(
      predictOutcome(
        vm,
        host,
        own,
        jobs.map((job) => job.name),
      ),
    );
  }

  // Phase 2: jobs, then estate-wide policies that need outcomes and membership.
  const outcomeByName = new Map<string, Outcome>();
  for (const result of vmResults) if (!outcomeByName.has(result.vm.name)) outcomeByName.set(result.vm.name, result.outcome);
  const jobResults: JobResult[] = estate.jobs.map((job) => {
    const members = membership.membersOf.get(job) ?? [];
    const missing = membership.missingOf.get(job) ?? [];
    const failing = members.filter((name) => outcomeByName.get(name) === 'fails');
    return { job, members, missing, failing, fails: failing.length > 0 || missing.length > 0 };
  });
  const runEstatePolicy = (policy: AnyPolicy, exceptions: readonly ExceptionStatus[], waivable: boolean): void => {
    policy.checkEstate?.({
      estate,
      options: optionsOf(policy),
      vms: vmResults,
      jobs: jobResults,
      exceptions,
      pack,
      report: (report: EstateReport<string>) => {
        const scope: FindingScope = { vm: report.vm, address: report.address ?? report.at.file, autoData: report.vm ? { vm: report.vm } : {} };
        const finding = make(policy, report, scope);
        findings.push(waivable ? applyWaivers(finding) : finding);
      },
    });
  };
  for (const policy of active) if (policy.checkEstate && !policy.runsAfterExceptions) runEstatePolicy(policy, [], true);

  // Phase 3: exception usage is final; policies about exceptions run last and cannot be waived.
  // An exception for a policy that did not run (switched off, or inactive without jobs) is moot, not stale.
  const ran = new Set(active.map((policy) => policy.id));
  const exceptionStatuses: ExceptionStatus[] = waivers.map((w) => {
    const problems = w.problems.length === 0 && w.matched === 0 && ran.has(w.policyId) ? [{ kind: 'unmatched' } as ExceptionProblem] : w.problems;
    const expires = w.exception.expires?.trim();
    return {
      exception: w.exception,
      problems,
      matched: w.matched,
      ...(problems.length === 0 && expires ? { daysLeft: daysBetween(options.today, expires) } : {}),
    };
  });
  for (const policy of active) if (policy.checkEstate && policy.runsAfterExceptions) runEstatePolicy(policy, exceptionStatuses, false);

  return {
    findings: uniqueFingerprints(findings).sort(compareFindings),
    vms: vmResults,
    jobs: jobResults,
    exceptions: exceptionStatuses,
    notices,
  };
}

interface FindingScope {
  readonly vm: string | undefined;
  readonly address: string;
  readonly host?: ResolvedHost;
  readonly autoData: MessageData;
}

function levelOf(policy: AnyPolicy, settings: GateSettings): Level | 'off' {
  return settings.policies[policy.id]?.level ?? policy.defaultLevel;
}

/** Worst effect among the VM's unwaived findings; a VM meant to be off is backed up offline, not paused. */
function predictOutcome(vm: VirtualMachine, host: ResolvedHost, own: readonly Finding[], jobs: readonly string[]): VmResult {
  const intendedOff = vm.state.known && vm.state.value !== 'Running';
  // A VM meant to be off is backed up offline whatever else holds; findings can only make it worse.
  let outcome: Outcome = intendedOff ? 'offline' : 'online';
  let causes: string[] = [];
  let uncertain = false;
  for (const finding of own) {
    if (finding.cannotEvaluate) uncertain = true;
    if (finding.exception || finding.cannotEvaluate) continue;
    const effectOutcome = outcomeOfEffect(finding.effect, host, intendedOff);
    if (effectOutcome === undefined) continue;
    if (worseOf(outcome, effectOutcome) !== outcome) {
      outcome = effectOutcome;
      causes = [finding.fingerprint];
    } else if (effectOutcome === outcome) {
      causes.push(finding.fingerprint);
    }
  }
  return { vm, host, outcome, causes, uncertain, jobs };
}

function outcomeOfEffect(effect: Effect, host: ResolvedHost, intendedOff: boolean): Outcome | undefined {
  switch (effect) {
    case 'none':
      return undefined;
    case 'degraded':
      return intendedOff ? 'offline' : degradedOutcome(host);
    default:
      return effect;
  }
}

function appliedException(exception: PolicyException): AppliedException {
  return { at: exception.at, reason: exception.reason ?? '', owner: exception.owner ?? '', expires: exception.expires ?? '' };
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

function joinIds(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}
