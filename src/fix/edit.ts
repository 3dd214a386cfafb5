/** A text edit of one file, and applying several at once: the form every format writer produces. */
import type { SourceSpan } from '../core/source.js';

export interface TextEdit {
  /** Offsets into the file's text (UTF-16 code units), `start` inclusive, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies edits from the last to the first; an edit overlapping one already taken is left out (the next run takes it). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  const unique = [...new Map(edits.map((e) => [`${e.start}:${e.end}:${e.text}`, e] as const)).values()];
  for (const edit of unique.sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/** The offset of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}

/** Start and end offsets of a span. */
export function rangeOf(text: string, at: SourceSpan): { readonly start: number; readonly end: number } {
  return { start: offsetOf(text, at.line, at.column), end: offsetOf(text, at.endLine, at.endColumn) };
}

/** The end of the line that holds `offset` (the offset of its line break, or the end of the text). */
export function endOfLine(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next === -1 ? text.length : next > 0 && text[next - 1] === '\r' ? next - 1 : next;
}

/** The line break the file uses. */
export function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}
