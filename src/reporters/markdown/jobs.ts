/** The blast radius: every backup job that fails as a whole, drawn, whom it takes down, and why. */
import type { JobResult } from '../../core/policy.js';
import { count, type GateReport } from '../report.js';
import { cell, inline } from '../escape/markdown.js';
import { listShorterForm, type ShorterForm } from './budget.js';
import { blastGraph, graphCaption, type CauseOf } from './blast-graph.js';
import { collapsible, names, table, where, type RenderContext } from './blocks.js';

/** At most this many jobs are drawn; the table lists every failing job. */
export const GRAPH_LIMIT = 5;

export function blastRadiusSection(report: GateReport, ctx: RenderContext): string {
  const failing = report.evaluation.jobs.filter((job) => job.fails);
  const lines = blastHeading(failing);
  const causeOf = causesIn(report);
  let drawn = 0;
  for (const result of failing.slice(0, GRAPH_LIMIT)) {
    const graph = blastGraph(result, drawn, causeOf);
    if (graph === undefined) continue;
    lines.push('', ...graph, '', graphCaption(result));
    drawn += 1;
  }
  const rows = failing.map((result) => jobRow(result, ctx));
  const summary =
    drawn === 0
      ? count(failing.length, 'failing job')
      : failing.length === 1
        ? 'The failing job as a table, with positions'
        : `The ${failing.length} failing jobs as a table, with positions`;
  lines.push('', ...collapsible(summary, table(['Job', 'Members that lose their backup', 'Why'], rows), drawn > 0));
  return lines.join('\n');
}

/** Failing jobs the briefest blast radius names; it is kept before the detail sections. */
const BRIEF_JOBS = 10;

/** The blast radius summarised, when the whole does not fit: each failing job's name and how many members it takes down, as many as the room allows. */
export function shorterBlastRadius(report: GateReport, fullReport: string): ShorterForm {
  const failing = report.evaluation.jobs.filter((job) => job.fails);
  return listShorterForm(
    `${blastHeading(failing).join('\n')}\n`,
    failing,
    (result) => `- **${inline(result.job.name)}**: ${count(result.members.length, 'member loses its backup', 'members lose their backup')}`,
    (hidden) => `- … and ${count(hidden, 'more failing job')}: see ${inline(fullReport)}`,
    BRIEF_JOBS,
  );
}

function blastHeading(failing: readonly JobResult[]): string[] {
  return [
    `### Blast radius: ${count(failing.length, 'backup job fails', 'backup jobs fail')}`,
    '',
    'All or nothing: when one VM in a job cannot be snapshotted, no VM in that job is backed up.',
  ];
}

function jobRow(result: JobResult, ctx: RenderContext): string {
  const why = [
    ...result.failing.map((name) => `${cell(name)} is predicted to fail`),
    ...result.missing.map((m) => `${cell(m.name)} is listed but not defined (${where(m.at, ctx)})`),
  ].join('; ');
  return `| ${cell(result.job.name)} (${where(result.job.nameAt, ctx)}) | ${result.members.length}: ${names(result.members)} | ${why || '—'} |`;
}

/** A failing VM's cause: the policy of the first finding that set its outcome. */
function causesIn(report: GateReport): CauseOf {
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f] as const));
  const byVm = new Map(report.evaluation.vms.map((r) => [r.vm.name, r] as const));
  return (vm) => {
    const first = byVm
      .get(vm)
      ?.causes.map((fp) => byFingerprint.get(fp))
      .find((f) => f !== undefined);
    return first !== undefined ? `${first.policyId} ${first.policyName}` : undefined;
  };
}
