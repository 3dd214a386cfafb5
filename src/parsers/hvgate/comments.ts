/**
 * The comments of a YAML file, as the `yaml` library's lexer sees them: a `#` inside a quoted or
 * block scalar is part of that scalar, never a comment. Used to read inline waivers.
 */
import { CST, Lexer } from 'yaml';
import type { SourceComment } from '../../core/inline-waivers.js';

/** Control tokens the lexer adds that are not in the source. */
const CONTROL_TOKENS: ReadonlySet<string> = new Set(['doc-mode', 'flow-error-end', 'scalar']);

export function yamlComments(file: string, text: string): SourceComment[] {
  const comments: SourceComment[] = [];
  let line = 1;
  let column = 1;
  let contentOnLine = false;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type !== null && CONTROL_TOKENS.has(type) && token.length === 1) continue;
    if (type === 'comment') {
      comments.push({ at: { file, line, column, endLine: line, endColumn: column + token.length }, text: token, ownLine: !contentOnLine });
    } else if (type !== 'space' && type !== 'newline') {
      contentOnLine = true;
    }
    // Scalars (block scalars above all) may span lines: follow every line break in the token.
    const lastBreak = token.lastIndexOf('\n');
    if (lastBreak < 0) {
      column += token.length;
    } else {
      line += countBreaks(token);
      column = token.length - lastBreak;
      contentOnLine = type !== 'newline' && token.slice(lastBreak + 1).trim() !== '';
    }
  }
  return comments;
}

function countBreaks(token: string): number {
  let breaks = 0;
  for (let at = token.indexOf('\n'); at >= 0; at = token.indexOf('\n', at + 1)) breaks++;
  return breaks;
}
