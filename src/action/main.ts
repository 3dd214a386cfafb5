/**
 * The GitHub Action: reads the inputs once, runs the same gate as the CLI, and reports it the ways a
 * reviewer reads a pull request (job summary, annotations, inline review comments, one sticky
 * comment, an optional check run, SARIF). The gate's verdict alone decides whether the step fails.
 * On pull-request-like events the base branch governs: its configuration, exceptions and inline
 * waivers, applied to the head commit the event names.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GatedFinding } from '../core/gate.js';
import { suggestionFor, type Suggestion } from '../fix/fixes.js';
import * as core from '@actions/core';
import { emptySelectionProblem } from '../app/empty-selection.js';
import { writeReportFile } from '../app/report-file.js';
import { TOOL } from '../app/tool.js';
import type { SourceSpan } from '../core/source.js';
import { ConfigurationError, isUserError } from '../errors.js';
import { selectAnnotations } from '../github/annotations.js';
import { CHANGE_EVENTS, resultCommit, runContext, type PullRequest, type RunContext } from '../github/context.js';
import { labelOverride, type LabelOverride } from '../github/label-override.js';
import type { Logger } from '../github/logger.js';
import { reviewCandidates } from '../github/review-plan.js';
import { resolutionOf } from '../github/resolve-fixed.js';
import { SUMMARY_MARKER } from '../github/sticky-comment.js';
import { GitRepository } from '../git/repository.js';
import { JOB_SUMMARY_BYTES, renderMarkdown, type Placement } from '../reporters/markdown.js';
import { batched, renderChunks } from '../reporters/index.js';
import { inline } from '../reporters/escape/markdown.js';
import type { GateReport } from '../reporters/report.js';
import { eventBase, judgedChange } from './change.js';
import { checkRunContent, publishCheckRun } from './check-run.js';
import { GitHubSession } from './github-session.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { setVerdictOutputs } from './outputs.js';
import { postReport } from './post.js';
import { publishToPullRequest, SUMMARY_CHARACTERS } from './pull-request.js';
import { REPORT_FORMAT_VERSION, REPORT_KIND, type PullRequestReport } from './report-artifact.js';
import { repoPathFn, repositoryPrefix, runGate, type ActionGateRun } from './run-gate.js';

const logger: Logger = {
  info: (message) => {
    core.info(message);
  },
  debug: (message) => {
    core.debug(message);
  },
};

/** Where the Action runs: its working directory, the workspace no file it writes may leave, the environment. */
export interface Place {
  readonly cwd: string;
  readonly workspace: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const context = runContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
    const base = eventBase(context);
    const inputs = readInputs((name) => core.getInput(name), {
      eventName: context.eventName,
      changeEvent: CHANGE_EVENTS.has(context.eventName),
      ...(base !== undefined ? { eventBase: base } : {}),
    });
    if (inputs.token !== '') core.setSecret(inputs.token);
    const cwd = process.cwd();
    const place: Place = { cwd, workspace: env.GITHUB_WORKSPACE !== undefined && env.GITHUB_WORKSPACE !== '' ? env.GITHUB_WORKSPACE : cwd, env };
    const github = new GitHubSession(inputs.token, context.apiUrl, inputs.apiRetrySeconds, logger);
    if (inputs.mode === 'post') {
      await postReport(inputs, context, github, place, logger);
      return;
    }
    if (inputs.mode === 'report' && context.pullRequest === undefined) {
      throw new ConfigurationError(
        `mode report writes the report of a pull request; run it on pull_request events (this run is a ${context.eventName || 'non-pull-request'} event)`,
      );
    }

    const gate = await judge(inputs, context, github, place);
    const empty = inputs.allowEmpty ? undefined : emptySelectionProblem(gate.report, inputs.paths, 'set the input allow-empty: true');
    if (empty !== undefined) return await refuseEmptySelection(empty, inputs, context, github);
    logUntrusted(`hvgate ${inputs.mode}`, gate.text);
    const report = gate.report;
    const repoPath = repoPathFn(await repositoryPrefix(place.cwd, place.env));
    const link = linkTo(context, repoPath);

    if (inputs.planFile !== undefined && gate.savedPlan !== undefined) {
      core.setOutput(
        'plan-file',
        await writeReportFile(inputs.planFile, `${JSON.stringify(gate.savedPlan, null, 2)}\n`, { cwd: place.cwd, root: place.workspace, label: 'plan-file' }),
      );
    }
    if (inputs.sarifFile !== undefined) {
      core.setOutput(
        'sarif-file',
        await writeReportFile(inputs.sarifFile, batched(renderChunks('sarif', report, {})), { cwd: place.cwd, root: place.workspace, label: 'sarif-file' }),
      );
    }
    let placement: ReadonlyMap<string, Placement> | undefined;
    if (context.pullRequest !== undefined && inputs.mode === 'report') await writeReport(report, context.pullRequest, inputs, context, place, repoPath, link);
    else placement = await publish(report, inputs, context, github, repoPath, link);

    if (inputs.annotations) annotate(report, repoPath);
    await writeJobSummary(
      renderMarkdown(report, {
        budget: { limit: JOB_SUMMARY_BYTES, unit: 'bytes' },
        ...(link ? { link } : {}),
        ...(placement ? { placement } : {}),
        fullReport: 'the step log',
      }),
    );
    setVerdictOutputs(report.verdict);
    failIfBlocked(report, inputs);
  } catch (error) {
    if (isUserError(error)) {
      core.setFailed(`hvgate: ${error.message}`);
    } else {
      core.debug((error instanceof Error ? error.stack : undefined) ?? String(error));
      core.setFailed(`hvgate: internal error: ${error instanceof Error ? error.message : String(error)}. Please report this with the input that caused it.`);
    }
  }
}

/**
 * A run that found no definition checked nothing: the step fails, and the job summary and the check
 * run (when asked for) say why, so that a required check does not read as passed or stay pending.
 */
async function refuseEmptySelection(problem: string, inputs: ActionInputs, context: RunContext, github: GitHubSession): Promise<never> {
  const title = 'hvgate: nothing was checked — no Hyper-V definitions found';
  const summary = `## ❌ ${inline(title)}\n\n${inline(problem)}.\n`;
  await writeJobSummary(summary);
  if (inputs.checkRun && github.available && inputs.mode !== 'report') {
    const content = { name: inputs.checkRunName, headSha: resultCommit(context), conclusion: 'failure' as const, title, summary, batches: [] };
    const target = { owner: context.owner, repo: context.repo, ...(context.pullRequest ? { fromFork: context.pullRequest.fromFork } : {}) };
    const checkRun = await publishCheckRun(github.client(), target, content, logger);
    if (checkRun !== undefined) core.setOutput('check-run-id', String(checkRun.id));
  }
  throw new ConfigurationError(problem);
}

/** Runs `check`, or plans the change the event names with the base's rules and any override in force. */
async function judge(inputs: ActionInputs, context: RunContext, github: GitHubSession, place: Place): Promise<ActionGateRun> {
  const environment = { cwd: place.cwd, env: place.env, today: new Date().toISOString().slice(0, 10) };
  const selection = {
    paths: inputs.paths,
    terraformPlans: inputs.terraformPlans,
    ...(inputs.configPath !== undefined ? { configPath: inputs.configPath } : {}),
  };
  if (inputs.base === undefined) return runGate(selection, environment);
  const repo = await GitRepository.open(place.cwd, place.env);
  const change = await judgedChange(context, { ...inputs, base: inputs.base }, repo);
  for (const line of change.log) logger.info(line);
  const override = await overrideByLabel(inputs, context, github);
  return runGate(
    {
      ...selection,
      plan: {
        base: change.base,
        ...(change.head !== undefined ? { head: change.head } : {}),
        configFrom: change.configFrom,
        ...(override !== undefined ? { override: override.reason } : {}),
        ...(inputs.planFile !== undefined ? { save: true } : {}),
      },
    },
    environment,
  );
}

async function overrideByLabel(inputs: ActionInputs, context: RunContext, github: GitHubSession): Promise<LabelOverride | undefined> {
  const label = inputs.overrideLabel;
  if (label === undefined) return undefined;
  const number = context.pullRequest?.number ?? context.mergeGroup?.pullRequestNumber;
  if (number === undefined) {
    logger.info(`hvgate: override-label applies to pull requests and merge queues; this ${context.eventName} run is not overridden.`);
    return undefined;
  }
  if (!github.available) {
    logger.info(`hvgate: label "${label}" cannot be verified without a github-token; the gate is not overridden.`);
    return undefined;
  }
  const description = context.pullRequest?.labels.find((l) => l.name === label)?.description;
  return labelOverride(
    github.client(),
    { owner: context.owner, repo: context.repo, number },
    {
      label,
      ...(description !== undefined ? { description } : {}),
      ...(context.pullRequest?.author !== undefined ? { author: context.pullRequest.author } : {}),
      allowAuthor: inputs.overrideByAuthor,
    },
    logger,
  );
}

/** The summary comment's body: the Markdown report under the comment limit, its marker first. */
function summaryComment(
  report: GateReport,
  link: ((at: SourceSpan) => string) | undefined,
  placement: ReadonlyMap<string, Placement> | undefined,
  fullReport: string,
): string {
  const runUrl = workflowRunUrl(process.env);
  return renderMarkdown(report, {
    marker: SUMMARY_MARKER,
    budget: { limit: SUMMARY_CHARACTERS, unit: 'characters' },
    ...(link ? { link } : {}),
    ...(placement ? { placement } : {}),
    fullReport,
    view: 'comment',
    ...(runUrl !== undefined ? { fullReportUrl: runUrl } : {}),
  });
}

/**
 * Suggested changes come from the files as the gate read them, so only when it read the working
 * tree: a plan whose head is a commit was read from git objects, and the checkout may hold another.
 */
function suggestFromWorkTree(report: GateReport, cwd: string): ((finding: GatedFinding) => Suggestion | undefined) | undefined {
  if (report.plan !== undefined && !report.plan.head.workingTree) return undefined;
  return (finding) => {
    const file = finding.remedy?.at.file;
    if (file === undefined) return undefined;
    try {
      return suggestionFor(readFileSync(resolve(cwd, file), 'utf8'), finding);
    } catch {
      return undefined;
    }
  };
}

/** The workflow run whose job summary has the full report, as the runner names it. */
function workflowRunUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (repository === undefined || runId === undefined || !/^\d+$/.test(runId)) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository.split('/').map(encodeURIComponent).join('/')}/actions/runs/${runId}`;
}

/** Review, summary comment and check run, as the inputs ask; returns where each finding went in the review. */
async function publish(
  report: GateReport,
  inputs: ActionInputs,
  context: RunContext,
  github: GitHubSession,
  repoPath: (file: string) => string,
  link: ((at: SourceSpan) => string) | undefined,
): Promise<ReadonlyMap<string, Placement> | undefined> {
  let placement: ReadonlyMap<string, Placement> | undefined;
  const pr = context.pullRequest;
  if (pr && (inputs.review || inputs.comment)) {
    if (!github.available) {
      logger.info('hvgate: no github-token, so no review or summary comment; results are in the job summary and annotations.');
    } else {
      const published = await publishToPullRequest(
        github.client(),
        { owner: context.owner, repo: context.repo, number: pr.number, headSha: pr.headSha, fromFork: pr.fromFork },
        {
          identity: await github.identity(),
          ...(inputs.review
            ? {
                review: reviewCandidates(report.findings, repoPath, suggestFromWorkTree(report, process.cwd())),
                resolution: resolutionOf(report.findings, repoPath),
              }
            : {}),
          maxReviewComments: inputs.maxReviewComments,
          ...(inputs.comment ? { summary: (where) => summaryComment(report, link, where, 'the job summary of this workflow run') } : {}),
        },
        logger,
      );
      placement = published.placement;
      if (published.commentId !== undefined) core.setOutput('comment-id', String(published.commentId));
    }
  } else if (context.mergeGroup && (inputs.review || inputs.comment)) {
    logger.info('hvgate: a merge queue run writes no pull request comments; the check run, job summary and annotations carry the result.');
  }

  if (inputs.checkRun) {
    if (!github.available) {
      logger.info('hvgate: no github-token, so no check run; results are in the job summary and annotations.');
    } else {
      const content = checkRunContent(report, {
        name: inputs.checkRunName,
        headSha: resultCommit(context),
        failOnBlocking: inputs.failOnBlocking,
        repoPath,
        ...(link ? { link } : {}),
        ...(placement ? { placement } : {}),
      });
      const target = { owner: context.owner, repo: context.repo, ...(pr ? { fromFork: pr.fromFork } : {}) };
      const checkRun = await publishCheckRun(github.client(), target, content, logger);
      if (checkRun !== undefined) core.setOutput('check-run-id', String(checkRun.id));
    }
  }
  return placement;
}

/** `mode: report`: everything a `mode: post` run needs to publish, in one file the workflow uploads. No API call is made. */
async function writeReport(
  report: GateReport,
  pr: PullRequest,
  inputs: ActionInputs,
  context: RunContext,
  place: Place,
  repoPath: (file: string) => string,
  link: ((at: SourceSpan) => string) | undefined,
): Promise<void> {
  const check = checkRunContent(report, {
    name: inputs.checkRunName,
    headSha: pr.headSha,
    failOnBlocking: inputs.failOnBlocking,
    repoPath,
    ...(link ? { link } : {}),
  });
  const artifact: PullRequestReport = {
    kind: REPORT_KIND,
    formatVersion: REPORT_FORMAT_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    repository: `${context.owner}/${context.repo}`,
    pullRequest: { number: pr.number, headSha: pr.headSha, baseSha: pr.baseSha },
    verdict: { ...report.verdict },
    summary: summaryComment(report, link, undefined, "the job summary of the pull request's hvgate run"),
    review: reviewCandidates(report.findings, repoPath, suggestFromWorkTree(report, process.cwd())),
    checkRun: { title: check.title, summary: check.summary, annotations: check.batches.flat() },
  };
  const path = await writeReportFile(inputs.reportFile, `${JSON.stringify(artifact)}\n`, { cwd: place.cwd, root: place.workspace, label: 'report-file' });
  core.setOutput('report-file', path);
  logger.info(
    `hvgate: the report for pull request #${pr.number} at ${pr.headSha.slice(0, 12)} is in ${inputs.reportFile}; upload it as an artifact for the workflow_run job that posts it (mode: post).`,
  );
}

function readEventPayload(path: string | undefined): unknown {
  if (path === undefined || path === '') return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`GITHUB_EVENT_PATH ${path} cannot be read as JSON (${(error as Error).message})`);
  }
}

/**
 * Definitions are untrusted: a line of the report that starts with `::` would be a workflow command.
 * Between `stop-commands` markers the runner treats every line as text.
 */
function logUntrusted(title: string, text: string): void {
  const token = randomUUID();
  core.startGroup(title);
  process.stdout.write(`::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`);
  core.endGroup();
}

function linkTo(context: RunContext, repoPath: (file: string) => string): ((at: SourceSpan) => string) | undefined {
  const sha = resultCommit(context);
  if (sha === '') return undefined;
  const repoUrl = `${context.serverUrl}/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}`;
  return (at) => `${repoUrl}/blob/${sha}/${repoPath(at.file).split('/').map(encodeURIComponent).join('/')}#L${at.line}`;
}

function annotate(report: GateReport, repoPath: (file: string) => string): void {
  for (const annotation of selectAnnotations(report.findings, repoPath)) {
    const { level, message, ...properties } = annotation;
    core[level](message, properties);
  }
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    logger.info('hvgate: GITHUB_STEP_SUMMARY is not set; no job summary written.');
    return;
  }
  try {
    await core.summary.addRaw(markdown).write();
  } catch (error) {
    logger.info(`hvgate: could not write the job summary (${(error as Error).message}).`);
  }
}

function failIfBlocked(report: GateReport, inputs: ActionInputs): void {
  const verdict = report.verdict;
  if (verdict.passed) {
    core.info(`hvgate: passed — ${verdict.warnings} warning(s).`);
    return;
  }
  const message = `hvgate: blocked — ${verdict.blocking} blocking finding${verdict.blocking === 1 ? '' : 's'}; see the job summary.`;
  if (inputs.failOnBlocking) core.setFailed(message);
  else core.info(`${message} (fail-on-blocking is false, so the step passes)`);
}
