/**
 * The report a `mode: report` run leaves for a `mode: post` run: the fork-safe split. An unprivileged
 * `pull_request` job judges the change and writes this file, which the workflow uploads as an
 * artifact; a `workflow_run` job with a write token downloads it and posts it. The posting job never
 * checks out or runs anything from the pull request, and it treats the file as untrusted input (a
 * pull request can change the workflow of its own `pull_request` run): size first, then a strict
 * schema, then the facts it must agree with (the repository, the pull request, its head commit).
 * The posting job computes the check run's conclusion itself and renders nothing from the file
 * except the bodies checked here.
 */
import type { Verdict } from '../core/gate.js';
import { ConfigurationError } from '../errors.js';
import type { CheckAnnotation } from '../github/check-annotations.js';
import { findingMarker, type ReviewCandidate } from '../github/review-plan.js';
import { SUMMARY_MARKER } from '../github/sticky-comment.js';
import { validateReportArtifact } from '../generated/report-artifact-validator.cjs';
import type { REPORT_FORMAT_VERSION, REPORT_KIND } from './report-artifact-schema.js';

export { REPORT_FORMAT_VERSION, REPORT_KIND } from './report-artifact-schema.js';
/** A report file larger than this is refused unread. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

export interface PullRequestReport {
  readonly kind: typeof REPORT_KIND;
  readonly formatVersion: typeof REPORT_FORMAT_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  /** `owner/repo` the pull request targets. */
  readonly repository: string;
  readonly pullRequest: { readonly number: number; readonly headSha: string; readonly baseSha: string };
  readonly verdict: Verdict;
  /** The summary comment, its marker first. */
  readonly summary: string;
  /** Findings the change introduces, as review comments, most important first. */
  readonly review: readonly ReviewCandidate[];
  readonly checkRun: { readonly title: string; readonly summary: string; readonly annotations: readonly CheckAnnotation[] };
}

/** Parses and checks a report file's text; every problem is a ConfigurationError naming the first fault. */
export function parseReportArtifact(text: string, file: string): PullRequestReport {
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${file}: not a report this Action can post: ${why}`);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    refuse('it is not JSON');
  }
  if (!validateReportArtifact(value)) {
    const error = validateReportArtifact.errors?.[0];
    refuse(`${error === undefined || error.instancePath === '' ? '(the document)' : error.instancePath} ${error?.message ?? 'is invalid'}`);
  }
  const report = value as PullRequestReport;
  if (report.verdict.passed !== (report.verdict.blocking === 0)) refuse('its verdict contradicts its count of blocking findings');
  if (!report.summary.startsWith(`${SUMMARY_MARKER}\n`)) refuse('its summary does not start with the summary marker');
  report.review.forEach((candidate, index) => {
    if (!candidate.body.includes(findingMarker(candidate.fingerprint))) refuse(`/review/${index}/body does not carry the marker of its finding`);
  });
  report.checkRun.annotations.forEach((annotation, index) => {
    if (annotation.end_line < annotation.start_line) refuse(`/checkRun/annotations/${index} ends before it starts`);
    if ((annotation.start_column !== undefined || annotation.end_column !== undefined) && annotation.start_line !== annotation.end_line)
      refuse(`/checkRun/annotations/${index} has columns but spans several lines`);
    if (annotation.path.startsWith('/') || annotation.path.split('/').includes('..'))
      refuse(`/checkRun/annotations/${index} names a path outside the repository`);
  });
  return report;
}
