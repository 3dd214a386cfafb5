/** The piecewise JSON writer gives JSON.stringify's text, byte for byte, at every depth. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, MappedList } from '../../src/reporters/json-chunks.js';

const text = (value: unknown, depth: number): string => [...jsonChunks(value, depth)].join('');

describe('jsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, whatever the depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect(text(value, depth)).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('leaves out undefined members and writes undefined items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1, { c: undefined, d: 'x\ny' }], e: () => 1, f: {}, g: [] };
    for (const depth of [0, 1, 2, 3]) expect(text(value, depth)).toBe(JSON.stringify(value, null, 2));
  });

  it('builds the members of a mapped list as it writes them, a run of them at a time', () => {
    const built: number[] = [];
    const numbers = Array.from({ length: 1000 }, (_, i) => i + 1);
    const list = new MappedList(numbers, (n) => {
      built.push(n);
      return { n, nested: [n, { text: 'a\nb' }] };
    });
    const pieces = jsonChunks({ list }, 2);
    for (const piece of pieces) if (piece.includes('"n": 1,')) break;
    expect(built.length).toBeGreaterThan(0);
    expect(built.length).toBeLessThanOrEqual(256);
    const plain = { list: numbers.map((n) => ({ n, nested: [n, { text: 'a\nb' }] })) };
    for (const depth of [0, 1, 2, 3]) expect(text({ list }, depth)).toBe(JSON.stringify(plain, null, 2));
  });

  it("builds a mapped list a run at a time also where the other members are written whole (a plan's changes)", () => {
    const built: number[] = [];
    const numbers = Array.from({ length: 600 }, (_, i) => i);
    const list = new MappedList(numbers, (n) => {
      built.push(n);
      return { n, text: 'a\nb' };
    });
    const document = { plan: { summary: { add: 1 }, changes: list, after: [1, 2] } };
    for (const piece of jsonChunks(document, 2)) if (piece.includes('"n": 0,')) break;
    expect(built.length).toBeGreaterThan(0);
    expect(built.length).toBeLessThanOrEqual(256);
    const plain = { plan: { summary: { add: 1 }, changes: numbers.map((n) => ({ n, text: 'a\nb' })), after: [1, 2] } };
    for (const depth of [0, 1, 2, 3]) expect(text(document, depth)).toBe(JSON.stringify(plain, null, 2));
  });

  it('writes lists longer than a run as JSON.stringify does, at every nesting', () => {
    const long = Array.from({ length: 700 }, (_, i) => (i % 3 === 0 ? { i, list: [i, null] } : i % 3 === 1 ? [i] : undefined));
    for (const value of [long, { a: long }, { a: { b: long } }, [[long]]])
      for (const depth of [1, 2, 3, 4]) expect(text(value, depth)).toBe(JSON.stringify(value, null, 2));
  });
});
