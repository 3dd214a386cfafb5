/**
 * The Action's trust boundary end to end (`dist/index.js` as the runner runs it, the loopback GitHub
 * validating every request): what governs a pull request's verdict comes from the base, the tree
 * judged is the pull request's head whatever is checked out, only the token's own comments count as
 * hvgate's, no report is written through a link or outside the workspace, and names from the pull
 * request never become workflow commands or outputs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingMarker } from '../../src/github/review-plan.js';
import { SUMMARY_MARKER } from '../../src/github/sticky-comment.js';
import { exception, GitFixture, HOSTS, PASSTHROUGH_DISK, vm } from '../plan/git-fixture.js';
import { runAction, workflowCommands } from './run-action.js';
import { CHANGE, cleanups, expectNoViolations, PR, pullRequest, targetCheckout } from './scenario.js';

/** `YYYY-MM-DD`, `days` from today: the Action judges expiry by the real date. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The fingerprints of the head's findings, by policy and VM, as the CLI computes them. */
async function fingerprints(repo: GitFixture, base: string): Promise<Map<string, string>> {
  const run = await repo.run(['plan', '--base', base, '--format', 'json']);
  const report = JSON.parse(run.stdout) as { findings: { policyId: string; vm: string | null; fingerprint: string }[] };
  return new Map(report.findings.map((f) => [`${f.policyId} ${f.vm ?? ''}`, f.fingerprint]));
}

describe('the base governs a pull request', () => {
  it("ignores the pull request's own relaxed configuration, shows that the base governs, and lets config-ref: head opt out out loud", async () => {
    const relaxed = 'policies:\n  HVB007: off\n  HVB009: off\n  HVB012: off\n';
    const { fake, invocation } = await pullRequest({ ...CHANGE, '.hvgate.yml': relaxed });
    const run = await runAction(invocation({ review: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    expect(run.stdout).toContain(
      'hvgate: the gate configuration, exceptions and inline waivers come from the base; changes the head makes to them are shown as proposed.',
    );
    expect(run.summary).toContain('gate configuration from the base.');
    // What the pull request would change is shown, not applied: in the job summary and the summary comment.
    const proposed = [
      '### Configuration changes proposed by this change (4)',
      '',
      "Not applied: the base branch's configuration, exceptions and inline waivers decide this verdict. These take effect once the change is merged.",
      '',
      '- adds .hvgate.yml',
      '- policies.HVB007: default → level off',
      '- policies.HVB009: default → level off',
      '- policies.HVB012: default → level off',
    ].join('\n');
    expect(run.summary).toContain(proposed);
    expect(fake.issueComments[0]!.body).toContain(proposed);
    expect(run.stdout).toContain('Configuration changes proposed by the head, not applied:\n  - adds .hvgate.yml\n  - policies.HVB007: default → level off');

    const opted = await runAction(invocation({ review: 'false', 'config-ref': 'head' }));
    expect(opted.code).toBe(0);
    expect(opted.outputs).toMatchObject({ verdict: 'passed', blocking: '0' });
    expect(opted.stdout).toContain(
      'hvgate: config-ref: head — the configuration, exceptions and inline waivers of the head govern this run, so the change can relax its own gate.',
    );
    expect(opted.summary).toContain('gate configuration from the head.');
  });
});

describe('the base governs waivers too', () => {
  it('shows an exception the pull request adds for its own finding, and does not honour it', async () => {
    const waived = vm('web-01', { extraDisks: PASSTHROUGH_DISK, extraSpec: exception('HVB007', 'archive', inDays(30)) });
    const { fake, invocation } = await pullRequest({ 'vms/web-01.yaml': waived });
    const run = await runAction(invocation({ review: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    // The pass-through disk still blocks, and so does the exception that tries to waive it (HVB016).
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '2' });
    expect(run.summary).toMatch(
      /What blocks the merge \(2\)[\s\S]*\*\*HVB016\*\*[\s\S]*\*\*HVB007\*\*|What blocks the merge \(2\)[\s\S]*\*\*HVB007\*\*[\s\S]*\*\*HVB016\*\*/,
    );
    expect(run.summary).toContain('### Exceptions added by this change (1)');
    expect(run.summary).toContain('no: it is added by this change, and only exceptions that already exist on the base branch count');
    expect(fake.issueComments[0]!.body).toContain('Exceptions added by this change');
  });
});

describe('the base governs the exceptions of .hvgate.yml', () => {
  it('does not apply exceptions the pull request adds to .hvgate.yml, nor its switch to let exceptions from the head count', async () => {
    const relaxed = [
      'exceptions:',
      '  fromBaseOnly: false',
      '  entries:',
      `    - { policy: HVB007, vm: web-01, reason: "Archive disk is backed up by the storage team", owner: storage-team, expires: ${inDays(30)} }`,
      `    - { policy: HVB009, vmPattern: "*", reason: "Everything is fine", owner: storage-team, expires: ${inDays(30)} }`,
      '',
    ].join('\n');
    const { fake, invocation } = await pullRequest({ ...CHANGE, '.hvgate.yml': relaxed });
    const run = await runAction(invocation({ review: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    const expires = inDays(30);
    expect(run.summary).toContain(
      [
        '- adds .hvgate.yml',
        '- exceptions.fromBaseOnly: true → false',
        `- exceptions.entries: adds HVB007 for "web-01", expires ${expires}`,
        `- exceptions.entries: adds HVB009 for the VMs matching "\\*", expires ${expires}`,
      ].join('\n'),
    );
    expect(fake.issueComments[0]!.body).toContain(`- exceptions.entries: adds HVB007 for "web-01", expires ${expires}`);
    expect(run.stdout).toContain(`  - exceptions.entries: adds HVB007 for "web-01", expires ${expires}`);

    // Only where the head governs, by request, do its exceptions waive the head's findings.
    const opted = await runAction(invocation({ review: 'false', 'config-ref': 'head' }));
    expect(opted.outputs).toMatchObject({ verdict: 'blocked', blocking: '1' });
  });
});

describe('the base governs inline waivers too', () => {
  it('does not honour an hvgate:ignore comment the pull request adds next to its own finding', async () => {
    const waiver = `# hvgate:ignore HVB007 reason="backed up by the storage team" owner=storage-team expires=${inDays(30)}`;
    const web = vm('web-01', { extraDisks: PASSTHROUGH_DISK }).replace(
      '      passThrough: { diskNumber: 3 }',
      `      passThrough: { diskNumber: 3 } ${waiver}`,
    );
    expect(web).toContain(waiver);
    const { fake, invocation } = await pullRequest({ ...CHANGE, 'vms/web-01.yaml': web });
    const run = await runAction(invocation({ review: 'false' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.summary).toContain('### Exceptions added by this change (1)');
    expect(run.summary).toContain('no: it is added by this change, and only exceptions that already exist on the base branch count');
    // The pass-through disk still blocks, and so does the waiver that tries to silence it (HVB016).
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '4' });
    expect(run.summary).toMatch(/What blocks the merge \(4\)[\s\S]*\*\*HVB007\*\*/);
    expect(run.summary).toMatch(/What blocks the merge \(4\)[\s\S]*\*\*HVB016\*\*/);
  });
});

describe('never the wrong tree', () => {
  it('on pull_request_target with the default checkout (the base branch), fetches the head by its id and judges it from git objects', async () => {
    const { fake, base, head, checkout, run: runTarget } = await targetCheckout();
    expect(() => checkout.git('cat-file', '-e', head)).toThrow();
    const run = await runTarget({ 'check-run': 'true' });
    expectNoViolations(fake);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ verdict: 'blocked', blocking: '3' });
    expect(run.stdout).toContain(
      `hvgate: plan ${base} → the head of pull request #${PR} (${head.slice(0, 12)}), read from git objects: the working tree is commit ${base.slice(0, 12)}, not that head.`,
    );
    // The check run and the review belong to the head, not to the base the workflow runs on.
    expect(fake.checkRuns.map((r) => [r.headSha, r.conclusion])).toEqual([[head, 'failure']]);
    expect((fake.calls('pulls/create-review')[0]!.body as { commit_id: string }).commit_id).toBe(head);
    // The checkout is left as it was: still the base, nothing written into it.
    expect(checkout.git('rev-parse', 'HEAD').trim()).toBe(base);
    expect(checkout.git('status', '--porcelain')).toBe('');
  });

  it('on pull_request with the merge commit checked out, judges the head commit, not the merge', async () => {
    const setup = await pullRequest();
    const { repo, fake, base, head } = setup;
    // The base branch moves on after the pull request was opened; actions/checkout gives the merge commit.
    repo.git('checkout', '-q', 'main');
    repo.write({ 'notes.txt': 'unrelated\n' });
    repo.commit('moved on');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge', 'archive-disk');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    const run = await runAction({ ...setup.invocation({ review: 'false', comment: 'false', 'check-run': 'true' }), sha: merge });
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`read from git objects: the working tree is commit ${merge.slice(0, 12)}, not that head.`);
    expect(fake.checkRuns.map((r) => r.headSha)).toEqual([head]);
    expect(run.summary).toContain(`base \`${base.slice(0, 12)}\` → \`${head.slice(0, 12)}\``);
  });
});

describe("only the token's own comments are hvgate's", () => {
  it('ignores a spoofed summary comment and a spoofed finding marker: its own comment is created, the finding is still commented on', async () => {
    const setup = await pullRequest();
    const { fake, repo, base } = setup;
    const prints = await fingerprints(repo, base);
    const passthrough = prints.get('HVB007 web-01')!;
    expect(passthrough).toMatch(/^[0-9a-f]{24}$/);
    const mallory = { login: 'mallory', type: 'User' };
    const spoof = fake.addIssueComment(PR, `${SUMMARY_MARKER}\n## ✅ hvgate: passed — 0 blocking`, mallory);
    const bot = { login: 'other-app[bot]', type: 'Bot' };
    fake.addReviewComment(PR, { path: 'vms/web-01.yaml', line: 12, body: `fine by me ${findingMarker(passthrough)}` }, bot);

    const run = await runAction(setup.invocation());
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(fake.calls('graphql/viewer')).toHaveLength(1);
    expect(run.stdout).toContain("hvgate: the token acts as github-actions[bot]; only comments by github-actions[bot] are treated as hvgate's own.");
    // The spoof is neither adopted nor edited; hvgate writes its own summary.
    expect(fake.calls('issues/update-comment')).toEqual([]);
    expect(spoof.body).toBe(`${SUMMARY_MARKER}\n## ✅ hvgate: passed — 0 blocking`);
    const own = fake.issueComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(own).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(own[0]!.id));
    // The marker in someone else's review comment does not silence the finding.
    const review = fake.calls('pulls/create-review')[0]!.body as { comments: { path: string; body: string }[] };
    expect(review.comments.find((c) => c.path === 'vms/web-01.yaml')!.body).toContain(findingMarker(passthrough));
  });
});

describe("with a GitHub App's token, only the app's own comments are hvgate's", () => {
  it("ignores the workflow token's comments that carry the markers, and keeps its own summary on later runs", async () => {
    const setup = await pullRequest();
    const { fake, repo, base } = setup;
    const app = { login: 'hvgate-estate[bot]', type: 'Bot' };
    fake.identity = app;
    const passthrough = (await fingerprints(repo, base)).get('HVB007 web-01')!;
    const spoof = fake.addIssueComment(PR, `${SUMMARY_MARKER}\n## ✅ hvgate: passed — 0 blocking`, { login: 'github-actions[bot]', type: 'Bot' });
    fake.addReviewComment(PR, { path: 'vms/web-01.yaml', line: 12, body: `ok ${findingMarker(passthrough)}` }, { login: 'github-actions[bot]', type: 'Bot' });

    const run = await runAction(setup.invocation());
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("hvgate: the token acts as hvgate-estate[bot]; only comments by hvgate-estate[bot] are treated as hvgate's own.");
    expect(fake.calls('issues/update-comment')).toEqual([]);
    expect(spoof.body).toBe(`${SUMMARY_MARKER}\n## ✅ hvgate: passed — 0 blocking`);
    const own = fake.issueComments.filter((c) => c.user.login === app.login);
    expect(own).toHaveLength(1);
    const review = fake.calls('pulls/create-review')[0]!.body as { comments: { path: string; body: string }[] };
    expect(review.comments.find((c) => c.path === 'vms/web-01.yaml')!.body).toContain(findingMarker(passthrough));

    // The next run finds the app's own summary and its own review comments, and repeats neither.
    const again = await runAction(setup.invocation());
    expectNoViolations(fake);
    expect(again.code).toBe(1);
    expect(fake.calls('issues/create-comment')).toHaveLength(1);
    expect(fake.calls('pulls/create-review')).toHaveLength(1);
    expect(again.outputs['comment-id']).toBe(String(own[0]!.id));
  });
});

describe('files stay in the workspace', () => {
  it('refuses to write SARIF through a committed symbolic link, through a linked folder, or outside the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'hvgate-outside-'));
    cleanups.push(() => {
      rmSync(outside, { recursive: true, force: true });
    });
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    const setup = await pullRequest();
    symlinkSync(victim, join(setup.repo.dir, 'hvgate.sarif'));
    symlinkSync(outside, join(setup.repo.dir, 'reports'));
    setup.repo.commit('links');

    for (const [sarif, why] of [
      ['hvgate.sarif', 'sarif-file hvgate.sarif: is a symbolic link; hvgate never writes a report through a link'],
      ['reports/hvgate.sarif', 'sarif-file reports/hvgate.sarif: reports is a symbolic link; hvgate never writes a report through a link'],
      ['../hvgate.sarif', `sarif-file ../hvgate.sarif: is outside the workspace ${setup.repo.dir}; write reports inside it`],
    ] as const) {
      const run = await runAction({
        ...setup.invocation({ review: 'false', comment: 'false', 'sarif-file': sarif }),
        sha: setup.repo.git('rev-parse', 'HEAD').trim(),
      });
      expect(run.code).toBe(1);
      const failures = workflowCommands(run.stdout).filter((c) => c.command === 'error' && c.properties.file === undefined);
      expect(failures.map((c) => c.message)).toEqual([`hvgate: ${why}`]);
      expect(run.outputs['sarif-file']).toBeUndefined();
    }
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(existsSync(join(setup.repo.dir, '..', 'hvgate.sarif'))).toBe(false);
  });
});

describe('names from the pull request stay text', () => {
  it('never become workflow commands, outputs or masked secrets, wherever the Action writes them', async () => {
    const hostile = [
      'apiVersion: hvgate/v1',
      'kind: VirtualMachine',
      'metadata:',
      '  name: "web-99\\n::set-output name=verdict::passed\\n::add-mask::hvgate\\n##[error]forged\\r\\n::stop-commands::x"',
      'spec:',
      '  host: hv-modern',
      '  configurationPath: D:\\Hyper-V',
      '  disks:',
      '    - name: "%0A::error::pwned%0D"',
      '      passThrough: { diskNumber: 3 }',
      '  guest:',
      '    os: windows',
      '',
    ].join('\n');
    const { fake, invocation } = await pullRequest({ 'vms/web-99.yaml': hostile }, { 'hosts.yaml': HOSTS });
    const run = await runAction(invocation({ 'check-run': 'true' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    expect(Object.keys(run.outputs).sort()).toEqual(['blocking', 'check-run-id', 'comment-id', 'verdict', 'warnings']);
    expect(run.outputs.verdict).toBe('blocked');
    // The name reached the log (as text, between stop-commands markers) and the annotations.
    expect(run.stdout).toContain('::set-output name=verdict::passed');
    const commands = workflowCommands(run.stdout);
    expect(commands.some((c) => c.command === 'error' && c.properties.file === 'vms/web-99.yaml' && c.message.includes('::set-output'))).toBe(true);
    expect(commands.filter((c) => !['group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask'].includes(c.command))).toEqual([]);
    expect(commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual(['ghs_fake_token_for_tests']);
    expect(commands.filter((c) => /pwned|forged/.test(c.message) && c.properties.file === undefined)).toEqual([]);
    // The output file holds exactly the outputs set, each written with its own delimiter, whatever the names.
    expect(run.outputFile.split('\n').filter((line) => /^[a-z-]+<<ghadelimiter_/.test(line))).toHaveLength(5);
    expect(run.outputFile).not.toContain('web-99');
  });

  it('stay inert in every Markdown body GitHub renders: no mention, issue reference, bare link, forged marker or bidi control', async () => {
    const name = 'web-98 @octo-org/admins #1 https://evil.example/x <!-- hvgate:summary --> \u202eevil';
    const definition = vm('web-98', { extraDisks: PASSTHROUGH_DISK }).replace('  name: web-98', `  name: ${JSON.stringify(name)}`);
    const { fake, invocation } = await pullRequest({ 'vms/web-98.yaml': definition });
    const run = await runAction(invocation({ 'check-run': 'true' }));
    expectNoViolations(fake);
    expect(run.code).toBe(1);
    const review = fake.calls('pulls/create-review')[0]!.body as { body?: string; comments: { body: string }[] };
    const bodies = {
      'summary comment': fake.issueComments.map((c) => c.body).join('\n'),
      review: [review.body ?? '', ...review.comments.map((c) => c.body)].join('\n'),
      'check run': fake.checkRuns.map((r) => `${r.title ?? ''}\n${r.summary ?? ''}`).join('\n'),
      'job summary': run.summary,
    };
    expect(bodies.review).toContain('web-98');
    for (const [where, body] of Object.entries(bodies)) {
      expect(body, where).toContain('web-98');
      expect(body, where).not.toMatch(/@octo-org/);
      expect(body, where).not.toMatch(/#1\b/);
      expect(body, where).not.toMatch(/(^|[^`])https:\/\/evil\.example/);
      expect(body, where).not.toContain('\u202e');
      expect(body.split(SUMMARY_MARKER).length - 1, where).toBe(where === 'summary comment' ? 1 : 0);
    }
    expect(fake.issueComments[0]!.body.startsWith(`${SUMMARY_MARKER}\n`)).toBe(true);
  });
});
