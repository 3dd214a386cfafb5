/**
 * The soft-mandatory override by label and the bounded cost of a failing API, end to end
 * (`dist/index.js` as the runner runs it, the loopback GitHub validating every request). A label is
 * honoured only when the API says, during the run, that whoever added it last may write to the
 * repository and is not the author; who and why is recorded wherever the verdict is. A failing API
 * costs the run at most its retry budget, is reported once, and never changes the verdict.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inline } from '../../src/reporters/escape/markdown.js';
import { errors } from '../github/fake-github.js';
import { pullRequestEvent, runAction } from './run-action.js';
import { expectNoViolations, PR, pullRequest, type PullRequestSetup } from './scenario.js';

const LABEL = 'hvgate:override';
const WHY = 'Emergency change CHG-1234, archive disk approved by the storage team';

/** The pull request event with the override label on it, as the payload lists labels. */
function labelled(setup: PullRequestSetup): unknown {
  const event = pullRequestEvent({ base: setup.base, head: setup.head }) as { pull_request: { labels?: unknown[] } };
  event.pull_request.labels = [{ id: 1, name: LABEL, description: WHY, color: 'b60205', default: false }];
  return event;
}

describe('override-label', () => {
  it('is refused when a read-only user added it, and honoured when a maintainer did, with who and why in the summary, check run and saved plan', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    fake.setRole('riley', 'read');
    fake.setRole('maya', 'maintain');
    fake.addIssueEvent(PR, { event: 'labeled', label: LABEL, actor: 'riley', createdAt: '2026-05-02T08:00:00Z' });
    const inputs = { 'override-label': LABEL, 'check-run': 'true', review: 'false', 'plan-file': 'out/hvgate-plan.json' };

    const refused = await runAction({ ...setup.invocation(inputs), event: labelled(setup) });
    expectNoViolations(fake);
    expect(refused.code).toBe(1);
    expect(refused.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    expect(refused.stdout).toContain(
      `hvgate: label "${LABEL}" does not override the gate: @riley, who added it, has read access to the repository; write, maintain or admin is needed.`,
    );
    expect(fake.calls('repos/get-collaborator-permission-level').map((r) => r.path)).toEqual(['/repos/octo-org/hyperv-estate/collaborators/riley/permission']);
    expect(fake.checkRuns.at(-1)!.conclusion).toBe('failure');

    fake.addIssueEvent(PR, { event: 'unlabeled', label: LABEL, actor: 'maya', createdAt: '2026-05-02T08:30:00Z' });
    fake.addIssueEvent(PR, { event: 'labeled', label: LABEL, actor: 'maya', createdAt: '2026-05-02T09:00:00Z' });
    const honoured = await runAction({ ...setup.invocation(inputs), event: labelled(setup) });
    expectNoViolations(fake);
    expect(honoured.code).toBe(0);
    expect(honoured.outputs).toMatchObject({ verdict: 'passed', blocking: '0' });
    const reason = `label "${LABEL}" added by @maya (maintain) at 2026-05-02T09:00:00Z: ${WHY}`;
    expect(honoured.stdout).toContain(`hvgate: override in force: ${reason}.`);
    // In Markdown the reason is escaped like any text (a mention would notify someone).
    const shown = `> Override in force: ${inline(reason)}`;
    expect(honoured.summary).toContain(shown);
    expect(fake.issueComments.at(-1)!.body).toContain(shown);
    const check = fake.checkRuns.at(-1)!;
    expect(check.conclusion).toBe('success');
    expect(check.title).toBe('hvgate: passed — 0 blocking, 3 non-blocking errors, 0 warnings, 0 notes (3 overridden)');
    expect(check.summary).toContain(shown);
    const saved = JSON.parse(readFileSync(join(setup.repo.dir, 'out/hvgate-plan.json'), 'utf8')) as {
      override: unknown;
      verdict: { passed: boolean; overridden: number };
    };
    expect(saved.override).toEqual({ reason });
    expect(saved.verdict).toMatchObject({ passed: true, overridden: 3 });
    expect(honoured.outputs['plan-file']).toBe(join(setup.repo.dir, 'out/hvgate-plan.json'));
  });

  it("is refused on the author's own pull request unless override-by-author allows it, and not in force once removed", async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    fake.setRole('octocat', 'admin');
    fake.addIssueEvent(PR, { event: 'labeled', label: LABEL, actor: 'octocat', createdAt: '2026-05-02T08:00:00Z' });
    const inputs = { 'override-label': LABEL, review: 'false', comment: 'false' };

    const own = await runAction({ ...setup.invocation(inputs), event: labelled(setup) });
    expect(own.code).toBe(1);
    expect(own.stdout).toContain(
      `hvgate: label "${LABEL}" does not override the gate: @octocat added it to their own pull request (set override-by-author: true to allow that).`,
    );
    expect(fake.calls('repos/get-collaborator-permission-level')).toEqual([]);

    const allowed = await runAction({ ...setup.invocation({ ...inputs, 'override-by-author': 'true' }), event: labelled(setup) });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`hvgate: override in force: label "${LABEL}" added by @octocat (admin) at 2026-05-02T08:00:00Z: ${WHY}.`);

    fake.addIssueEvent(PR, { event: 'unlabeled', label: LABEL, actor: 'octocat', createdAt: '2026-05-02T10:00:00Z' });
    const removed = await runAction(setup.invocation({ ...inputs, 'override-by-author': 'true' }));
    expectNoViolations(fake);
    expect(removed.code).toBe(1);
    expect(removed.stdout).not.toContain('override in force');
  });

  it('is not in force when it cannot be verified: no token, or the API failing', async () => {
    const setup = await pullRequest();
    const { fake } = setup;
    fake.setRole('maya', 'maintain');
    fake.addIssueEvent(PR, { event: 'labeled', label: LABEL, actor: 'maya', createdAt: '2026-05-02T09:00:00Z' });
    const noToken = await runAction({ ...setup.invocation({ 'override-label': LABEL, 'github-token': '' }), event: labelled(setup) });
    expect(noToken.code).toBe(1);
    expect(noToken.stdout).toContain(`hvgate: label "${LABEL}" cannot be verified without a github-token; the gate is not overridden.`);
    fake.inject('repos/get-collaborator-permission-level', errors.serverError(502), 10);
    const failing = await runAction({
      ...setup.invocation({ 'override-label': LABEL, review: 'false', comment: 'false', 'api-retry-seconds': '2' }),
      event: labelled(setup),
    });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain(`hvgate: label "${LABEL}" does not override the gate: it could not be verified (502 Server Error).`);
  });
});

describe('a failing GitHub API', () => {
  it('costs at most the retry budget, is reported once, and leaves the verdict and exit code as they are', async () => {
    const setup = await pullRequest();
    const healthy = await runAction(setup.invocation({ comment: 'false', review: 'false' }));
    const { fake } = setup;
    fake.inject('issues/list-comments', errors.serverError(502), 50);
    const run = await runAction(setup.invocation({ 'api-retry-seconds': '3', 'check-run': 'true' }));
    expectNoViolations(fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(healthy.code);
    expect({ verdict: run.outputs.verdict, blocking: run.outputs.blocking }).toEqual({ verdict: healthy.outputs.verdict, blocking: healthy.outputs.blocking });
    // Tried, waited 1 s, tried again; the next wait (4 s) would pass the 3 s budget.
    expect(fake.calls('issues/list-comments').map((r) => r.status)).toEqual([502, 502]);
    const budgetLines = run.stdout.split('\n').filter((line) => line.startsWith('hvgate: the GitHub API is failing'));
    expect(budgetLines).toHaveLength(1);
    expect(budgetLines[0]).toMatch(
      /^hvgate: the GitHub API is failing and this run's retry budget of 3 s \(api-retry-seconds\) is spent: waiting 4 s more before retrying GET \/repos\/octo-org\/hyperv-estate\/issues\/42\/comments would pass it\. No further request is retried or sent; the gate result is unaffected\.$/,
    );
    // Nothing more is sent: the check run is not attempted against a failing API.
    expect(fake.calls('checks/create')).toEqual([]);
    expect(run.stdout).toContain('hvgate: no check run: creating it failed (503 not sent: the retry budget for the GitHub API is spent');
    expect(run.outputs['comment-id']).toBeUndefined();
    expect(run.summary.split('\n')[0]).toBe(healthy.summary.split('\n')[0]);
  });
});
