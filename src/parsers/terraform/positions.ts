/**
 * Offsets to source spans. Both readers (plan JSON and `.tf`) work with UTF-16 offsets into the
 * file text, which is exactly what SourceSpan columns count; a line table turns them into lines.
 */
import type { SourceSpan } from '../../core/source.js';

export class LineIndex {
  private starts: number[] | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** Span from offset `start` to offset `end` (exclusive). */
  span(start: number, end: number = start): SourceSpan {
    const starts = this.lineStarts();
    const from = lineAt(starts, start);
    const stop = Math.max(start, end);
    const to = lineAt(starts, stop);
    return { file: this.file, line: from + 1, column: start - (starts[from] ?? 0) + 1, endLine: to + 1, endColumn: stop - (starts[to] ?? 0) + 1 };
  }

  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts();
    const line = lineAt(starts, offset);
    return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
  }

  /** Built on first use: a plan read without any position lookups never pays for it. */
  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    this.starts = starts;
    return starts;
  }
}

/** Index of the line that holds `offset`: the last start at or before it. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
