/**
 * The workflow run as the runner describes it: environment variables and the event payload file
 * (`GITHUB_EVENT_PATH`). Read here rather than through `@actions/github`, so the rest of the code
 * gets plain data and the CLI path never loads Actions globals. Every commit id taken from the
 * payload is checked to be one, so nothing else reaches git.
 */
import { ConfigurationError } from '../errors.js';

export interface PullRequest {
  readonly number: number;
  /** `pull_request.base.sha`: the commit the change is planned against. */
  readonly baseSha: string;
  /** `pull_request.head.sha`: what is judged, and what review comments are anchored to (not the merge commit `GITHUB_SHA`). */
  readonly headSha: string;
  /** The head branch lives in another repository; its token is usually read-only. */
  readonly fromFork: boolean;
  /** Login of the pull request's author. */
  readonly author?: string;
  /** Labels as the payload lists them, with their descriptions. */
  readonly labels: readonly { readonly name: string; readonly description?: string }[];
  /** `pull_request.changed_files`; GitHub lists at most 3000 files of a pull request. */
  readonly changedFiles?: number;
}

/** A merge queue's candidate: the base branch with the queued pull requests merged on top (`merge_group`). */
export interface MergeGroup {
  readonly baseSha: string;
  readonly headSha: string;
  readonly headRef: string;
  /** The pull request this entry adds, from `head_ref` (`refs/heads/gh-readonly-queue/<base>/pr-<n>-<sha>`). */
  readonly pullRequestNumber?: number;
}

/** A `workflow_run` event: the run that finished, and the pull requests GitHub links to it (none for forks). */
export interface WorkflowRun {
  readonly id: number;
  readonly headSha: string;
  readonly pullRequests: readonly { readonly number: number; readonly headSha: string; readonly baseSha: string }[];
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
  /** Present on `merge_group` events. */
  readonly mergeGroup?: MergeGroup;
  /** Present on `workflow_run` events. */
  readonly workflowRun?: WorkflowRun;
}

export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/** Events that judge a change on its way into a branch: the base branch's rules govern them. */
export const CHANGE_EVENTS: ReadonlySet<string> = new Set([...PULL_REQUEST_EVENTS, 'merge_group', 'workflow_run']);

/** Builds the context from the environment and the parsed event payload (`undefined` when there is none). */
export function runContext(env: Readonly<Record<string, string | undefined>>, payload: unknown): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new ConfigurationError(`GITHUB_REPOSITORY must be "owner/repo", not "${repository}"; run hvgate as a step of a GitHub Actions workflow`);
  }
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(payload, eventName) : undefined;
  const mergeGroup = eventName === 'merge_group' ? mergeGroupOf(payload) : undefined;
  const workflowRun = eventName === 'workflow_run' ? workflowRunOf(payload) : undefined;
  return {
    eventName,
    owner,
    repo,
    apiUrl: withoutTrailingSlash(nonEmpty(env.GITHUB_API_URL) ?? 'https://api.github.com'),
    serverUrl: withoutTrailingSlash(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com'),
    sha: env.GITHUB_SHA ?? '',
    ...(nonEmpty(env.GITHUB_WORKSPACE) !== undefined ? { workspace: env.GITHUB_WORKSPACE } : {}),
    ...(pullRequest ? { pullRequest } : {}),
    ...(mergeGroup ? { mergeGroup } : {}),
    ...(workflowRun ? { workflowRun } : {}),
  };
}

/** The commit the results of this run belong to: the pull request's or queue entry's head, else `GITHUB_SHA`. */
export function resultCommit(context: RunContext): string {
  return context.pullRequest?.headSha ?? context.mergeGroup?.headSha ?? context.sha;
}

function pullRequestOf(payload: unknown, eventName: string): PullRequest {
  const pr = record(record(payload)?.pull_request);
  const base = record(pr?.base);
  const head = record(pr?.head);
  const number = pr?.number;
  const baseSha = base?.sha;
  const headSha = head?.sha;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1 || !isCommitId(baseSha) || !isCommitId(headSha)) {
    throw new ConfigurationError(`the ${eventName} event payload (GITHUB_EVENT_PATH) has no pull_request with number, base.sha and head.sha`);
  }
  const baseRepo = record(base?.repo)?.full_name;
  const headRepo = record(head?.repo)?.full_name;
  const changedFiles = pr?.changed_files;
  const author = record(pr?.user)?.login;
  const labels = (Array.isArray(pr?.labels) ? pr.labels : [])
    .map(record)
    .flatMap((label) =>
      typeof label?.name === 'string' ? [{ name: label.name, ...(typeof label.description === 'string' ? { description: label.description } : {}) }] : [],
    );
  return {
    number,
    baseSha,
    headSha,
    fromFork: typeof baseRepo === 'string' && headRepo !== baseRepo,
    ...(typeof author === 'string' ? { author } : {}),
    labels,
    ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
  };
}

function mergeGroupOf(payload: unknown): MergeGroup {
  const group = record(record(payload)?.merge_group);
  const baseSha = group?.base_sha;
  const headSha = group?.head_sha;
  const headRef = group?.head_ref;
  if (!isCommitId(baseSha) || !isCommitId(headSha)) {
    throw new ConfigurationError('the merge_group event payload (GITHUB_EVENT_PATH) has no merge_group with base_sha and head_sha');
  }
  const ref = typeof headRef === 'string' ? headRef : '';
  const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(ref)?.[1];
  return { baseSha, headSha, headRef: ref, ...(number !== undefined ? { pullRequestNumber: Number(number) } : {}) };
}

function workflowRunOf(payload: unknown): WorkflowRun {
  const run = record(record(payload)?.workflow_run);
  const id = run?.id;
  const headSha = run?.head_sha;
  if (typeof id !== 'number' || !isCommitId(headSha)) {
    throw new ConfigurationError('the workflow_run event payload (GITHUB_EVENT_PATH) has no workflow_run with id and head_sha');
  }
  const pullRequests = (Array.isArray(run?.pull_requests) ? run.pull_requests : []).map(record).flatMap((pr) => {
    const number = pr?.number;
    const head = record(pr?.head)?.sha;
    const base = record(pr?.base)?.sha;
    return typeof number === 'number' && isCommitId(head) && isCommitId(base) ? [{ number, headSha: head, baseSha: base }] : [];
  });
  return { id, headSha, pullRequests };
}

/** A full commit id: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits. */
export function isCommitId(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

/** An environment variable that is set to something; the runner passes unset ones as empty. */
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
