/** The blast radius: every backup job that fails as a whole, whom it takes down, and why. */
import { count, type GateReport } from '../report.js';
import { cell } from '../escape/markdown.js';
import { names, where, type RenderContext } from './blocks.js';

export function blastRadiusSection(report: GateReport, ctx: RenderContext): string {
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
