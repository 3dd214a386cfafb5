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

  it('builds the members of a mapped list as it writes them', () => {
    const built: number[] = [];
    const list = new MappedList([1, 2, 3], (n) => {
      built.push(n);
      return { n };
    });
    const pieces = jsonChunks({ list }, 2);
    for (const piece of pieces) if (piece.includes('"n": 1')) break;
    expect(built).toEqual([1]);
    expect(text({ list }, 2)).toBe(JSON.stringify({ list: [{ n: 1 }, { n: 2 }, { n: 3 }] }, null, 2));
    expect(text({ list }, 0)).toBe(JSON.stringify({ list: [{ n: 1 }, { n: 2 }, { n: 3 }] }, null, 2));
  });
});
