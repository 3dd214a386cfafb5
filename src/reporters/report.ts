/**
 * The one input every reporter takes, the reporter signature, and the small, format-independent
 * facts reporters share (ordering, host labels, counting words), so text, JSON and SARIF agree.
 */
import type { Evaluation } from '../core/engine.js';
import type { GatedFinding, Verdict } from '../core/gate.js';
import type { ResolvedHost } from '../core/host.js';
import { OUTCOMES, type Outcome } from '../core/outcome.js';
import type { PlanReport } from '../core/plan.js';
import type { PolicyException } from '../core/model.js';
import type { AnyPolicy, ExceptionStatus, VmResult } from '../core/policy.js';

/** What a gate run produced, with everything needed to render it and nothing read from elsewhere. */
export interface GateReport {
  /** The tool itself, for SARIF `tool.driver` and JSON provenance. */
  readonly tool: { readonly name: string; readonly version: string; readonly informationUri: string };
  /** VMs with predicted outcomes, jobs with blast radius, exception statuses, notices. */
  readonly evaluation: Evaluation;
  /** Every finding with its gate status (waived and resolved ones included). */
  readonly findings: readonly GatedFinding[];
  readonly verdict: Verdict;
  /** The policy pack, for rule metadata (SARIF lists every rule, not only those that fired). */
  readonly policies: readonly AnyPolicy[];
  /** Definition files that were evaluated, relative paths with `/` separators. */
  readonly files: readonly string[];
  /** Ids of policies switched off in the configuration (`level: off`); they ran on nothing. Absent means none. */
  readonly disabledPolicies?: readonly string[];
  /** Set by `hvgate plan`: the change between base and head. Reporters must keep working when it is absent. */
  readonly plan?: PlanReport;
}

export interface ReporterOptions {
  /** ANSI colours in text output. The CLI decides (a TTY and no `NO_COLOR`); reporters never look. */
  readonly color?: boolean;
  /** SARIF `automationDetails.id` category, so several uploads for one commit do not replace each other. */
  readonly category?: string;
  /** Absolute `file://` URI of the directory `%SRCROOT%` stands for; SARIF leaves it out when unknown. */
  readonly sourceRoot?: string;
  /**
   * The text report's terminal view when the whole report went to a file: each list (VMs, findings
   * of a kind) shows this many entries and says how many more the file holds, so that a large
   * estate's CI log stays readable. Absent: every entry.
   */
  readonly shorten?: { readonly limit: number; readonly file: string };
}

/** A reporter renders a gate report as one string (a terminal log, a JSON document, a SARIF log). */
export type Reporter = (report: GateReport, options: ReporterOptions) => string;

/** Beyond this many VMs the text table shows only VMs whose backup is at risk, plus a count line. */
export const VM_TABLE_LIMIT = 50;

/** Applied exceptions that lapse within this many days are called out, so renewal is not a surprise block. */
export const EXPIRY_WARNING_DAYS = 30;

/** Applied exceptions that expire soon, soonest first. */
export function expiringSoon(exceptions: readonly ExceptionStatus[]): ExpiringException[] {
  return exceptions
    .filter((s): s is ExpiringException => s.daysLeft !== undefined && s.daysLeft <= EXPIRY_WARNING_DAYS && s.matched > 0)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/** An applied exception with its days left. */
export type ExpiringException = ExceptionStatus & { readonly daysLeft: number };

/** Beyond this many, the VMs an exception waived are counted, not named (JSON names them all). */
export const WAIVED_VMS_LISTED = 10;

/**
 * What an exception waives, as reports name it: `HVB003 for "web-01" (os)`; for a pattern, the VMs it
 * matched too: `HVB003 for VMs matching "web-*": web-01, web-02`.
 */
export function exceptionTarget(exception: PolicyException, vms: readonly string[] = []): string {
  const scope = exception.subject !== undefined ? ` (${exception.subject})` : '';
  if (exception.vmPattern !== true) return `${exception.policy} for "${exception.vm}"${scope}`;
  return `${exception.policy} for VMs matching "${exception.vm}"${scope}${vms.length > 0 ? `: ${waivedVmList(vms)}` : ''}`;
}

/** `web-01, web-02` or `web-01, …, web-10 and 4 more`. */
export function waivedVmList(vms: readonly string[]): string {
  const named = vms.slice(0, WAIVED_VMS_LISTED).join(', ');
  return vms.length > WAIVED_VMS_LISTED ? `${named} and ${vms.length - WAIVED_VMS_LISTED} more` : named;
}

/** VM names a report lists in one place before "… and N more"; a job's full list is in the JSON report, once. */
export const NAME_LIST_LIMIT = 20;

/** `a, b, c` or `a, b, … t … and 40 more`: bounded, so a job of 100,000 members costs each finding about it a line, not the list. */
export function someNames(names: readonly string[], limit = NAME_LIST_LIMIT): string {
  const head = names.slice(0, limit).join(', ');
  return names.length > limit ? `${head} … and ${names.length - limit} more` : head;
}

/** `today`, `tomorrow`, `in 12 days`. */
export function inDays(days: number): string {
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** Sort key: worst outcome first (the order of docs/domain.md §3, reversed), then name. */
export function compareVmResults(a: VmResult, b: VmResult): number {
  const byOutcome = OUTCOMES.indexOf(b.outcome) - OUTCOMES.indexOf(a.outcome);
  if (byOutcome !== 0) return byOutcome;
  return a.vm.name < b.vm.name ? -1 : a.vm.name > b.vm.name ? 1 : 0;
}

/** Outcomes a reviewer need not look at: backed up online, or intentionally off and captured offline. */
export function isUnremarkable(outcome: Outcome): boolean {
  return outcome === 'online' || outcome === 'offline';
}

/** The host as a short label: the profile name, or `default` when the configured default applies. */
export function hostName(host: ResolvedHost): string {
  return host.profile ?? 'default';
}

/** The verdict's counts, as the closing line of every report says them: `1 blocking, 2 warnings, 0 notes (1 waived)`. */
export function verdictCounts(verdict: Verdict): string {
  const parts = [`${verdict.blocking} blocking`];
  const nonBlockingErrors = verdict.errors - verdict.blocking;
  if (nonBlockingErrors > 0) parts.push(count(nonBlockingErrors, 'non-blocking error'));
  parts.push(count(verdict.warnings, 'warning'), count(verdict.notes, 'note'));
  const extras = [verdict.waived > 0 ? `${verdict.waived} waived` : '', verdict.overridden > 0 ? `${verdict.overridden} overridden` : ''].filter(Boolean);
  return `${parts.join(', ')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`;
}

/** `1 warning`, `3 notes`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * `{{vm}}` placeholders in rule-level text (a policy's `fix`) shown without data: `<vm>`. Markdown
 * would read `<vm>` as an HTML tag and drop it, so there it becomes a code span.
 */
export function withoutPlaceholders(template: string, markdown = false): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, markdown ? '`<$1>`' : '<$1>');
}

/** Blocking first, then introduced before pre-existing, then errors, warnings, notes; then by position. */
export function byImportance(a: GatedFinding, b: GatedFinding): number {
  return (
    Number(b.blocking) - Number(a.blocking) ||
    Number(b.status === 'introduced') - Number(a.status === 'introduced') ||
    LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
    (a.at.file < b.at.file ? -1 : a.at.file > b.at.file ? 1 : 0) ||
    a.at.line - b.at.line ||
    a.at.column - b.at.column
  );
}

const LEVEL_ORDER: Record<GatedFinding['level'], number> = { error: 0, warning: 1, note: 2 };
