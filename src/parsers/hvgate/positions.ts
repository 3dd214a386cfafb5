/**
 * Turns YAML node offsets into source spans. The `yaml` package reports offsets into the text it
 * parsed; a LineCounter built during parsing records where each line starts.
 */
import { LineCounter, type Node } from 'yaml';
import type { SourceSpan } from '../../core/source.js';

export class SpanFinder {
  readonly lineCounter = new LineCounter();
  /**
   * One span per node: a value and the defaults that point at it (or at its key) share the span
   * instead of each holding a copy, which is much of the model's memory in a large estate.
   */
  private readonly nodeSpans = new Map<Node, SourceSpan>();
  /**
   * The line found last. The positions asked for are those of one document at a time, close to each
   * other, so a search that starts here and widens is shorter than one over the whole file.
   */
  private lineHint = 0;

  /** Lets go of the previous document's nodes: a file's documents are read one at a time, and no node is in two. */
  startDocument(): void {
    this.nodeSpans.clear();
  }

  constructor(readonly file: string) {}

  /** Span from offset `start` to offset `end` (exclusive), in 1-based lines and columns as LineCounter.linePos counts them. */
  span(start: number, end: number): SourceSpan {
    const starts = this.lineCounter.lineStarts;
    const from = this.lineAt(start);
    const until = Math.max(start, end);
    const to = this.lineAt(until);
    return {
      file: this.file,
      line: lineNumber(starts, from, start),
      column: column(starts, from, start),
      endLine: lineNumber(starts, to, until),
      endColumn: column(starts, to, until),
    };
  }

  /** Span of a node's value (without trailing comments). */
  of(node: Node | null | undefined, fallback: SourceSpan): SourceSpan {
    const range = node?.range;
    if (!node || !range) return fallback;
    let span = this.nodeSpans.get(node);
    if (span === undefined) {
      span = this.span(range[0], range[1]);
      this.nodeSpans.set(node, span);
    }
    return span;
  }

  /**
   * The index of the first line that starts at or after `offset` (the line count when none does), as
   * LineCounter.linePos finds it: by galloping from the line found last, then halving.
   */
  private lineAt(offset: number): number {
    const starts = this.lineCounter.lineStarts;
    const hint = Math.min(this.lineHint, starts.length);
    let low: number;
    let high: number;
    let step = 1;
    if (lineStart(starts, hint) < offset) {
      low = hint + 1;
      while (hint + step < starts.length && lineStart(starts, hint + step) < offset) {
        low = hint + step + 1;
        step *= 2;
      }
      high = Math.min(hint + step, starts.length);
    } else {
      high = hint;
      while (hint - step >= 0 && lineStart(starts, hint - step) >= offset) {
        high = hint - step;
        step *= 2;
      }
      low = Math.max(hint - step + 1, 0);
    }
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lineStart(starts, mid) < offset) low = mid + 1;
      else high = mid;
    }
    this.lineHint = low;
    return low;
  }
}

/** Where line `index` starts; past the last line, nowhere (after every offset). */
function lineStart(starts: readonly number[], index: number): number {
  return starts[index] ?? Number.POSITIVE_INFINITY;
}

/** The 1-based line of `offset`, given the first line that starts at or after it. */
function lineNumber(starts: readonly number[], index: number, offset: number): number {
  return starts[index] === offset ? index + 1 : index;
}

/** The 1-based column of `offset`, given the first line that starts at or after it; before any line, the offset itself. */
function column(starts: readonly number[], index: number, offset: number): number {
  if (starts[index] === offset) return 1;
  return index === 0 ? offset : offset - lineStart(starts, index - 1) + 1;
}
