/** The Action's inputs: defaults by event, and precise messages for every invalid one. */
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';

const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('readInputs', () => {
  it('plans against the pull request base by default on pull requests, and checks elsewhere', () => {
    const onPr = readInputs(from({}), { eventName: 'pull_request', pullRequestBase: 'abc' });
    expect(onPr).toMatchObject({
      mode: 'plan',
      base: 'abc',
      comment: true,
      review: true,
      annotations: true,
      maxReviewComments: 30,
      failOnBlocking: true,
      paths: [],
    });
    expect(readInputs(from({}), { eventName: 'push' })).toMatchObject({ mode: 'check' });
    expect(readInputs(from({ mode: 'plan', base: 'main' }), { eventName: 'push' })).toMatchObject({ mode: 'plan', base: 'main' });
    expect(readInputs(from({ mode: 'check' }), { eventName: 'pull_request', pullRequestBase: 'abc' }).base).toBeUndefined();
  });

  it('writes no check run unless asked, and names it hvgate by default', () => {
    expect(readInputs(from({}), { eventName: 'push' })).toMatchObject({ checkRun: false, checkRunName: 'hvgate' });
    expect(readInputs(from({ 'check-run': 'true', 'check-run-name': 'backup gate' }), { eventName: 'push' })).toMatchObject({
      checkRun: true,
      checkRunName: 'backup gate',
    });
    expect(() => readInputs(from({ 'check-run': 'yes' }), { eventName: 'push' })).toThrow('invalid input: check-run must be true or false, not "yes"');
  });

  it('reads paths one per line, skipping blanks and comments', () => {
    expect(readInputs(from({ paths: 'infra/hyperv\n\n# old\n  plans/tfplan.json  \n' }), { eventName: 'push' }).paths).toEqual([
      'infra/hyperv',
      'plans/tfplan.json',
    ]);
  });

  it('names each invalid input and what it accepts, all at once', () => {
    expect(() => readInputs(from({ mode: 'apply' }), { eventName: 'push' })).toThrow('invalid input: mode must be plan or check, not "apply"');
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
