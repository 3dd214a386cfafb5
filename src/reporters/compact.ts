/**
 * The terminal's short views: `--compact` shows every current finding on one line, `--quiet` only the
 * blocking ones; both close with the verdict line. The same lines as the text report, without the VM
 * table, the blast radius and the fix and docs lines, for logs that are read by grepping.
 */
import { inertLog } from './escape/terminal.js';
import type { Reporter } from './report.js';
import { findingLine, verdictLine } from './text.js';
import { palette } from './text/style.js';

export function compactReporter(show: 'all' | 'blocking'): Reporter {
  return (report, options) => {
    const style = palette(options.color === true);
    const shown = report.findings.filter((f) => f.status !== 'resolved' && !f.exception && (show === 'all' || f.blocking));
    const lines = shown.map((f) => (f.blocking ? `${findingLine(f, style)}  ${style.red('[blocking]')}` : findingLine(f, style)));
    return inertLog([...lines, verdictLine(report, style)].join('\n') + '\n');
  };
}
