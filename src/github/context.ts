/**
 * The workflow run as the runner describes it: environment variables and the event payload file
 * (`GITHUB_EVENT_PATH`). Read here rather than through `@actions/github`, so the rest of the code
 * gets plain data and the CLI path never loads Actions globals.
 */
import { ConfigurationError } from '../errors.js';

export interface PullRequest {
  readonly number: number;
  /** `pull_request.base.sha`: the commit the change is planned against. */
  readonly baseSha: string;
  /** `pull_request.head.sha`: review comments are anchored to it (not to the merge commit `GITHUB_SHA`). */
  readonly headSha: string;
  /** The head branch lives in another repository; its token is usually read-only. */
  readonly fromFork: boolean;
  /** `pull_request.changed_files`; GitHub lists at most 3000 files of a pull request. */
  readonly changedFiles?: number;
}

export interface RunContext {
  readonly eventName: string;
  readonly owner: string;
  readonly repo: string;
  /** REST API root: `GITHUB_API_URL` (GitHub Enterprise Server has its own). */
  readonly apiUrl: string;
  /** Web root for links: `GITHUB_SERVER_URL`. */
  readonly serverUrl: string;
  /** `GITHUB_SHA`: the commit the workflow runs on. */
  readonly sha: string;
  readonly workspace?: string;
  /** Present on `pull_request` and `pull_request_target` events. */
  readonly pullRequest?: PullRequest;
}

export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** Builds the context from the environment and the parsed event payload (`undefined` when there is none). */
export function runContext(env: Readonly<Record<string, string | undefined>>, payload: unknown): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(`GITHUB_REPOSITORY must be "owner/repo", not "${repository}"; run hvgate as a step of a GitHub Actions workflow`);
  }
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload, eventName) : undefined;
  return {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    sha: env.GITHUB_SHA ?? '',
    ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
    ...(pullRequest ? { pullRequest } : {}),
  };
}

function pullRequestOf(payload: unknown, eventName: string): PullRequest {
  const pr = record(record(payload)?.pull_request);
  const base = record(pr?.base);
  const head = record(pr?.head);
  const number = pr?.number;
  const baseSha = base?.sha;
  const headSha = head?.sha;
  if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string') {
    throw new ConfigurationError(`the ${eventName} event payload (GITHUB_EVENT_PATH) has no pull_request with number, base.sha and head.sha`);
  }
  const baseRepo = record(base?.repo)?.full_name;
  const headRepo = record(head?.repo)?.full_name;
  const changedFiles = pr?.changed_files;
  return {
    number,
    baseSha,
    headSha,
    fromFork: typeof baseRepo === 'string' && headRepo !== baseRepo,
    ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
  };
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
