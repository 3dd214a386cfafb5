/**
 * The comments of a Terraform file, as tree-sitter's HCL grammar sees them (`#`, `//` and `/* *\/`):
 * a `#` inside a string or heredoc is part of it, never a comment. Used to read inline waivers.
 */
import type { Node } from 'web-tree-sitter';
import type { SourceComment } from '../../core/inline-waivers.js';
import { LineIndex } from './positions.js';
import { terraformParser } from './wasm.js';

export async function hclComments(file: string, text: string): Promise<SourceComment[]> {
  const tree = (await terraformParser()).parse(text);
  if (!tree) return [];
  try {
    const lines = new LineIndex(file, text);
    const comments: SourceComment[] = [];
    // An explicit stack, not recursion: a file may nest expressions deeper than the call stack goes.
    const pending: Node[] = [tree.rootNode];
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (node.type === 'comment') {
        const lineStart = text.lastIndexOf('\n', node.startIndex - 1) + 1;
        comments.push({ at: lines.span(node.startIndex, node.endIndex), text: node.text, ownLine: text.slice(lineStart, node.startIndex).trim() === '' });
        continue;
      }
      for (let i = node.childCount - 1; i >= 0; i--) {
        const child = node.child(i);
        if (child) pending.push(child);
      }
    }
    return comments;
  } finally {
    tree.delete();
  }
}
