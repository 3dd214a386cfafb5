/**
 * Exceptions (waivers, domain §6): which are valid, and which findings they waive. An invalid
 * exception waives nothing; the pack's exception policy reports why.
 */
import picomatch from 'picomatch';
import type { Finding } from './finding.js';
import type { Estate, PolicyException } from './model.js';
import type { ExceptionProblem, PolicyFinder } from './policy.js';
import { enforcementOf, type GateSettings } from './settings.js';
import { closest } from './suggest.js';

export interface ExceptionCheck {
  readonly settings: GateSettings;
  readonly findPolicy: PolicyFinder;
  /** Every id and name of the pack, to suggest the policy a misspelled exception meant. */
  readonly policyNames: readonly string[];
  /** Today as `YYYY-MM-DD`; an exception is valid through its expiry date. */
  readonly today: string;
  /** When set, keys (see exceptionKey) of exceptions that exist on the base side of the change. */
  readonly baseExceptions?: ReadonlySet<string>;
}

/** Every exception an estate declares: those of configuration overlays, then those on VMs. */
export function estateExceptions(estate: Estate): PolicyException[] {
  return [...estate.exceptions, ...estate.vms.flatMap((vm) => vm.exceptions)];
}

/** Identity of an exception across base and head: what it waives, not where it is written. */
export function exceptionKey(exception: PolicyException): string {
  return `${exception.policy.toUpperCase()}|${exception.vm}|${exception.subject ?? ''}`;
}

/** Problems that make an exception invalid before any matching (`unmatched` is decided later). */
export function validateException(exception: PolicyException, check: ExceptionCheck): ExceptionProblem[] {
  const problems: ExceptionProblem[] = [];
  const policy = check.findPolicy(exception.policy);
  if (!policy) {
    const suggestion = closest(exception.policy.trim(), check.policyNames);
    problems.push({ kind: 'unknown-policy', value: exception.policy, ...(suggestion !== undefined ? { suggestion } : {}) });
  } else if (policy.waivable === false || enforcementOf(check.settings, policy) === 'hard-mandatory') {
    problems.push({ kind: 'not-waivable', value: policy.id, byConfiguration: policy.waivable !== false });
  }
  if (!exception.reason?.trim()) problems.push({ kind: 'no-reason' });
  if (!exception.owner?.trim()) problems.push({ kind: 'no-owner' });
  const expires = exception.expires?.trim();
  if (!expires) problems.push({ kind: 'no-expiry' });
  else if (!isCalendarDate(expires)) problems.push({ kind: 'bad-expiry', value: expires });
  else if (expires < check.today) problems.push({ kind: 'expired', value: expires });
  else if (check.settings.exceptionMaxDays !== undefined && daysBetween(check.today, expires) > check.settings.exceptionMaxDays) {
    problems.push({ kind: 'too-long', value: expires, maxDays: check.settings.exceptionMaxDays });
  }
  if (check.settings.exceptionsFromBaseOnly && check.baseExceptions && !check.baseExceptions.has(exceptionKey(exception))) {
    problems.push({ kind: 'added-by-change' });
  }
  return problems;
}

/** Builds a predicate telling whether an exception covers a finding. */
export function exceptionMatcher(exception: PolicyException, policyId: string): (finding: Finding) => boolean {
  const matchesVm = picomatch(exception.vm, { dot: true });
  const subject = exception.subject;
  return (finding) =>
    finding.policyId === policyId &&
    finding.vm !== undefined &&
    (finding.vm === exception.vm || finding.address === exception.vm || matchesVm(finding.vm)) &&
    (subject === undefined || finding.subject === subject || finding.subject?.endsWith(`:${subject}`) === true);
}

/** A valid exception, ready to waive findings. */
export interface Waiver {
  readonly exception: PolicyException;
  readonly policyId: string;
}

/**
 * Finds the exception that waives a finding without trying every exception on every finding:
 * exceptions are indexed by policy and by the exact VM name or address they name; only glob
 * patterns are tried one by one. The first exception in declaration order wins.
 */
export class WaiverIndex {
  private readonly byTarget = new Map<string, { order: number; waiver: Waiver; matches: (finding: Finding) => boolean }[]>();
  private readonly patterns = new Map<string, { order: number; waiver: Waiver; matches: (finding: Finding) => boolean }[]>();

  constructor(waivers: readonly Waiver[]) {
    waivers.forEach((waiver, order) => {
      const entry = { order, waiver, matches: exceptionMatcher(waiver.exception, waiver.policyId) };
      const isPattern = picomatch.scan(waiver.exception.vm).isGlob;
      const map = isPattern ? this.patterns : this.byTarget;
      const key = isPattern ? waiver.policyId : `${waiver.policyId}\u0000${waiver.exception.vm}`;
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    });
  }

  /** The waiver for this finding, or undefined. A pure lookup: counting uses is the caller's business. */
  find(finding: Finding): Waiver | undefined {
    const candidates = [
      ...(finding.vm !== undefined ? (this.byTarget.get(`${finding.policyId}\u0000${finding.vm}`) ?? []) : []),
      ...(this.byTarget.get(`${finding.policyId}\u0000${finding.address}`) ?? []),
      ...(this.patterns.get(finding.policyId) ?? []),
    ];
    let best: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) if (candidate.matches(finding) && (!best || candidate.order < best.order)) best = candidate;
    return best?.waiver;
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Whole days from one `YYYY-MM-DD` date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Why an exception is ignored, in words that complete "…is ignored: ". */
export function describeExceptionProblem(problem: ExceptionProblem): string {
  switch (problem.kind) {
    case 'no-reason':
      return 'it gives no reason';
    case 'no-owner':
      return 'it names no owner';
    case 'no-expiry':
      return 'it has no expiry date';
    case 'bad-expiry':
      return `its expiry "${problem.value}" is not a calendar date (YYYY-MM-DD)`;
    case 'expired':
      return `it expired on ${problem.value}`;
    case 'unknown-policy':
      return `it names an unknown policy "${problem.value}"${problem.suggestion !== undefined ? `; did you mean "${problem.suggestion}"?` : ''}`;
    case 'not-waivable':
      return problem.byConfiguration
        ? `${problem.value} is hard-mandatory in the configuration, so it cannot be waived`
        : `${problem.value} can never be waived`;
    case 'too-long':
      return `its expiry ${problem.value} is more than the allowed ${problem.maxDays} days away`;
    case 'added-by-change':
      return 'it is added by this change, and only exceptions that already exist on the base branch count';
    case 'unmatched':
      return 'it matches no finding';
  }
}

/** What to do about a problem, as an instruction. */
export function exceptionProblemFix(problem: ExceptionProblem): string {
  switch (problem.kind) {
    case 'no-reason':
      return 'say why the policy does not apply';
    case 'no-owner':
      return 'name the person or team that answers for it';
    case 'no-expiry':
    case 'bad-expiry':
      return 'set expires to the last day it is valid (YYYY-MM-DD)';
    case 'expired':
      return 'renew it with a new expiry date if the reason still holds, or remove it';
    case 'unknown-policy':
      return 'name a policy by its id (HVB003) or name (checkpoint-same-volume)';
    case 'not-waivable':
      return 'fix the finding instead, since it cannot be waived';
    case 'too-long':
      return `choose an expiry at most ${problem.maxDays} days from today`;
    case 'added-by-change':
      return 'get it approved on the base branch in a change of its own';
    case 'unmatched':
      return 'remove it, or correct the VM, disk or policy it names';
  }
}
