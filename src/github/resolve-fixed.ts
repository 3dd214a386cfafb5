/**
 * Closes the loop when a push fixes a finding: each inline comment of hvgate's whose finding the gate
 * no longer reports is edited to say in which commit it was resolved, keeping what it said, and its
 * review thread is resolved where the token may (logged once where it may not). A finding that comes
 * back is commented on again: a resolved comment no longer counts as posted (`listOwnReviewComments`).
 */
import type { GatedFinding } from '../core/gate.js';
import type { Logger } from './logger.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestRef } from './pull-request-files.js';
import { isResolvedComment, postedFingerprints, resolvedCommentBody } from './review-plan.js';
import type { OwnReviewComment } from './review.js';
import { describeGraphqlError, isForbidden, resolveThread, threadsByFirstComment } from './review-threads.js';

/** What this run knows, to tell a fixed finding from one it could not see. */
export interface Resolution {
  /** Fingerprints of every finding this run reports, waived or not, introduced by the change or not. */
  readonly reported: ReadonlySet<string>;
  /** Repository paths of files with a definition the gate could not read: their findings are unknown, not fixed. */
  readonly unreadable: ReadonlySet<string>;
}

/** What a run's findings tell about fixes; `repoPath` maps a finding's file to its path in the repository. Pure. */
export function resolutionOf(findings: readonly GatedFinding[], repoPath: (file: string) => string): Resolution {
  const current = findings.filter((f) => f.status !== 'resolved');
  return {
    reported: new Set(current.map((f) => f.fingerprint)),
    // HVB000: a definition the gate could not read or validate, so what it holds was not evaluated.
    unreadable: new Set(current.filter((f) => f.policyId === 'HVB000').map((f) => repoPath(f.at.file))),
  };
}

/** hvgate's inline comments whose findings are gone, not yet marked resolved. Pure. */
export function fixedComments(own: readonly OwnReviewComment[], resolution: Resolution): OwnReviewComment[] {
  return own.filter((comment) => {
    if (isResolvedComment(comment.body) || resolution.unreadable.has(comment.path)) return false;
    const fingerprints = postedFingerprints([comment.body]);
    return fingerprints.size > 0 && [...fingerprints].every((fingerprint) => !resolution.reported.has(fingerprint));
  });
}

/** Marks at most `limit` comments of fixed findings resolved in `commit` and resolves their threads; returns how many were marked. */
export async function resolveFixedFindings(
  client: GitHubClient,
  pr: PullRequestRef,
  commit: string,
  fixed: readonly OwnReviewComment[],
  limit: number,
  logger: Logger,
): Promise<number> {
  if (fixed.length === 0) return 0;
  const threads = await threadsByFirstComment(client, pr).catch((error: unknown) => {
    logger.info(
      `hvgate: could not read the review threads (${describeGraphqlError(error)}); fixed findings are marked in their comments, their threads stay open.`,
    );
    return undefined;
  });
  let mayResolve = threads !== undefined;
  let resolved = 0;
  const marked = fixed.slice(0, limit);
  for (const comment of marked) {
    await client.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: comment.id, body: resolvedCommentBody(comment.body, commit) });
    const thread = threads?.get(comment.id);
    if (!mayResolve || thread === undefined || thread.isResolved) continue;
    try {
      await resolveThread(client, thread.id);
      resolved += 1;
    } catch (error) {
      mayResolve = false;
      logger.info(
        `hvgate: ${isForbidden(error) ? 'the token may not resolve review threads' : 'could not resolve a review thread'} (${describeGraphqlError(error)}); the comments of fixed findings say so, their threads stay open.`,
      );
    }
  }
  const rest = fixed.length - marked.length;
  logger.info(
    `hvgate: ${marked.length} commented finding(s) fixed: comment(s) marked resolved in ${commit.slice(0, 12)}, ${resolved} review thread(s) resolved${rest > 0 ? `; ${rest} more on the next run (limit ${limit})` : ''}.`,
  );
  return marked.length;
}
