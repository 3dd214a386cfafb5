/**
 * The workflows in examples/github-actions/ are the documented setups: each is checked for what makes
 * it safe (triggers, permissions, no checkout of the pull request where it would run with a write
 * token, the artifact handed from one job to the other), and the inputs of its hvgate step are run
 * end to end through `dist/index.js` on the event it is for.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { pullRequestEvent, runAction } from './run-action.js';
import { changedFiles, cleanups, expectNoViolations, mergeQueue, PR, pullRequest, targetCheckout, workflowRunEvent } from './scenario.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/github-actions/', import.meta.url));
const ACTION_INPUTS = Object.keys((parse(readFileSync(fileURLToPath(new URL('../../action.yml', import.meta.url)), 'utf8')) as { inputs: object }).inputs);

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Readonly<Record<string, unknown>>;
}
interface Workflow {
  readonly name: string;
  readonly on: Readonly<
    Record<string, { readonly types?: string[]; readonly paths?: unknown; readonly 'paths-ignore'?: unknown; readonly workflows?: string[] } | null>
  >;
  readonly permissions: Readonly<Record<string, string>>;
  readonly jobs: Readonly<Record<string, { readonly name?: string; readonly if?: string; readonly steps: readonly Step[] }>>;
}

function workflow(file: string): Workflow {
  return parse(readFileSync(join(EXAMPLES, file), 'utf8')) as Workflow;
}

function steps(w: Workflow): Step[] {
  return Object.values(w.jobs).flatMap((job) => job.steps);
}

function step(w: Workflow, action: string): Step {
  const found = steps(w).filter((s) => s.uses?.startsWith(`${action}@`));
  expect(found, `${w.name} uses ${action} once`).toHaveLength(1);
  return found[0]!;
}

/** The hvgate step's inputs as the runner passes them; the only expression allowed is the workflow token. */
function gateInputs(w: Workflow): Record<string, string> {
  const gate = step(w, 'hyperv-backup-gate/hyperv-backup-gate');
  expect(gate.uses).toBe('hyperv-backup-gate/hyperv-backup-gate@v1');
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(gate.with ?? {})) {
    expect(ACTION_INPUTS, `${w.name}: ${name} is an input of action.yml`).toContain(name);
    const text = String(value);
    expect(text.includes('${{'), `${w.name}: ${name} uses no expression`).toBe(false);
    inputs[name] = text;
  }
  return inputs;
}

describe('examples/github-actions', () => {
  it('has the workflows the README names, and each hvgate step takes valid inputs for its event', () => {
    expect(readdirSync(EXAMPLES).sort()).toEqual(['hvgate-post.yml', 'hvgate-report.yml', 'hvgate-target.yml', 'hvgate.yml']);
    const events: Record<string, { eventName: string; changeEvent: boolean; eventBase?: string }> = {
      'hvgate.yml': { eventName: 'pull_request', changeEvent: true, eventBase: 'a'.repeat(40) },
      'hvgate-report.yml': { eventName: 'pull_request', changeEvent: true, eventBase: 'a'.repeat(40) },
      'hvgate-post.yml': { eventName: 'workflow_run', changeEvent: true },
      'hvgate-target.yml': { eventName: 'pull_request_target', changeEvent: true, eventBase: 'a'.repeat(40) },
    };
    const modes = Object.fromEntries(
      Object.entries(events).map(([file, context]) => {
        const inputs = gateInputs(workflow(file));
        return [file, readInputs((name) => inputs[name] ?? '', context).mode];
      }),
    );
    expect(modes).toEqual({ 'hvgate.yml': 'plan', 'hvgate-report.yml': 'report', 'hvgate-post.yml': 'post', 'hvgate-target.yml': 'plan' });
  });

  it('runs the required check in the merge queue, never behind a paths filter', () => {
    const main = workflow('hvgate.yml');
    expect(Object.keys(main.on).sort()).toEqual(['merge_group', 'pull_request']);
    expect(main.on.pull_request?.types).toEqual(['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled']);
    for (const file of readdirSync(EXAMPLES)) {
      for (const trigger of Object.values(workflow(file).on)) {
        expect(trigger?.paths, file).toBeUndefined();
        expect(trigger?.['paths-ignore'], file).toBeUndefined();
      }
    }
    expect(gateInputs(main)['check-run']).toBe('true');
  });

  it('keeps the fork-safe pair apart: the report job cannot write, the posting job checks out nothing and reads the artifact the report job uploads', () => {
    const report = workflow('hvgate-report.yml');
    const post = workflow('hvgate-post.yml');
    expect(Object.keys(report.on)).toEqual(['pull_request']);
    expect(Object.values(report.permissions).every((level) => level === 'read')).toBe(true);
    const upload = step(report, 'actions/upload-artifact');
    expect(upload.if).toBe('always()');
    expect(upload.with?.path).toBe(gateInputs(report)['report-file'] ?? 'hvgate-report.json');

    expect(post.on.workflow_run?.workflows).toEqual([report.name]);
    expect(steps(post).some((s) => s.uses?.startsWith('actions/checkout@') === true || s.run !== undefined)).toBe(false);
    expect(Object.values(post.jobs).map((job) => job.if)).toEqual(["github.event.workflow_run.event == 'pull_request'"]);
    const download = step(post, 'actions/download-artifact');
    expect(download.with).toMatchObject({ name: upload.with?.name, 'run-id': '${{ github.event.workflow_run.id }}' });
    expect(gateInputs(post)['report-file']).toBe(`${String(download.with?.path)}/${basename(String(upload.with?.path))}`);
    expect(post.permissions).toEqual({ actions: 'read', 'pull-requests': 'write', checks: 'write' });
  });

  it('never checks out the pull request where the token can write (pull_request_target)', () => {
    const target = workflow('hvgate-target.yml');
    expect(Object.keys(target.on)).toEqual(['pull_request_target']);
    expect(step(target, 'actions/checkout').with).toBeUndefined();
    expect(steps(target).every((s) => s.run === undefined)).toBe(true);
  });
});

describe('examples/github-actions, run end to end', () => {
  it('hvgate.yml: blocks the pull request and its merge queue entry with one check run each', async () => {
    const inputs = gateInputs(workflow('hvgate.yml'));
    const pr = await pullRequest();
    const onPr = await runAction(pr.invocation(inputs));
    expectNoViolations(pr.fake);
    expect(onPr.code).toBe(1);
    expect(pr.fake.checkRuns.map((r) => [r.name, r.headSha, r.conclusion])).toEqual([['hvgate', pr.head, 'failure']]);
    const queue = await mergeQueue();
    const inQueue = await queue.run(inputs);
    expectNoViolations(queue.fake);
    expect(inQueue.code).toBe(1);
    expect(queue.fake.checkRuns.map((r) => [r.name, r.headSha, r.conclusion])).toEqual([['hvgate', queue.head, 'failure']]);
  });

  it('hvgate-report.yml then hvgate-post.yml: the report uploaded from the fork is posted by the privileged job', async () => {
    const report = workflow('hvgate-report.yml');
    const post = workflow('hvgate-post.yml');
    const setup = await pullRequest();
    const { fake, base, head, repo } = setup;
    fake.addPullRequest({ number: PR, headSha: head, baseSha: base, files: changedFiles(repo, base, head), headRepo: 'contributor/hyperv-estate' });
    fake.readOnly = true;
    const reported = await runAction({ ...setup.invocation(gateInputs(report)), event: pullRequestEvent({ base, head }, 'contributor/hyperv-estate') });
    expect(reported.code).toBe(1);
    expect(fake.requests).toEqual([]);
    // actions/upload-artifact takes `path`; actions/download-artifact puts it under its own `path`.
    const uploaded = readFileSync(join(repo.dir, String(step(report, 'actions/upload-artifact').with?.path)), 'utf8');
    const workspace = mkdtempSync(join(tmpdir(), 'hvgate-post-'));
    cleanups.push(() => {
      rmSync(workspace, { recursive: true, force: true });
    });
    const downloaded = join(workspace, String(step(post, 'actions/download-artifact').with?.path));
    mkdirSync(downloaded);
    writeFileSync(join(downloaded, basename(String(step(report, 'actions/upload-artifact').with?.path))), uploaded);
    fake.readOnly = false;
    const posted = await runAction({
      cwd: workspace,
      apiUrl: fake.url,
      eventName: 'workflow_run',
      event: workflowRunEvent(head),
      inputs: gateInputs(post),
      sha: base,
    });
    expectNoViolations(fake);
    expect(posted.code).toBe(0);
    expect(posted.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    expect(fake.calls('pulls/create-review')).toHaveLength(1);
    expect(fake.issueComments).toHaveLength(1);
    expect(fake.checkRuns.map((r) => [r.name, r.headSha, r.conclusion])).toEqual([['hvgate', head, 'failure']]);
  });

  it('hvgate-target.yml: with the default checkout (the base branch), judges and reviews the pull request’s head', async () => {
    const target = await targetCheckout();
    const run = await target.run(gateInputs(workflow('hvgate-target.yml')));
    expectNoViolations(target.fake);
    expect(run.code).toBe(1);
    expect(target.fake.checkRuns.map((r) => [r.headSha, r.conclusion])).toEqual([[target.head, 'failure']]);
    expect((target.fake.calls('pulls/create-review')[0]!.body as { commit_id: string }).commit_id).toBe(target.head);
  });
});
