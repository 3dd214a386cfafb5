/**
 * The exceptions phase, last: once every finding has met the waivers, each exception's use is
 * final. A valid exception that waived nothing is `unmatched`, unless its policy did not run (off,
 * or inactive without jobs), which makes it moot rather than stale. Then the policies about
 * exceptions run; nothing they report can be waived.
 */
import { daysBetween } from '../exceptions.js';
import type { Finding } from '../finding.js';
import type { Estate } from '../model.js';
import type { ExceptionProblem, ExceptionStatus } from '../policy.js';
import type { FindingFactory } from './finding-factory.js';
import type { ResolvedPack } from './pack.js';
import type { Waivers } from './waivers.js';

export interface ExceptionPhase {
  readonly statuses: readonly ExceptionStatus[];
  readonly findings: readonly Finding[];
}

export function runExceptionPhase(estate: Estate, pack: ResolvedPack, waivers: Waivers, make: FindingFactory, today: string): ExceptionPhase {
  const statuses = waivers.checked.map((checked): ExceptionStatus => {
    const { count: matched, vms } = waivers.matchesOf(checked);
    const unmatched = checked.problems.length === 0 && matched === 0 && pack.ran.has(checked.policyId);
    const problems: readonly ExceptionProblem[] = unmatched ? [{ kind: 'unmatched' }] : checked.problems;
    const expires = checked.exception.expires?.trim();
    return {
      exception: checked.exception,
      ...(checked.resolvedId !== undefined ? { policyId: checked.resolvedId } : {}),
      problems,
      matched,
      vms,
      ...(problems.length === 0 && expires ? { daysLeft: daysBetween(today, expires) } : {}),
    };
  });
  const findings: Finding[] = [];
  for (const configured of pack.active) {
    configured.policy.checkExceptions?.({
      estate,
      options: configured.options,
      exceptions: statuses,
      report: (report) => findings.push(make.fromEstateReport(configured, report)),
    });
  }
  return { statuses, findings };
}
