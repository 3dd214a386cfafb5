/**
 * The mechanical fixes of a gate report, file by file: the same edits `hvgate fix` writes and a
 * review's suggested changes show. A finding's remedy (model terms) becomes an edit through the
 * writer for its file's syntax; a file with no writer, or a value a writer cannot edit, is left alone.
 */
import type { Finding } from '../core/finding.js';
import type { Remedy } from '../core/remedy.js';
import { applyEdits, offsetOf, type TextEdit } from './edit.js';
import { hclEdit } from './hcl-writer.js';
import { yamlEdit } from './yaml-writer.js';

type Writer = (text: string, remedy: Remedy) => TextEdit | undefined;

/** The writer for a file's syntax: `hvgate/v1` YAML and Terraform `.tf`; other files get none. */
export function writerFor(file: string): Writer | undefined {
  if (/\.ya?ml$/i.test(file)) return yamlEdit;
  if (/\.tf$/i.test(file)) return hclEdit;
  return undefined;
}

/** Findings a fix applies to: current, not waived, with a remedy. */
export function fixable(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.remedy !== undefined && f.exception === undefined && (f as { status?: string }).status !== 'resolved');
}

/** The edit for one finding in the text of the file its remedy points into. */
export function editFor(text: string, finding: Finding): TextEdit | undefined {
  const remedy = finding.remedy;
  if (remedy === undefined) return undefined;
  return writerFor(remedy.at.file)?.(text, remedy);
}

export interface FileFix {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** The findings whose remedy is in `after`. */
  readonly fixed: readonly Finding[];
}

export interface FixPlan {
  readonly files: readonly FileFix[];
  /** Files holding a remedy that could not be turned into an edit, each with why. */
  readonly leftAlone: readonly { readonly file: string; readonly why: string }[];
}

/** Every fixable finding's edit, grouped by file; `read` gives a file's text (undefined: unreadable). */
export function planFixes(findings: readonly Finding[], read: (file: string) => string | undefined): FixPlan {
  const byFile = new Map<string, Finding[]>();
  for (const finding of fixable(findings)) {
    const file = finding.remedy?.at.file ?? finding.at.file;
    byFile.set(file, [...(byFile.get(file) ?? []), finding]);
  }
  const files: FileFix[] = [];
  const leftAlone: { file: string; why: string }[] = [];
  for (const [file, list] of byFile) {
    const before = read(file);
    if (before === undefined) {
      leftAlone.push({ file, why: 'it cannot be read' });
      continue;
    }
    const edits: TextEdit[] = [];
    const fixed: Finding[] = [];
    for (const finding of list) {
      const edit = editFor(before, finding);
      if (edit === undefined) continue;
      edits.push(edit);
      fixed.push(finding);
    }
    if (edits.length === 0) {
      leftAlone.push({ file, why: writerFor(file) ? 'its values are written in a way no fix can edit safely' : 'no fix writes this kind of file' });
      continue;
    }
    const after = applyEdits(before, edits);
    if (after !== before) files.push({ file, before, after, fixed });
  }
  return { files, leftAlone };
}

/** A GitHub suggested change: the lines an edit touches, as they read after it. */
export interface Suggestion {
  /** First and last line (1-based) of the original file that the suggestion replaces. */
  readonly startLine: number;
  readonly line: number;
  /** The replacement lines, without a trailing line break. */
  readonly text: string;
}

export function suggestionFor(text: string, finding: Finding): Suggestion | undefined {
  const edit = editFor(text, finding);
  if (edit === undefined) return undefined;
  const startLine = lineAt(text, edit.start);
  const line = lineAt(text, Math.max(edit.start, edit.end - 1));
  const from = offsetOf(text, startLine, 1);
  const lineEnd = text.indexOf('\n', offsetOf(text, line, 1));
  const to = lineEnd === -1 ? text.length : lineEnd;
  const after = applyEdits(text, [edit]);
  const replaced = after.slice(from, to + edit.text.length - (edit.end - edit.start));
  return { startLine, line, text: replaced.replace(/\r/g, '') };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
