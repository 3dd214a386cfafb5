/**
 * The ❌/✅ examples in every policy's README are executable: each `hvgate/v1` YAML example under
 * "Incorrect" must make the policy fire, each under "Correct" must not. Docs cannot drift from code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { evaluate } from '../../src/core/engine.js';
import { parseHvgateFile } from '../../src/parsers/hvgate/index.js';
import { TEST_TODAY } from '../support/policy-tester.js';

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly yaml: string;
  readonly line: number;
}

function examplesOf(readme: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) kind = undefined;
    if (line.startsWith('### ')) kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    if (kind && line.trim() === '```yaml') {
      const start = i + 1;
      let end = start;
      while (end < lines.length && lines[end]!.trim() !== '```') end++;
      const yaml = lines.slice(start, end).join('\n');
      if (/^apiVersion: hvgate\//m.test(yaml)) examples.push({ kind, yaml, line: start + 1 });
      i = end;
    }
  }
  return examples;
}

describe.each(policies.map((policy) => [`${policy.id}-${policy.name}`, policy] as const))('%s README examples', (folder, policy) => {
  const readme = readFileSync(new URL(`../../policies/${folder}/README.md`, import.meta.url), 'utf8');
  const examples = examplesOf(readme);

  test('has at least one incorrect and one correct hvgate/v1 example', () => {
    expect(examples.some((e) => e.kind === 'incorrect')).toBe(true);
    expect(examples.some((e) => e.kind === 'correct')).toBe(true);
  });

  test.each(examples.map((e) => [`${e.kind} example at README.md:${e.line}`, e] as const))('%s', (_, example) => {
    const estate = parseHvgateFile('README.md', example.yaml);
    if (policy.id !== 'HVB000') expect(estate.diagnostics).toEqual([]);
    const evaluation = evaluate(estate, policies, DEFAULT_SETTINGS, { today: TEST_TODAY });
    const fired = evaluation.findings.filter((f) => f.policyId === policy.id && !f.exception && !f.cannotEvaluate);
    if (example.kind === 'incorrect') expect(fired.length, 'the policy must fire on its incorrect example').toBeGreaterThan(0);
    else expect(fired.map((f) => f.message)).toEqual([]);
  });
});
