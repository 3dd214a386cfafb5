/**
 * The ❌/✅ examples in every policy's README are executable: each `hvgate/v1` YAML and each
 * Terraform `hcl` example under "Incorrect" must make the policy fire, each under "Correct" must
 * not, and each Terraform example under "Exceptions" must make it fire with every finding waived by
 * its inline comment. Docs cannot drift from code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { evaluateExample, examplesOf } from '../support/readme-examples.js';

/** Policies that Terraform can express at all; their README shows the `.tf` spelling too. */
const TERRAFORM_EXAMPLES = ['HVB002', 'HVB003', 'HVB006', 'HVB007', 'HVB011', 'HVB013', 'HVB014'];

describe.each(policies.map((policy) => [`${policy.id}-${policy.name}`, policy] as const))('%s README examples', (folder, policy) => {
  const readme = readFileSync(new URL(`../../policies/${folder}/README.md`, import.meta.url), 'utf8');
  const examples = examplesOf(readme);

  test('has at least one incorrect and one correct hvgate/v1 example', () => {
    expect(examples.some((e) => e.language === 'yaml' && e.kind === 'incorrect')).toBe(true);
    expect(examples.some((e) => e.language === 'yaml' && e.kind === 'correct')).toBe(true);
  });

  if (TERRAFORM_EXAMPLES.includes(policy.id)) {
    test('has an incorrect, a correct and a waived Terraform example', () => {
      expect(examples.some((e) => e.language === 'hcl' && e.kind === 'incorrect')).toBe(true);
      expect(examples.some((e) => e.language === 'hcl' && e.kind === 'correct')).toBe(true);
      expect(examples.some((e) => e.language === 'hcl' && e.kind === 'waived')).toBe(true);
    });
  }

  test.each(examples.map((e) => [`${e.kind} ${e.language} example at README.md:${e.line}`, e] as const))('%s', async (_, example) => {
    const { estate, evaluation } = await evaluateExample(example, policies);
    if (policy.id !== 'HVB000') expect(estate.diagnostics).toEqual([]);
    const fired = evaluation.findings.filter((f) => f.policyId === policy.id && !f.exception && !f.cannotEvaluate);
    if (example.kind === 'incorrect') expect(fired.length, 'the policy must fire on its incorrect example').toBeGreaterThan(0);
    else if (example.kind === 'correct') expect(fired.map((f) => f.message)).toEqual([]);
    else {
      const waived = evaluation.findings.filter((f) => f.policyId === policy.id && f.exception);
      expect(
        fired.map((f) => f.message),
        'the waiver comment must waive every finding',
      ).toEqual([]);
      expect(waived.length, 'the policy must fire on its waived example').toBeGreaterThan(0);
      expect(evaluation.findings.filter((f) => f.policyId === 'HVB016' || f.policyId === 'HVB000').map((f) => f.message)).toEqual([]);
    }
  });
});
