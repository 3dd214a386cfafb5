/**
 * Turns YAML node offsets into source spans. The `yaml` package reports offsets into the text it
 * parsed; a LineCounter built during parsing converts them to 1-based lines and columns.
 */
import { LineCounter, type Node } from 'yaml';
import type { SourceSpan } from '../../core/source.js';

export class SpanFinder {
  readonly lineCounter = new LineCounter();

  constructor(readonly file: string) {}

  /** Span from offset `start` to offset `end` (exclusive). */
  span(start: number, end: number): SourceSpan {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }

  /** Span of a node's value (without trailing comments). */
  of(node: Node | null | undefined, fallback: SourceSpan): SourceSpan {
    const range = node?.range;
    return range ? this.span(range[0], range[1]) : fallback;
  }
}
