/**
 * Which findings become inline review comments, and where every other finding goes instead. Only a
 * finding the change introduces, on a line inside a hunk of a changed file, is anchored; the rest
 * are listed in the summary, never dropped. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import { inline } from '../reporters/escape/markdown.js';
import type { Placement } from '../reporters/markdown.js';
import { byImportance } from '../reporters/report.js';
import { isCommentable, type CommentableLines } from './diff-hunks.js';

/** One inline comment, in the shape `pulls.createReview` takes in `comments[]`. */
export interface ReviewComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  readonly body: string;
}

export interface ReviewPlan {
  /** Comments to post, most severe first; every anchor is inside a hunk of its file. */
  readonly comments: readonly ReviewComment[];
  /** The findings behind `comments`, in the same order. */
  readonly anchored: readonly GatedFinding[];
  /** Where each introduced finding went, by fingerprint. */
  readonly placement: ReadonlyMap<string, Placement>;
}

export interface ReviewPlanOptions {
  /** At most this many comments in the review. */
  readonly maxComments: number;
  /** Fingerprints already commented on in this pull request. */
  readonly posted: ReadonlySet<string>;
  /** A finding's file (relative to the working directory) as a path in the repository. */
  readonly repoPath: (file: string) => string;
}

/** Hidden marker that carries a finding's fingerprint in its review comment, so reruns do not repeat it. */
export function findingMarker(fingerprint: string): string {
  return `<!-- hvgate:finding:${fingerprint} -->`;
}

const FINDING_MARKER = /<!-- hvgate:finding:([0-9a-f]+) -->/g;

/** Fingerprints named by the markers in comment bodies. */
export function postedFingerprints(bodies: readonly (string | undefined)[]): Set<string> {
  const found = new Set<string>();
  for (const body of bodies) for (const [, fingerprint] of (body ?? '').matchAll(FINDING_MARKER)) if (fingerprint !== undefined) found.add(fingerprint);
  return found;
}

export function planReview(findings: readonly GatedFinding[], files: ReadonlyMap<string, CommentableLines>, options: ReviewPlanOptions): ReviewPlan {
  const placement = new Map<string, Placement>();
  const anchored: GatedFinding[] = [];
  const comments: ReviewComment[] = [];
  const candidates = findings.filter((f) => f.status === 'introduced' && !f.exception).sort(byImportance);
  for (const finding of candidates) {
    if (placement.has(finding.fingerprint)) continue;
    if (options.posted.has(finding.fingerprint)) {
      placement.set(finding.fingerprint, 'already-posted');
      continue;
    }
    const path = options.repoPath(finding.at.file);
    const lines = files.get(path);
    if (lines === undefined || !isCommentable(lines, 'RIGHT', finding.at.line)) {
      placement.set(finding.fingerprint, 'outside-diff');
      continue;
    }
    if (comments.length >= options.maxComments) {
      placement.set(finding.fingerprint, 'over-limit');
      continue;
    }
    placement.set(finding.fingerprint, 'inline');
    anchored.push(finding);
    comments.push({ path, line: finding.at.line, side: 'RIGHT', body: reviewCommentBody(finding) });
  }
  return { comments, anchored, placement };
}

/** What a reviewer reads on the line: what is wrong, what it costs, how to fix it. */
export function reviewCommentBody(finding: GatedFinding): string {
  const badge = finding.blocking ? '🛑 Blocking' : finding.level === 'error' ? '❗ Error' : finding.level === 'warning' ? '⚠️ Warning' : 'ℹ️ Note';
  const lines = [`**${badge}: ${finding.policyId} ${finding.policyName}**`, '', inline(finding.message)];
  if (finding.blastRadius && finding.blastRadius.length > 0) {
    const shown = finding.blastRadius.slice(0, 20).map(inline).join(', ');
    const more = finding.blastRadius.length > 20 ? ` … and ${finding.blastRadius.length - 20} more` : '';
    lines.push('', `${finding.blastRadius.length} VM${finding.blastRadius.length === 1 ? ' loses its' : 's lose their'} backup: ${shown}${more}`);
  }
  lines.push(
    '',
    `**Fix:** ${inline(finding.fix)}`,
    '',
    `[${finding.policyId} documentation](${finding.docsUrl.replace(/[()\s]/g, encodeURIComponent)})`,
    findingMarker(finding.fingerprint),
  );
  return lines.join('\n');
}
