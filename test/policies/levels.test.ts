/**
 * The level of a finding comes from configuration, for every policy: each README's incorrect
 * example is run with the policy set to every level and to `off`. One test for the pack, not a copy
 * of the same case in every policy's table.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { LEVELS } from '../../src/core/finding.js';
import { evaluateExample, examplesOf } from '../support/readme-examples.js';

describe.each(policies.map((policy) => [`${policy.id} ${policy.name}`, policy] as const))('%s', (_, policy) => {
  const readme = readFileSync(new URL(`../../policies/${policy.id}-${policy.name}/README.md`, import.meta.url), 'utf8');
  const example = examplesOf(readme).find((e) => e.kind === 'incorrect');
  if (!example) throw new Error(`${policy.id}: the README has no incorrect example`);
  const own = async (level: (typeof LEVELS)[number] | 'off') => {
    const { evaluation } = await evaluateExample(example, policies, { policies: { [policy.id]: { level } } });
    return evaluation.findings.filter((f) => f.policyId === policy.id && !f.cannotEvaluate);
  };

  test.each(LEVELS.map((level) => [level]))('level %s', async (level) => {
    const findings = await own(level);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.level))).toEqual(new Set([level]));
  });

  test('off', async () => {
    expect(await own('off')).toEqual([]);
  });
});
