/**
 * `mode: post`, the privileged half of the fork-safe pair: in a `workflow_run` job it reads the report
 * file a `mode: report` run left (downloaded from that run's artifact), checks it, and publishes it
 * with the job's write token. It never checks out, reads or runs anything from the pull request. The
 * file is untrusted: it must be a well-formed report of at most 16 MiB, for this repository, for a
 * pull request whose head on GitHub is the commit the finished workflow run was for, and that pull
 * request may not change anything under `.github/` (the workflows and local actions its own run used);
 * the check run's conclusion is derived here from the verdict, and every comment goes only where it
 * belongs.
 */
import * as core from '@actions/core';
import { readReportFile } from '../app/report-file.js';
import { ConfigurationError } from '../errors.js';
import { ANNOTATIONS_PER_REQUEST, inBatches } from '../github/check-annotations.js';
import { checkConclusion } from '../github/check-run-output.js';
import type { RunContext } from '../github/context.js';
import { describeApiError } from '../github/api-errors.js';
import type { Logger } from '../github/logger.js';
import { changedPaths, MAX_LISTED_FILES } from '../github/pull-request-files.js';
import { inline } from '../reporters/escape/markdown.js';
import { clean } from '../reporters/escape/terminal.js';
import { publishCheckRun } from './check-run.js';
import type { GitHubSession } from './github-session.js';
import type { ActionInputs } from './inputs.js';
import type { Place } from './main.js';
import { setVerdictOutputs } from './outputs.js';
import { publishToPullRequest } from './pull-request.js';
import { MAX_REPORT_BYTES, parseReportArtifact, type PullRequestReport } from './report-artifact.js';

export async function postReport(inputs: ActionInputs, context: RunContext, github: GitHubSession, place: Place, logger: Logger): Promise<void> {
  const run = context.workflowRun;
  if (run === undefined) {
    throw new ConfigurationError(
      `mode post publishes the report of a finished pull_request run; run it on workflow_run events (this run is a ${context.eventName || 'non-workflow_run'} event)`,
    );
  }
  if (!github.available) throw new ConfigurationError('mode post needs a github-token with pull-requests: write (and checks: write for check-run)');
  try {
    await postChecked(inputs, context, run, github, place, logger);
  } catch (error) {
    if (error instanceof ConfigurationError && inputs.checkRun) await explainRefusal(error.message, inputs, context, run, github, logger);
    throw error;
  }
}

async function postChecked(
  inputs: ActionInputs,
  context: RunContext,
  run: NonNullable<RunContext['workflowRun']>,
  github: GitHubSession,
  place: Place,
  logger: Logger,
): Promise<void> {
  const text = await readReportFile(inputs.reportFile, MAX_REPORT_BYTES, { cwd: place.cwd, root: place.workspace, label: 'report-file' });
  const report = parseReportArtifact(text, inputs.reportFile);
  const pr = await checkBelongs(report, context, run, github);
  await refuseChangedWorkflows(pr.number, context, github);
  logger.info(
    `hvgate: posting the report of workflow run ${run.id} for pull request #${pr.number} at ${pr.headSha.slice(0, 12)}: ${report.verdict.passed ? 'passed' : 'blocked'}, ${report.verdict.blocking} blocking.`,
  );

  if (inputs.review || inputs.comment) {
    const published = await publishToPullRequest(
      github.client(),
      { owner: context.owner, repo: context.repo, number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork },
      {
        identity: await github.identity(),
        ...(inputs.review ? { review: report.review } : {}),
        maxReviewComments: inputs.maxReviewComments,
        ...(inputs.comment ? { summary: () => report.summary } : {}),
      },
      logger,
    );
    if (published.commentId !== undefined) core.setOutput('comment-id', String(published.commentId));
  }
  if (inputs.checkRun) {
    const checkRun = await publishCheckRun(
      github.client(),
      { owner: context.owner, repo: context.repo, fromFork: pr.fromFork },
      {
        name: inputs.checkRunName,
        headSha: pr.headSha,
        conclusion: checkConclusion(report.verdict, inputs.failOnBlocking),
        title: report.checkRun.title,
        summary: report.checkRun.summary,
        batches: inBatches(report.checkRun.annotations, ANNOTATIONS_PER_REQUEST),
      },
      logger,
    );
    if (checkRun !== undefined) core.setOutput('check-run-id', String(checkRun.id));
  }
  setVerdictOutputs(report.verdict);
}

/**
 * The report must be for this repository and for the commit the finished run built, and GitHub must
 * say that commit is the pull request's head now (a report of an older push is not posted).
 */
async function checkBelongs(
  report: PullRequestReport,
  context: RunContext,
  run: NonNullable<RunContext['workflowRun']>,
  github: GitHubSession,
): Promise<{ number: number; headSha: string; fromFork: boolean }> {
  const { number, headSha } = report.pullRequest;
  const repository = `${context.owner}/${context.repo}`;
  if (report.repository !== repository) refuse(`the report is for ${report.repository}, not ${repository}`);
  if (headSha !== run.headSha) refuse(`the report is for commit ${headSha.slice(0, 12)}, but workflow run ${run.id} ran on ${run.headSha.slice(0, 12)}`);
  if (run.pullRequests.length > 0 && !run.pullRequests.some((p) => p.number === number)) {
    refuse(`the report is for pull request #${number}, which workflow run ${run.id} was not for`);
  }
  let pull;
  try {
    pull = (await github.client().rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: number })).data;
  } catch (error) {
    return refuse(`pull request #${number} cannot be read (${describeApiError(error)})`);
  }
  if (pull.base.repo.full_name !== repository) refuse(`pull request #${number} does not target ${repository}`);
  if (pull.head.sha !== headSha) refuse(`pull request #${number} is at ${pull.head.sha.slice(0, 12)} now, not at ${headSha.slice(0, 12)} as the report says`);
  return { number, headSha, fromFork: pull.head.repo.full_name !== repository };
}

/**
 * A `pull_request` run uses the workflows and local actions under `.github/` as the pull request has
 * them, so a pull request that changes them could have made its run write any report, a passing one
 * included. Such a report is not posted; the pull request is judged where it cannot change the
 * workflow (`pull_request_target`). When GitHub cannot list every file, that cannot be ruled out.
 */
async function refuseChangedWorkflows(number: number, context: RunContext, github: GitHubSession): Promise<void> {
  let changed;
  try {
    changed = await changedPaths(github.client(), { owner: context.owner, repo: context.repo, number });
  } catch (error) {
    return refuse(`the files of pull request #${number} cannot be listed (${describeApiError(error)})`);
  }
  const workflow = changed.paths.find((path) => /^\.github(?:\/|$)/i.test(path));
  if (workflow !== undefined) {
    refuse(
      `pull request #${number} changes ${clean(workflow)}, so its own run could have written any report; judge it in a pull_request_target workflow (examples/github-actions/hvgate-target.yml)`,
    );
  }
  if (!changed.complete)
    refuse(`pull request #${number} changes more files than GitHub lists (${MAX_LISTED_FILES}), so a change to .github/ cannot be ruled out`);
}

/**
 * A refused report leaves the required check without a result, pending until it times out; a failed
 * check run on the commit the finished workflow run built (as the event says, never the report) says
 * why instead. Its text is the refusal, rendered inert: the reason can quote what the report claims.
 */
async function explainRefusal(
  why: string,
  inputs: ActionInputs,
  context: RunContext,
  run: NonNullable<RunContext['workflowRun']>,
  github: GitHubSession,
  logger: Logger,
): Promise<void> {
  const title = 'hvgate: the report was refused and not posted';
  const summary = [
    `## ❌ ${title}`,
    '',
    `The report that workflow run ${run.id} left for this commit was not posted: ${inline(why)}.`,
    '',
    "What to do: push again or re-run the pull request's workflow, so that it makes a fresh report for the pull request's current head. A pull request that changes `.github/` is judged by a `pull_request_target` workflow (examples/github-actions/hvgate-target.yml), never by its own run's report.",
    '',
  ].join('\n');
  const checkRun = await publishCheckRun(
    github.client(),
    { owner: context.owner, repo: context.repo },
    { name: inputs.checkRunName, headSha: run.headSha, conclusion: 'failure', title, summary, batches: [] },
    logger,
  );
  if (checkRun !== undefined) core.setOutput('check-run-id', String(checkRun.id));
}

function refuse(why: string): never {
  throw new ConfigurationError(`${why}; the report is not posted`);
}
