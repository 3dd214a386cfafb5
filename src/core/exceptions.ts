/**
 * Exceptions (waivers, docs/domain.md §6): which are valid, and which findings they waive. An invalid
 * exception waives nothing; the pack's exception policy reports why.
 */
import type { Finding } from './finding.js';
import type { Estate, PolicyException } from './model.js';
import type { ExceptionProblem, PolicyFinder } from './policy.js';
import { enforcementOf, type GateSettings } from './settings.js';
import { closest } from './suggest.js';
import { compileGlob } from './glob.js';
import { exceptionSubjects } from './subjects.js';

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

/**
 * Every exception an estate declares: those that name their VMs, then those declared on a VM, each
 * bound to the VM that declares it, so it waives that VM only, whatever names other VMs choose.
 */
export function estateExceptions(estate: Estate): PolicyException[] {
  const declared = estate.vms.flatMap((vm) =>
    vm.exceptions.map((exception) => (exception.vmAddress === vm.address ? exception : { ...exception, vmAddress: vm.address })),
  );
  return [...estate.exceptions, ...declared];
}

/**
 * Identity of an exception across base and head: what it waives and until when, not where it is
 * written. A renewed, widened or re-dated exception is a different one, so a change that makes it
 * counts as adding it. A JSON array, so that no name can make two identities collide.
 */
export function exceptionKey(exception: PolicyException): string {
  return JSON.stringify([
    exception.policy.trim().toUpperCase(),
    exception.vm,
    exception.vmAddress ?? null,
    exception.vmPattern === true,
    exception.subject === undefined ? null : (exception.subjectKind ?? 'disk'),
    exception.subject ?? null,
    exception.expires?.trim() ?? null,
  ]);
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
  if (exception.vmPattern === true) {
    const compiled = compileGlob(exception.vm);
    if ('problem' in compiled) problems.push({ kind: 'bad-pattern', value: exception.vm, problem: compiled.problem });
  }
  if (!exception.reason?.trim()) problems.push({ kind: 'no-reason' });
  if (!exception.owner?.trim()) problems.push({ kind: 'no-owner' });
  const expires = exception.expires?.trim();
  if (!expires) problems.push({ kind: 'no-expiry' });
  else if (!isCalendarDate(expires)) problems.push({ kind: 'bad-expiry', value: expires });
  else if (expires < check.today) problems.push({ kind: 'expired', value: expires });
  else if (daysBetween(check.today, expires) > check.settings.exceptionMaxDays) {
    problems.push({ kind: 'too-long', value: expires, maxDays: check.settings.exceptionMaxDays });
  }
  if (check.settings.exceptionsFromBaseOnly && check.baseExceptions && !check.baseExceptions.has(exceptionKey(exception))) {
    problems.push({ kind: 'added-by-change' });
  }
  return problems;
}

/**
 * Builds a predicate telling whether an exception covers a finding. Everything matches exactly: the
 * VM by the address of the VM that declares the exception, else by the name or address it names, and
 * by a glob only when the exception opted into one; a `disk` or `volume` only the finding about it.
 */
export function exceptionMatcher(exception: PolicyException, policyId: string): (finding: Finding) => boolean {
  const vmMatches = vmMatcher(exception);
  const subjects = exception.subject !== undefined ? new Set(exceptionSubjects(exception.subjectKind ?? 'disk', exception.subject)) : undefined;
  return (finding) =>
    finding.policyId === policyId && vmMatches(finding) && (subjects === undefined || (finding.subject !== undefined && subjects.has(finding.subject)));
}

function vmMatcher(exception: PolicyException): (finding: Finding) => boolean {
  const { vm, vmAddress } = exception;
  if (vmAddress !== undefined) return (finding) => finding.vmAddress === vmAddress;
  if (exception.vmPattern !== true) return (finding) => finding.vm !== undefined && (finding.vm === vm || finding.vmAddress === vm);
  const compiled = compileGlob(vm);
  if (!('glob' in compiled)) return () => false;
  const { glob } = compiled;
  return (finding) => finding.vm !== undefined && (glob(finding.vm) || (finding.vmAddress !== undefined && glob(finding.vmAddress)));
}

/** A valid exception, ready to waive findings. */
export interface Waiver {
  readonly exception: PolicyException;
  readonly policyId: string;
}

interface IndexEntry {
  readonly order: number;
  readonly waiver: Waiver;
  readonly matches: (finding: Finding) => boolean;
}

/**
 * Finds the exception that waives a finding without trying every exception on every finding:
 * exceptions are indexed by policy and by the VM address, name or address they are bound to; only
 * those that opted into a pattern are tried one by one. The first exception in declaration order wins.
 */
export class WaiverIndex {
  private readonly exact = new Map<string, IndexEntry[]>();
  private readonly patterns = new Map<string, IndexEntry[]>();

  constructor(waivers: readonly Waiver[]) {
    waivers.forEach((waiver, order) => {
      const entry = { order, waiver, matches: exceptionMatcher(waiver.exception, waiver.policyId) };
      const { vm, vmAddress, vmPattern } = waiver.exception;
      if (vmAddress !== undefined) append(this.exact, key(waiver.policyId, vmAddress), entry);
      else if (vmPattern === true) append(this.patterns, waiver.policyId, entry);
      else append(this.exact, key(waiver.policyId, vm), entry);
    });
  }

  /** The waiver for this finding, or undefined. A pure lookup: counting uses is the caller's business. */
  find(finding: Finding): Waiver | undefined {
    if (finding.vm === undefined) return undefined;
    const candidates = [
      ...(this.exact.get(key(finding.policyId, finding.vm)) ?? []),
      ...(finding.vmAddress !== undefined && finding.vmAddress !== finding.vm ? (this.exact.get(key(finding.policyId, finding.vmAddress)) ?? []) : []),
      ...(this.patterns.get(finding.policyId) ?? []),
    ];
    let best: IndexEntry | undefined;
    for (const candidate of candidates) if ((!best || candidate.order < best.order) && candidate.matches(finding)) best = candidate;
    return best?.waiver;
  }
}

function key(policyId: string, target: string): string {
  return `${policyId}\u0000${target}`;
}

function append(map: Map<string, IndexEntry[]>, at: string, entry: IndexEntry): void {
  const list = map.get(at);
  if (list) list.push(entry);
  else map.set(at, [entry]);
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
    case 'bad-pattern':
      return `its VM pattern is refused: ${problem.problem}`;
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
    case 'bad-pattern':
      return 'name the VMs literally, or write a shorter pattern';
    case 'added-by-change':
      return 'get it approved on the base branch in a change of its own';
    case 'unmatched':
      return 'remove it, or correct the VM, disk or policy it names';
  }
}
