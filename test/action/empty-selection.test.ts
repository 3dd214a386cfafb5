/**
 * A run that finds no definition checked nothing: the Action fails as the CLI exits 2, and the job
 * summary and the check run say why and what to fix; `allow-empty: true` lets it pass. End to end
 * (`dist/index.js` as the runner runs it, the loopback GitHub validating every request).
 */
import { describe, expect, it } from 'vitest';
import { runAction, workflowCommands } from './run-action.js';
import { BASE_FILES, expectNoViolations, pullRequest } from './scenario.js';

const PROBLEM =
  'no Hyper-V definitions found under docs: nothing was checked. Check the paths and the include/exclude globs of .hvgate.yml, or set the input allow-empty: true where having none is expected';

describe('the Action on a selection without definitions', () => {
  it('fails with what to fix, in the log, the job summary and a failed check run, and posts no report', async () => {
    const pr = await pullRequest({ ...BASE_FILES, 'docs/README.md': '# Estate\n' });
    const run = await runAction(pr.invocation({ paths: 'docs', 'check-run': 'true' }));
    expectNoViolations(pr.fake);
    expect(run.code).toBe(1);
    expect(
      workflowCommands(run.stdout)
        .filter((c) => c.command === 'error')
        .map((c) => c.message),
    ).toEqual([`hvgate: ${PROBLEM}`]);
    expect(run.summary).toBe(`## ❌ hvgate: nothing was checked — no Hyper-V definitions found\n\n${PROBLEM}.\n`);
    expect(pr.fake.checkRuns.map((r) => [r.headSha, r.status, r.conclusion, r.title, r.summary])).toEqual([
      [pr.head, 'completed', 'failure', 'hvgate: nothing was checked — no Hyper-V definitions found', run.summary],
    ]);
    expect(run.outputs['check-run-id']).toBe(String(pr.fake.checkRuns[0]!.id));
    expect(run.outputs.verdict).toBeUndefined();
    expect(pr.fake.issueComments).toEqual([]);
    expect(pr.fake.calls('pulls/create-review')).toEqual([]);
  });

  it('passes with allow-empty: true, where having none is expected', async () => {
    const pr = await pullRequest({ ...BASE_FILES, 'docs/README.md': '# Estate\n' });
    const run = await runAction(pr.invocation({ paths: 'docs', 'check-run': 'true', 'allow-empty': 'true' }));
    expectNoViolations(pr.fake);
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('passed');
    expect(pr.fake.checkRuns.map((r) => r.conclusion)).toEqual(['success']);
  });
});
