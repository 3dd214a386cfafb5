/** How a report-producing command ends: what the terminal shows, and the exit code its flags make of the verdict. */
import { baselineUse, type Baseline } from '../app/baseline.js';
import { emptySelectionProblem } from '../app/empty-selection.js';
import type { GateRun } from '../app/gate-run.js';
import type { GatedFinding } from '../core/gate.js';
import type { TextViews } from '../app/output.js';
import { ConfigurationError } from '../errors.js';
import { compactReporter } from '../reporters/compact.js';
import { clean } from '../reporters/escape/terminal.js';
import type { Reporter } from '../reporters/report.js';
import type { CliEnvironment } from './environment.js';
import type { ReportSettings, TerminalView } from './options.js';

/** The text renderers for a view: files always get `fileText` whole; the terminal gets less with `--quiet` or `--compact`. */
export function terminalViews(view: TerminalView, fileText?: Reporter): TextViews {
  const file = fileText !== undefined ? { file: fileText } : {};
  if (view === 'full') return file;
  return { ...file, terminal: compactReporter(view === 'quiet' ? 'blocking' : 'all') };
}

/** A selection without a single definition checked nothing: exit 2 before any report says "passed", unless `--allow-empty` says that is expected. */
export function refuseEmpty(run: GateRun, settings: ReportSettings, paths: readonly string[]): void {
  if (settings.allowEmpty) return;
  const problem = emptySelectionProblem(run.report, paths.map(clean), 'pass --allow-empty');
  if (problem !== undefined) throw new ConfigurationError(problem);
}

/** The exit code of a reported run: `--soft-fail` turns a blocked verdict into 0 and says so (usage and input errors stay 2). */
export function exitCodeOf(run: GateRun, settings: ReportSettings, environment: CliEnvironment): number {
  if (run.exitCode === 1 && settings.softFail) {
    environment.stderr('hvgate: --soft-fail: findings block, exiting 0 as asked\n');
    return 0;
  }
  return run.exitCode;
}

/** One line on stderr: which baseline, from where, what it accepted, and entries no longer found. */
export function reportBaselineUse(baseline: Baseline, findings: readonly GatedFinding[], environment: CliEnvironment): void {
  const { accepted, stale } = baselineUse(baseline, findings);
  environment.stderr(
    `hvgate: baseline ${clean(baseline.file)} from the ${clean(baseline.from)}: ${accepted} accepted${stale > 0 ? `, ${stale} no longer found (safe to remove)` : ''}\n`,
  );
}
