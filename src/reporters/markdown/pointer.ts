/** The comment view's last line: what the full report adds, and where it is. */
import { count, type GateReport } from '../report.js';
import { url } from '../escape/markdown.js';

export interface PointerOptions {
  /** Where the full report is, in words ("the job summary of this workflow run"). */
  readonly fullReport?: string;
  readonly fullReportUrl?: string;
}

export function pointerSection(report: GateReport, options: PointerOptions): string {
  const current = report.findings.filter((f) => f.status !== 'resolved');
  const resolved = report.findings.length - current.length;
  const waived = current.filter((f) => f.exception).length;
  const contents = [
    report.plan ? 'the backup outcome of every VM the change touches' : `the backup outcome of ${count(report.evaluation.vms.length, 'VM')}`,
    count(current.length - waived, 'finding'),
    waived > 0 ? `${waived} waived` : '',
    resolved > 0 ? `${resolved} resolved by this change` : '',
    report.plan ? 'the plan' : '',
  ].filter(Boolean);
  const words = options.fullReport ?? 'the job summary';
  const where = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const named = options.fullReportUrl !== undefined ? `[${where}](${url(options.fullReportUrl)})` : where;
  return `${named} has ${list(contents)}.`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
