/**
 * Writes one completed check run: created with its conclusion, title, summary and the first batch of
 * annotations, then updated once per further batch (each update appends). A check run never decides
 * the gate: a refused create is logged and nothing more is tried; a failed update leaves the run
 * with the annotations written so far.
 */
import { describeApiError, isReadOnlyToken, statusOf } from './api-errors.js';
import type { CheckAnnotation } from './check-annotations.js';
import type { CheckConclusion } from './check-run-output.js';
import type { Logger } from './logger.js';
import type { GitHubClient } from './octokit.js';

export interface CheckRunContent {
  readonly name: string;
  /** The commit the run belongs to: the pull request's head, so it shows on the pull request. */
  readonly headSha: string;
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  /** At most 50 annotations each; the first goes with the create. */
  readonly batches: readonly (readonly CheckAnnotation[])[];
}

export interface CheckRunResult {
  readonly id: number;
  /** Annotations GitHub accepted. */
  readonly annotated: number;
  /** Every batch was written. */
  readonly complete: boolean;
}

export interface CheckRunTarget {
  readonly owner: string;
  readonly repo: string;
  /** The pull request comes from a fork, whose token is read-only; only changes the log line. */
  readonly fromFork?: boolean;
}

/** Returns the run, or `undefined` when GitHub refused to create it (the reason is logged). */
export async function writeCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent,
  logger: Logger,
): Promise<CheckRunResult | undefined> {
  const output = { title: content.title, summary: content.summary };
  const [first = [], ...rest] = content.batches;
  let id: number;
  try {
    const created = await client.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: content.name,
      head_sha: content.headSha,
      status: 'completed',
      conclusion: content.conclusion,
      output: { ...output, ...(first.length > 0 ? { annotations: [...first] } : {}) },
    });
    id = created.data.id;
  } catch (error) {
    logger.info(`hvgate: no check run: ${whyRefused(error, target)} The gate result is unaffected.`);
    return undefined;
  }

  let annotated = first.length;
  for (const batch of rest) {
    try {
      await client.rest.checks.update({ owner: target.owner, repo: target.repo, check_run_id: id, output: { ...output, annotations: [...batch] } });
      annotated += batch.length;
    } catch (error) {
      logger.info(
        `hvgate: check run ${id} has ${annotated} of ${total(content.batches)} annotations; adding more failed (${describeApiError(error)}). The gate result is unaffected.`,
      );
      return { id, annotated, complete: false };
    }
  }
  logger.info(`hvgate: check run ${id} "${content.name}" completed as ${content.conclusion} with ${annotated} annotation${annotated === 1 ? '' : 's'}.`);
  return { id, annotated, complete: true };
}

function whyRefused(error: unknown, target: CheckRunTarget): string {
  if (isReadOnlyToken(error)) {
    return `the token may not create check runs (${describeApiError(error)}); ${target.fromFork ? 'pull requests from forks get a read-only GITHUB_TOKEN.' : 'grant `checks: write` to the job.'}`;
  }
  if (statusOf(error) === 403) return `GitHub refused to create it (${describeApiError(error)}); the job needs \`checks: write\`.`;
  return `creating it failed (${describeApiError(error)}).`;
}

function total(batches: readonly (readonly unknown[])[]): number {
  return batches.reduce((sum, batch) => sum + batch.length, 0);
}
