/**
 * The building blocks every Markdown section uses: what a section is rendered with, tables, folded
 * blocks, locations as links, lists of names, and the words for levels, outcomes and plan actions.
 */
import type { GatedFinding } from '../../core/gate.js';
import type { PlanAction, PredictedBackup } from '../../core/plan.js';
import type { SourceSpan } from '../../core/source.js';
import type { GateReport } from '../report.js';
import { cell, code, inline, url } from '../escape/markdown.js';

/**
 * Where a finding went in a pull-request review: on its line, on its line in an earlier run, in the
 * review body (GitHub refused the inline anchors), or nowhere in the review, so the summary lists it.
 */
export type Placement = 'inline' | 'already-posted' | 'review-body' | 'outside-diff' | 'over-limit';

/** What every section is rendered with. */
export interface RenderContext {
  readonly report: GateReport;
  /** A URL for a position in the repository, so locations become links. */
  readonly link: ((at: SourceSpan) => string | undefined) | undefined;
  /** Where each finding was placed in a review, by fingerprint; absent outside pull requests. */
  readonly placement: ReadonlyMap<string, Placement> | undefined;
}

/** Beyond this many rows a table sits in a collapsed `<details>` block. */
export const COLLAPSE_ROWS = 10;
/** VM names listed in one table cell before "… and N more". */
const NAME_LIST_LIMIT = 20;

export function table(header: readonly string[], rows: readonly string[]): string[] {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows];
}

export function collapsible(summary: string, body: readonly string[], collapse = body.length > COLLAPSE_ROWS + 2): string[] {
  if (!collapse) return [...body];
  return [`<details><summary>${inline(summary)}</summary>`, '', ...body, '', '</details>'];
}

/**
 * A list whose first `COLLAPSE_ROWS` entries are shown and the rest folded, so that a long list
 * does not push what follows out of sight. Each entry is the lines of one list item.
 */
export function foldedList(entries: readonly (readonly string[])[], more: (hidden: number) => string): string[] {
  const shown = entries.slice(0, COLLAPSE_ROWS).flat();
  const rest = entries.slice(COLLAPSE_ROWS).flat();
  if (rest.length === 0) return shown;
  return [...shown, '', `<details><summary>${inline(more(entries.length - COLLAPSE_ROWS))}</summary>`, '', ...rest, '', '</details>'];
}

/** `file:line` as a code span, linked to the repository when the context can. */
export function where(at: SourceSpan, ctx: RenderContext): string {
  const text = code(`${at.file}:${at.line}`);
  const href = ctx.link?.(at);
  return href !== undefined ? `[${text}](${url(href)})` : text;
}

export function names(list: readonly string[]): string {
  const head = list.slice(0, NAME_LIST_LIMIT).map(cell).join(', ');
  return list.length > NAME_LIST_LIMIT ? `${head} … and ${list.length - NAME_LIST_LIMIT} more` : head;
}

export function short(commit: string): string {
  return commit.slice(0, 12);
}

export function levelText(f: GatedFinding): string {
  if (f.blocking) return '🛑 blocking';
  return f.level === 'error' ? '❗ error' : f.level === 'warning' ? '⚠️ warning' : 'ℹ️ note';
}

export function outcomeText(outcome: string, uncertain: boolean): string {
  const strong = outcome === 'fails' || outcome === 'unprotected' || outcome === 'incomplete';
  const text = strong ? `**${outcome}**` : outcome;
  return uncertain ? `${text} (uncertain)` : text;
}

export function stateText(state: PredictedBackup | undefined, removed = false): string {
  if (state === undefined) return removed ? '(removed)' : '(none)';
  return outcomeText(state.outcome, state.uncertain);
}

export const SYMBOL: Record<PlanAction, string> = { create: '`+`', update: '`~`', replace: '`-/+`', delete: '`-`', unchanged: '' };

export const ACTION_TEXT: Record<PlanAction, string> = {
  create: 'create',
  update: 'update in place',
  replace: 'replace',
  delete: 'destroy',
  unchanged: 'unchanged',
};
