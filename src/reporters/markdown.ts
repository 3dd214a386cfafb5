/**
 * Markdown reporter for GitHub: the job summary and the sticky pull-request comment. It reads like a
 * reviewer's note: the verdict first, then what blocks the merge, whom a failing job takes down, the
 * backup outcome per VM, every finding, and the plan. The output fits a budget (bytes for the job
 * summary, characters for a comment): detail sections go first, and the text says what was cut. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import type { PolicyException } from '../core/model.js';
import type { ChangeAction, VmChange, VmState } from '../core/plan.js';
import type { ExceptionStatus, VmResult } from '../core/policy.js';
import { formatSpan, type SourceSpan } from '../core/source.js';
import {
  compareVmResults,
  count,
  describeProblem,
  hostName,
  isUnremarkable,
  VM_TABLE_LIMIT,
  type GateReport,
  type Reporter,
  type ReporterOptions,
  EXPIRY_WARNING_DAYS,
  expiringSoon,
  inDays,
} from './report.js';

/** GitHub refuses a job summary above 1 MiB per step; this leaves room for other steps' lines. */
export const JOB_SUMMARY_BYTES = 1_000_000;

/**
 * Where a finding went in a pull-request review: on its line, on its line in an earlier run, in the
 * review body (GitHub refused the inline anchors), or nowhere in the review, so the summary lists it.
 */
export type Placement = 'inline' | 'already-posted' | 'review-body' | 'outside-diff' | 'over-limit';

export interface MarkdownOptions extends ReporterOptions {
  /** The output never exceeds `limit`, measured in UTF-8 bytes or in UTF-16 code units (`String.length`). */
  readonly budget?: { readonly limit: number; readonly unit: 'bytes' | 'characters' };
  /** A hidden HTML comment put first, e.g. the sticky comment's marker. */
  readonly marker?: string;
  /** A URL for a position in the repository (the head commit's blob), so locations become links. */
  readonly link?: (at: SourceSpan) => string | undefined;
  /** Where each finding was placed in a review, by fingerprint; absent outside pull requests. */
  readonly placement?: ReadonlyMap<string, Placement>;
  /** Named in the note when sections are cut: where the reader finds everything ("the job summary"). */
  readonly fullReport?: string;
}

/** Sections in display order. `rank` orders dropping under a budget: the highest rank goes first; 0 is never dropped. */
interface Section {
  readonly title: string;
  readonly rank: number;
  readonly text: string;
}

/** Beyond this many rows a table sits in a collapsed `<details>` block. */
const COLLAPSE_ROWS = 10;
/** VM names listed in one table cell before "… and N more". */
const NAME_LIST_LIMIT = 20;

export const markdownReporter: Reporter = (report, options) => renderMarkdown(report, { budget: { limit: JOB_SUMMARY_BYTES, unit: 'bytes' }, ...options });

export function renderMarkdown(report: GateReport, options: MarkdownOptions = {}): string {
  const sections = buildSections(report, options);
  const head = options.marker !== undefined ? `${options.marker}\n` : '';
  if (options.budget === undefined) return head + join(sections);
  return head + fit(sections, options.budget.limit - measure(head, options.budget.unit), options.budget.unit, options.fullReport ?? 'the job summary');
}

// ---------------------------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------------------------

function buildSections(report: GateReport, options: MarkdownOptions): Section[] {
  const ctx: RenderContext = { report, link: options.link, placement: options.placement };
  const current = report.findings.filter((f) => f.status !== 'resolved');
  const sections: Section[] = [{ title: 'Verdict', rank: 0, text: verdict(report) }];

  const blocking = current.filter((f) => f.blocking);
  if (blocking.length > 0) sections.push({ title: 'What blocks the merge', rank: 1, text: blockingList(blocking, ctx) });

  if (options.placement !== undefined) {
    const elsewhere = current.filter((f) => !f.exception && f.status === 'introduced' && isElsewhere(options.placement!.get(f.fingerprint)));
    if (elsewhere.length > 0) sections.push({ title: 'Not on a changed line', rank: 2, text: elsewhereList(elsewhere, ctx) });
  }

  const added = report.plan?.addedExceptions ?? [];
  if (added.length > 0) sections.push({ title: 'Exceptions added by this change', rank: 2, text: addedExceptions(added, ctx) });

  const failingJobs = report.evaluation.jobs.filter((job) => job.fails);
  if (failingJobs.length > 0) sections.push({ title: 'Blast radius', rank: 3, text: blastRadius(report, ctx) });

  sections.push({ title: 'Backup outcomes', rank: 4, text: report.plan ? planOutcomes(report, ctx) : outcomeTable(report) });

  const listed = current.filter((f) => !f.exception);
  if (listed.length > 0) sections.push({ title: 'Findings', rank: 5, text: findingTable(listed, ctx) });

  if (report.plan) {
    const changed = report.plan.changes.filter((c) => c.action !== 'unchanged' && c.attributes.length > 0);
    if (changed.length > 0) sections.push({ title: 'Plan changes', rank: 6, text: planChanges(changed) });
  }

  const waived = current.filter((f) => f.exception);
  if (waived.length > 0) sections.push({ title: 'Waived', rank: 7, text: waivedList(waived, ctx) });
  const expiring = expiringSoon(report.evaluation.exceptions);
  if (expiring.length > 0) sections.push({ title: 'Exceptions expiring soon', rank: 2, text: expiringExceptions(expiring, ctx) });
  const ignored = report.evaluation.exceptions.filter((s) => s.problems.length > 0);
  if (ignored.length > 0) sections.push({ title: 'Exceptions not applied', rank: 7, text: ignoredExceptions(ignored, ctx) });
  const resolved = report.findings.filter((f) => f.status === 'resolved');
  if (resolved.length > 0) sections.push({ title: 'Resolved by this change', rank: 7, text: resolvedList(resolved, ctx) });
  const notices = [...new Set(report.evaluation.notices)];
  if (notices.length > 0) sections.push({ title: 'Notices', rank: 7, text: notices.map((n) => `> [!NOTE]\n> ${inline(n)}`).join('\n\n') });
  return sections;
}

interface RenderContext {
  readonly report: GateReport;
  readonly link: MarkdownOptions['link'];
  readonly placement: MarkdownOptions['placement'];
}

function isElsewhere(placement: Placement | undefined): boolean {
  return placement === undefined || placement === 'outside-diff' || placement === 'over-limit';
}

function verdict(report: GateReport): string {
  const v = report.verdict;
  const parts = [`${v.blocking} blocking`];
  if (v.errors - v.blocking > 0) parts.push(count(v.errors - v.blocking, 'non-blocking error'));
  parts.push(count(v.warnings, 'warning'), count(v.notes, 'note'));
  const extras = [v.waived > 0 ? `${v.waived} waived` : '', v.overridden > 0 ? `${v.overridden} overridden` : ''].filter(Boolean);
  const lines = [
    `## ${v.passed ? '✅' : '❌'} ${inline(report.tool.name)}: ${v.passed ? 'passed' : 'blocked'} — ${parts.join(', ')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`,
    '',
  ];
  const plan = report.plan;
  if (plan) {
    const s = plan.summary;
    const head = plan.head.workingTree ? 'the working tree' : `\`${short(plan.head.commit ?? '')}\``;
    lines.push(
      `Plan: **${s.add}** to add, **${s.change}** to change, **${s.destroy}** to destroy — base \`${short(plan.base.commit)}\` → ${head}; gate configuration from the ${plan.configFrom}.`,
    );
    if (plan.override) lines.push('', `> [!WARNING]\n> Override in force: ${inline(plan.override.reason)}`);
  } else {
    lines.push(
      `${count(report.files.length, 'definition file')}, ${count(report.evaluation.vms.length, 'VM')}, ${count(report.evaluation.jobs.length, 'backup job')} evaluated.`,
    );
  }
  return lines.join('\n');
}

function blockingList(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const lines = [`### What blocks the merge (${findings.length})`, ''];
  for (const f of findings) {
    lines.push(`- **${f.policyId}** ${f.policyName} at ${where(f.at, ctx)}${placementNote(f, ctx)}: ${inline(f.message)}`);
    if (f.blastRadius && f.blastRadius.length > 0)
      lines.push(`  - ${count(f.blastRadius.length, 'VM loses its backup', 'VMs lose their backup')}: ${names(f.blastRadius)}`);
    lines.push(`  - Fix: ${inline(f.fix)} ([docs](${url(f.docsUrl)}))`);
  }
  return lines.join('\n');
}

function placementNote(f: GatedFinding, ctx: RenderContext): string {
  const placement = ctx.placement?.get(f.fingerprint);
  // The same words for both, so a rerun with nothing new leaves the comment as it was.
  if (placement === 'inline' || placement === 'already-posted') return ' (review comment)';
  if (placement === 'review-body') return ' (in the review)';
  return '';
}

function elsewhereList(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const lines = [
    `### Not on a changed line (${findings.length})`,
    '',
    'These findings are introduced by this change but point at lines the diff does not touch (or exceed the review-comment limit), so they are listed here instead of inline.',
    '',
  ];
  for (const f of findings) lines.push(`- ${levelText(f)} **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)}`);
  return lines.join('\n');
}

function addedExceptions(exceptions: readonly PolicyException[], ctx: RenderContext): string {
  const statusAt = new Map(ctx.report.evaluation.exceptions.map((s) => [formatSpan(s.exception.at), s] as const));
  const lines = [
    `### Exceptions added by this change (${exceptions.length})`,
    '',
    '| Policy | VM | Owner | Expires | Reason | Honoured | Where |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const e of exceptions) {
    const status = statusAt.get(formatSpan(e.at));
    const honoured = status === undefined ? '—' : status.problems.length === 0 ? 'yes' : `no: ${inline(status.problems.map(describeProblem).join('; '))}`;
    lines.push(
      `| ${cell(e.policy)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''} | ${cell(e.vm)} | ${cell(e.owner ?? '(none)')} | ${cell(e.expires ?? '(never)')} | ${cell(e.reason ?? '(none)')} | ${honoured} | ${where(e.at, ctx)} |`,
    );
  }
  return lines.join('\n');
}

function blastRadius(report: GateReport, ctx: RenderContext): string {
  const failing = report.evaluation.jobs.filter((job) => job.fails);
  const lines = [
    `### Blast radius: ${count(failing.length, 'backup job fails', 'backup jobs fail')}`,
    '',
    'All or nothing: when one VM in a job cannot be snapshotted, no VM in that job is backed up.',
    '',
    '| Job | Members that lose their backup | Why |',
    '|---|---|---|',
  ];
  for (const result of failing) {
    const why = [
      ...result.failing.map((name) => `${cell(name)} is predicted to fail`),
      ...result.missing.map((m) => `${cell(m.name)} is listed but not defined (${where(m.at, ctx)})`),
    ].join('; ');
    lines.push(`| ${cell(result.job.name)} (${where(result.job.nameAt, ctx)}) | ${result.members.length}: ${names(result.members)} | ${why || '—'} |`);
  }
  return lines.join('\n');
}

function outcomeTable(report: GateReport): string {
  const vms = [...report.evaluation.vms].sort(compareVmResults);
  if (vms.length === 0) return '### Backup outcomes\n\nNo VMs were found in the evaluated definitions.';
  const failingJobs = new Set(report.evaluation.jobs.filter((j) => j.fails).map((j) => j.job.name));
  const summarise = vms.length > VM_TABLE_LIMIT;
  const shown = summarise ? vms.filter((r) => !isUnremarkable(r.outcome)) : vms;
  const rows = shown.map(
    (r) => `| ${cell(r.vm.name)} | ${cell(hostName(r.host))} (${cell(r.host.os)}) | ${outcomeText(r.outcome, r.uncertain)} | ${jobsCell(r, failingJobs)} |`,
  );
  const lines = [`### Backup outcomes (${count(vms.length, 'VM')}, worst first)`, ''];
  if (rows.length > 0) lines.push(...table(['VM', 'Host', 'Outcome', 'Jobs'], rows));
  const hidden = vms.length - shown.length;
  if (hidden > 0)
    lines.push(
      '',
      rows.length > 0
        ? `… and ${count(hidden, 'more VM')} backed up online or offline, not listed.`
        : `All ${count(hidden, 'VM')} are backed up online or offline.`,
    );
  return lines.join('\n');
}

function jobsCell(result: VmResult, failingJobs: ReadonlySet<string>): string {
  if (result.jobs.length === 0) return '—';
  return result.jobs.map((job) => (failingJobs.has(job) ? `${cell(job)} (fails)` : cell(job))).join(', ');
}

/** In a plan, the VMs whose backup the change touches, with the outcome before and after. */
function planOutcomes(report: GateReport, ctx: RenderContext): string {
  const plan = report.plan!;
  const blocks = new Set(report.findings.filter((f) => f.blocking).map((f) => f.vm));
  const shown = plan.changes.filter((c) => c.action !== 'unchanged' || c.affected || blocks.has(c.name));
  const lines = [`### Backup outcomes (${count(shown.length, 'VM')} touched by this change)`, ''];
  if (shown.length === 0) {
    lines.push("No VM is created, changed or destroyed, and no VM's backup changes.");
    return lines.join('\n');
  }
  const rows = shown.map(
    (c) =>
      `| ${SYMBOL[c.action]} | ${cell(c.name)} | ${ACTION_TEXT[c.action]}${c.affected ? ' (affected by other changes)' : ''} | ${stateText(c.before)} → ${stateText(c.after, c.action === 'delete')} | ${cell((c.after ?? c.before)?.host ?? '')} | ${where(c.at, ctx)} |`,
  );
  lines.push(...table(['', 'VM', 'Change', 'Backup', 'Host', 'Definition'], rows));
  const untouched = plan.changes.length - shown.length;
  if (untouched > 0) lines.push('', `${count(untouched, 'other VM')} unchanged.`);
  return lines.join('\n');
}

const SYMBOL: Record<ChangeAction, string> = { create: '`+`', update: '`~`', replace: '`-/+`', delete: '`-`', unchanged: '' };
const ACTION_TEXT: Record<ChangeAction, string> = {
  create: 'create',
  update: 'update in place',
  replace: 'replace',
  delete: 'destroy',
  unchanged: 'unchanged',
};

function stateText(state: VmState | undefined, removed = false): string {
  if (state === undefined) return removed ? '(removed)' : '(none)';
  return outcomeText(state.outcome, state.uncertain);
}

function outcomeText(outcome: string, uncertain: boolean): string {
  const strong = outcome === 'fails' || outcome === 'unprotected' || outcome === 'incomplete';
  const text = strong ? `**${outcome}**` : outcome;
  return uncertain ? `${text} (uncertain)` : text;
}

function findingTable(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const planned = ctx.report.plan !== undefined;
  const header = ['Level', 'Policy', 'Where', 'Message', ...(planned ? ['Status'] : [])];
  const ordered = [...findings].sort(byImportance);
  const rows = ordered.map((f) => {
    const status = planned ? ` ${STATUS_TEXT[f.status]}${f.cannotEvaluate ? ', unknown until apply' : ''} |` : '';
    return `| ${levelText(f)} | [${f.policyId}](${url(f.docsUrl)}) ${f.policyName} | ${where(f.at, ctx)}${placementNote(f, ctx)} | ${cell(f.message)} |${status}`;
  });
  const lines = [`### Findings (${findings.length})`, ''];
  lines.push(...collapsible(`${count(findings.length, 'finding')}, blocking first`, table(header, rows)));
  return lines.join('\n');
}

const STATUS_TEXT: Record<GatedFinding['status'], string> = { introduced: 'introduced', unchanged: 'pre-existing', resolved: 'resolved' };

function planChanges(changes: readonly VmChange[]): string {
  const lines = ['### Plan changes', ''];
  const body: string[] = [];
  for (const change of changes) {
    body.push(
      `- ${SYMBOL[change.action]} **${cell(change.address)}** ${ACTION_TEXT[change.action]}${change.actionFrom === 'terraform-plan' ? ' (Terraform plan)' : ''}`,
    );
    for (const a of change.attributes) {
      const replaces = a.forcesReplacement ? ' — forces replacement' : '';
      if (a.before === undefined) body.push(`  - \`+\` ${code(a.path)} = ${code(a.after ?? '')}${replaces}`);
      else if (a.after === undefined) body.push(`  - \`-\` ${code(a.path)} = ${code(a.before)}${replaces}`);
      else body.push(`  - \`~\` ${code(a.path)}: ${code(a.before)} → ${code(a.after)}${replaces}`);
    }
  }
  lines.push(...collapsible(count(changes.length, 'changed VM'), body, body.length > COLLAPSE_ROWS));
  return lines.join('\n');
}

function waivedList(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const lines = [`### Waived (${findings.length})`, '', 'Valid exceptions: these neither count nor block.', ''];
  for (const f of findings) {
    const e = f.exception!;
    lines.push(
      `- **${f.policyId}** at ${where(f.at, ctx)}: ${inline(f.message)} — waived until ${inline(e.expires)}, owner ${inline(e.owner)}: ${inline(e.reason)}`,
    );
  }
  return lines.join('\n');
}

function expiringExceptions(statuses: readonly ExceptionStatus[], ctx: RenderContext): string {
  const lines = [`### Exceptions expiring within ${EXPIRY_WARNING_DAYS} days (${statuses.length})`, '', 'Renew or fix before they lapse and block.', ''];
  for (const s of statuses) {
    const e = s.exception;
    lines.push(
      `- ⏳ ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''} at ${where(e.at, ctx)}: expires ${inline(e.expires ?? '')} (${inDays(s.daysLeft!)}), owner ${inline(e.owner ?? '')}`,
    );
  }
  return lines.join('\n');
}

function ignoredExceptions(statuses: GateReport['evaluation']['exceptions'], ctx: RenderContext): string {
  const lines = [`### Exceptions not applied (${statuses.length})`, ''];
  for (const s of statuses) {
    const e = s.exception;
    lines.push(
      `- ${cell(e.policy)} for ${cell(e.vm)}${e.subject !== undefined ? ` (${cell(e.subject)})` : ''} at ${where(e.at, ctx)}: ignored because ${inline(s.problems.map(describeProblem).join('; '))}`,
    );
  }
  return lines.join('\n');
}

function resolvedList(findings: readonly GatedFinding[], ctx: RenderContext): string {
  const lines = [`### Resolved by this change (${findings.length})`, ''];
  for (const f of findings) lines.push(`- ✅ **${f.policyId}** ${inline(f.message)} (was at ${code(formatSpan(f.at))})`);
  ctx;
  return lines.join('\n');
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

function levelText(f: GatedFinding): string {
  if (f.blocking) return '🛑 blocking';
  return f.level === 'error' ? '❗ error' : f.level === 'warning' ? '⚠️ warning' : 'ℹ️ note';
}

// ---------------------------------------------------------------------------------------------
// Markdown building blocks
// ---------------------------------------------------------------------------------------------

function table(header: readonly string[], rows: readonly string[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows];
}

function collapsible(summary: string, body: readonly string[], collapse = body.length > COLLAPSE_ROWS + 2): string[] {
  if (!collapse) return [...body];
  return [`<details><summary>${inline(summary)}</summary>`, '', ...body, '', '</details>'];
}

function where(at: SourceSpan, ctx: RenderContext): string {
  const text = code(`${at.file}:${at.line}`);
  const href = ctx.link?.(at);
  return href !== undefined ? `[${text}](${url(href)})` : text;
}

function names(list: readonly string[]): string {
  const head = list.slice(0, NAME_LIST_LIMIT).map(cell).join(', ');
  return list.length > NAME_LIST_LIMIT ? `${head} … and ${list.length - NAME_LIST_LIMIT} more` : head;
}

function short(commit: string): string {
  return commit.slice(0, 12);
}

/**
 * Definitions are untrusted input. In Markdown a name could open a link, an HTML tag (or a fake
 * sticky-comment marker), a table column, or `@mention` someone; every such character is escaped
 * and line breaks become spaces.
 */
export function inline(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/\r?\n/g, ' ')
      .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
      .replace(/@/g, '&#64;')
  );
}

/** Table cells take the same escaping; pipes are the part that matters most there. */
const cell = inline;

/** A code span that holds any text: the fence is longer than the longest backtick run inside. */
function code(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Only http(s) URLs become links; parentheses and spaces are encoded so the link cannot break out. */
function url(href: string): string {
  if (!/^https?:\/\//i.test(href)) return '#';
  return href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
}

function join(sections: readonly Section[]): string {
  return sections.map((s) => s.text).join('\n\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------------

export function measure(text: string, unit: 'bytes' | 'characters'): number {
  return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}

/**
 * Drops sections, least important first, until the text fits, and says which ones went. When even
 * the sections that are never dropped do not fit, the text is cut at a line (see `cutMarkdown`).
 */
function fit(sections: readonly Section[], limit: number, unit: 'bytes' | 'characters', fullReport: string): string {
  let kept = [...sections];
  const dropped: Section[] = [];
  const noteFor = (omitted: readonly Section[], cut: boolean) =>
    `\n> [!NOTE]\n> Shortened to stay within GitHub's size limit${omitted.length > 0 ? `: left out ${omitted.map((s) => s.title).join(', ')}` : ''}${cut ? `${omitted.length > 0 ? ';' : ':'} the rest of the report was cut` : ''}. ${capitalize(fullReport)} has the full report.\n`;
  while (measure(join(kept), unit) + (dropped.length > 0 ? measure(noteFor(dropped, false), unit) : 0) > limit) {
    const candidates = kept.filter((s) => s.rank > 0);
    if (candidates.length === 0) break;
    const worst = candidates.reduce((a, b) => (b.rank >= a.rank ? b : a));
    kept = kept.filter((s) => s !== worst);
    dropped.unshift(worst);
  }
  const text = join(kept);
  if (dropped.length === 0 && measure(text, unit) <= limit) return text;
  if (measure(text, unit) + measure(noteFor(dropped, false), unit) <= limit) return text + noteFor(dropped, false);
  const note = noteFor(dropped, true);
  return cutMarkdown(text, limit - measure(note, unit), unit) + note;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Cuts Markdown to at most `limit` at a line boundary, then closes what the cut left open (a code
 * fence, `<details>` blocks), so the remainder still renders. The closers are counted in the limit.
 */
export function cutMarkdown(text: string, limit: number, unit: 'bytes' | 'characters'): string {
  if (measure(text, unit) <= limit) return text;
  const lines = text.split('\n');
  let used = 0;
  let fence: string | undefined;
  let openDetails = 0;
  const kept: string[] = [];
  const closers = (f: string | undefined, details: number) => (f !== undefined ? `${f}\n` : '') + '</details>\n'.repeat(details);
  for (const line of lines) {
    let nextFence = fence;
    let nextDetails = openDetails;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) nextFence = fence === undefined ? fenceMatch[1] : line.trim().startsWith(fence) ? undefined : fence;
    else if (fence === undefined) nextDetails += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    const cost = measure(line + '\n', unit);
    if (used + cost + measure(closers(nextFence, Math.max(0, nextDetails)), unit) > limit) break;
    kept.push(line);
    used += cost;
    fence = nextFence;
    openDetails = Math.max(0, nextDetails);
  }
  return kept.join('\n') + '\n' + closers(fence, openDetails);
}
