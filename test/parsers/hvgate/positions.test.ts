import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SpanFinder } from '../../../src/parsers/hvgate/positions.js';

/** A finder whose line counter knows the line starts of `text`, as the parser records them (the first at 0). */
function finderFor(text: string): SpanFinder {
  const spans = new SpanFinder('defs.yaml');
  spans.lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) spans.lineCounter.addNewLine(at + 1);
  return spans;
}

describe('SpanFinder', () => {
  test('places any offsets, asked for in any order, where the yaml library places them', () => {
    const text = fc.array(fc.stringMatching(/^[a-z ]{0,12}$/), { minLength: 1, maxLength: 60 }).map((lines) => lines.join('\n'));
    const ranges = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(text, ranges, (source, asked) => {
        const spans = finderFor(source);
        for (const [a, b] of asked) {
          const start = a % (source.length + 2);
          const end = b % (source.length + 2);
          const from = spans.lineCounter.linePos(start);
          const to = spans.lineCounter.linePos(Math.max(start, end));
          expect(spans.span(start, end)).toEqual({ file: 'defs.yaml', line: from.line, column: from.col, endLine: to.line, endColumn: to.col });
        }
      }),
      { seed: 20260601, numRuns: 300 },
    );
  });

  test('an offset before any known line is line 0, as the yaml library counts it', () => {
    const spans = new SpanFinder('defs.yaml');
    spans.lineCounter.addNewLine(5);
    expect(spans.span(3, 7)).toEqual({ file: 'defs.yaml', line: 0, column: 3, endLine: 1, endColumn: 3 });
  });
});
