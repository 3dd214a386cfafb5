/**
 * A pull request as the Action end-to-end tests meet it: a real git repository (the base on main, the
 * change committed on a branch and checked out), the loopback GitHub serving the pull request, and
 * the event that names both commits. Registers its cleanups with the test file's `afterEach`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, expect } from 'vitest';
import { GIT_ENV, GitFixture, HOSTS, PASSTHROUGH_DISK, job, vm } from '../plan/git-fixture.js';
import { FakeGitHub, type FakeFile, type RecordedRequest } from '../github/fake-github.js';
import { ACTION, pullRequestEvent, runAction, type ActionInvocation, type ActionRun } from './run-action.js';

export const PR = 42;
export const BASE_FILES = {
  'hosts.yaml': HOSTS,
  'jobs.yaml': job('nightly', ['sql-01', 'web-01']),
  'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
  'vms/web-01.yaml': vm('web-01'),
};
/** web-01 gains a pass-through disk (HVB007 on an added line); sql-01 loses its SCSI controller (HVB012 on an added line), which fails job nightly (HVB009 in jobs.yaml, a file the change does not touch). */
export const CHANGE = {
  'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
  'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true, scsiControllers: 0 }),
};

export const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build first`);
});

export interface PullRequestSetup {
  readonly repo: GitFixture;
  readonly fake: FakeGitHub;
  readonly base: string;
  readonly head: string;
  readonly invocation: (inputs?: Record<string, string>) => ActionInvocation;
}

/** A repository with the base on main and the change committed on a branch (the working tree), and the fake serving the pull request. */
export async function pullRequest(
  change: Readonly<Record<string, string>> = CHANGE,
  base: Readonly<Record<string, string>> = BASE_FILES,
): Promise<PullRequestSetup> {
  const repo = GitFixture.create(base);
  cleanups.push(() => {
    repo.dispose();
  });
  const baseSha = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'archive-disk');
  repo.write(change);
  const head = repo.commit('change');
  const fake = await FakeGitHub.start();
  cleanups.push(() => fake.close());
  fake.addPullRequest({ number: PR, headSha: head, files: changedFiles(repo, baseSha, head) });
  return {
    repo,
    fake,
    base: baseSha,
    head,
    invocation: (inputs = {}) => ({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'pull_request',
      event: pullRequestEvent({ base: baseSha, head }),
      inputs,
      sha: head,
    }),
  };
}

/** The files and patches GitHub would list for the pull request: `git diff base head`, hunks only. */
export function changedFiles(repo: GitFixture, base: string, head: string): FakeFile[] {
  return repo
    .git('diff', '--name-status', base, head)
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, filename] = line.split('\t') as [string, string];
      const diff = repo.git('diff', '--no-color', '-U3', base, head, '--', filename);
      const patch = diff.slice(diff.indexOf('@@')).replace(/\n$/, '');
      return { filename, status: status === 'A' ? 'added' : status === 'D' ? 'removed' : 'modified', patch } as const;
    });
}

export function expectNoViolations(fake: FakeGitHub): void {
  expect(fake.violations).toEqual([]);
}

/** Requests that write through the REST API (GraphQL queries are POSTs too, but read). */
export function restWrites(fake: FakeGitHub): RecordedRequest[] {
  return fake.requests.filter((r) => r.method !== 'GET' && !r.operationId?.startsWith('graphql/'));
}

export interface QueueSetup {
  readonly repo: GitFixture;
  readonly fake: FakeGitHub;
  readonly base: string;
  /** The pull request's own head. */
  readonly prHead: string;
  /** The queue's candidate: the base with the pull request merged, checked out. */
  readonly head: string;
  readonly run: (inputs?: Record<string, string>) => Promise<ActionRun>;
}

/** A merge queue entry for pull request 42 as GitHub makes one, checked out the way actions/checkout does on merge_group. */
export async function mergeQueue(
  change: Readonly<Record<string, string>> = CHANGE,
  baseFiles: Readonly<Record<string, string>> = BASE_FILES,
): Promise<QueueSetup> {
  const repo = GitFixture.create(baseFiles);
  cleanups.push(() => {
    repo.dispose();
  });
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'archive-disk');
  repo.write(change);
  const prHead = repo.commit('change');
  const queueBranch = `gh-readonly-queue/main/pr-${PR}-${prHead}`;
  repo.git('checkout', '-q', '-b', queueBranch, 'main');
  repo.git('merge', '-q', '--no-ff', '-m', `Merge pull request #${PR} from octo-org/archive-disk`, 'archive-disk');
  const head = repo.git('rev-parse', 'HEAD').trim();
  const fake = await FakeGitHub.start();
  cleanups.push(() => fake.close());
  const event = {
    action: 'checks_requested',
    merge_group: {
      head_sha: head,
      head_ref: `refs/heads/${queueBranch}`,
      base_sha: base,
      base_ref: 'refs/heads/main',
      head_commit: { id: head, tree_id: repo.git('rev-parse', 'HEAD^{tree}').trim(), message: `Merge pull request #${PR}`, timestamp: '2026-05-01T12:00:00Z' },
    },
    repository: { id: 700000001, name: 'hyperv-estate', full_name: 'octo-org/hyperv-estate', private: false },
    sender: { login: 'github-merge-queue[bot]', id: 9919, type: 'Bot' },
  };
  return {
    repo,
    fake,
    base,
    prHead,
    head,
    run: (inputs = {}) =>
      runAction({ cwd: repo.dir, apiUrl: fake.url, eventName: 'merge_group', event, inputs: { 'check-run': 'true', ...inputs }, sha: head }),
  };
}

/** A `workflow_run` event for the finished pull_request run; a fork's pull request is not listed in `pull_requests`. */
export function workflowRunEvent(headSha: string, pullRequests: readonly { number: number; head: string; base: string }[] = []): unknown {
  return {
    action: 'completed',
    workflow_run: {
      id: 7001,
      name: 'hvgate',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'failure',
      head_sha: headSha,
      head_branch: 'archive-disk',
      pull_requests: pullRequests.map((p) => ({ number: p.number, head: { sha: p.head, ref: 'archive-disk' }, base: { sha: p.base, ref: 'main' } })),
    },
    repository: { id: 700000001, name: 'hyperv-estate', full_name: 'octo-org/hyperv-estate', private: false },
    sender: { login: 'contributor', id: 5, type: 'User' },
  };
}

export interface TargetSetup {
  readonly fake: FakeGitHub;
  readonly base: string;
  readonly head: string;
  /** The workspace: the base branch, one commit deep, as actions/checkout leaves it on pull_request_target. */
  readonly checkout: GitFixture;
  readonly run: (inputs?: Record<string, string>) => Promise<ActionRun>;
}

/**
 * A fork's pull request on `pull_request_target`: the base repository keeps the head only under
 * `refs/pull/42/head`, and the workspace is a shallow clone of the base branch.
 */
export async function targetCheckout(): Promise<TargetSetup> {
  const origin = GitFixture.create(BASE_FILES);
  cleanups.push(() => {
    origin.dispose();
  });
  const base = origin.git('rev-parse', 'HEAD').trim();
  origin.git('checkout', '-q', '-b', 'contribution');
  origin.write(CHANGE);
  const head = origin.commit('change');
  origin.git('update-ref', `refs/pull/${PR}/head`, head);
  origin.git('checkout', '-q', 'main');
  origin.git('branch', '-q', '-D', 'contribution');
  const workspace = mkdtempSync(join(tmpdir(), 'hvgate-target-'));
  cleanups.push(() => {
    rmSync(workspace, { recursive: true, force: true });
  });
  execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin.dir}`, workspace], { env: GIT_ENV });
  const fake = await FakeGitHub.start();
  cleanups.push(() => fake.close());
  fake.addPullRequest({ number: PR, headSha: head, baseSha: base, files: changedFiles(origin, base, head), headRepo: 'contributor/hyperv-estate' });
  return {
    fake,
    base,
    head,
    checkout: GitFixture.at(workspace),
    run: (inputs = {}) =>
      runAction({
        cwd: workspace,
        apiUrl: fake.url,
        eventName: 'pull_request_target',
        event: pullRequestEvent({ base, head }, 'contributor/hyperv-estate'),
        inputs,
        sha: base,
      }),
  };
}
