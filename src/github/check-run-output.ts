/**
 * What the check run says besides its annotations: a conclusion from the verdict, a one-line title,
 * and the Markdown report as its summary, within the Checks API's limits. Pure.
 */
import type { SourceSpan } from '../core/source.js';
import type { Verdict } from '../core/gate.js';
import { renderMarkdown, type Placement } from '../reporters/markdown.js';
import { measure } from '../reporters/markdown/budget.js';
import { count, type GateReport } from '../reporters/report.js';
import { cutCharacters, TITLE_CHARACTERS } from './check-annotations.js';

/** The Checks API takes at most this many characters in `output.summary`. */
export const CHECK_SUMMARY_CHARACTERS = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** A blocked gate whose step is told not to fail (`fail-on-blocking: false`) is neutral, not a red check. */
export function checkConclusion(verdict: Verdict, failOnBlocking: boolean): CheckConclusion {
  if (verdict.passed) return 'success';
  return failOnBlocking ? 'failure' : 'neutral';
}

/** The verdict line, as plain text: the check's title in the pull request's list of checks. */
export function checkTitle(report: GateReport): string {
  const v = report.verdict;
  const parts = [`${v.blocking} blocking`];
  if (v.errors - v.blocking > 0) parts.push(count(v.errors - v.blocking, 'non-blocking error'));
  parts.push(count(v.warnings, 'warning'), count(v.notes, 'note'));
  const extras = [v.waived > 0 ? `${v.waived} waived` : '', v.overridden > 0 ? `${v.overridden} overridden` : ''].filter(Boolean);
  return cutCharacters(
    `${report.tool.name}: ${v.passed ? 'passed' : 'blocked'} — ${parts.join(', ')}${extras.length > 0 ? ` (${extras.join(', ')})` : ''}`,
    TITLE_CHARACTERS,
  );
}

export interface CheckSummaryOptions {
  readonly link?: (at: SourceSpan) => string | undefined;
  readonly placement?: ReadonlyMap<string, Placement>;
  /** Annotations the check run carries, and current findings left without one (over the cap). */
  readonly annotated: number;
  readonly omitted: number;
}

/** The Markdown report cut to the summary limit, with a closing note when findings went without an annotation. */
export function checkSummary(report: GateReport, options: CheckSummaryOptions): string {
  const note =
    options.omitted > 0
      ? `\n> [!NOTE]\n> This check run annotates the ${count(options.annotated, 'most important finding')}; ${count(options.omitted, 'more finding has', 'more findings have')} no annotation. The job summary of this workflow run lists every finding.\n`
      : '';
  const markdown = renderMarkdown(report, {
    budget: { limit: CHECK_SUMMARY_CHARACTERS - measure(note, 'characters'), unit: 'characters' },
    ...(options.link ? { link: options.link } : {}),
    ...(options.placement ? { placement: options.placement } : {}),
    fullReport: 'the job summary of this workflow run',
  });
  return markdown + note;
}
