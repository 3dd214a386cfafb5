/**
 * Review threads, which only GitHub's GraphQL API can resolve: the thread each inline comment starts
 * (`pullRequest.reviewThreads`, found by the REST id of its first comment) and `resolveReviewThread`.
 * The workflow's `GITHUB_TOKEN` may comment yet be refused the mutation; that is the caller's to log.
 */
import { describeApiError, isReadOnlyToken } from './api-errors.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestRef } from './pull-request-files.js';

export interface ReviewThread {
  readonly id: string;
  readonly isResolved: boolean;
}

const THREADS_QUERY = `query ($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation ($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;

/** Pages of 100 threads read at most: a pull request with more is beyond any review worth keeping tidy. */
const MAX_THREAD_PAGES = 30;

interface ThreadsAnswer {
  readonly repository: {
    readonly pullRequest: {
      readonly reviewThreads: {
        readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
        readonly nodes:
          | readonly ({
              readonly id: string;
              readonly isResolved: boolean;
              readonly comments: { readonly nodes: readonly ({ readonly databaseId: number | null } | null)[] | null };
            } | null)[]
          | null;
      };
    } | null;
  } | null;
}

/** The pull request's review threads by the REST id of the comment that starts each. */
export async function threadsByFirstComment(client: GitHubClient, pr: PullRequestRef): Promise<Map<number, ReviewThread>> {
  const threads = new Map<number, ReviewThread>();
  let after: string | null = null;
  for (let page = 0; page < MAX_THREAD_PAGES; page++) {
    const answer: ThreadsAnswer = await client.graphql<ThreadsAnswer>(THREADS_QUERY, { owner: pr.owner, repo: pr.repo, number: pr.number, after });
    const connection = answer.repository?.pullRequest?.reviewThreads;
    for (const node of connection?.nodes ?? []) {
      const first = node?.comments.nodes?.[0]?.databaseId;
      if (node && typeof first === 'number') threads.set(first, { id: node.id, isResolved: node.isResolved });
    }
    if (!connection?.pageInfo.hasNextPage || connection.pageInfo.endCursor === null) break;
    after = connection.pageInfo.endCursor;
  }
  return threads;
}

export async function resolveThread(client: GitHubClient, threadId: string): Promise<void> {
  await client.graphql(RESOLVE_MUTATION, { threadId });
}

/** GitHub refused the mutation to this token: a GraphQL `FORBIDDEN` error, or the REST-style 403. */
export function isForbidden(error: unknown): boolean {
  const errors = (error as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(errors) && errors.some((e) => (e as { type?: unknown } | null)?.type === 'FORBIDDEN')) return true;
  return isReadOnlyToken(error);
}

/** GitHub's GraphQL errors on one line (type and message of each), or the HTTP error. */
export function describeGraphqlError(error: unknown): string {
  const errors = (error as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return describeApiError(error);
  return errors
    .map((e: { type?: unknown; message?: unknown } | null) => [e?.type, e?.message].filter((part) => typeof part === 'string').join(': '))
    .join('; ');
}
