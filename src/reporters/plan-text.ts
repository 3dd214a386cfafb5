/**
 * The plan as text, read like `terraform plan`: per VM `+` create, `~` update, `-/+` replace, `-`
 * delete, with every attribute that changes in the source's words (`~ processor_count = 2 -> 4`),
 * whether the change is backup-relevant, the predicted backup outcome before and after, and the
 * findings under each VM marked introduced, pre-existing or resolved; then the full text report, and
 * a closing `Plan: … Gate: …` line. A plan of more than PLAN_CHANGE_LIMIT changes lists in full
 * those that touch a VM's backup and counts the others per action. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import type { PolicyException } from '../core/model.js';
import type { AttributeChange, PlanAction, PlanReport, VmChange, PredictedBackup } from '../core/plan.js';
import { formatSpan } from '../core/source.js';
import { count, exceptionTarget, isUnremarkable, type GateReport, type Reporter, type ReporterOptions } from './report.js';
import { clean, inertLog } from './escape/terminal.js';
import { palette, type Palette } from './text/style.js';
import { textReporter } from './text.js';

const SYMBOL: Record<PlanAction, string> = { create: '  +', update: '  ~', replace: '-/+', delete: '  -', unchanged: '   ' };

const HEADLINE: Record<Exclude<PlanAction, 'unchanged'>, string> = {
  create: 'will be created',
  update: 'will be updated in-place',
  replace: 'must be replaced',
  delete: 'will be destroyed',
};

function headline(change: VmChange): string {
  if (change.action !== 'unchanged') return HEADLINE[change.action];
  return change.affected ? 'is unchanged, but its backup is affected by other changes' : 'is unchanged, but has blocking findings';
}

const STATUS_LABEL: Record<GatedFinding['status'], string> = { introduced: 'introduced', unchanged: 'pre-existing', resolved: 'resolved' };

/** Plan section, then the full text report (without its verdict line), then the closing plan line. */
export const planTextReporter: Reporter = (report: GateReport, options: ReporterOptions): string => {
  const details = textReporter(report, options).replace(/\n*$/, '').split('\n');
  // eslint-disable-next-line no-control-regex -- the closing line may start with colour codes (ESC [ … m)
  if (/^(\u001b\[[0-9;]*m)*Gate: /.test(details.at(-1) ?? '')) details.pop();
  while (details.length > 0 && details[details.length - 1] === '') details.pop();
  return inertLog([renderPlan(report, options), 'Details:', '', ...details, '', planLine(report, options)].join('\n') + '\n');
};

/** The Terraform-like part alone: changes per VM, other findings, exceptions added. Empty without a plan. */
export function renderPlan(report: GateReport, options: ReporterOptions = {}): string {
  const plan = report.plan;
  if (!plan) return '';
  const style = palette(options.color === true);
  const out: string[] = [];
  const head = plan.head.workingTree ? 'working tree' : `${clean(plan.head.ref ?? '')} (${(plan.head.commit ?? '').slice(0, 12)})`;
  out.push(style.bold(`Plan: base ${clean(plan.base.ref)} (${plan.base.commit.slice(0, 12)}) -> head ${head}`));
  out.push(`Gate configuration from the ${plan.configFrom}.`);
  if (plan.proposedConfiguration !== undefined && plan.proposedConfiguration.length > 0) {
    out.push('Configuration changes proposed by the head, not applied:', ...plan.proposedConfiguration.map((change) => `  - ${clean(change)}`));
  }
  if (plan.override) out.push(style.yellow(`Override in force: ${clean(plan.override.reason)}`));
  out.push('');

  const findingsOf = groupFindings(report.findings, plan);
  // With scope `all` an untouched VM can block the change; it must be visible here, not only in the details.
  const blocks = (change: VmChange) => (findingsOf.get(change.address) ?? []).some((f) => f.blocking);
  const shown = plan.changes.filter((c) => c.action !== 'unchanged' || c.affected || blocks(c));
  if (shown.length === 0) {
    out.push("No changes. The definitions match the base, and no VM's backup changes.");
  } else {
    // A change of thousands of VMs lists what a reviewer must read and counts the rest; JSON keeps every change.
    const summarise = shown.length > PLAN_CHANGE_LIMIT;
    const listed: VmChange[] = [];
    const unlisted: VmChange[] = [];
    for (const change of shown) (!summarise || mustBeRead(change, findingsOf.get(change.address) ?? []) ? listed : unlisted).push(change);
    out.push(
      summarise
        ? `hvgate will perform ${count(shown.length, 'change')}; in full, those that touch a VM's backup:`
        : 'hvgate will perform the following changes:',
    );
    for (const change of listed) for (const line of ['', ...changeLines(change, findingsOf.get(change.address) ?? [], style)]) out.push(line);
    if (unlisted.length > 0) out.push('', unlistedLine(unlisted));
  }

  const vmAddresses = new Set(plan.changes.map((c) => c.address));
  const others = [...findingsOf].filter(([address, findings]) => !vmAddresses.has(address) && findings.some(isNoteworthy));
  if (others.length > 0) {
    out.push('', style.bold('Other resources (backup jobs, files):'));
    for (const [address, findings] of others) {
      out.push(`    ${clean(address)}`);
      for (const finding of findings.filter(isNoteworthy)) out.push(findingLine(finding, style));
    }
  }

  if (plan.addedExceptions.length > 0) {
    out.push('', style.bold(`Exceptions added by this change (${plan.addedExceptions.length}):`));
    const statusAt = new Map(report.evaluation.exceptions.map((s) => [formatSpan(s.exception.at), s] as const));
    for (const exception of plan.addedExceptions) {
      const status = statusAt.get(formatSpan(exception.at));
      const honoured = status?.problems.length === 0;
      const why = status?.problems.some((p) => p.kind === 'added-by-change')
        ? 'not honoured: only exceptions from the base count'
        : honoured
          ? 'honoured'
          : 'not honoured';
      out.push(`    ${exceptionLine(exception)}  [${why}]`);
    }
  }
  if (plan.removedExceptions.length > 0) {
    out.push('', style.bold(`Exceptions removed by this change (${plan.removedExceptions.length}):`));
    for (const exception of plan.removedExceptions) out.push(`    ${exceptionLine(exception)}`);
  }
  return out.join('\n') + '\n';
}

/** Beyond this many changes, those that leave a VM's backup unremarkable are counted rather than listed. */
export const PLAN_CHANGE_LIMIT = 50;

/**
 * A change a reviewer must read even among thousands: it destroys or replaces a VM, changes an
 * attribute a backup policy reads, moves the VM's predicted backup or leaves it at risk, or carries a
 * finding. A new VM backed up online (or offline, as intended) without a finding need not be.
 */
function mustBeRead(change: VmChange, findings: readonly GatedFinding[]): boolean {
  if (findings.length > 0 || change.affected) return true;
  if (change.action === 'delete' || change.action === 'replace' || change.action === 'unchanged') return true;
  if (change.action === 'update' && change.backupRelevant) return true;
  const { before, after } = change;
  if (before && after && (before.outcome !== after.outcome || before.uncertain !== after.uncertain)) return true;
  return [before, after].some((state) => state !== undefined && (state.uncertain || !isUnremarkable(state.outcome)));
}

const UNLISTED_WORDS: Record<PlanAction, string> = {
  create: 'to create',
  update: 'to update (nothing a backup policy reads)',
  replace: 'to replace',
  delete: 'to destroy',
  unchanged: 'unchanged',
};

/** `… and 99,950 more changes, none with a finding or a backup at risk: 99,950 to create. …` */
function unlistedLine(unlisted: readonly VmChange[]): string {
  const perAction = new Map<PlanAction, number>();
  for (const change of unlisted) perAction.set(change.action, (perAction.get(change.action) ?? 0) + 1);
  const counts = [...perAction].map(([action, n]) => `${n} ${UNLISTED_WORDS[action]}`).join(', ');
  return `  … and ${count(unlisted.length, 'more change')}, none with a finding or a backup at risk: ${counts}. --format json lists every change.`;
}

/** `Plan: 1 to add, 2 to change (1 backup-relevant), 0 to destroy. Gate: BLOCKED — 2 blocking, 1 warning.` */
export function planLine(report: GateReport, options: ReporterOptions = {}): string {
  const style = palette(options.color === true);
  const s = report.plan?.summary;
  const relevant = s && s.change > 0 ? ` (${s.backupRelevantChange} backup-relevant)` : '';
  const plan = s ? `Plan: ${s.add} to add, ${s.change} to change${relevant}, ${s.destroy} to destroy. ` : '';
  const v = report.verdict;
  const parts = [`${v.blocking} blocking`];
  if (v.errors - v.blocking > 0) parts.push(count(v.errors - v.blocking, 'non-blocking error'));
  parts.push(count(v.warnings, 'warning'));
  if (v.overridden > 0) parts.push(`${v.overridden} overridden`);
  const gate = v.passed ? style.bold(style.green('Gate: PASSED')) : style.bold(style.red('Gate: BLOCKED'));
  return `${plan}${gate} — ${parts.join(', ')}.`;
}

function changeLines(change: VmChange, findings: readonly GatedFinding[], style: Palette): string[] {
  const paint =
    change.action === 'create'
      ? style.green
      : change.action === 'delete' || change.action === 'replace'
        ? style.red
        : change.action === 'update'
          ? style.yellow
          : (t: string) => t;
  const where = change.action === 'delete' ? `${formatSpan(change.at)} (base)` : formatSpan(change.at);
  const from = change.actionFrom === 'terraform-plan' ? ' (Terraform plan)' : '';
  const relevance = change.action === 'update' && !change.backupRelevant ? '; nothing a backup policy reads changes' : '';
  const lines = [
    style.dim(`  # ${clean(change.address)} ${headline(change)}${from}${relevance}`),
    `${paint(SYMBOL[change.action])} ${style.bold(clean(change.address))}  ${style.dim(clean(where))}`,
  ];
  lines.push(...attributeLines(change.attributes, style));
  lines.push(...contextLines(change.before, change.after));
  for (const finding of findings) lines.push(findingLine(finding, style));
  return lines;
}

/** As Terraform writes them: `+ a = 1`, `- a = 1 -> null`, `~ a = 1 -> 2`, names padded so the `=` line up. */
function attributeLines(attributes: readonly AttributeChange[], style: Palette): string[] {
  const width = attributes.reduce((max, a) => (a.path.length <= MAX_NAME_WIDTH ? Math.max(max, a.path.length) : max), 0);
  return attributes.map((attribute) => {
    const name = clean(attribute.path).padEnd(width);
    const replaces = attribute.forcesReplacement ? style.red(' # forces replacement') : '';
    if (attribute.before === undefined) return `      ${style.green('+')} ${name} = ${clean(attribute.after ?? '')}${replaces}`;
    if (attribute.after === undefined) return `      ${style.red('-')} ${name} = ${clean(attribute.before)} -> null${replaces}`;
    return `      ${style.yellow('~')} ${name} = ${clean(attribute.before)} -> ${clean(attribute.after)}${replaces}`;
  });
}

/** Beyond this, a long attribute name is not padded to: it would push every other line far right. */
const MAX_NAME_WIDTH = 60;

/** Host and job membership when they move, then the outcome transition. */
function contextLines(before: PredictedBackup | undefined, after: PredictedBackup | undefined): string[] {
  const lines: string[] = [];
  if (before && after && before.host.label !== after.host.label) lines.push(`      host: ${clean(before.host.label)} -> ${clean(after.host.label)}`);
  if (before && after && before.jobs.join('\u0000') !== after.jobs.join('\u0000'))
    lines.push(`      backup jobs: ${jobList(before.jobs)} -> ${jobList(after.jobs)}`);
  const was = before ? outcomeText(before) : '(none)';
  const now = after ? outcomeText(after) : '(removed)';
  const host = after ?? before;
  if (host === undefined) return lines;
  lines.push(was === now ? `      backup: ${now} (unchanged; ${clean(host.host.label)})` : `      backup: ${was} -> ${now} (${clean(host.host.label)})`);
  return lines;
}

function outcomeText(state: PredictedBackup): string {
  return state.uncertain ? `${state.outcome} (uncertain)` : state.outcome;
}

function jobList(jobs: readonly string[]): string {
  return jobs.length === 0 ? '(none)' : `[${jobs.map(clean).join(', ')}]`;
}

function findingLine(finding: GatedFinding, style: Palette): string {
  const marks = [finding.blocking ? 'blocking' : '', finding.overridden ? 'overridden' : '', finding.exception ? 'waived' : ''].filter(Boolean);
  const status = STATUS_LABEL[finding.status].padEnd(12);
  const paintStatus = finding.status === 'introduced' ? style.red : finding.status === 'resolved' ? style.green : style.dim;
  const level = finding.level.padEnd(7);
  const tail = marks.length > 0 ? `  [${marks.join(', ')}]` : '';
  return `      ${paintStatus(status)} ${level} ${finding.policyId}  ${clean(formatSpan(finding.at))}  ${clean(finding.message)}${finding.blocking ? style.red(tail) : tail}`;
}

/** Findings by the resource they are about; findings about a VM go under its change. */
function groupFindings(findings: readonly GatedFinding[], plan: PlanReport): Map<string, GatedFinding[]> {
  const addressOfVm = new Map(plan.changes.map((c) => [c.name, c.address] as const));
  const vmAddresses = new Set(addressOfVm.values());
  const groups = new Map<string, GatedFinding[]>();
  for (const finding of findings) {
    const byName = finding.vm !== undefined && !vmAddresses.has(finding.address) ? addressOfVm.get(finding.vm) : undefined;
    const key = byName ?? finding.address;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

/** Outside VM changes, only what the change moves is worth a line here; the details list everything. */
function isNoteworthy(finding: GatedFinding): boolean {
  return finding.status !== 'unchanged' || finding.blocking;
}

function exceptionLine(exception: PolicyException): string {
  const target = exceptionTarget(exception);
  const facts = [`owner ${exception.owner ?? '(none)'}`, `expires ${exception.expires ?? '(never)'}`, `reason: ${exception.reason ?? '(none)'}`];
  return clean(`${formatSpan(exception.at)}  ${target}: ${facts.join(', ')}`);
}
