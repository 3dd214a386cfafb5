/**
 * What the Action writes on a pull request: inline review comments on the changed lines and one
 * sticky summary comment. Commenting never decides the gate: a read-only token (a fork, missing
 * `pull-requests: write`) or any API failure is logged, and the job summary and annotations remain.
 */
import type { Placement } from '../reporters/markdown.js';
import { describeApiError, isReadOnlyToken } from '../github/api-errors.js';
import type { Logger } from '../github/logger.js';
import type { GitHubClient } from '../github/octokit.js';
import { listChangedFiles, type PullRequestRef } from '../github/pull-request-files.js';
import { planReview, type ReviewCandidate } from '../github/review-plan.js';
import { listOwnReviewComments, postReview } from '../github/review.js';
import { fixedComments, resolveFixedFindings, type Resolution } from '../github/resolve-fixed.js';
import { COMMENT_LIMIT, upsertStickyComment } from '../github/sticky-comment.js';

/** Characters kept free below GitHub's comment limit, for the few characters it may add. */
export const COMMENT_MARGIN = 512;
/** The most a summary comment body may have. */
export const SUMMARY_CHARACTERS = COMMENT_LIMIT - COMMENT_MARGIN;

export interface PullRequestTarget extends PullRequestRef {
  /** The head commit the review is anchored to. */
  readonly headSha: string;
  readonly fromFork: boolean;
}

export interface PublishOptions {
  /** The login the token acts as: only its comments are hvgate's own. */
  readonly identity: string;
  /** Comment inline on these (absent: no review), at most `maxReviewComments`. */
  readonly review?: readonly ReviewCandidate[];
  readonly maxReviewComments: number;
  /** What this run reports, to mark the comments of findings a push fixed (absent: comments are left as they are). */
  readonly resolution?: Resolution;
  /** The summary comment's body, given where each finding went in the review (absent: no summary comment). */
  readonly summary?: (placement: ReadonlyMap<string, Placement> | undefined) => string;
}

export interface Published {
  /** Where each introduced finding went; absent when no review was attempted. */
  readonly placement?: ReadonlyMap<string, Placement>;
  readonly commentId?: number;
}

export async function publishToPullRequest(client: GitHubClient, pr: PullRequestTarget, options: PublishOptions, logger: Logger): Promise<Published> {
  // Set from the error handler below; an object, so that the later check reads what the handler wrote.
  const token = { readOnly: false };
  const unlessReadOnly = (what: string) => (error: unknown) => {
    if (isReadOnlyToken(error)) {
      token.readOnly = true;
      logger.info(
        `hvgate: the token cannot write to this pull request (${describeApiError(error)}); ${pr.fromFork ? 'pull requests from forks get a read-only GITHUB_TOKEN. ' : 'grant `pull-requests: write` to the job. '}Results are in the job summary and annotations only.`,
      );
    } else {
      logger.info(`hvgate: could not ${what} (${describeApiError(error)}); the gate result is unaffected.`);
    }
    return undefined;
  };

  let placement: Map<string, Placement> | undefined;
  if (options.review !== undefined) {
    placement = await reviewChangedLines(client, pr, options.review, options, logger).catch(unlessReadOnly('post the review'));
  }
  let commentId: number | undefined;
  if (options.summary !== undefined && !token.readOnly) {
    try {
      const sticky = await upsertStickyComment(client, pr, options.summary(placement), options.identity);
      commentId = sticky.id;
      logger.info(`hvgate: summary comment ${sticky.id} ${sticky.action}.`);
    } catch (error) {
      unlessReadOnly('update the summary comment')(error);
    }
  }
  return { ...(placement ? { placement } : {}), ...(commentId !== undefined ? { commentId } : {}) };
}

async function reviewChangedLines(
  client: GitHubClient,
  pr: PullRequestTarget,
  candidates: readonly ReviewCandidate[],
  options: PublishOptions,
  logger: Logger,
): Promise<Map<string, Placement>> {
  const changed = await listChangedFiles(client, pr);
  if (changed.truncated) logger.info(`hvgate: GitHub lists only the first 3000 files of this pull request; findings in other files are listed in the summary.`);
  const own = await listOwnReviewComments(client, pr, options.identity);
  const plan = planReview(candidates, changed.files, { maxComments: options.maxReviewComments, posted: own.posted });
  const placement = new Map(plan.placement);
  const counts = countPlacements(placement);
  logger.info(
    `hvgate: ${counts.inline} finding(s) on changed lines to comment on, ${counts['already-posted']} commented before, ${counts['outside-diff']} outside the diff, ${counts['over-limit']} over the limit of ${options.maxReviewComments}.`,
  );
  if (plan.comments.length > 0) {
    const review = await postReview(client, pr, pr.headSha, plan.comments, plan.anchored, logger);
    if (review.form === 'body') for (const candidate of plan.anchored) placement.set(candidate.fingerprint, 'review-body');
    logger.info(
      `hvgate: review ${review.id} posted with ${review.form === 'inline' ? `${plan.comments.length} inline comment(s)` : 'the findings in its body'}.`,
    );
  }
  if (options.resolution !== undefined) {
    const fixed = fixedComments(own.inline, options.resolution);
    await resolveFixedFindings(client, pr, pr.headSha, fixed, options.maxReviewComments, logger).catch((error: unknown) => {
      logger.info(`hvgate: could not mark the comments of fixed findings resolved (${describeApiError(error)}); the gate result is unaffected.`);
    });
  }
  return placement;
}

function countPlacements(placement: ReadonlyMap<string, Placement>): Record<Placement, number> {
  const counts: Record<Placement, number> = { inline: 0, 'already-posted': 0, 'review-body': 0, 'outside-diff': 0, 'over-limit': 0 };
  for (const value of placement.values()) counts[value] += 1;
  return counts;
}
