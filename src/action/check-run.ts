/**
 * The optional check run (`check-run: true`): the verdict as its conclusion, the report as its summary,
 * and every current finding as an annotation, where workflow-command annotations stop at 10 per level.
 */
import type { SourceSpan } from '../core/source.js';
import { planCheckAnnotations } from '../github/check-annotations.js';
import { checkConclusion, checkSummary, checkTitle } from '../github/check-run-output.js';
import { writeCheckRun, type CheckRunResult } from '../github/check-run.js';
import type { RunContext } from '../github/context.js';
import type { Logger } from '../github/logger.js';
import type { GitHubClient } from '../github/octokit.js';
import type { Placement } from '../reporters/markdown.js';
import type { GateReport } from '../reporters/report.js';

export interface CheckRunOptions {
  readonly name: string;
  readonly failOnBlocking: boolean;
  readonly repoPath: (file: string) => string;
  readonly link?: (at: SourceSpan) => string | undefined;
  readonly placement?: ReadonlyMap<string, Placement>;
}

export async function publishCheckRun(
  client: GitHubClient,
  context: RunContext,
  report: GateReport,
  options: CheckRunOptions,
  logger: Logger,
): Promise<CheckRunResult | undefined> {
  // On a pull request GITHUB_SHA is the merge commit, which the pull request does not show checks for.
  const headSha = context.pullRequest?.headSha ?? context.sha;
  if (headSha === '') {
    logger.info('hvgate: no check run: GITHUB_SHA is not set, so there is no commit to attach it to.');
    return undefined;
  }
  const plan = planCheckAnnotations(report.findings, { repoPath: options.repoPath });
  return writeCheckRun(
    client,
    { owner: context.owner, repo: context.repo, ...(context.pullRequest ? { fromFork: context.pullRequest.fromFork } : {}) },
    {
      name: options.name,
      headSha,
      conclusion: checkConclusion(report.verdict, options.failOnBlocking),
      title: checkTitle(report),
      summary: checkSummary(report, {
        annotated: plan.annotated,
        omitted: plan.omitted,
        ...(options.link ? { link: options.link } : {}),
        ...(options.placement ? { placement: options.placement } : {}),
      }),
      batches: plan.batches,
    },
    logger,
  );
}
