/**
 * The JSON Schema of the report file a `mode: report` run leaves for `mode: post` (see report-artifact.ts).
 * It lives in a module of its own, so that scripts/build-validators.mjs can compile it into a standalone
 * validator at build time with the same limits the posting job enforces.
 */
import { DETAIL_BYTES, MAX_CHECK_ANNOTATIONS, TITLE_CHARACTERS } from '../github/check-annotations.js';
import { CHECK_SUMMARY_CHARACTERS } from '../github/check-run-output.js';
import { COMMENT_LIMIT } from '../github/sticky-comment.js';
import { SUMMARY_CHARACTERS } from './pull-request.js';

export const REPORT_KIND = 'hvgate-pull-request-report';
export const REPORT_FORMAT_VERSION = 1;
/** Review candidates a report may carry; more than a review would ever post. */
const MAX_REVIEW_CANDIDATES = 1000;

const COMMIT = '^(?:[0-9a-f]{40}|[0-9a-f]{64})$';
const count = { type: 'integer', minimum: 0 } as const;
export const REPORT_ARTIFACT_SCHEMA = {
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
