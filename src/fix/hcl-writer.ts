/**
 * Remedies as edits of Terraform HCL: a literal value is replaced by the literal Terraform writes for
 * the new value; an omitted `snapshot_file_location` is added as the first attribute of the resource
 * block, in the block's indentation. A value written as an expression (a variable, a template, a
 * function) is a decision for its author: no edit.
 */
import type { Remedy } from '../core/remedy.js';
import { hclString } from '../core/wording.js';
import { endOfLine, lineBreak, rangeOf, type TextEdit } from './edit.js';

const LITERAL_STRING = /^"(?:[^"\\$%]|\\.|\$(?!\{)|%(?!\{))*"$/;

export function hclEdit(text: string, remedy: Remedy): TextEdit | undefined {
  if (remedy.set === 'scsiControllers') return undefined; // the provider has no such attribute: controllers come from the disks
  const { start, end } = rangeOf(text, remedy.at);
  if (!remedy.written) return remedy.set === 'checkpointLocation' ? insertAttribute(text, start, 'snapshot_file_location', hclString(remedy.value)) : undefined;
  // A finding points at the attribute (`name = value`) or at the value itself.
  const attribute = /^([\w"-]+\s*=\s*)/.exec(text.slice(start, end));
  const from = start + (attribute?.[1]?.length ?? 0);
  const source = text.slice(from, end);
  const literal = typeof remedy.value === 'boolean' ? /^(true|false)$/.test(source) : LITERAL_STRING.test(source);
  return literal ? { start: from, end, text: typeof remedy.value === 'string' ? hclString(remedy.value) : String(remedy.value) } : undefined;
}

function insertAttribute(text: string, blockStart: number, name: string, value: string): TextEdit | undefined {
  const headerEnd = endOfLine(text, blockStart);
  if (!text.slice(blockStart, headerEnd).trimEnd().endsWith('{')) return undefined;
  const br = lineBreak(text);
  const next = text.slice(headerEnd + br.length, endOfLine(text, headerEnd + br.length));
  const indent = /^\s*/.exec(next)?.[0] || `${/^\s*/.exec(text.slice(text.lastIndexOf('\n', blockStart) + 1))?.[0] ?? ''}  `;
  return { start: headerEnd, end: headerEnd, text: `${br}${indent}${name} = ${value}` };
}
