/**
 * A pull request as the Action end-to-end tests meet it: a real git repository (the base on main, the
 * change committed on a branch and checked out), the loopback GitHub serving the pull request, and
 * the event that names both commits. Registers its cleanups with the test file's `afterEach`.
 */
import { existsSync } from 'node:fs';
import { afterEach, beforeAll, expect } from 'vitest';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, job, vm } from '../plan/git-fixture.js';
import { FakeGitHub, type FakeFile, type RecordedRequest } from '../github/fake-github.js';
import { ACTION, pullRequestEvent, type ActionInvocation } from './run-action.js';

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
