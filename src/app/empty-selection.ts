/**
 * A run that found not a single definition checked nothing, and must not say "passed": the CLI exits
 * 2 and the Action fails, each unless told that having none is expected (`--allow-empty`,
 * `allow-empty: true`). A plan that destroys every definition is not empty. Pure.
 */
import type { GateReport } from '../reporters/report.js';

/** Why the run checked nothing, naming the paths and how to allow it (`pass --allow-empty`); undefined when it checked something. */
export function emptySelectionProblem(report: GateReport, paths: readonly string[], howToAllow: string): string | undefined {
  if (report.files.length > 0 || (report.plan?.changes.length ?? 0) > 0) return undefined;
  const where = (paths.length > 0 ? paths : ['.']).join(', ');
  return `no Hyper-V definitions found under ${where}: nothing was checked. Check the paths and the include/exclude globs of .hvgate.yml, or ${howToAllow} where having none is expected`;
}
