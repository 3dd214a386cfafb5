/** What a head proposes to a baseline it does not govern: each line as the plan's reports show it. */
import { describe, expect, test } from 'vitest';
import { proposedBaselineChanges, type Baseline } from '../../src/app/baseline.js';

function baseline(entries: Record<string, string>): Baseline {
  return { file: 'b.json', from: 'test', fingerprints: new Set(Object.keys(entries)), described: new Map(Object.entries(entries)) };
}

describe('proposedBaselineChanges', () => {
  test('an unchanged baseline, and one neither side has, propose nothing', () => {
    expect(proposedBaselineChanges('b.json', baseline({ a: 'HVB007 vm.a' }), baseline({ a: 'HVB007 vm.a' }))).toEqual([]);
    expect(proposedBaselineChanges('b.json', undefined, undefined)).toEqual([]);
  });

  test('entries the head adds are named, those it drops counted; a file it adds or removes is said first', () => {
    expect(proposedBaselineChanges('b.json', baseline({ a: 'HVB007 vm.a', b: 'HVB001 vm.b' }), baseline({ c: 'HVB003 vm.c disk:os', d: '' }))).toEqual([
      'baseline b.json: accepts HVB003 vm.c disk:os (fingerprint c)',
      'baseline b.json: accepts (fingerprint d)',
      'baseline b.json: no longer accepts 2 findings',
    ]);
    expect(proposedBaselineChanges('b.json', undefined, baseline({ a: 'HVB007 vm.a' }))).toEqual([
      'baseline b.json: added by the head',
      'baseline b.json: accepts HVB007 vm.a (fingerprint a)',
    ]);
    expect(proposedBaselineChanges('b.json', baseline({ a: 'HVB007 vm.a' }), undefined)).toEqual(['baseline b.json: removed by the head']);
  });

  test('beyond 20 new entries the rest are counted', () => {
    const many = Object.fromEntries(Array.from({ length: 23 }, (_, i) => [`f${String(i).padStart(2, '0')}`, `HVB001 vm.${i}`]));
    const lines = proposedBaselineChanges('b.json', baseline({}), baseline(many));
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('baseline b.json: accepts 3 more findings');
  });
});
