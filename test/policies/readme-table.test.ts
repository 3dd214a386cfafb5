/** The policy table in README.md is the catalogue users read first; it must agree with the pack. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { policies } from '../../policies/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const rows = new Map(
  [...readme.matchAll(/^\| (HVB\d{3}) \| \[([a-z-]+)\]\(policies\/([^)]+)\/README\.md\) \| ([—1-4]) \| (error|warning|note) \|/gm)].map((m) => [
    m[1]!,
    { name: m[2], folder: m[3], principle: m[4], level: m[5] },
  ]),
);

describe('README policy table', () => {
  test('lists every policy once', () => {
    expect([...rows.keys()]).toEqual(policies.map((p) => p.id));
  });

  test.each(policies.map((p) => [p.id, p] as const))('%s: name, folder link, principle and default level match', (id, policy) => {
    expect(rows.get(id)).toEqual({
      name: policy.name,
      folder: `${policy.id}-${policy.name}`,
      principle: policy.principle === undefined ? '—' : String(policy.principle),
      level: policy.defaultLevel,
    });
  });
});
