/**
 * The bundled Action end to end: `dist/index.js` in a child process, a real git repository as the
 * workspace (base commit + change), the GitHub API at a loopback fake that validates every request
 * against GitHub's OpenAPI description. Run `npm run build` first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, job, vm } from '../plan/git-fixture.js';
import { errors, FakeGitHub, type FakeFile } from '../github/fake-github.js';
import { ACTION, pullRequestEvent, runAction, workflowCommands, type ActionInvocation } from './run-action.js';

const PR = 42;
const BASE_FILES = {
  'hosts.yaml': HOSTS,
  'jobs.yaml': job('nightly', ['sql-01', 'web-01']),
  'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true }),
  'vms/web-01.yaml': vm('web-01'),
};
/** web-01 gains a pass-through disk (HVB007 on an added line); sql-01 loses its SCSI controller (HVB012 on an added line), which fails job nightly (HVB009 in jobs.yaml, a file the change does not touch). */
const CHANGE = {
  'vms/web-01.yaml': vm('web-01', { extraDisks: PASSTHROUGH_DISK }),
  'vms/sql-01.yaml': vm('sql-01', { host: 'hv-legacy', vss: true, scsiControllers: 0 }),
};

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

beforeAll(() => {
  if (!existsSync(ACTION)) throw new Error(`${ACTION} is missing: run npm run build first`);
});

interface PullRequestSetup {
  readonly repo: GitFixture;
  readonly fake: FakeGitHub;
  readonly base: string;
  readonly head: string;
  readonly invocation: (inputs?: Record<string, string>) => ActionInvocation;
}

/** A repository with the base on main and the change committed on a branch (the working tree), and the fake serving the pull request. */
async function pullRequest(change: Readonly<Record<string, string>> = CHANGE, base: Readonly<Record<string, string>> = BASE_FILES): Promise<PullRequestSetup> {
  const repo = GitFixture.create(base);
  cleanups.push(() => repo.dispose());
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
    invocation: (inputs = {}) => ({ cwd: repo.dir, apiUrl: fake.url, eventName: 'pull_request', event: pullRequestEvent({ base: baseSha, head }), inputs, sha: head }),
  };
}

/** The files and patches GitHub would list for the pull request: `git diff base head`, hunks only. */
function changedFiles(repo: GitFixture, base: string, head: string): FakeFile[] {
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

function expectNoViolations(fake: FakeGitHub): void {
  expect(fake.violations).toEqual([]);
}

describe('the Action on a pull request', () => {
  it('blocks, comments inline on the lines that introduce findings and keeps one summary comment', async () => {
    const { fake, invocation, head } = await pullRequest();
    const run = await runAction(invocation());
    expectNoViolations(fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3', warnings: '0' });

    const reviews = fake.calls('pulls/create-review');
    expect(reviews).toHaveLength(1);
    const review = reviews[0]!.body as { commit_id: string; event: string; comments: { path: string; line: number; side: string; body: string }[] };
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).toBe(head);
    expect(review.comments.map((c) => `${c.path}:${c.line}:${c.side}`).sort()).toEqual(['vms/sql-01.yaml:8:RIGHT', 'vms/web-01.yaml:12:RIGHT']);
    const web = review.comments.find((c) => c.path === 'vms/web-01.yaml')!;
    expect(web.body).toContain('HVB007 passthrough-disk');
    expect(web.body).toMatch(/<!-- hvgate:finding:[0-9a-f]{24} -->/);

    expect(fake.issueComments).toHaveLength(1);
    const comment = fake.issueComments[0]!;
    expect(run.outputs['comment-id']).toBe(String(comment.id));
    const lines = comment.body.split('\n');
    expect(lines[0]).toBe('<!-- hvgate:summary -->');
    expect(lines[1]).toBe('## ❌ hvgate: blocked — 3 blocking, 0 warnings, 0 notes');
    // HVB009 points into jobs.yaml, which the change does not touch: listed in the summary, not dropped.
    const elsewhere = comment.body.slice(comment.body.indexOf('### Not on a changed line (1)'));
    expect(elsewhere).toContain('**HVB009** at [`jobs.yaml:5`]');

    // Pagination with per_page=100 on every list.
    for (const id of ['pulls/list-files', 'issues/list-comments', 'pulls/list-review-comments', 'pulls/list-reviews']) {
      expect(fake.calls(id).map((r) => r.query.per_page)).toEqual(['100']);
    }
    expect(fake.requests.every((r) => r.authorization === 'token ghs_fake_token_for_tests')).toBe(true);

    // Annotations: one per finding, each at its file and line, and the step's failure message.
    const commands = workflowCommands(run.stdout);
    const annotations = commands.filter((c) => c.command === 'error' && c.properties.file !== undefined);
    expect(annotations.map((a) => `${a.properties.file}:${a.properties.line}:${a.properties.col}`).sort()).toEqual(['jobs.yaml:5:13', 'vms/sql-01.yaml:8:20', 'vms/web-01.yaml:12:34']);
    expect(annotations.find((a) => a.properties.file === 'vms/web-01.yaml')!.properties.title).toBe('HVB007 passthrough-disk (blocking)');
    expect(commands.filter((c) => c.command === 'error' && c.properties.file === undefined).map((c) => c.message)).toEqual([
      'hvgate: blocked — 3 blocking findings; see the job summary.',
    ]);
    expect(commands.some((c) => c.command === 'warning')).toBe(false);

    // The job summary: verdict first, the plan's outcomes, blast radius and findings.
    expect(run.summary.startsWith('## ❌ hvgate: blocked — 3 blocking')).toBe(true);
    expect(run.summary).toContain('### Blast radius: 1 backup job fails');
    expect(run.summary).toContain('| `~` | sql-01 | update in place | online → **fails** |');
    expect(run.summary).toContain(`https://github.com/octo-org/hyperv-estate/blob/${head}/vms/web-01.yaml#L12`);
  });

  it('on a second run after a new push, updates the same comment and repeats no review comment', async () => {
    const setup = await pullRequest();
    const { fake, repo } = setup;
    await runAction(setup.invocation());
    expect(fake.reviewComments).toHaveLength(2);
    const commentId = fake.issueComments[0]!.id;

    // The author fixes sql-01; web-01 keeps its finding.
    repo.write({ 'vms/sql-01.yaml': BASE_FILES['vms/sql-01.yaml'], 'vms/web-02.yaml': vm('web-02', { extraDisks: PASSTHROUGH_DISK }) });
    const head = repo.commit('fix sql-01, add web-02');
    fake.addPullRequest({ number: PR, headSha: head, files: changedFiles(repo, setup.base, head) });
    const second = await runAction({ ...setup.invocation(), event: pullRequestEvent({ base: setup.base, head }), sha: head });
    expectNoViolations(fake);
    expect(second.code).toBe(1);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.calls('issues/update-comment').map((r) => r.path)).toEqual([`/repos/octo-org/hyperv-estate/issues/comments/${commentId}`]);
    expect(second.outputs['comment-id']).toBe(String(commentId));
    // Only web-02's findings are new (its pass-through disk, and it is in no backup job); web-01's was commented on in the first run.
    const reviews = fake.calls('pulls/create-review');
    expect(reviews).toHaveLength(2);
    const comments = (reviews[1]!.body as { comments: { path: string; body: string }[] }).comments;
    expect(comments.map((c) => `${c.path} ${/HVB\d+/.exec(c.body)![0]}`).sort()).toEqual(['vms/web-02.yaml HVB007', 'vms/web-02.yaml HVB010']);
    // The comment now describes the new head: sql-01 is fixed, web-02 is new.
    expect(fake.issueComments[0]!.body).not.toContain('HVB012');
    expect(fake.issueComments[0]!.body).toContain('web-02');

    // A third run on the same commit changes nothing: no review, no comment update.
    const third = await runAction({ ...setup.invocation(), event: pullRequestEvent({ base: setup.base, head }), sha: head });
    expectNoViolations(fake);
    expect(third.code).toBe(1);
    expect(fake.calls('pulls/create-review')).toHaveLength(2);
    expect(fake.calls('issues/update-comment')).toHaveLength(1);
    expect(third.stdout).toContain(`summary comment ${commentId} unchanged`);
  });

  it('with a read-only token (pull request from a fork) degrades to summary and annotations, with the same verdict and exit code', async () => {
    const setup = await pullRequest();
    const normal = await runAction(setup.invocation());
    const fork = await pullRequest();
    fork.fake.readOnly = true;
    const run = await runAction({ ...fork.invocation(), event: pullRequestEvent({ base: fork.base, head: fork.head }, 'contributor/hyperv-estate') });
    expectNoViolations(fork.fake);
    expect(run.code).toBe(normal.code);
    expect(run.outputs.verdict).toBe(normal.outputs.verdict);
    expect(run.outputs.blocking).toBe(normal.outputs.blocking);
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(run.stdout).toContain('the token cannot write to this pull request (403 Resource not accessible by integration); pull requests from forks get a read-only GITHUB_TOKEN.');
    // Once a write is refused, no further write is tried.
    expect(fork.fake.requests.filter((r) => r.method !== 'GET').map((r) => r.operationId)).toEqual(['pulls/create-review']);
    expect(run.summary.startsWith('## ❌ hvgate: blocked — 3 blocking')).toBe(true);
    expect(workflowCommands(run.stdout).filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(3);
  });

  it('waits out a secondary rate limit and retries', async () => {
    const { fake, invocation } = await pullRequest();
    fake.inject('issues/create-comment', errors.secondaryRateLimit(1));
    const run = await runAction(invocation());
    expectNoViolations(fake);
    expect(fake.calls('issues/create-comment').map((r) => r.status)).toEqual([403, 201]);
    expect(fake.issueComments).toHaveLength(1);
    expect(run.stdout).toContain("GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 1 s (retry 1 of 2)");
    expect(run.code).toBe(1);
  });

  it('posts the findings in the review body when GitHub refuses the inline anchors (422)', async () => {
    const { fake, invocation } = await pullRequest();
    fake.inject('pulls/create-review', errors.outsideDiff());
    const run = await runAction(invocation());
    expectNoViolations(fake);
    const reviews = fake.calls('pulls/create-review');
    expect(reviews.map((r) => r.status)).toEqual([422, 200]);
    const fallback = reviews[1]!.body as { comments?: unknown; body: string };
    expect(fallback.comments).toBeUndefined();
    expect(fallback.body).toContain('**HVB007** `vms/web-01.yaml:12:34`');
    expect(fallback.body).toMatch(/<!-- hvgate:finding:[0-9a-f]{24} -->/);
    expect(fake.issueComments[0]!.body).toContain('(in the review)');
    expect(run.code).toBe(1);
  });

  it('cuts a summary comment that would exceed 65,536 characters, keeping the verdict on top; the job summary keeps everything', async () => {
    const many: Record<string, string> = {};
    for (let i = 1; i <= 220; i++) many[`vms/bulk-${String(i).padStart(3, '0')}.yaml`] = vm(`bulk-${String(i).padStart(3, '0')}`, { extraDisks: PASSTHROUGH_DISK });
    const { fake, invocation } = await pullRequest(many, { 'hosts.yaml': HOSTS });
    const run = await runAction(invocation({ 'max-review-comments': '25' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('220');
    const body = fake.issueComments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.split('\n').slice(0, 2)).toEqual(['<!-- hvgate:summary -->', '## ❌ hvgate: blocked — 220 blocking, 0 warnings, 0 notes']);
    expect(body).toMatch(/> Shortened to stay within GitHub's size limit: left out .*\. The job summary of this workflow run has the full report\.\n$/);
    // 25 inline comments, most severe first; the other 195 are in the summary, not lost.
    expect((fake.calls('pulls/create-review')[0]!.body as { comments: unknown[] }).comments).toHaveLength(25);
    for (let i = 1; i <= 220; i++) expect(run.summary).toContain(`bulk-${String(i).padStart(3, '0')}.yaml:12`);
    // At most 9 error annotations for findings, then one notice for the rest.
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(9);
    expect(commands.filter((c) => c.command === 'notice').map((c) => c.message)).toEqual(['211 more findings — see the job summary']);
  });
});

describe('the Action outside pull requests', () => {
  it('runs check on a push event: no API calls, SARIF written, summary and annotations', async () => {
    const repo = GitFixture.create({ ...BASE_FILES, ...CHANGE });
    cleanups.push(() => repo.dispose());
    const fake = await FakeGitHub.start();
    cleanups.push(() => fake.close());
    const run = await runAction({ cwd: repo.dir, apiUrl: fake.url, eventName: 'push', event: { ref: 'refs/heads/main', after: 'a'.repeat(40) }, inputs: { 'sarif-file': 'out/hvgate.sarif' } });
    expect(fake.requests).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3', 'sarif-file': join(repo.dir, 'out/hvgate.sarif') });
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'out/hvgate.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(3);
    expect(run.summary.startsWith('## ❌ hvgate: blocked — 3 blocking')).toBe(true);
    expect(run.summary).toContain('### Backup outcomes (2 VMs, worst first)');
    expect(workflowCommands(run.stdout).filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(3);
  });

  it('passes with fail-on-blocking false, and reports the verdict in its outputs', async () => {
    const repo = GitFixture.create({ ...BASE_FILES, ...CHANGE });
    cleanups.push(() => repo.dispose());
    const run = await runAction({ cwd: repo.dir, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event: {}, inputs: { 'fail-on-blocking': 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('blocked');
    expect(run.stdout).toContain('fail-on-blocking is false, so the step passes');
  });

  it('fails with a plain message, and no stack trace, on invalid inputs', async () => {
    const repo = GitFixture.create(BASE_FILES);
    cleanups.push(() => repo.dispose());
    const run = await runAction({ cwd: repo.dir, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event: {}, inputs: { mode: 'plan', comment: 'yes', 'max-review-comments': '-1' } });
    expect(run.code).toBe(1);
    const failures = workflowCommands(run.stdout).filter((c) => c.command === 'error');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toBe(
      [
        'hvgate: invalid inputs:',
        '  - mode plan needs a base to compare with: set the base input (a branch, tag or commit), or run on a pull_request event (this run is a push event)',
        '  - max-review-comments must be a whole number from 0 to 100, not "-1"',
        '  - comment must be true or false, not "yes"',
      ].join('\n'),
    );
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});
