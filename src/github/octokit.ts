/**
 * The REST client: `@octokit/rest` with retries for server errors and GitHub's throttling rules
 * (primary and secondary rate limits), pointed at `GITHUB_API_URL`. Octokit's own log lines go to
 * the given logger, never to warning/error workflow commands.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from './logger.js';

export const GitHubClient = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubClient>;

/** How many times one request is retried after a rate limit before the error is reported. */
export const RATE_LIMIT_RETRIES = 2;

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly logger: Logger;
  readonly userAgent: string;
}

export function createClient(options: ClientOptions): GitHubClient {
  const { logger } = options;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < RATE_LIMIT_RETRIES;
    logger.info(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}; ${again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})` : 'giving up'}`,
    );
    return again;
  };
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log: {
      debug: (message: string) => { logger.debug(message); },
      info: (message: string) => { logger.debug(message); },
      warn: (message: string) => { logger.info(message); },
      error: (message: string) => { logger.info(message); },
    },
    retry: { retries: 3 },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
}
