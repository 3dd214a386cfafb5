/**
 * The GitHub Action: reads the inputs once, runs the same gate as the CLI, and reports it the ways a
 * reviewer reads a pull request (job summary, annotations, inline review comments, one sticky
 * comment, an optional check run, SARIF). The gate's verdict alone decides whether the step fails.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { TOOL } from '../app/tool.js';
import type { SourceSpan } from '../core/source.js';
import { ConfigurationError, isUserError } from '../errors.js';
import { selectAnnotations } from '../github/annotations.js';
import { runContext, type RunContext } from '../github/context.js';
import type { Logger } from '../github/logger.js';
import { createClient, type GitHubClient } from '../github/octokit.js';
import { JOB_SUMMARY_BYTES, renderMarkdown, type Placement } from '../reporters/markdown.js';
import { reporters } from '../reporters/index.js';
import type { GateReport } from '../reporters/report.js';
import { publishCheckRun } from './check-run.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { publishToPullRequest } from './pull-request.js';
import { repoPathFn, repositoryPrefix, runGate } from './run-gate.js';

const logger: Logger = {
  info: (message) => {
    core.info(message);
  },
  debug: (message) => {
    core.debug(message);
  },
};

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const context = runContext(env, readEventPayload(env.GITHUB_EVENT_PATH));
    const inputs = readInputs((name) => core.getInput(name), {
      eventName: context.eventName,
      ...(context.pullRequest ? { pullRequestBase: context.pullRequest.baseSha } : {}),
    });
    if (inputs.token !== '') core.setSecret(inputs.token);
    const cwd = process.cwd();

    const gate = await runGate(inputs, { cwd, env, today: new Date().toISOString().slice(0, 10) });
    logUntrusted(`hvgate ${inputs.mode}`, gate.text);
    const report = gate.report;
    const repoPath = repoPathFn(await repositoryPrefix(cwd, env));
    const link = linkTo(context, repoPath);

    if (inputs.sarifFile !== undefined) core.setOutput('sarif-file', await writeSarif(report, resolve(cwd, inputs.sarifFile), inputs.sarifFile));

    let client: GitHubClient | undefined;
    const githubClient = (): GitHubClient =>
      (client ??= createClient({ token: inputs.token, baseUrl: context.apiUrl, logger, userAgent: `${TOOL.name}/${TOOL.version}` }));

    let placement: ReadonlyMap<string, Placement> | undefined;
    if (context.pullRequest && (inputs.review || inputs.comment)) {
      if (inputs.token === '') {
        logger.info('hvgate: no github-token, so no review or summary comment; results are in the job summary and annotations.');
      } else {
        const published = await publishToPullRequest(
          githubClient(),
          context,
          context.pullRequest,
          report,
          { ...inputs, repoPath, ...(link ? { link } : {}) },
          logger,
        );
        placement = published.placement;
        if (published.commentId !== undefined) core.setOutput('comment-id', String(published.commentId));
      }
    }

    if (inputs.checkRun) {
      if (inputs.token === '') {
        logger.info('hvgate: no github-token, so no check run; results are in the job summary and annotations.');
      } else {
        const checkRun = await publishCheckRun(
          githubClient(),
          context,
          report,
          { name: inputs.checkRunName, failOnBlocking: inputs.failOnBlocking, repoPath, ...(link ? { link } : {}), ...(placement ? { placement } : {}) },
          logger,
        );
        if (checkRun !== undefined) core.setOutput('check-run-id', String(checkRun.id));
      }
    }

    if (inputs.annotations) annotate(report, repoPath);
    await writeJobSummary(
      renderMarkdown(report, {
        budget: { limit: JOB_SUMMARY_BYTES, unit: 'bytes' },
        ...(link ? { link } : {}),
        ...(placement ? { placement } : {}),
        fullReport: 'the step log',
      }),
    );

    const verdict = report.verdict;
    core.setOutput('verdict', verdict.passed ? 'passed' : 'blocked');
    core.setOutput('blocking', String(verdict.blocking));
    core.setOutput('warnings', String(verdict.warnings));
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
  const sha = context.pullRequest?.headSha ?? context.sha;
  if (sha === '') return undefined;
  const repoUrl = `${context.serverUrl}/${encodeURIComponent(context.owner)}/${encodeURIComponent(context.repo)}`;
  return (at) => `${repoUrl}/blob/${sha}/${repoPath(at.file).split('/').map(encodeURIComponent).join('/')}#L${at.line}`;
}

async function writeSarif(report: GateReport, path: string, asGiven: string): Promise<string> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, reporters.sarif(report, {}));
  } catch (error) {
    throw new ConfigurationError(`sarif-file ${asGiven}: cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return path;
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
