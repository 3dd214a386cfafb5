/**
 * Findings fixed by a later push, end to end: the bundled Action over successive pushes of one pull
 * request, the loopback GitHub answering REST and GraphQL (every GraphQL document validated against
 * GitHub's published schema). A fixed finding's comment is edited to say where it was resolved and
 * its thread is resolved; a finding that comes back is commented on again.
 */
import { describe, expect, it } from 'vitest';
import { FakeGraphql } from '../github/fake-graphql.js';
import type { ReviewComment } from '../github/fake-github.js';
import { pullRequestEvent, runAction, type ActionRun } from './run-action.js';
import { BASE_FILES, CHANGE, changedFiles, expectNoViolations, PR, pullRequest, type PullRequestSetup } from './scenario.js';

/** Commits `files` as the pull request's next push, tells the fake, and runs the Action on it. */
async function push(setup: PullRequestSetup, files: Readonly<Record<string, string>>, message: string): Promise<{ run: ActionRun; head: string }> {
  setup.repo.write(files);
  const head = setup.repo.commit(message);
  return { run: await rerun(setup, head), head };
}

async function rerun(setup: PullRequestSetup, head: string): Promise<ActionRun> {
  setup.fake.addPullRequest({ number: PR, headSha: head, files: changedFiles(setup.repo, setup.base, head) });
  return runAction({ ...setup.invocation(), event: pullRequestEvent({ base: setup.base, head }), sha: head });
}

function commentOn(comments: readonly ReviewComment[], path: string): ReviewComment {
  const found = comments.filter((c) => c.path === path);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('the Action when a push fixes a finding', () => {
  it('over three pushes: comments, stays quiet on the same state, then edits the fixed comment and resolves its thread', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    const first = await runAction(setup.invocation());
    expect(first.code).toBe(1);
    expect(fake.reviewComments).toHaveLength(2);
    const sql = commentOn(fake.reviewComments, 'vms/sql-01.yaml');
    const web = commentOn(fake.reviewComments, 'vms/web-01.yaml');
    const said = { sql: sql.body, web: web.body };

    // The same state again (a rerun, or a push that changes nothing the gate sees): nothing new is written.
    const before = fake.requests.length;
    const same = await rerun(setup, setup.head);
    expect(same.code).toBe(1);
    const again = fake.requests.slice(before);
    expect(again.filter((r) => r.method !== 'GET' && r.operationId !== 'graphql/viewer').map((r) => r.operationId)).toEqual([]);
    expect([sql.body, web.body]).toEqual([said.sql, said.web]);

    // The author fixes sql-01 (its SCSI controller back); web-01 keeps its pass-through disk.
    const { run: fixed, head } = await push(setup, { 'vms/sql-01.yaml': BASE_FILES['vms/sql-01.yaml'] }, 'give sql-01 its SCSI controller back');
    expectNoViolations(fake);
    expect(fixed.code).toBe(1);
    expect(fake.calls('pulls/create-review')).toHaveLength(1);
    expect(fake.calls('pulls/update-review-comment').map((r) => r.path)).toEqual([`/repos/octo-org/hyperv-estate/pulls/comments/${sql.id}`]);
    expect(sql.body.startsWith(said.sql)).toBe(true);
    expect(sql.body.slice(said.sql.length)).toBe(`\n\n---\n✅ **Resolved** in ${head}: hvgate no longer reports this finding.\n<!-- hvgate:resolved -->`);
    expect(web.body).toBe(said.web);
    expect([...fake.graphql.resolvedThreads]).toEqual([FakeGraphql.threadId(sql)]);
    expect(fake.calls('graphql/resolveReviewThread')).toHaveLength(1);
    expect(fixed.stdout).toContain(`1 commented finding(s) fixed: comment(s) marked resolved in ${head.slice(0, 12)}, 1 review thread(s) resolved.`);

    // Once resolved, a rerun on the same head edits and resolves nothing more.
    await rerun(setup, head);
    expectNoViolations(fake);
    expect(fake.calls('pulls/update-review-comment')).toHaveLength(1);
    expect(fake.calls('graphql/resolveReviewThread')).toHaveLength(1);
  });

  it('comments again on a finding that comes back after it was resolved', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    await runAction(setup.invocation());
    await push(setup, { 'vms/sql-01.yaml': BASE_FILES['vms/sql-01.yaml'] }, 'fix sql-01');
    const { run: back } = await push(setup, { 'vms/sql-01.yaml': CHANGE['vms/sql-01.yaml'] }, 'drop the SCSI controller again');
    expectNoViolations(fake);
    expect(back.code).toBe(1);
    const reviews = fake.calls('pulls/create-review');
    expect(reviews).toHaveLength(2);
    const comments = (reviews[1]!.body as { comments: { path: string; body: string }[] }).comments;
    expect(comments.map((c) => `${c.path} ${/HVB\d+/.exec(c.body)![0]}`)).toEqual(['vms/sql-01.yaml HVB012']);
    // The old comment keeps its resolution; the new one is open.
    const sql = fake.reviewComments.filter((c) => c.path === 'vms/sql-01.yaml');
    expect(sql.map((c) => c.body.includes('**Resolved**'))).toEqual([true, false]);
  });

  it('where the token may not resolve threads, edits the comments and says so once', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    await runAction(setup.invocation());
    fake.graphql.refuseResolve = true;
    const { run } = await push(setup, { 'vms/sql-01.yaml': BASE_FILES['vms/sql-01.yaml'], 'vms/web-01.yaml': BASE_FILES['vms/web-01.yaml'] }, 'fix both');
    expectNoViolations(fake);
    expect(run.code).toBe(0);
    expect(fake.calls('pulls/update-review-comment')).toHaveLength(2);
    expect(fake.reviewComments.every((c) => c.body.includes('**Resolved**'))).toBe(true);
    expect(fake.graphql.resolvedThreads.size).toBe(0);
    expect(fake.calls('graphql/resolveReviewThread')).toHaveLength(1);
    const said = run.stdout.split('\n').filter((line) => line.includes('may not resolve review threads'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('(FORBIDDEN: Resource not accessible by integration)');
    expect(run.stdout).toContain('2 commented finding(s) fixed: comment(s) marked resolved');
  });

  it('does not call a finding fixed when its file can no longer be read', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    await runAction(setup.invocation());
    const { run } = await push(setup, { 'vms/sql-01.yaml': 'apiVersion: hvgate/v1\nkind: VirtualMachine\nmetadata: { name: sql-01\n' }, 'break sql-01');
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/HVB000[^\n]*sql-01\.yaml/);
    expect(fake.calls('pulls/update-review-comment')).toEqual([]);
    expect(fake.graphql.resolvedThreads.size).toBe(0);
  });
});
