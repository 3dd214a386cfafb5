/** Sections about VMs: the backup outcome of each (or, in a plan, before → after), and the plan's attribute changes. */
import type { PlanReport, VmChange } from '../../core/plan.js';
import type { VmResult } from '../../core/policy.js';
import { compareVmResults, count, hostName, isUnremarkable, VM_TABLE_LIMIT, type GateReport } from '../report.js';
import { cell, code } from '../escape/markdown.js';
import { ACTION_TEXT, collapsible, COLLAPSE_ROWS, outcomeText, stateText, SYMBOL, table, where, type RenderContext } from './blocks.js';

export function outcomeTableSection(report: GateReport): string {
  const vms = [...report.evaluation.vms].sort(compareVmResults);
  if (vms.length === 0) return '### Backup outcomes\n\nNo VMs were found in the evaluated definitions.';
  const failingJobs = new Set(report.evaluation.jobs.filter((j) => j.fails).map((j) => j.job.name));
  const summarise = vms.length > VM_TABLE_LIMIT;
  const shown = summarise ? vms.filter((r) => !isUnremarkable(r.outcome)) : vms;
  const rows = shown.map(
    (r) => `| ${cell(r.vm.name)} | ${cell(hostName(r.host))} (${cell(r.host.os)}) | ${outcomeText(r.outcome, r.uncertain)} | ${jobsCell(r, failingJobs)} |`,
  );
  const lines = [`### Backup outcomes (${count(vms.length, 'VM')}, worst first)`, ''];
  if (rows.length > 0)
    for (const line of collapsible(`${count(rows.length, 'VM')}, worst first`, table(['VM', 'Host', 'Outcome', 'Jobs'], rows))) lines.push(line);
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
export function planOutcomesSection(plan: PlanReport, ctx: RenderContext): string {
  const report = ctx.report;
  const blocks = new Set(report.findings.filter((f) => f.blocking).map((f) => f.vm));
  const shown = plan.changes.filter((c) => c.action !== 'unchanged' || c.affected || blocks.has(c.name));
  const lines = [`### Backup outcomes (${count(shown.length, 'VM')} touched by this change)`, ''];
  if (shown.length === 0) {
    lines.push("No VM is created, changed or destroyed, and no VM's backup changes.");
    return lines.join('\n');
  }
  const rows = shown.map(
    (c) =>
      `| ${SYMBOL[c.action]} | ${cell(c.name)} | ${ACTION_TEXT[c.action]}${c.affected ? ' (affected by other changes)' : ''} | ${stateText(c.before)} → ${stateText(c.after, c.action === 'delete')} | ${cell((c.after ?? c.before)?.host.label ?? '')} | ${where(c.at, ctx)} |`,
  );
  for (const line of collapsible(count(rows.length, 'VM'), table(['', 'VM', 'Change', 'Backup', 'Host', 'Definition'], rows))) lines.push(line);
  const untouched = plan.changes.length - shown.length;
  if (untouched > 0) lines.push('', `${count(untouched, 'other VM')} unchanged.`);
  return lines.join('\n');
}

export function planChangesSection(changes: readonly VmChange[]): string {
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
  for (const line of collapsible(count(changes.length, 'changed VM'), body, body.length > COLLAPSE_ROWS)) lines.push(line);
  return lines.join('\n');
}
