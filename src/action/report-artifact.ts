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
import { Ajv } from 'ajv';
import type { Verdict } from '../core/gate.js';
import { ConfigurationError } from '../errors.js';
import { DETAIL_BYTES, MAX_CHECK_ANNOTATIONS, TITLE_CHARACTERS, type CheckAnnotation } from '../github/check-annotations.js';
import { CHECK_SUMMARY_CHARACTERS } from '../github/check-run-output.js';
import { findingMarker, type ReviewCandidate } from '../github/review-plan.js';
import { COMMENT_LIMIT, SUMMARY_MARKER } from '../github/sticky-comment.js';
import { SUMMARY_CHARACTERS } from './pull-request.js';

export const REPORT_KIND = 'hvgate-pull-request-report';
export const REPORT_FORMAT_VERSION = 1;
/** A report file larger than this is refused unread. */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;
/** Review candidates a report may carry; more than a review would ever post. */
const MAX_REVIEW_CANDIDATES = 1000;

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

const COMMIT = '^(?:[0-9a-f]{40}|[0-9a-f]{64})$';
const count = { type: 'integer', minimum: 0 } as const;
const SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'formatVersion', 'tool', 'repository', 'pullRequest', 'verdict', 'summary', 'review', 'checkRun'],
  properties: {
    kind: { const: REPORT_KIND },
    formatVersion: { const: REPORT_FORMAT_VERSION },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { type: 'string', maxLength: 100 }, version: { type: 'string', maxLength: 100 } },
    },
    repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$', maxLength: 200 },
    pullRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['number', 'headSha', 'baseSha'],
      properties: {
        number: { type: 'integer', minimum: 1 },
        headSha: { type: 'string', pattern: COMMIT },
        baseSha: { type: 'string', pattern: COMMIT },
      },
    },
    verdict: {
      type: 'object',
      additionalProperties: false,
      required: ['passed', 'blocking', 'overridden', 'errors', 'warnings', 'notes', 'waived'],
      properties: { passed: { type: 'boolean' }, blocking: count, overridden: count, errors: count, warnings: count, notes: count, waived: count },
    },
    summary: { type: 'string', maxLength: SUMMARY_CHARACTERS },
    review: {
      type: 'array',
      maxItems: MAX_REVIEW_CANDIDATES,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['fingerprint', 'path', 'line', 'body', 'listing'],
        properties: {
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{8,64}$' },
          path: { type: 'string', minLength: 1, maxLength: 4096 },
          line: { type: 'integer', minimum: 1 },
          startLine: { type: 'integer', minimum: 1 },
          body: { type: 'string', maxLength: COMMENT_LIMIT },
          listing: { type: 'string', maxLength: 8192 },
        },
      },
    },
    checkRun: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'summary', 'annotations'],
      properties: {
        title: { type: 'string', maxLength: TITLE_CHARACTERS },
        summary: { type: 'string', maxLength: CHECK_SUMMARY_CHARACTERS },
        annotations: {
          type: 'array',
          maxItems: MAX_CHECK_ANNOTATIONS,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['path', 'start_line', 'end_line', 'annotation_level', 'title', 'message'],
            properties: {
              path: { type: 'string', minLength: 1, maxLength: 4096 },
              start_line: { type: 'integer', minimum: 1 },
              end_line: { type: 'integer', minimum: 1 },
              start_column: { type: 'integer', minimum: 1 },
              end_column: { type: 'integer', minimum: 1 },
              annotation_level: { enum: ['notice', 'warning', 'failure'] },
              title: { type: 'string', maxLength: TITLE_CHARACTERS },
              message: { type: 'string', maxLength: DETAIL_BYTES },
              raw_details: { type: 'string', maxLength: DETAIL_BYTES },
            },
          },
        },
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

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
  validator ??= new Ajv({ allErrors: false, strict: true }).compile(SCHEMA);
  if (!validator(value)) {
    const error = validator.errors?.[0];
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
