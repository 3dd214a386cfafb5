/**
 * The bundled Action end to end: `dist/index.js` in a child process, a real git repository as the
 * workspace (base commit + change), the GitHub API at a loopback fake that validates every request
 * against GitHub's OpenAPI description. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GitFixture, HOSTS, PASSTHROUGH_DISK, vm } from '../plan/git-fixture.js';
import { errors, FakeGitHub } from '../github/fake-github.js';
import { pullRequestEvent, runAction, workflowCommands } from './run-action.js';
import { BASE_FILES, CHANGE, changedFiles, cleanups, expectNoViolations, pullRequest, restWrites } from './scenario.js';

const PR = 42;

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
    expect(annotations.map((a) => `${a.properties.file}:${a.properties.line}:${a.properties.col}`).sort()).toEqual([
      'jobs.yaml:5:13',
      'vms/sql-01.yaml:8:20',
      'vms/web-01.yaml:12:34',
    ]);
    expect(annotations.find((a) => a.properties.file === 'vms/web-01.yaml')!.properties.title).toBe('HVB007 passthrough-disk (blocking)');
    expect(commands.filter((c) => c.command === 'error' && c.properties.file === undefined).map((c) => c.message)).toEqual([
      'hvgate: blocked — 3 blocking findings; see the job summary.',
    ]);
    expect(commands.some((c) => c.command === 'warning')).toBe(false);

    // No check run unless asked for (check-run defaults to false).
    expect(fake.requests.filter((r) => r.operationId?.startsWith('checks/'))).toEqual([]);
    expect(fake.checkRuns).toEqual([]);
    expect(run.outputs['check-run-id']).toBeUndefined();

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
    expect(run.stdout).toContain(
      'the token cannot write to this pull request (403 Resource not accessible by integration); pull requests from forks get a read-only GITHUB_TOKEN.',
    );
    // Once a write is refused, no further write is tried.
    expect(restWrites(fork.fake).map((r) => r.operationId)).toEqual(['pulls/create-review']);
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
    expect(run.stdout).toContain('GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments; retrying in 1 s (retry 1 of 2)');
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
    for (let i = 1; i <= 220; i++)
      many[`vms/bulk-${String(i).padStart(3, '0')}.yaml`] = vm(`bulk-${String(i).padStart(3, '0')}`, { extraDisks: PASSTHROUGH_DISK });
    const { fake, invocation } = await pullRequest(many, { 'hosts.yaml': HOSTS });
    const run = await runAction(invocation({ 'max-review-comments': '25' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('220');
    const body = fake.issueComments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.split('\n').slice(0, 2)).toEqual(['<!-- hvgate:summary -->', '## ❌ hvgate: blocked — 220 blocking, 0 warnings, 0 notes']);
    // As many blocking findings as fit, then how many more and where they are.
    expect(body).toMatch(/\n- … and \d+ more: see the job summary of this workflow run\n/);
    expect(body).toMatch(
      /> Shortened to stay within GitHub's size limit: shortened What blocks the merge; left out Not on a changed line\. The job summary of this workflow run has the full report\.\n$/,
    );
    // 25 inline comments, most severe first; the other 195 are in the summary, not lost.
    expect((fake.calls('pulls/create-review')[0]!.body as { comments: unknown[] }).comments).toHaveLength(25);
    for (let i = 1; i <= 220; i++) expect(run.summary).toContain(`bulk-${String(i).padStart(3, '0')}.yaml:12`);
    // At most 9 error annotations for findings, then one notice for the rest.
    const commands = workflowCommands(run.stdout);
    expect(commands.filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(9);
    expect(commands.filter((c) => c.command === 'notice').map((c) => c.message)).toEqual(['211 more findings — see the job summary']);
  });
});

interface CheckRunBody {
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output: {
    title: string;
    summary: string;
    annotations?: { path: string; start_line: number; end_line: number; start_column?: number; annotation_level: string; title: string; message: string }[];
  };
}

describe('the Action with check-run: true', () => {
  it('creates one completed check run on the head commit and appends every finding as annotations, 50 per request', async () => {
    const many: Record<string, string> = {};
    for (let i = 1; i <= 130; i++)
      many[`vms/bulk-${String(i).padStart(3, '0')}.yaml`] = vm(`bulk-${String(i).padStart(3, '0')}`, { extraDisks: PASSTHROUGH_DISK });
    const { fake, invocation, head } = await pullRequest(many, { 'hosts.yaml': HOSTS });
    const run = await runAction(invocation({ 'check-run': 'true', 'check-run-name': 'hyperv backup gate' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.outputs.blocking).toBe('130');

    const creates = fake.calls('checks/create');
    expect(creates.map((r) => r.status)).toEqual([201]);
    const create = creates[0]!.body as CheckRunBody;
    expect(create).toMatchObject({ name: 'hyperv backup gate', head_sha: head, status: 'completed', conclusion: 'failure' });
    expect(create.output.title).toBe('hvgate: blocked — 130 blocking, 0 warnings, 0 notes');
    expect(create.output.summary.startsWith('## ❌ hvgate: blocked — 130 blocking')).toBe(true);
    expect(create.output.summary.length).toBeLessThanOrEqual(65535);

    // The first 50 with the create, the rest appended by updates of at most 50, after the create.
    const updates = fake.calls('checks/update');
    const runId = fake.checkRuns[0]!.id;
    expect(updates.map((r) => `${r.path} ${r.status}`)).toEqual([
      `/repos/octo-org/hyperv-estate/check-runs/${runId} 200`,
      `/repos/octo-org/hyperv-estate/check-runs/${runId} 200`,
    ]);
    expect([create, ...updates.map((r) => r.body as CheckRunBody)].map((b) => b.output.annotations?.length)).toEqual([50, 50, 30]);
    const checkRequests = fake.requests.filter((r) => r.operationId?.startsWith('checks/')).map((r) => r.operationId);
    expect(checkRequests).toEqual(['checks/create', 'checks/update', 'checks/update']);

    // Every finding is there once, located in its file, as a failure titled with the policy.
    expect(fake.checkRuns).toHaveLength(1);
    const annotations = fake.checkRuns[0]!.annotations;
    expect(annotations).toHaveLength(130);
    expect(annotations.map((a) => a.path).sort()).toEqual(Object.keys(many).sort());
    for (const a of annotations) {
      expect(a).toMatchObject({ start_line: 12, end_line: 12, start_column: 34, annotation_level: 'failure', title: 'HVB007 passthrough-disk' });
      expect(a.message).toMatch(/^Blocks the merge\. .*\nFix: /s);
    }
    expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure', headSha: head });
    expect(run.outputs['check-run-id']).toBe(String(runId));
    expect(run.stdout).toContain(`hvgate: check run ${runId} "hyperv backup gate" completed as failure with 130 annotations.`);
    // The workflow-command annotations keep their own limit.
    expect(workflowCommands(run.stdout).filter((c) => c.command === 'error' && c.properties.file !== undefined)).toHaveLength(9);
  });

  it('completes as success with no annotations when the gate passes', async () => {
    const { fake, invocation, head } = await pullRequest({ 'vms/web-01.yaml': vm('web-01', { labels: '{ tier: web }' }) });
    const run = await runAction(invocation({ 'check-run': 'true' }));
    expectNoViolations(fake);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ verdict: 'passed', blocking: '0', warnings: '0' });
    const creates = fake.calls('checks/create');
    expect(creates).toHaveLength(1);
    const create = creates[0]!.body as CheckRunBody;
    expect(create).toMatchObject({ name: 'hvgate', head_sha: head, status: 'completed', conclusion: 'success' });
    expect(create.output.title).toBe('hvgate: passed — 0 blocking, 0 warnings, 0 notes');
    expect(create.output.annotations).toBeUndefined();
    expect(fake.calls('checks/update')).toEqual([]);
    expect(fake.checkRuns[0]!.annotations).toEqual([]);
    expect(run.outputs['check-run-id']).toBe(String(fake.checkRuns[0]!.id));
  });

  it('is neutral, not failed, when the gate blocks but fail-on-blocking is false', async () => {
    const { fake, invocation } = await pullRequest();
    const run = await runAction(invocation({ 'check-run': 'true', 'fail-on-blocking': 'false', review: 'false', comment: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(0);
    expect(fake.checkRuns.map((r) => r.conclusion)).toEqual(['neutral']);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(3);
  });

  it('when the token may not create check runs (403), logs it once and changes nothing else', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    const without = await runAction(setup.invocation());
    const commentId = fake.issueComments[0]!.id;
    const requestsBefore = fake.requests.length;

    fake.inject('checks/create', errors.readOnly());
    const run = await runAction(setup.invocation({ 'check-run': 'true' }));
    expectNoViolations(fake);
    expect(run.code).toBe(without.code);
    expect(run.stderr).toBe('');
    const { 'check-run-id': checkRunId, ...outputs } = run.outputs;
    expect(checkRunId).toBeUndefined();
    expect(outputs).toEqual(without.outputs);
    expect(run.summary).toBe(without.summary);
    // The sticky comment is found and left as it was; nothing is commented twice.
    expect(run.stdout).toContain(`summary comment ${commentId} unchanged`);
    expect(fake.calls('pulls/create-review')).toHaveLength(1);
    // One refused create, no further check-run call, one log line saying why.
    const checkCalls = fake.requests.slice(requestsBefore).filter((r) => r.operationId?.startsWith('checks/'));
    expect(checkCalls.map((r) => `${r.operationId} ${r.status}`)).toEqual(['checks/create 403']);
    const lines = run.stdout.split('\n').filter((line) => line.includes('no check run'));
    expect(lines).toEqual([
      'hvgate: no check run: the token may not create check runs (403 Resource not accessible by integration); grant `checks: write` to the job. The gate result is unaffected.',
    ]);
    // A log line, not an annotation: the failure message stays the only unlocated error.
    const unlocated = workflowCommands(run.stdout).filter((c) => ['error', 'warning', 'notice'].includes(c.command) && c.properties.file === undefined);
    expect(unlocated.map((c) => c.message)).toEqual(['hvgate: blocked — 3 blocking findings; see the job summary.']);
  });

  it('on a pull request from a fork, tries the check run once and says why it is missing', async () => {
    const fork = await pullRequest();
    fork.fake.readOnly = true;
    const run = await runAction({
      ...fork.invocation({ 'check-run': 'true' }),
      event: pullRequestEvent({ base: fork.base, head: fork.head }, 'contributor/hyperv-estate'),
    });
    expectNoViolations(fork.fake);
    expect(run.code).toBe(1);
    expect(restWrites(fork.fake).map((r) => `${r.operationId} ${r.status}`)).toEqual(['pulls/create-review 403', 'checks/create 403']);
    expect(run.stdout).toContain(
      'hvgate: no check run: the token may not create check runs (403 Resource not accessible by integration); pull requests from forks get a read-only GITHUB_TOKEN. The gate result is unaffected.',
    );
    expect(run.outputs['check-run-id']).toBeUndefined();
  });

  it('keeps the verdict when an update fails: the run keeps the annotations written so far', async () => {
    const many: Record<string, string> = {};
    for (let i = 1; i <= 120; i++)
      many[`vms/bulk-${String(i).padStart(3, '0')}.yaml`] = vm(`bulk-${String(i).padStart(3, '0')}`, { extraDisks: PASSTHROUGH_DISK });
    const { fake, invocation } = await pullRequest(many, { 'hosts.yaml': HOSTS });
    fake.inject('checks/update', { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' } });
    const run = await runAction(invocation({ 'check-run': 'true', review: 'false', comment: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(fake.calls('checks/update').map((r) => r.status)).toEqual([422]);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(50);
    expect(run.outputs['check-run-id']).toBe(String(fake.checkRuns[0]!.id));
    expect(run.stdout).toContain(
      `hvgate: check run ${fake.checkRuns[0]!.id} has 50 of 120 annotations; adding more failed (422 Validation Failed). The gate result is unaffected.`,
    );
  });
});

describe('the Action outside pull requests', () => {
  it('attaches the check run to GITHUB_SHA on a push event', async () => {
    const repo = GitFixture.create({ ...BASE_FILES, ...CHANGE });
    cleanups.push(() => {
      repo.dispose();
    });
    const fake = await FakeGitHub.start();
    cleanups.push(() => fake.close());
    const sha = repo.git('rev-parse', 'HEAD').trim();
    const run = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: sha },
      inputs: { 'check-run': 'true' },
      sha,
    });
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(fake.requests.map((r) => r.operationId)).toEqual(['checks/create']);
    expect(fake.checkRuns.map((r) => [r.headSha, r.conclusion, r.annotations.length])).toEqual([[sha, 'failure', 3]]);
  });

  it('runs check on a push event: no API calls, SARIF written, summary and annotations', async () => {
    const repo = GitFixture.create({ ...BASE_FILES, ...CHANGE });
    cleanups.push(() => {
      repo.dispose();
    });
    const fake = await FakeGitHub.start();
    cleanups.push(() => fake.close());
    const run = await runAction({
      cwd: repo.dir,
      apiUrl: fake.url,
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: 'a'.repeat(40) },
      inputs: { 'sarif-file': 'out/hvgate.sarif' },
    });
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
    cleanups.push(() => {
      repo.dispose();
    });
    const run = await runAction({ cwd: repo.dir, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event: {}, inputs: { 'fail-on-blocking': 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('blocked');
    expect(run.stdout).toContain('fail-on-blocking is false, so the step passes');
  });

  it('fails with a plain message, and no stack trace, on invalid inputs', async () => {
    const repo = GitFixture.create(BASE_FILES);
    cleanups.push(() => {
      repo.dispose();
    });
    const run = await runAction({
      cwd: repo.dir,
      apiUrl: 'http://127.0.0.1:9',
      eventName: 'push',
      event: {},
      inputs: { mode: 'plan', comment: 'yes', 'max-review-comments': '-1' },
    });
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
