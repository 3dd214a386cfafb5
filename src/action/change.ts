/**
 * Which two trees a run judges, and whose rules govern it. On pull-request-like events the head is
 * the commit the event names (the pull request's head, the merge queue's candidate), read from git
 * objects unless the working tree is exactly that commit: never a checkout of something else, such as
 * the base branch that `pull_request_target` checks out by default or the merge commit of
 * `pull_request`. A commit the clone lacks is fetched by its id. Nothing from the tree is executed.
 */
import type { RunContext } from '../github/context.js';
import type { GitRepository } from '../git/repository.js';
import type { ActionInputs } from './inputs.js';

export interface JudgedChange {
  /** The base: the input, or the commit the event names. */
  readonly base: string;
  /** A commit read from git objects; absent: the working tree. */
  readonly head?: string;
  readonly configFrom: 'base' | 'head';
  /** What is compared and whose rules govern, for the log. */
  readonly log: readonly string[];
}

/** The base commit an event names: the pull request's base, the merge queue's base, or a workflow run's pull request's base. */
export function eventBase(context: RunContext): string | undefined {
  return context.pullRequest?.baseSha ?? context.mergeGroup?.baseSha ?? context.workflowRun?.pullRequests[0]?.baseSha;
}

/** The head commit an event names, and what it is called in the log. */
function eventHead(context: RunContext): { sha: string; what: string } | undefined {
  if (context.pullRequest) return { sha: context.pullRequest.headSha, what: `the head of pull request #${context.pullRequest.number}` };
  if (context.mergeGroup) return { sha: context.mergeGroup.headSha, what: 'the merge queue candidate' };
  if (context.workflowRun) return { sha: context.workflowRun.headSha, what: `the head commit of workflow run ${context.workflowRun.id}` };
  return undefined;
}

export async function judgedChange(context: RunContext, inputs: ActionInputs & { base: string }, repo: GitRepository): Promise<JudgedChange> {
  const log: string[] = [];
  const head = eventHead(context);
  let headCommit: string | undefined;
  if (head === undefined) {
    log.push(`hvgate: plan ${inputs.base} → the working tree.`);
  } else {
    const worktree = await repo.resolveCommit('HEAD').catch(() => undefined);
    if (worktree === head.sha) {
      log.push(`hvgate: plan ${inputs.base} → the working tree, which is ${head.what} (${short(head.sha)}).`);
    } else {
      headCommit = head.sha;
      log.push(
        `hvgate: plan ${inputs.base} → ${head.what} (${short(head.sha)}), read from git objects: the working tree is ${worktree !== undefined ? `commit ${short(worktree)}` : 'not a commit'}, not that head.`,
      );
    }
  }
  if (inputs.configRef === 'base') {
    log.push('hvgate: the gate configuration, exceptions and inline waivers come from the base; changes the head makes to them are shown as proposed.');
  } else if (inputs.headGovernsExplicitly) {
    log.push('hvgate: config-ref: head — the configuration, exceptions and inline waivers of the head govern this run, so the change can relax its own gate.');
  }
  return { base: inputs.base, ...(headCommit !== undefined ? { head: headCommit } : {}), configFrom: inputs.configRef, log };
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
