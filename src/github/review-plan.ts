/**
 * Which findings become inline review comments, and where every other finding goes instead. Only a
 * finding the change introduces, on a line inside a hunk of a changed file, is anchored; the rest
 * are listed in the summary, never dropped. Pure.
 */
import type { GatedFinding } from '../core/gate.js';
import { formatSpan } from '../core/source.js';
import { code, inline, inlineWithin, url } from '../reporters/escape/markdown.js';
import type { Placement } from '../reporters/markdown.js';
import { byImportance } from '../reporters/report.js';
import type { Suggestion } from '../fix/fixes.js';
import { isCommentable, type CommentableLines } from './diff-hunks.js';

/** One inline comment, in the shape `pulls.createReview` takes in `comments[]`. */
export interface ReviewComment {
  readonly path: string;
  readonly line: number;
  readonly side: 'RIGHT';
  /** First line of a comment over several lines (a suggested change that replaces them). */
  readonly start_line?: number;
  readonly body: string;
}

/** A finding the change introduces, as it would be commented on: its anchor and the comment's body. */
export interface ReviewCandidate {
  readonly fingerprint: string;
  /** Path in the repository. */
  readonly path: string;
  readonly line: number;
  /** First line, when the comment spans several (its suggested change replaces them all). */
  readonly startLine?: number;
  readonly body: string;
  /** The finding as one list entry, for a review body when GitHub refuses the inline anchors. */
  readonly listing: string;
}

export interface ReviewPlan {
  /** Comments to post, most severe first; every anchor is inside a hunk of its file. */
  readonly comments: readonly ReviewComment[];
  /** The candidates behind `comments`, in the same order. */
  readonly anchored: readonly ReviewCandidate[];
  /** Where each introduced finding went, by fingerprint. */
  readonly placement: ReadonlyMap<string, Placement>;
}

export interface ReviewPlanOptions {
  /** At most this many comments in the review. */
  readonly maxComments: number;
  /** Fingerprints already commented on in this pull request. */
  readonly posted: ReadonlySet<string>;
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

/**
 * The findings a review may comment on (introduced by the change, not waived), most important first,
 * once per fingerprint. `repoPath` maps a finding's file (relative to the working directory) to its path in the repository.
 */
export function reviewCandidates(
  findings: readonly GatedFinding[],
  repoPath: (file: string) => string,
  suggest: (finding: GatedFinding) => Suggestion | undefined = () => undefined,
): ReviewCandidate[] {
  const seen = new Set<string>();
  const candidates: ReviewCandidate[] = [];
  for (const finding of findings.filter((f) => f.status === 'introduced' && !f.exception).sort(byImportance)) {
    if (seen.has(finding.fingerprint)) continue;
    seen.add(finding.fingerprint);
    // A suggestion replaces lines of the file its remedy edits, which is the finding's file.
    const suggestion = finding.remedy?.at.file === finding.at.file ? suggest(finding) : undefined;
    candidates.push({
      fingerprint: finding.fingerprint,
      path: repoPath(finding.at.file),
      line: suggestion?.line ?? finding.at.line,
      ...(suggestion && suggestion.startLine < suggestion.line ? { startLine: suggestion.startLine } : {}),
      body: reviewCommentBody(finding, suggestion),
      listing: reviewListing(finding),
    });
  }
  return candidates;
}

/** Anchors each candidate on its line when that line is inside a hunk of its file, up to the limit; the rest are placed elsewhere. */
export function planReview(candidates: readonly ReviewCandidate[], files: ReadonlyMap<string, CommentableLines>, options: ReviewPlanOptions): ReviewPlan {
  const placement = new Map<string, Placement>();
  const anchored: ReviewCandidate[] = [];
  const comments: ReviewComment[] = [];
  for (const candidate of candidates) {
    if (placement.has(candidate.fingerprint)) continue;
    if (options.posted.has(candidate.fingerprint)) {
      placement.set(candidate.fingerprint, 'already-posted');
      continue;
    }
    const lines = files.get(candidate.path);
    if (lines === undefined || !isCommentable(lines, 'RIGHT', candidate.line, candidate.startLine)) {
      placement.set(candidate.fingerprint, 'outside-diff');
      continue;
    }
    if (comments.length >= options.maxComments) {
      placement.set(candidate.fingerprint, 'over-limit');
      continue;
    }
    placement.set(candidate.fingerprint, 'inline');
    anchored.push(candidate);
    comments.push({
      path: candidate.path,
      line: candidate.line,
      side: 'RIGHT',
      ...(candidate.startLine !== undefined ? { start_line: candidate.startLine } : {}),
      body: candidate.body,
    });
  }
  return { comments, anchored, placement };
}

/** What a reviewer reads on the line: what is wrong, what it costs, how to fix it. */
export function reviewCommentBody(finding: GatedFinding, suggestion?: Suggestion): string {
  const badge = finding.blocking ? '🛑 Blocking' : finding.level === 'error' ? '❗ Error' : finding.level === 'warning' ? '⚠️ Warning' : 'ℹ️ Note';
  const lines = [`**${badge}: ${finding.policyId} ${finding.policyName}**`, '', capped(finding.message, BODY_TEXT_CHARACTERS)];
  if (finding.blastRadius && finding.blastRadius.length > 0) {
    const shown = finding.blastRadius
      .slice(0, 20)
      .map((name) => capped(name, NAME_CHARACTERS))
      .join(', ');
    const more = finding.blastRadius.length > 20 ? ` … and ${finding.blastRadius.length - 20} more` : '';
    lines.push('', `${finding.blastRadius.length} VM${finding.blastRadius.length === 1 ? ' loses its' : 's lose their'} backup: ${shown}${more}`);
  }
  lines.push('', `**Fix:** ${capped(finding.fix, FIX_CHARACTERS)}`);
  if (suggestion !== undefined && suggestion.text.length <= SUGGESTION_CHARACTERS) lines.push('', ...suggestionBlock(suggestion.text));
  else if (finding.remedy === undefined) lines.push('', NO_MECHANICAL_FIX);
  lines.push('', `[${finding.policyId} documentation](${url(finding.docsUrl)})`, findingMarker(finding.fingerprint));
  return lines.join('\n');
}

/** One line of a review body that lists the finding; its marker keeps reruns from commenting on it again inline. */
export function reviewListing(finding: GatedFinding): string {
  const where = code(Array.from(formatSpan(finding.at)).slice(0, NAME_CHARACTERS).join(''));
  return `- **${finding.policyId}** ${where}: ${capped(finding.message, LISTING_CHARACTERS)} Fix: ${capped(finding.fix, LISTING_CHARACTERS)} ${findingMarker(finding.fingerprint)}`;
}

/*
 * GitHub refuses a comment body above 65,536 characters, and a review is all or nothing, so every
 * untrusted part of a body has a budget that keeps the whole far below the limit, whatever a name holds.
 */
const BODY_TEXT_CHARACTERS = 24_000;
const FIX_CHARACTERS = 8_000;
const NAME_CHARACTERS = 300;
/** A review body lists up to 100 findings (the most a review comments on): each entry stays small. */
const LISTING_CHARACTERS = 200;

const SUGGESTION_CHARACTERS = 16_000;

/** Said where the fix is a decision for the author, so a reviewer does not wait for a one-click fix. */
const NO_MECHANICAL_FIX = 'No one-click fix: this needs a decision between the options above (the documentation explains each).';

/** A GitHub suggested change; the fence is longer than any backtick run in the lines it holds. */
function suggestionBlock(text: string): string[] {
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return ['Suggested change (the same edit `hvgate fix` makes):', `${fence}suggestion`, text, fence];
}

/** Escaped text within `limit`; when cut, it says where the whole text is. */
function capped(text: string, limit: number): string {
  const escaped = inline(text);
  return escaped.length <= limit ? escaped : `${inlineWithin(text, limit)} (shortened; the job summary has it in full)`;
}

const RESOLVED_MARKER = '<!-- hvgate:resolved -->';

/** The comment was marked resolved by a later push. */
export function isResolvedComment(body: string): boolean {
  return body.includes(RESOLVED_MARKER);
}

/** A comment's body once a push fixed its finding: what it said, then where it was resolved. */
export function resolvedCommentBody(body: string, commit: string): string {
  // GitHub links a commit id written out in full; anything else in its place is shown as code.
  const where = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit) ? commit : code(commit);
  return `${body}\n\n---\n✅ **Resolved** in ${where}: hvgate no longer reports this finding.\n${RESOLVED_MARKER}`;
}
