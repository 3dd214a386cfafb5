/**
 * The optional check run (`check-run: true`): the verdict as its conclusion, the report as its summary,
 * and every current finding as an annotation, where workflow-command annotations stop at 10 per level.
 */
import type { SourceSpan } from '../core/source.js';
import { planCheckAnnotations } from '../github/check-annotations.js';
import { checkConclusion, checkSummary, checkTitle } from '../github/check-run-output.js';
import { writeCheckRun, type CheckRunContent, type CheckRunResult, type CheckRunTarget } from '../github/check-run.js';
import type { Logger } from '../github/logger.js';
import type { GitHubClient } from '../github/octokit.js';
import type { Placement } from '../reporters/markdown.js';
import type { GateReport } from '../reporters/report.js';

export interface CheckRunOptions {
  readonly name: string;
  /** The commit the run belongs to: the pull request's or queue entry's head, else `GITHUB_SHA`. */
  readonly headSha: string;
  readonly failOnBlocking: boolean;
  readonly repoPath: (file: string) => string;
  readonly link?: (at: SourceSpan) => string | undefined;
  readonly placement?: ReadonlyMap<string, Placement>;
}

/** What the check run says and carries, computed from the report. Pure. */
export function checkRunContent(report: GateReport, options: CheckRunOptions): CheckRunContent {
  const plan = planCheckAnnotations(report.findings, { repoPath: options.repoPath });
  return {
    name: options.name,
    headSha: options.headSha,
    conclusion: checkConclusion(report.verdict, options.failOnBlocking),
    title: checkTitle(report),
    summary: checkSummary(report, {
      annotated: plan.annotated,
      omitted: plan.omitted,
      ...(options.link ? { link: options.link } : {}),
      ...(options.placement ? { placement: options.placement } : {}),
    }),
    batches: plan.batches,
  };
}

export async function publishCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent,
  logger: Logger,
): Promise<CheckRunResult | undefined> {
  if (content.headSha === '') {
    logger.info('hvgate: no check run: GITHUB_SHA is not set, so there is no commit to attach it to.');
    return undefined;
  }
  return writeCheckRun(client, target, content, logger);
}
