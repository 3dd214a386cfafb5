/**
 * Who the token acts as. Only comments this identity wrote count as the tool's own: anyone can post a
 * comment that carries the summary or finding marker, and such a comment is neither adopted nor
 * edited. GraphQL's `viewer` answers for every kind of token: `github-actions[bot]` for the
 * workflow's `GITHUB_TOKEN`, `<app-slug>[bot]` for a GitHub App's installation token, the user for a
 * personal token (`GET /user` refuses installation tokens, and `GET /app` needs the app's own key).
 */
import { describeApiError } from './api-errors.js';
import type { Logger } from './logger.js';
import type { GitHubClient } from './octokit.js';

/** The author of comments made with the workflow's `GITHUB_TOKEN`. */
export const ACTIONS_BOT = 'github-actions[bot]';

export const VIEWER_QUERY = 'query { viewer { login } }';

/** Resolved once per run; when GitHub cannot say, the workflow token's bot is assumed (and that is logged). */
export async function resolveIdentity(client: GitHubClient, logger: Logger): Promise<string> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>(VIEWER_QUERY);
    const login = answer.viewer?.login;
    if (typeof login === 'string' && login !== '') {
      logger.info(`hvgate: the token acts as ${login}; only comments by ${login} are treated as hvgate's own.`);
      return login;
    }
    logger.info(`hvgate: GitHub did not say whom the token acts as; assuming ${ACTIONS_BOT}.`);
  } catch (error) {
    logger.info(`hvgate: could not ask GitHub whom the token acts as (${describeApiError(error)}); assuming ${ACTIONS_BOT}.`);
  }
  return ACTIONS_BOT;
}

/** The comment was written by `identity` (GitHub logins compare case-insensitively). */
export function writtenBy(identity: string, user: { readonly login?: string } | null | undefined): boolean {
  return typeof user?.login === 'string' && user.login.toLowerCase() === identity.toLowerCase();
}
