/** The first thing a reader sees: passed or blocked, the counts, and what was evaluated (or the plan's totals). */
import { count, verdictCounts, type GateReport } from '../report.js';
import { inline } from '../escape/markdown.js';
import { short } from './blocks.js';

export function verdictSection(report: GateReport): string {
  const v = report.verdict;
  const lines = [`## ${v.passed ? '✅' : '❌'} ${inline(report.tool.name)}: ${v.passed ? 'passed' : 'blocked'} — ${verdictCounts(v)}`, ''];
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
