/**
 * One summary comment per pull request, updated in place on every run: found by a hidden marker at
 * the start of its body, across every page of comments, among the comments the token's own identity
 * wrote. Anyone else's comment that carries the marker is ignored and never edited. An unchanged body
 * is not written again.
 */
import { writtenBy } from './identity.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestRef } from './pull-request-files.js';

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export const SUMMARY_MARKER = '<!-- hvgate:summary -->';

export interface StickyResult {
  readonly id: number;
  readonly action: 'created' | 'updated' | 'unchanged';
}

/** `identity`: the login the token acts as (see resolveIdentity). */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  body: string,
  identity: string,
  marker = SUMMARY_MARKER,
): Promise<StickyResult> {
  if (body.length > COMMENT_LIMIT) throw new RangeError(`comment body has ${body.length} characters; GitHub accepts at most ${COMMENT_LIMIT}`);
  const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const existing = comments.find((c) => writtenBy(identity, c.user) && (c.body ?? '').startsWith(marker));
  if (existing === undefined) {
    const created = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
    return { id: created.data.id, action: 'created' };
  }
  if (existing.body === body) return { id: existing.id, action: 'unchanged' };
  await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
  return { id: existing.id, action: 'updated' };
}
