import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compileGlob, GLOB_MAX_LENGTH, isGlob } from '../../src/core/glob.js';

const matcher = (pattern: string) => {
  const compiled = compileGlob(pattern);
  if (!('glob' in compiled)) throw new Error(compiled.problem);
  return compiled.glob;
};

describe('globs over names', () => {
  test.each([
    ['web-*', 'web-01', true],
    ['web-*', 'web-', true],
    ['web-*', 'db-01', false],
    ['*-01', 'web-01', true],
    ['sql-0?', 'sql-01', true],
    ['sql-0?', 'sql-010', false],
    ['a*b*c', 'axxbyyc', true],
    ['a*b*c', 'axxcyyb', false],
    ['*', '', true],
    ['ab*ba', 'aba', false],
    ['module.db.this[*]', 'module.db.this["a"]', true],
    ['module.db.this[*]', 'module.db.thisa', false],
    ['[ab]', 'a', false],
    ['{a,b}', 'a', false],
    ['数据库-*', '数据库-01', true],
    ['?', '😀', true],
    ['web/*', 'web/x/y', true],
  ])('%s ~ %s is %s', (pattern, text, expected) => {
    expect(matcher(pattern)(text)).toBe(expected);
  });

  test('a pattern without * or ? is the name itself', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s.length > 0 && !isGlob(s)),
        fc.string(),
        (pattern, other) => {
          expect(matcher(pattern)(pattern)).toBe(true);
          expect(matcher(pattern)(other)).toBe(other === pattern);
        },
      ),
      { seed: 20260601 },
    );
  });

  test('agrees with a slow reference on every pattern of *, ? and letters', () => {
    const reference = (pattern: string, text: string): boolean => {
      if (pattern === '') return text === '';
      if (pattern.startsWith('*')) return [...Array(text.length + 1).keys()].some((i) => reference(pattern.slice(1), text.slice(i)));
      return text !== '' && (pattern.startsWith('?') || pattern.startsWith(text.charAt(0))) && reference(pattern.slice(1), text.slice(1));
    };
    const word = (chars: string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((c) => c.join(''));
    fc.assert(
      fc.property(
        word(['a', 'b', '*', '?']).filter((p) => p.length > 0),
        word(['a', 'b']),
        (pattern, text) => {
          expect(matcher(pattern)(text)).toBe(reference(pattern, text));
        },
      ),
      { seed: 20260601, numRuns: 2000 },
    );
  });

  test('a hostile pattern on a long name is answered without backtracking', () => {
    // A backtracking matcher takes exponential time here; this one is done in one pass per star.
    const pattern = `${'*a'.repeat(60)}*b`;
    expect(pattern.length).toBeLessThanOrEqual(GLOB_MAX_LENGTH);
    expect(matcher(pattern)('a'.repeat(5000))).toBe(false);
    expect(matcher(pattern)(`${'a'.repeat(5000)}b`)).toBe(true);
  });

  test('patterns past the size limit and empty ones are refused', () => {
    expect(compileGlob('*'.repeat(GLOB_MAX_LENGTH + 1))).toEqual({
      problem: `the pattern is ${GLOB_MAX_LENGTH + 1} characters long; at most ${GLOB_MAX_LENGTH} are allowed`,
    });
    expect(compileGlob('')).toEqual({ problem: 'the pattern is empty' });
  });
});
