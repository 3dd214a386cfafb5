/** The files a pull request changes, with the lines of each that a review comment may be anchored to. */
import { commentableLines, type CommentableLines } from './diff-hunks.js';
import type { GitHubClient } from './octokit.js';

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** GitHub lists at most this many files of one pull request. */
export const MAX_LISTED_FILES = 3000;

export interface ChangedFiles {
  /** Repository path → commentable lines; a file without a patch (binary, too large) has none. */
  readonly files: ReadonlyMap<string, CommentableLines>;
  /** GitHub's list stopped at its 3000-file limit. */
  readonly truncated: boolean;
}

export async function listChangedFiles(client: GitHubClient, pr: PullRequestRef): Promise<ChangedFiles> {
  const entries = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const files = new Map<string, CommentableLines>();
  for (const entry of entries) {
    if (entry.status === 'removed') continue;
    files.set(entry.filename, commentableLines(entry.patch));
  }
  return { files, truncated: entries.length >= MAX_LISTED_FILES };
}

/** Every path a pull request touches, the old name of a renamed file included; `complete` is false when GitHub's list stopped at its limit. */
export async function changedPaths(client: GitHubClient, pr: PullRequestRef): Promise<{ readonly paths: readonly string[]; readonly complete: boolean }> {
  const entries = await client.paginate(client.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const paths = entries.flatMap((entry) => (entry.previous_filename !== undefined ? [entry.filename, entry.previous_filename] : [entry.filename]));
  return { paths, complete: entries.length < MAX_LISTED_FILES };
}
