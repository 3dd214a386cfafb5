/**
 * Markdown reporter for GitHub: the job summary and the sticky pull-request comment. It reads like a
 * reviewer's note: the verdict first, then what blocks the merge, whom a failing job takes down, the
 * backup outcome per VM, every finding, and the plan. The output fits a budget (bytes for the job
 * summary, characters for a comment): the verdict is always kept; what blocks (as many findings as
 * fit) and the blast radius (at least each failing job with its member count) are kept before the
 * rest, which goes by importance; the text says what was shortened or left out. Pure.
 */
import type { SourceSpan } from '../core/source.js';
import { expiringSoon, type GateReport, type Reporter, type ReporterOptions } from './report.js';
import { inline } from './escape/markdown.js';
import type { Placement, RenderContext } from './markdown/blocks.js';
import { fitSections, joinSections, measure, type BudgetUnit, type Section } from './markdown/budget.js';
import { proposedConfigurationSection } from './markdown/configuration.js';
import { addedExceptionsSection, expiringExceptionsSection, ignoredExceptionsSection } from './markdown/exceptions.js';
import {
  blockingSection,
  shorterBlockingSection,
  elsewhereSection,
  findingTableSection,
  isElsewhere,
  resolvedSection,
  waivedSection,
} from './markdown/findings.js';
import { blastRadiusSection, shorterBlastRadius } from './markdown/jobs.js';
import { outcomeTableSection, planChangesSection, planOutcomesSection } from './markdown/outcomes.js';
import { pointerSection } from './markdown/pointer.js';
import { verdictSection } from './markdown/verdict.js';

export type { Placement } from './markdown/blocks.js';

/** GitHub refuses a job summary above 1 MiB per step; this leaves room for other steps' lines. */
export const JOB_SUMMARY_BYTES = 1_000_000;

export interface MarkdownOptions extends ReporterOptions {
  /** The output never exceeds `limit`, measured in UTF-8 bytes or in UTF-16 code units (`String.length`). */
  readonly budget?: { readonly limit: number; readonly unit: BudgetUnit };
  /** A hidden HTML comment put first, e.g. the sticky comment's marker. */
  readonly marker?: string;
  /** A URL for a position in the repository (the head commit's blob), so locations become links. */
  readonly link?: (at: SourceSpan) => string | undefined;
  /** Where each finding was placed in a review, by fingerprint; absent outside pull requests. */
  readonly placement?: ReadonlyMap<string, Placement>;
  /** Named in the note when sections are cut: where the reader finds everything ("the job summary"). */
  readonly fullReport?: string;
  /**
   * `summary` (the default): every section, long ones folded; for the job summary and the check run.
   * `comment`: what a reviewer acts on (the verdict, what blocks, findings not on a changed line,
   * exceptions the change adds, the blast radius), then a pointer to the full report.
   */
  readonly view?: 'summary' | 'comment';
  /** The full report's address (the workflow run whose job summary has it), linked from the comment view. */
  readonly fullReportUrl?: string;
}

export const markdownReporter: Reporter = (report, options) => renderMarkdown(report, { budget: { limit: JOB_SUMMARY_BYTES, unit: 'bytes' }, ...options });

export function renderMarkdown(report: GateReport, options: MarkdownOptions = {}): string {
  const sections = buildSections(report, options);
  const head = options.marker !== undefined ? `${options.marker}\n` : '';
  if (options.budget === undefined) return head + joinSections(sections);
  const { limit, unit } = options.budget;
  return head + fitSections(sections, limit - measure(head, unit), unit, options.fullReport ?? 'the job summary');
}

/** The sections in reading order, each ranked for dropping under a budget. */
function buildSections(report: GateReport, options: MarkdownOptions): Section[] {
  const ctx: RenderContext = { report, link: options.link, placement: options.placement };
  const current = report.findings.filter((f) => f.status !== 'resolved');
  const sections: Section[] = [{ title: 'Verdict', rank: 0, text: verdictSection(report) }];

  const fullReport = options.fullReport ?? 'the job summary';
  const blocking = current.filter((f) => f.blocking);
  if (blocking.length > 0)
    sections.push({
      title: 'What blocks the merge',
      rank: 1,
      text: blockingSection(blocking, ctx),
      shorter: shorterBlockingSection(blocking, ctx, fullReport),
    });

  const placement = options.placement;
  if (placement !== undefined) {
    const elsewhere = current.filter((f) => !f.exception && f.status === 'introduced' && isElsewhere(placement.get(f.fingerprint)));
    if (elsewhere.length > 0) sections.push({ title: 'Not on a changed line', rank: 2, text: elsewhereSection(elsewhere, ctx) });
  }

  const added = report.plan?.addedExceptions ?? [];
  if (added.length > 0) sections.push({ title: 'Exceptions added by this change', rank: 2, text: addedExceptionsSection(added, ctx) });

  const proposed = report.plan?.proposedConfiguration ?? [];
  if (proposed.length > 0) sections.push({ title: 'Configuration changes proposed by this change', rank: 2, text: proposedConfigurationSection(proposed) });

  const failingJobs = report.evaluation.jobs.filter((job) => job.fails);
  if (failingJobs.length > 0)
    sections.push({ title: 'Blast radius', rank: 3, text: blastRadiusSection(report, ctx), shorter: shorterBlastRadius(report, fullReport) });

  if (options.view === 'comment') {
    sections.push({ title: 'Full report', rank: 0, text: pointerSection(report, options) });
    return sections;
  }

  sections.push({ title: 'Backup outcomes', rank: 4, text: report.plan ? planOutcomesSection(report.plan, ctx) : outcomeTableSection(report) });

  const listed = current.filter((f) => !f.exception);
  if (listed.length > 0) sections.push({ title: 'Findings', rank: 5, text: findingTableSection(listed, ctx) });

  if (report.plan) {
    const changed = report.plan.changes.filter((c) => c.action !== 'unchanged' && c.attributes.length > 0);
    if (changed.length > 0) sections.push({ title: 'Plan changes', rank: 6, text: planChangesSection(changed) });
  }

  const waived = current.filter((f) => f.exception);
  if (waived.length > 0) sections.push({ title: 'Waived', rank: 7, text: waivedSection(waived, ctx) });
  const expiring = expiringSoon(report.evaluation.exceptions);
  if (expiring.length > 0) sections.push({ title: 'Exceptions expiring soon', rank: 2, text: expiringExceptionsSection(expiring, ctx) });
  const ignored = report.evaluation.exceptions.filter((s) => s.problems.length > 0);
  if (ignored.length > 0) sections.push({ title: 'Exceptions not applied', rank: 7, text: ignoredExceptionsSection(ignored, ctx) });
  const resolved = report.findings.filter((f) => f.status === 'resolved');
  if (resolved.length > 0) sections.push({ title: 'Resolved by this change', rank: 7, text: resolvedSection(resolved) });
  const notices = [...new Set(report.evaluation.notices)];
  if (notices.length > 0) sections.push({ title: 'Notices', rank: 7, text: notices.map((n) => `> [!NOTE]\n> ${inline(n)}`).join('\n\n') });
  return sections;
}
