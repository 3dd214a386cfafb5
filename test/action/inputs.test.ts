/** The Action's inputs: defaults by event, and precise messages for every invalid one. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('readInputs', () => {
  it('plans against the pull request base by default on pull requests, and checks elsewhere', () => {
    const onPr = readInputs(from({}), { eventName: 'pull_request', eventBase: 'abc' });
    expect(onPr).toMatchObject({
      mode: 'plan',
      base: 'abc',
      comment: true,
      review: true,
      annotations: true,
      maxReviewComments: 30,
      failOnBlocking: true,
      allowEmpty: false,
      paths: [],
    });
    expect(readInputs(from({ 'allow-empty': 'true' }), { eventName: 'push' })).toMatchObject({ allowEmpty: true });
    expect(readInputs(from({}), { eventName: 'push' })).toMatchObject({ mode: 'check' });
    expect(readInputs(from({ mode: 'plan', base: 'main' }), { eventName: 'push' })).toMatchObject({ mode: 'plan', base: 'main' });
    expect(readInputs(from({ mode: 'check', 'config-ref': 'head' }), { eventName: 'pull_request', eventBase: 'abc' }).base).toBeUndefined();
  });

  it('lets the base govern on pull-request-like events, the head elsewhere, and says when the head governs by request', () => {
    for (const eventName of ['pull_request', 'pull_request_target', 'merge_group']) {
      expect(readInputs(from({}), { eventName, changeEvent: true, eventBase: 'abc' })).toMatchObject({
        mode: 'plan',
        configRef: 'base',
        headGovernsExplicitly: false,
      });
      expect(readInputs(from({ 'config-ref': 'head' }), { eventName, changeEvent: true, eventBase: 'abc' })).toMatchObject({
        configRef: 'head',
        headGovernsExplicitly: true,
      });
    }
    expect(readInputs(from({ mode: 'plan', base: 'main' }), { eventName: 'push' })).toMatchObject({ configRef: 'head', headGovernsExplicitly: false });
    expect(readInputs(from({}), { eventName: 'workflow_run', changeEvent: true })).toMatchObject({ mode: 'post' });
  });

  it('refuses mode check on a pull request, where the head would judge itself, unless config-ref: head says so', () => {
    expect(() => readInputs(from({ mode: 'check' }), { eventName: 'pull_request', changeEvent: true, eventBase: 'abc' })).toThrow(
      'invalid input: mode check judges the working tree by its own .hvgate.yml, which a pull request can change to relax its own gate: use mode plan on pull_request events, or set config-ref: head to accept that',
    );
  });

  it('reads the override label, the retry budget and the report file', () => {
    expect(readInputs(from({}), { eventName: 'push' })).toMatchObject({ overrideByAuthor: false, apiRetrySeconds: 60, reportFile: 'hvgate-report.json' });
    expect(readInputs(from({}), { eventName: 'push' }).overrideLabel).toBeUndefined();
    expect(
      readInputs(from({ 'override-label': 'hvgate:override', 'override-by-author': 'true', 'api-retry-seconds': '5', 'report-file': 'out/r.json' }), {
        eventName: 'push',
      }),
    ).toMatchObject({ overrideLabel: 'hvgate:override', overrideByAuthor: true, apiRetrySeconds: 5, reportFile: 'out/r.json' });
    expect(() => readInputs(from({ 'api-retry-seconds': '1h' }), { eventName: 'push' })).toThrow(
      'api-retry-seconds must be a whole number from 0 to 3600, not "1h"',
    );
  });

  it('writes no check run unless asked, and names it hvgate by default', () => {
    expect(readInputs(from({}), { eventName: 'push' })).toMatchObject({ checkRun: false, checkRunName: 'hvgate' });
    expect(readInputs(from({ 'check-run': 'true', 'check-run-name': 'backup gate' }), { eventName: 'push' })).toMatchObject({
      checkRun: true,
      checkRunName: 'backup gate',
    });
    expect(() => readInputs(from({ 'check-run': 'yes' }), { eventName: 'push' })).toThrow('invalid input: check-run must be true or false, not "yes"');
  });

  it("reads the pipeline's Terraform plans one per line, none by default", () => {
    expect(readInputs(from({}), { eventName: 'push' }).terraformPlans).toEqual([]);
    expect(readInputs(from({ 'terraform-plan': 'infra/prod/plan.json\n# lab\n  infra/lab/plan.json \n' }), { eventName: 'push' }).terraformPlans).toEqual([
      'infra/prod/plan.json',
      'infra/lab/plan.json',
    ]);
  });

  it('reads paths one per line, skipping blanks and comments', () => {
    expect(readInputs(from({ paths: 'infra/hyperv\n\n# old\n  plans/tfplan.json  \n' }), { eventName: 'push' }).paths).toEqual([
      'infra/hyperv',
      'plans/tfplan.json',
    ]);
  });

  it('names each invalid input and what it accepts, all at once', () => {
    expect(() => readInputs(from({ mode: 'apply' }), { eventName: 'push' })).toThrow('invalid input: mode must be plan, check, report or post, not "apply"');
    expect(() =>
      readInputs(from({ 'config-ref': 'main', review: 'on', 'max-review-comments': '500', 'fail-on-blocking': 'no' }), { eventName: 'push' }),
    ).toThrow(
      [
        'invalid inputs:',
        '  - config-ref must be head or base, not "main"',
        '  - max-review-comments must be a whole number from 0 to 100, not "500"',
        '  - review must be true or false, not "on"',
        '  - fail-on-blocking must be true or false, not "no"',
      ].join('\n'),
    );
  });
});
