/**
 * Posts the inline review. A review is all-or-nothing: one comment GitHub cannot anchor rejects all
 * of them, so anchors are checked beforehand (see `planReview`); if GitHub still refuses with 422,
 * the review is posted once more without inline comments, the findings listed in its body.
 */
import { describeApiError, isRejectedAnchor, statusOf } from './api-errors.js';
import { writtenBy } from './identity.js';
import type { Logger } from './logger.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestRef } from './pull-request-files.js';
import { findingMarker, isResolvedComment, postedFingerprints, type ReviewCandidate, type ReviewComment } from './review-plan.js';

export const REVIEW_MARKER = '<!-- hvgate:review -->';

/** An inline comment hvgate wrote in this pull request. */
export interface OwnReviewComment {
  readonly id: number;
  /** Path in the repository. */
  readonly path: string;
  readonly body: string;
}

export interface OwnReviewComments {
  readonly inline: readonly OwnReviewComment[];
  /** Fingerprints commented on and not resolved since: these are not commented on again. */
  readonly posted: ReadonlySet<string>;
}

/**
 * hvgate's own comments in this pull request, from every page of review comments and reviews that
 * `identity` wrote: a marker in anyone else's comment does not silence a finding. A comment marked
 * resolved no longer counts as posted, so a finding that comes back is commented on again.
 */
export async function listOwnReviewComments(client: GitHubClient, pr: PullRequestRef, identity: string): Promise<OwnReviewComments> {
  const params = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
  const comments = await client.paginate(client.rest.pulls.listReviewComments, params);
  // A review GitHub refused inline carries its findings in its body; those count as posted too.
  const reviews = await client.paginate(client.rest.pulls.listReviews, params);
  const inline = comments.filter((c) => writtenBy(identity, c.user)).map((c) => ({ id: c.id, path: c.path, body: c.body }));
  const open = inline.filter((c) => !isResolvedComment(c.body)).map((c) => c.body);
  const bodies = reviews.filter((r) => writtenBy(identity, r.user)).map((r) => r.body);
  return { inline, posted: postedFingerprints([...open, ...bodies]) };
}

export interface ReviewResult {
  readonly id: number;
  /** `inline`: comments on their lines; `body`: GitHub refused the anchors, findings are in the review body. */
  readonly form: 'inline' | 'body';
}

export async function postReview(
  client: GitHubClient,
  pr: PullRequestRef,
  commitId: string,
  comments: readonly ReviewComment[],
  anchored: readonly ReviewCandidate[],
  logger: Logger,
): Promise<ReviewResult> {
  const body = `${REVIEW_MARKER}\n**hvgate** commented on ${comments.length} line${comments.length === 1 ? '' : 's'} this pull request changes. The summary comment has the verdict and every finding.`;
  const post = (reviewBody: string, inline?: readonly ReviewComment[]) =>
    client.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: commitId,
      event: 'COMMENT',
      body: reviewBody,
      ...(inline
        ? {
            comments: inline.map((c) => ({
              path: c.path,
              line: c.line,
              side: c.side,
              ...(c.start_line !== undefined ? { start_line: c.start_line, start_side: c.side } : {}),
              body: c.body,
            })),
          }
        : {}),
    });
  try {
    const review = await post(body, comments);
    return { id: review.data.id, form: 'inline' };
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    const why = isRejectedAnchor(error) ? 'a line is not part of the diff' : 'validation failed';
    logger.info(`GitHub refused the inline review comments, ${why} (${describeApiError(error)}); posting the findings in the review body instead.`);
    const review = await post(fallbackBody(anchored));
    return { id: review.data.id, form: 'body' };
  }
}

/**
 * The review body when inline comments are refused; the markers keep reruns from posting them again
 * inline. Entries stop before GitHub's comment limit; the markers of the rest are still written.
 */
function fallbackBody(anchored: readonly ReviewCandidate[]): string {
  const lines = [REVIEW_MARKER, `**hvgate** found ${anchored.length} problem${anchored.length === 1 ? '' : 's'} on lines this pull request changes:`, ''];
  let used = lines.join('\n').length + anchored.length * MARKER_CHARACTERS + OMISSION_NOTE_CHARACTERS;
  const omitted: string[] = [];
  for (const candidate of anchored) {
    if (omitted.length === 0 && used + candidate.listing.length + 1 <= REVIEW_BODY_CHARACTERS) {
      lines.push(candidate.listing);
      used += candidate.listing.length + 1;
    } else {
      omitted.push(findingMarker(candidate.fingerprint));
    }
  }
  if (omitted.length > 0) lines.push('', `… and ${omitted.length} more, listed in the job summary of this workflow run. ${omitted.join(' ')}`);
  return lines.join('\n');
}

/** Below GitHub's 65,536 characters per comment, with room for what it adds. */
const REVIEW_BODY_CHARACTERS = 65_000;
/** A finding marker and the space before it. */
const MARKER_CHARACTERS = findingMarker('0'.repeat(24)).length + 1;
const OMISSION_NOTE_CHARACTERS = 120;
