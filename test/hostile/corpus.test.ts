/**
 * Runs the hostile corpus (README.md beside this file): every case in the working tree (`hvgate
 * check`) and from git objects (`hvgate plan` between the case's base and head commits).
 */
import { describe, expect, test } from 'vitest';
import { CaseRepository, compare, leadingComments, loadCorpus, parseDirectives, parseFinding, type HostileCase } from './corpus.js';

const cases = loadCorpus();
const byClass = new Map<string, HostileCase[]>();
for (const c of cases) {
  const klass = c.id.split('/')[0]!;
  byClass.set(klass, [...(byClass.get(klass) ?? []), c]);
}

for (const [klass, members] of byClass) {
  describe(klass, () => {
    test.each(members.map((c) => [c.id.slice(klass.length + 1), c] as const))('%s', async (_, hostileCase) => {
      const repository = new CaseRepository(hostileCase);
      try {
        for (const mode of hostileCase.expectation.modes) {
          const run = await repository.run(mode);
          expect(compare(run, hostileCase.expectation, mode), `${mode}: ${hostileCase.expectation.attack}`).toEqual([]);
        }
      } finally {
        repository.dispose();
      }
    });
  });
}

describe('the corpus harness', () => {
  test('the corpus is not empty and every case says what it attacks', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.expectation.attack.length, c.id).toBeGreaterThan(10);
  });

  test('reads expectations from the leading comments, in # and // style, after a BOM', () => {
    const text = '\uFEFF# attack: a thing\n// verdict: blocked\n\n# finding: HVB007 4:30\napiVersion: x\n# finding: HVB001 1:1\n';
    const directives = parseDirectives(leadingComments(text), 'x');
    expect(directives).toMatchObject({ attack: 'a thing', verdict: 'blocked', findings: ['HVB007 4:30'] });
  });

  test('a misspelt directive is an error, not a weaker case', () => {
    expect(() => parseDirectives('# findng: HVB000 1:1', 'x')).toThrow(/unknown directive "findng:"/);
  });

  test('findings name the policy and position, with any file name', () => {
    expect(parseFinding('HVB000 "a\\nb.yaml":3:1 ~ does not parse', undefined, 'x')).toEqual({
      policy: 'HVB000',
      file: 'a\nb.yaml',
      line: 3,
      column: 1,
      text: 'does not parse',
    });
    expect(parseFinding('HVB007 12:5', 'vm.yaml', 'x')).toEqual({ policy: 'HVB007', file: 'vm.yaml', line: 12, column: 5 });
    expect(() => parseFinding('HVB007', 'vm.yaml', 'x')).toThrow(/cannot read finding/);
  });

  test('a run that misses the expected verdict or finding is reported', () => {
    const expectation = { attack: 'x', verdict: 'blocked' as const, findings: [{ policy: 'HVB007', file: 'a.yaml', line: 4, column: 3 }], absent: [{ policy: 'HVB000' }], errors: [], outputs: [], modes: [], args: [] };
    const report = (line: number) => JSON.stringify({ findings: [{ policyId: 'HVB007', message: 'm', location: { file: 'a.yaml', line, column: 3 } }] });
    expect(compare({ code: 1, stdout: report(4), stderr: '' }, expectation)).toEqual([]);
    expect(compare({ code: 1, stdout: report(5), stderr: '' }, expectation)[0]).toBe('no HVB007 at "a.yaml":4:3');
    expect(compare({ code: 0, stdout: report(4), stderr: '' }, expectation)[0]).toBe('exit code 0, expected 1 (blocked)');
    const withHvb000 = JSON.stringify({ findings: [{ policyId: 'HVB007', message: 'm', location: { file: 'a.yaml', line: 4, column: 3 } }, { policyId: 'HVB000', message: 'm', location: { file: 'a.yaml', line: 1, column: 1 } }] });
    expect(compare({ code: 1, stdout: withHvb000, stderr: '' }, expectation)[0]).toBe('a HVB000 finding, expected none');
  });
});
