/**
 * The soft-mandatory override by label. A label is only a request: it is honoured when the person
 * who last added it has write, maintain or admin access to the repository now (asked through the API
 * during the run, not taken from the event), and is not the pull request's author unless the workflow
 * allows that. Anything that cannot be verified is not an override; the log says why.
 */
import { describeApiError } from './api-errors.js';
import type { Logger } from './logger.js';
import type { GitHubClient } from './octokit.js';
import type { PullRequestRef } from './pull-request-files.js';

/** Roles that may override (`role_name`); GitHub reports maintain as permission write. */
const OVERRIDING_ROLES: ReadonlySet<string> = new Set(['admin', 'maintain', 'write']);

export interface LabelOverrideRequest {
  readonly label: string;
  /** The label's description, the reason it states; from the event payload when it lists the label. */
  readonly description?: string;
  /** Login of the pull request's author; looked up when absent. */
  readonly author?: string;
  readonly allowAuthor: boolean;
}

export interface LabelOverride {
  /** Login of who added the label. */
  readonly by: string;
  readonly role: string;
  /** When the label was added (ISO 8601). */
  readonly at: string;
  /** Who, how and why, as the reports record it. */
  readonly reason: string;
}

/** The override in force, or `undefined` (logged) when the label is absent or its adder may not override. */
export async function labelOverride(
  client: GitHubClient,
  pr: PullRequestRef,
  request: LabelOverrideRequest,
  logger: Logger,
): Promise<LabelOverride | undefined> {
  const refuse = (why: string): LabelOverride | undefined => {
    logger.info(`hvgate: label "${request.label}" does not override the gate: ${why}.`);
    return undefined;
  };
  try {
    const events = await client.paginate(client.rest.issues.listEvents, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
    const added = lastAdded(events, request.label);
    if (added === undefined) {
      logger.debug(`hvgate: pull request #${pr.number} does not carry the label "${request.label}".`);
      return undefined;
    }
    const author = request.author ?? (await client.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number })).data.user.login;
    if (added.actor.toLowerCase() === author.toLowerCase() && !request.allowAuthor) {
      return refuse(`@${added.actor} added it to their own pull request (set override-by-author: true to allow that)`);
    }
    const role = await roleOf(client, pr, added.actor);
    if (!OVERRIDING_ROLES.has(role))
      return refuse(`@${added.actor}, who added it, has ${role === 'none' ? 'no' : role} access to the repository; write, maintain or admin is needed`);
    const reason = `label "${request.label}" added by @${added.actor} (${role}) at ${added.at}${request.description ? `: ${request.description}` : ''}`;
    logger.info(`hvgate: override in force: ${reason}.`);
    return { by: added.actor, role, at: added.at, reason };
  } catch (error) {
    return refuse(`it could not be verified (${describeApiError(error)})`);
  }
}

/** Who added the label last and when, if it is still on the pull request. */
export function lastAdded(
  events: readonly {
    readonly event: string;
    readonly created_at: string;
    readonly actor?: { readonly login: string } | null;
    readonly label?: { readonly name: string };
  }[],
  label: string,
): { actor: string; at: string } | undefined {
  let current: { actor: string; at: string } | undefined;
  for (const e of events) {
    if (e.label?.name !== label) continue;
    if (e.event === 'labeled' && e.actor) current = { actor: e.actor.login, at: e.created_at };
    else if (e.event === 'unlabeled') current = undefined;
  }
  return current;
}

async function roleOf(client: GitHubClient, pr: PullRequestRef, login: string): Promise<string> {
  try {
    const answer = await client.rest.repos.getCollaboratorPermissionLevel({ owner: pr.owner, repo: pr.repo, username: login });
    return answer.data.role_name || answer.data.permission;
  } catch (error) {
    // Someone who is not a collaborator: 404.
    if ((error as { status?: number }).status === 404) return 'none';
    throw error;
  }
}
