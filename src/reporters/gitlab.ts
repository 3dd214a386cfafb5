/**
 * GitLab Code Quality reporter: the JSON array GitLab reads from an `artifacts:reports:codequality`
 * file and shows in the merge request widget, the changes view and the pipeline's Code Quality tab.
 * Only the fields GitLab documents are written; it ignores the rest of the Code Climate format.
 */
import type { GatedFinding } from '../core/gate.js';
import type { GateReport, Reporter } from './report.js';

/** GitLab's severities, mildest first. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  readonly description: string;
  readonly check_name: string;
  readonly fingerprint: string;
  readonly severity: CodeQualitySeverity;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number } };
}

export const gitlabReporter: Reporter = (report: GateReport): string => {
  // Waived findings are accepted and would only be noise in a merge request; resolved ones point into
  // the base of a change, and GitLab works out what a merge request resolves by comparing with the
  // target branch's report itself.
  const issues = report.findings.filter((f) => f.status !== 'resolved' && !f.exception).map(issueOf);
  // No byte order mark: GitLab's parser rejects a file that starts with one.
  return JSON.stringify(issues, null, 2) + '\n';
};

function issueOf(finding: GatedFinding): CodeQualityIssue {
  return {
    description: `${finding.policyId}: ${finding.message}`,
    check_name: `${finding.policyId}-${finding.policyName}`,
    // Policy, resource and subject hashed, never the line: the widget matches issues between the
    // target branch and the merge request by fingerprint, so an edit above a finding does not show it
    // as fixed and new again.
    fingerprint: finding.fingerprint,
    severity: severityOf(finding),
    location: { path: repositoryPath(finding.at.file), lines: { begin: Math.max(1, finding.at.line) } },
  };
}

/**
 * What blocks the gate blocks the merge: `blocker`. An error that does not block (advisory,
 * overridden, or present before the change) is still an error: `major`. Warnings are `minor` and
 * notes `info`.
 */
export function severityOf(finding: GatedFinding): CodeQualitySeverity {
  if (finding.blocking) return 'blocker';
  switch (finding.level) {
    case 'error':
      return 'major';
    case 'warning':
      return 'minor';
    case 'note':
      return 'info';
  }
}

/** GitLab wants a path relative to the repository with `/` separators; finding files are relative to the working directory. */
function repositoryPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
