/**
 * Findings as check-run annotations, in the batches the Checks API takes: at most 50 per request, the
 * first batch with the create and the rest appended by updates. Unlike workflow-command annotations
 * (10 per level and step) a check run shows every finding, so each current finding gets one, most
 * important first, up to a total cap; the caller says how many were left out. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import { annotationLine, annotationMessage } from '../reporters/escape/annotation.js';
import { byImportance, someNames } from '../reporters/report.js';

/** One annotation in the shape `checks.create`/`checks.update` take in `output.annotations[]`. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly title: string;
  readonly message: string;
  readonly raw_details?: string;
}

/** The Checks API takes at most this many annotations per request (`maxItems: 50`). */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Annotations per check run: 20 requests' worth; beyond that a reader needs the summary, not more markers. */
export const MAX_CHECK_ANNOTATIONS = 1000;

/** GitHub documents 255 characters for a title and 64 KB for `message` and `raw_details`. */
export const TITLE_CHARACTERS = 255;
/** Kept below 64 KB whichever way GitHub counts a kilobyte. */
export const DETAIL_BYTES = 64_000;

const LEVEL: Record<GatedFinding['level'], CheckAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', note: 'notice' };

export interface CheckAnnotationPlan {
  /** The requests' annotations, in order: `batches[0]` goes with the create, each further one with an update. */
  readonly batches: readonly (readonly CheckAnnotation[])[];
  /** Annotations in all batches. */
  readonly annotated: number;
  /** Current findings over the cap, not annotated. */
  readonly omitted: number;
}

export interface CheckAnnotationOptions {
  /** A finding's file (relative to the working directory) as a path from the repository root. */
  readonly repoPath: (file: string) => string;
  /** At most this many annotations in all; default `MAX_CHECK_ANNOTATIONS`. */
  readonly limit?: number;
}

/** Every current finding (not resolved, not waived), blocking first, split into batches of 50. */
export function planCheckAnnotations(findings: readonly GatedFinding[], options: CheckAnnotationOptions): CheckAnnotationPlan {
  const limit = options.limit ?? MAX_CHECK_ANNOTATIONS;
  const current = findings.filter((f) => f.status !== 'resolved' && !f.exception).sort(byImportance);
  const annotations = current.slice(0, limit).map((f) => checkAnnotation(f, options.repoPath));
  return { batches: inBatches(annotations, ANNOTATIONS_PER_REQUEST), annotated: annotations.length, omitted: current.length - annotations.length };
}

export function checkAnnotation(finding: GatedFinding, repoPath: (file: string) => string): CheckAnnotation {
  const at = finding.at;
  const startLine = Math.max(1, at.line);
  const endLine = Math.max(startLine, at.endLine);
  // The API takes columns only for a single-line annotation.
  const columns = startLine === endLine && at.column >= 1 ? { start_column: at.column, end_column: Math.max(at.column, at.endColumn) } : {};
  const details = rawDetails(finding);
  return {
    path: repoPath(at.file),
    start_line: startLine,
    end_line: endLine,
    ...columns,
    annotation_level: LEVEL[finding.level],
    title: cutCharacters(annotationLine(`${finding.policyId} ${finding.policyName}`), TITLE_CHARACTERS),
    message: cutBytes(annotationMessage(`${finding.blocking ? 'Blocks the merge. ' : ''}${finding.message}\nFix: ${finding.fix}`), DETAIL_BYTES),
    ...(details !== '' ? { raw_details: cutBytes(annotationMessage(details), DETAIL_BYTES) } : {}),
  };
}

/** What the message leaves out: the resource, the VMs a failing job takes down, the host facts assumed, the docs. */
function rawDetails(finding: GatedFinding): string {
  const lines = [`Resource: ${finding.address}${finding.subject !== undefined ? ` (${finding.subject})` : ''}`];
  if (finding.status === 'unchanged') lines.push('Status: pre-existing (not introduced by this change)');
  if (finding.overridden) lines.push('Overridden: would block, but an override is in force');
  if (finding.cannotEvaluate) lines.push('Unknown until apply: a value this policy needs is not known before apply');
  if (finding.blastRadius && finding.blastRadius.length > 0)
    lines.push(`VMs that lose their backup (${finding.blastRadius.length}): ${someNames(finding.blastRadius)}`);
  if (finding.host !== undefined) lines.push(`Host: ${finding.host}`);
  lines.push(`Documentation: ${finding.docsUrl}`);
  return lines.join('\n');
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** At most `limit` UTF-16 code units, ending in `…` when cut, never splitting a surrogate pair. */
export function cutCharacters(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** At most `limit` UTF-8 bytes, ending in `…` when cut, never splitting a character. */
export function cutBytes(text: string, limit: number): string {
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const ellipsis = '…';
  let used = Buffer.byteLength(ellipsis, 'utf8');
  let out = '';
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (used + size > limit) break;
    out += char;
    used += size;
  }
  return out + ellipsis;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
