/**
 * The merge queue and the fork-safe pair end to end (`dist/index.js` as the runner runs it, the
 * loopback GitHub validating every request). A `merge_group` run plans the queue's base → head and
 * reaches the pull request's verdict without commenting; a `mode: report` run in an unprivileged job
 * makes no API call and leaves a report that a `mode: post` run in a `workflow_run` job checks and
 * posts, refusing anything that is not exactly that pull request's report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeGitHub } from '../github/fake-github.js';
import { HOSTS, PASSTHROUGH_DISK, vm } from '../plan/git-fixture.js';
import { pullRequestEvent, runAction, workflowCommands, type ActionRun } from './run-action.js';
import { BASE_FILES, CHANGE, changedFiles, cleanups, expectNoViolations, mergeQueue, PR, pullRequest, restWrites, workflowRunEvent } from './scenario.js';

describe('the Action in a merge queue', () => {
  it('blocks a violating entry with the verdict the pull request got, completes its check run on the queue head, and comments nowhere', async () => {
    const pr = await pullRequest();
    const prRun = await runAction(pr.invocation({ review: 'false', comment: 'false' }));
    const queue = await mergeQueue(CHANGE);
    const run = await queue.run();
    expectNoViolations(queue.fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(prRun.code);
    expect(run.outputs).toMatchObject({ verdict: prRun.outputs.verdict, blocking: prRun.outputs.blocking, warnings: prRun.outputs.warnings });
    expect(run.outputs.verdict).toBe('blocked');
    expect(run.stdout).toContain(`hvgate: plan ${queue.base} → the working tree, which is the merge queue candidate (${queue.head.slice(0, 12)}).`);
    expect(run.stdout).toContain('hvgate: a merge queue run writes no pull request comments; the check run, job summary and annotations carry the result.');
    // The check run is the only request: no review, no comment, not even a look at the pull request.
    expect(queue.fake.requests.map((r) => r.operationId)).toEqual(['checks/create']);
    expect(queue.fake.checkRuns.map((r) => [r.name, r.headSha, r.status, r.conclusion, r.annotations.length])).toEqual([
      ['hvgate', queue.head, 'completed', 'failure', 3],
    ]);
    expect(run.summary).toContain(`base \`${queue.base.slice(0, 12)}\` → the working tree`);
  });

  it('honours the override label of the queued pull request, named in head_ref, and still comments nowhere', async () => {
    const queue = await mergeQueue();
    queue.fake.addPullRequest({ number: PR, headSha: queue.prHead, baseSha: queue.base, files: [] });
    queue.fake.setRole('maya', 'maintain');
    queue.fake.addIssueEvent(PR, { event: 'labeled', label: 'hvgate:override', actor: 'maya', createdAt: '2026-05-02T09:00:00Z' });
    const run = await queue.run({ 'override-label': 'hvgate:override' });
    expectNoViolations(queue.fake);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('hvgate: override in force: label "hvgate:override" added by @maya (maintain) at 2026-05-02T09:00:00Z.');
    expect(queue.fake.requests.map((r) => r.operationId)).toEqual([
      'issues/list-events',
      'pulls/get',
      'repos/get-collaborator-permission-level',
      'checks/create',
    ]);
    expect(queue.fake.checkRuns.map((r) => r.conclusion)).toEqual(['success']);
  });

  it('passes a fixed entry although the base has a finding of its own: pre-existing findings do not block', async () => {
    const preExisting = { ...BASE_FILES, 'vms/old-01.yaml': vm('old-01', { extraDisks: PASSTHROUGH_DISK }), 'hosts.yaml': HOSTS };
    const queue = await mergeQueue({ 'vms/web-01.yaml': vm('web-01', { labels: '{ tier: web }' }) }, preExisting);
    const run = await queue.run();
    expectNoViolations(queue.fake);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'passed', blocking: '0' });
    expect(queue.fake.checkRuns.map((r) => [r.headSha, r.conclusion])).toEqual([[queue.head, 'success']]);
    // The base's own finding is shown as pre-existing, not hidden.
    expect(run.summary).toContain('old-01');
    expect(queue.fake.checkRuns[0]!.annotations.map((a) => a.path)).toContain('vms/old-01.yaml');
  });
});

interface ForkSetup {
  readonly fake: FakeGitHub;
  readonly base: string;
  readonly head: string;
  /** The report file the unprivileged run wrote. */
  readonly artifact: string;
  readonly reportRun: ActionRun;
  /** Runs the posting job in a fresh workspace that holds only `files` (the downloaded artifact). */
  readonly post: (files: Readonly<Record<string, string>>, options?: { event?: unknown; inputs?: Record<string, string> }) => Promise<ActionRun>;
}

async function forkReport(change: Readonly<Record<string, string>> = CHANGE): Promise<ForkSetup> {
  const setup = await pullRequest(change);
  const { fake, base, head } = setup;
  fake.addPullRequest({ number: PR, headSha: head, baseSha: base, files: changedFiles(setup.repo, base, head), headRepo: 'contributor/hyperv-estate' });
  // The pull_request job of a fork: a read-only token, here none at all.
  const reportRun = await runAction({
    ...setup.invocation({ mode: 'report', 'github-token': '' }),
    event: pullRequestEvent({ base, head }, 'contributor/hyperv-estate'),
  });
  const artifact = readFileSync(join(setup.repo.dir, 'hvgate-report.json'), 'utf8');
  return {
    fake,
    base,
    head,
    artifact,
    reportRun,
    post: async (files, options = {}) => {
      const workspace = mkdtempSync(join(tmpdir(), 'hvgate-post-'));
      cleanups.push(() => {
        rmSync(workspace, { recursive: true, force: true });
      });
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(workspace, path, '..'), { recursive: true });
        writeFileSync(join(workspace, path), text);
      }
      return runAction({
        cwd: workspace,
        apiUrl: fake.url,
        eventName: 'workflow_run',
        event: options.event ?? workflowRunEvent(head),
        inputs: { 'report-file': 'hvgate-report/hvgate-report.json', 'check-run': 'true', ...options.inputs },
        sha: base,
      });
    },
  };
}

describe('the fork-safe pair: mode report in pull_request, mode post in workflow_run', () => {
  it('reports without any API call, then posts the review, the summary and the check run for the head it was made for', async () => {
    const fork = await forkReport();
    const { fake, head } = fork;
    // The unprivileged job judged the change like plan, and asked GitHub nothing.
    expect(fork.reportRun.code).toBe(1);
    expect(fork.reportRun.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    expect(fake.requests).toEqual([]);
    expect(fork.reportRun.stdout).toContain(
      `hvgate: the report for pull request #${PR} at ${head.slice(0, 12)} is in hvgate-report.json; upload it as an artifact for the workflow_run job that posts it (mode: post).`,
    );
    expect(workflowCommands(fork.reportRun.stdout).filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(3);
    const report = JSON.parse(fork.artifact) as { kind: string; pullRequest: { number: number; headSha: string }; summary: string };
    expect(report).toMatchObject({ kind: 'hvgate-pull-request-report', pullRequest: { number: PR, headSha: head } });

    const run = await fork.post({ 'hvgate-report/hvgate-report.json': fork.artifact });
    expectNoViolations(fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3', warnings: '0' });
    expect(run.stdout).toContain(`hvgate: posting the report of workflow run 7001 for pull request #${PR} at ${head.slice(0, 12)}: blocked, 3 blocking.`);
    expect(fake.calls('pulls/get').map((r) => r.path)).toEqual([`/repos/octo-org/hyperv-estate/pulls/${PR}`]);
    const review = fake.calls('pulls/create-review')[0]!.body as { commit_id: string; comments: { path: string; line: number }[] };
    expect(review.commit_id).toBe(head);
    expect(review.comments.map((c) => `${c.path}:${c.line}`).sort()).toEqual(['vms/sql-01.yaml:8', 'vms/web-01.yaml:12']);
    expect(fake.issueComments.map((c) => c.body)).toEqual([report.summary]);
    expect(run.outputs['comment-id']).toBe(String(fake.issueComments[0]!.id));
    expect(fake.checkRuns.map((r) => [r.headSha, r.conclusion, r.annotations.length])).toEqual([[head, 'failure', 3]]);
    expect(run.outputs['check-run-id']).toBe(String(fake.checkRuns[0]!.id));

    // Posting the same report again repeats nothing.
    const again = await fork.post({ 'hvgate-report/hvgate-report.json': fork.artifact });
    expect(again.code).toBe(0);
    expect(fake.calls('pulls/create-review')).toHaveLength(1);
    expect(fake.calls('issues/update-comment')).toHaveLength(0);
    expect(again.stdout).toContain(`summary comment ${fake.issueComments[0]!.id} unchanged`);
  });

  it('refuses a report that is not exactly this pull request’s, for the head the run was for, posts nothing of it, and fails its check run saying why', async () => {
    const fork = await forkReport();
    const { fake, head, base } = fork;
    const report = JSON.parse(fork.artifact) as Record<string, unknown>;
    const file = 'hvgate-report/hvgate-report.json';
    const tampered = (change: (r: Record<string, unknown>) => void) => {
      const copy = structuredClone(report);
      change(copy);
      return JSON.stringify(copy);
    };
    const other = 'b'.repeat(40);
    const cases: [string, Promise<ActionRun>][] = [
      [
        `hvgate: ${file}: not a report this Action can post: (the document) must NOT have additional properties`,
        fork.post({ [file]: tampered((r) => (r.verdictOverride = 'passed')) }),
      ],
      [`hvgate: ${file}: not a report this Action can post: it is not JSON`, fork.post({ [file]: '{"kind": "hvgate-pull-request-report",' })],
      [
        `hvgate: ${file}: not a report this Action can post: its summary does not start with the summary marker`,
        fork.post({ [file]: tampered((r) => (r.summary = '## ✅ hvgate: passed')) }),
      ],
      [
        `hvgate: ${file}: not a report this Action can post: its verdict contradicts its count of blocking findings`,
        fork.post({ [file]: tampered((r) => ((r.verdict as { passed: boolean }).passed = true)) }),
      ],
      [
        'hvgate: the report is for octo-org/elsewhere, not octo-org/hyperv-estate; the report is not posted',
        fork.post({ [file]: tampered((r) => (r.repository = 'octo-org/elsewhere')) }),
      ],
      [
        `hvgate: the report is for commit ${head.slice(0, 12)}, but workflow run 7001 ran on ${other.slice(0, 12)}; the report is not posted`,
        fork.post({ [file]: fork.artifact }, { event: workflowRunEvent(other) }),
      ],
      [
        `hvgate: the report is for pull request #${PR}, which workflow run 7001 was not for; the report is not posted`,
        fork.post({ [file]: fork.artifact }, { event: workflowRunEvent(head, [{ number: 7, head, base }]) }),
      ],
      [`hvgate: report-file ${file}: has 16777217 bytes, more than the 16777216 a report may have`, fork.post({ [file]: ' '.repeat(16 * 1024 * 1024 + 1) })],
    ];
    for (const [message, running] of cases) {
      const run = await running;
      expect(run.code, message).toBe(1);
      expect(
        workflowCommands(run.stdout)
          .filter((c) => c.command === 'error')
          .map((c) => c.message),
      ).toEqual([message]);
    }
    // The pull request has moved on since the report was made: a stale report is not posted.
    fake.addPullRequest({ number: PR, headSha: other, baseSha: base, files: [], headRepo: 'contributor/hyperv-estate' });
    const stale = await fork.post({ [file]: fork.artifact }, { event: workflowRunEvent(head) });
    expect(
      workflowCommands(stale.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual([`hvgate: pull request #${PR} is at ${other.slice(0, 12)} now, not at ${head.slice(0, 12)} as the report says; the report is not posted`]);
    expectNoViolations(fake);
    // The only writes: one failed check run per refusal, on the commit the workflow run built, saying why.
    expect(restWrites(fake).map((r) => r.operationId)).toEqual(Array<string>(cases.length + 1).fill('checks/create'));
    // The runs above went at once, so their check runs come in any order.
    expect(fake.checkRuns).toHaveLength(cases.length + 1);
    for (const checkRun of fake.checkRuns) {
      expect(checkRun).toMatchObject({ name: 'hvgate', status: 'completed', conclusion: 'failure', title: 'hvgate: the report was refused and not posted' });
      expect(checkRun.annotations).toEqual([]);
    }
    expect(fake.checkRuns.filter((r) => r.headSha === other)).toHaveLength(1);
    expect(fake.checkRuns.filter((r) => r.headSha === head)).toHaveLength(cases.length);
    expect(fake.checkRuns.find((r) => r.summary?.includes('octo-org/elsewhere'))?.summary).toBe(
      [
        '## ❌ hvgate: the report was refused and not posted',
        '',
        'The report that workflow run 7001 left for this commit was not posted: the report is for octo-org/elsewhere, not octo-org/hyperv-estate; the report is not posted.',
        '',
        "What to do: push again or re-run the pull request's workflow, so that it makes a fresh report for the pull request's current head. A pull request that changes `.github/` is judged by a `pull_request_target` workflow (examples/github-actions/hvgate-target.yml), never by its own run's report.",
        '',
      ].join('\n'),
    );
  });

  it('writes no check run for a refused report unless check-run asks for one', async () => {
    const fork = await forkReport();
    const run = await fork.post({ 'hvgate-report/hvgate-report.json': '{}' }, { inputs: { 'check-run': 'false' } });
    expect(run.code).toBe(1);
    expect(fork.fake.requests).toEqual([]);
  });

  it('refuses the report of a pull request that changes .github/, whose own run could have written any report', async () => {
    const workflowEdit = 'name: hvgate-report\non: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo forged\n';
    const fork = await forkReport({ ...CHANGE, '.github/workflows/hvgate-report.yml': workflowEdit });
    const forged = JSON.parse(fork.artifact) as Record<string, unknown>;
    forged.verdict = { passed: true, blocking: 0, overridden: 0, errors: 0, warnings: 0, notes: 0, waived: 0 };
    forged.summary = `${String(forged.summary).split('\n')[0]!}\n## ✅ hvgate: passed`;
    forged.review = [];
    forged.checkRun = { title: 'hvgate: passed', summary: 'passed', annotations: [] };
    const run = await fork.post({ 'hvgate-report/hvgate-report.json': JSON.stringify(forged) });
    expectNoViolations(fork.fake);
    expect(run.code).toBe(1);
    expect(
      workflowCommands(run.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual([
      `hvgate: pull request #${PR} changes .github/workflows/hvgate-report.yml, so its own run could have written any report; judge it in a pull_request_target workflow (examples/github-actions/hvgate-target.yml); the report is not posted`,
    ]);
    expect(fork.fake.calls('pulls/list-files')).toHaveLength(1);
    // Nothing of the forged report is written: only a failed check run that says why.
    expect(restWrites(fork.fake).map((r) => r.operationId)).toEqual(['checks/create']);
    expect(fork.fake.checkRuns.map((r) => [r.headSha, r.conclusion, r.title, r.annotations.length])).toEqual([
      [fork.head, 'failure', 'hvgate: the report was refused and not posted', 0],
    ]);
    expect(fork.fake.checkRuns[0]!.summary).toContain(`pull request \\#&#8203;${PR} changes .github/workflows/hvgate-report.yml, so its own run`);
    expect(fork.fake.checkRuns[0]!.summary).not.toContain('passed');
    expect(run.outputs['check-run-id']).toBe(String(fork.fake.checkRuns[0]!.id));
    expect(run.outputs.verdict).toBeUndefined();
  });

  it('renders inert what a refused pull request names in the check run that explains the refusal', async () => {
    const hostile = '.github/workflows/@octo-org/admins [approve](https://evil.example) <img src=x>.yml';
    const fork = await forkReport({ ...CHANGE, [hostile]: 'on: pull_request\n' });
    const run = await fork.post({ 'hvgate-report/hvgate-report.json': fork.artifact });
    expectNoViolations(fork.fake);
    expect(run.code).toBe(1);
    const summary = fork.fake.checkRuns[0]!.summary ?? '';
    expect(summary).toContain('changes .github/workflows/@&#8203;octo-org/admins \\[approve\\](https:/evil.example) \\<img src=x\\>.yml, so its own run');
    expect(summary).not.toMatch(/@octo-org|\[approve\]\(|(?<!\\)<img/);
  });

  it('never reads a report through a symbolic link', async () => {
    const fork = await forkReport();
    const outside = mkdtempSync(join(tmpdir(), 'hvgate-outside-'));
    cleanups.push(() => {
      rmSync(outside, { recursive: true, force: true });
    });
    writeFileSync(join(outside, 'report.json'), fork.artifact);
    const workspace = mkdtempSync(join(tmpdir(), 'hvgate-post-'));
    cleanups.push(() => {
      rmSync(workspace, { recursive: true, force: true });
    });
    symlinkSync(join(outside, 'report.json'), join(workspace, 'hvgate-report.json'));
    const run = await runAction({ cwd: workspace, apiUrl: fork.fake.url, eventName: 'workflow_run', event: workflowRunEvent(fork.head), sha: fork.base });
    expect(run.code).toBe(1);
    expect(
      workflowCommands(run.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual(['hvgate: report-file hvgate-report.json: is a symbolic link; hvgate never reads a report through a link']);
    expect(fork.fake.requests).toEqual([]);
  });
});
