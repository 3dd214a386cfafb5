/**
 * What the Action writes on a pull request: inline review comments on the changed lines and one
 * sticky summary comment. Commenting never decides the gate: a read-only token (a fork, missing
 * `pull-requests: write`) or any API failure is logged, and the job summary and annotations remain.
 */
import { renderMarkdown, type Placement } from '../reporters/markdown.js';
import type { GateReport } from '../reporters/report.js';
import type { SourceSpan } from '../core/source.js';
import { describeApiError, isReadOnlyToken } from '../github/api-errors.js';
import type { PullRequest } from '../github/context.js';
import type { Logger } from '../github/logger.js';
import type { GitHubClient } from '../github/octokit.js';
import { listChangedFiles, type PullRequestRef } from '../github/pull-request-files.js';
import { planReview } from '../github/review-plan.js';
import { listPostedFingerprints, postReview } from '../github/review.js';
import { COMMENT_LIMIT, SUMMARY_MARKER, upsertStickyComment } from '../github/sticky-comment.js';

export interface PublishOptions {
  readonly review: boolean;
  readonly comment: boolean;
  readonly maxReviewComments: number;
  readonly repoPath: (file: string) => string;
  readonly link?: (at: SourceSpan) => string | undefined;
}

export interface Published {
  /** Where each introduced finding went; absent when no review was attempted. */
  readonly placement?: ReadonlyMap<string, Placement>;
  readonly commentId?: number;
}

/** Characters kept free below GitHub's comment limit, for the few characters it may add. */
const COMMENT_MARGIN = 512;

export async function publishToPullRequest(
  client: GitHubClient,
  ref: { owner: string; repo: string },
  pullRequest: PullRequest,
  report: GateReport,
  options: PublishOptions,
  logger: Logger,
): Promise<Published> {
  const pr: PullRequestRef = { ...ref, number: pullRequest.number };
  // Set by the error handler below; `as boolean` keeps TypeScript from narrowing it to `false` for good.
  let readOnly = false as boolean;
  const unlessReadOnly = (what: string) => (error: unknown) => {
    if (isReadOnlyToken(error)) {
      readOnly = true;
      logger.info(
        `hvgate: the token cannot write to this pull request (${describeApiError(error)}); ${pullRequest.fromFork ? 'pull requests from forks get a read-only GITHUB_TOKEN. ' : 'grant `pull-requests: write` to the job. '}Results are in the job summary and annotations only.`,
      );
    } else {
      logger.info(`hvgate: could not ${what} (${describeApiError(error)}); the gate result is unaffected.`);
    }
    return undefined;
  };

  let placement: Map<string, Placement> | undefined;
  if (options.review) {
    placement = await reviewChangedLines(client, pr, pullRequest, report, options, logger).catch(unlessReadOnly('post the review'));
  }
  let commentId: number | undefined;
  if (options.comment && !readOnly) {
    const body = renderMarkdown(report, {
      marker: SUMMARY_MARKER,
      budget: { limit: COMMENT_LIMIT - COMMENT_MARGIN, unit: 'characters' },
      ...(options.link ? { link: options.link } : {}),
      ...(placement ? { placement } : {}),
      fullReport: 'the job summary of this workflow run',
    });
    const sticky = await upsertStickyComment(client, pr, body).catch(unlessReadOnly('update the summary comment'));
    if (sticky) {
      commentId = sticky.id;
      logger.info(`hvgate: summary comment ${sticky.id} ${sticky.action}.`);
    }
  }
  return { ...(placement ? { placement } : {}), ...(commentId !== undefined ? { commentId } : {}) };
}

async function reviewChangedLines(
  client: GitHubClient,
  pr: PullRequestRef,
  pullRequest: PullRequest,
  report: GateReport,
  options: PublishOptions,
  logger: Logger,
): Promise<Map<string, Placement>> {
  const changed = await listChangedFiles(client, pr);
  if (changed.truncated) logger.info(`hvgate: GitHub lists only the first 3000 files of this pull request; findings in other files are listed in the summary.`);
  const posted = await listPostedFingerprints(client, pr);
  const plan = planReview(report.findings, changed.files, { maxComments: options.maxReviewComments, posted, repoPath: options.repoPath });
  const placement = new Map(plan.placement);
  const counts = countPlacements(placement);
  logger.info(
    `hvgate: ${counts.inline} finding(s) on changed lines to comment on, ${counts['already-posted']} commented before, ${counts['outside-diff']} outside the diff, ${counts['over-limit']} over the limit of ${options.maxReviewComments}.`,
  );
  if (plan.comments.length === 0) return placement;
  const review = await postReview(client, pr, pullRequest.headSha, plan.comments, plan.anchored, logger);
  if (review.form === 'body') for (const finding of plan.anchored) placement.set(finding.fingerprint, 'review-body');
  logger.info(
    `hvgate: review ${review.id} posted with ${review.form === 'inline' ? `${plan.comments.length} inline comment(s)` : 'the findings in its body'}.`,
  );
  return placement;
}

function countPlacements(placement: ReadonlyMap<string, Placement>): Record<Placement, number> {
  const counts: Record<Placement, number> = { inline: 0, 'already-posted': 0, 'review-body': 0, 'outside-diff': 0, 'over-limit': 0 };
  for (const value of placement.values()) counts[value] += 1;
  return counts;
}
