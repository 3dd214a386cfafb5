/**
 * Turns YAML node offsets into source spans. The `yaml` package reports offsets into the text it
 * parsed; a LineCounter built during parsing converts them to 1-based lines and columns.
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

  /** Lets go of the previous document's nodes: a file's documents are read one at a time, and no node is in two. */
  startDocument(): void {
    this.nodeSpans.clear();
  }

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
    if (!node || !range) return fallback;
    let span = this.nodeSpans.get(node);
    if (span === undefined) {
      span = this.span(range[0], range[1]);
      this.nodeSpans.set(node, span);
    }
    return span;
  }
}
