/**
 * Exceptions (waivers, domain §6): which are valid, and which findings they waive. An invalid
 * exception waives nothing; HVB016 reports why.
 */
import picomatch from 'picomatch';
import type { GateSettings } from './config.js';
import { enforcementOf, GATE_INTEGRITY_POLICIES } from './config.js';
import type { Finding } from './finding.js';
import type { PolicyException } from './model.js';
import type { AnyPolicy, ExceptionProblem } from './policy.js';

/** True for policies no exception can waive, whatever the configuration says. */
export function isNeverWaivable(policyId: string): boolean {
  return GATE_INTEGRITY_POLICIES.has(policyId);
}

export interface ExceptionCheck {
  readonly settings: GateSettings;
  /** Policies by id and by name. */
  readonly policies: ReadonlyMap<string, AnyPolicy>;
  /** Today as `YYYY-MM-DD`; an exception is valid through its expiry date. */
  readonly today: string;
  /** When set, keys (see exceptionKey) of exceptions that exist on the base side of the change. */
  readonly baseExceptions?: ReadonlySet<string>;
}

/** Identity of an exception across base and head: what it waives, not where it is written. */
export function exceptionKey(exception: PolicyException): string {
  return `${exception.policy.toUpperCase()}|${exception.vm}|${exception.subject ?? ''}`;
}

/** Problems that make an exception invalid before any matching (`unmatched` is decided later). */
export function validateException(exception: PolicyException, check: ExceptionCheck): ExceptionProblem[] {
  const problems: ExceptionProblem[] = [];
  const policy = findPolicy(exception.policy, check.policies);
  if (!policy) problems.push({ kind: 'unknown-policy', value: exception.policy });
  else if (GATE_INTEGRITY_POLICIES.has(policy.id) || enforcementOf(check.settings, policy.id) === 'hard-mandatory') {
    problems.push({ kind: 'not-waivable', value: policy.id });
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

/** A valid exception, ready to waive findings; `matched` counts the findings it waived. */
export interface Waiver {
  readonly exception: PolicyException;
  readonly policyId: string;
  matched: number;
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

  /** The waiver for this finding, with its use counted, or undefined. */
  waive(finding: Finding): Waiver | undefined {
    const candidates = [
      ...(finding.vm !== undefined ? (this.byTarget.get(`${finding.policyId}\u0000${finding.vm}`) ?? []) : []),
      ...(this.byTarget.get(`${finding.policyId}\u0000${finding.address}`) ?? []),
      ...(this.patterns.get(finding.policyId) ?? []),
    ];
    let best: (typeof candidates)[number] | undefined;
    for (const candidate of candidates) if (candidate.matches(finding) && (!best || candidate.order < best.order)) best = candidate;
    if (!best) return undefined;
    best.waiver.matched += 1;
    return best.waiver;
  }
}

export function resolvePolicyId(name: string, policies: ReadonlyMap<string, AnyPolicy>): string | undefined {
  return findPolicy(name, policies)?.id;
}

/** Ids are upper case and names lower case, but people write either way. */
function findPolicy(name: string, policies: ReadonlyMap<string, AnyPolicy>): AnyPolicy | undefined {
  return policies.get(name) ?? policies.get(name.toUpperCase()) ?? policies.get(name.toLowerCase());
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
