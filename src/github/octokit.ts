/**
 * The REST client: `@octokit/rest` with GitHub's throttling rules (primary and secondary rate limits)
 * and retries of server errors, pointed at `GITHUB_API_URL`. Every wait and every failed attempt is
 * charged to one budget per run, so a failing API costs a bounded total time, however many calls
 * fail: once the budget is spent, that is logged once and no request is retried or sent again.
 * (`@octokit/plugin-retry` bounds retries per request only, so server errors are retried here.)
 * Octokit's own log lines go to the given logger, never to warning/error workflow commands.
 */
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from './logger.js';

/** How many times one request is retried after a rate limit before the error is reported. */
export const RATE_LIMIT_RETRIES = 2;
/** How many times one request is retried after a server error or a lost connection. */
export const SERVER_ERROR_RETRIES = 3;
/** A request that gets no answer in this time has failed. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** The time a run may lose to a failing API: waits before retries and attempts that failed. */
export class RetryBudget {
  private spentMs = 0;
  private reported = false;

  constructor(
    readonly totalMs: number,
    private readonly logger: Logger,
  ) {}

  get exhausted(): boolean {
    return this.reported;
  }

  /** Time a failed attempt took. */
  charge(ms: number): void {
    this.spentMs += ms;
    if (this.spentMs > this.totalMs) this.stop(`failed requests took ${seconds(this.spentMs)}`);
  }

  /** Whether waiting `ms` before trying `what` again fits the budget; the wait is charged when it does. */
  allowWait(ms: number, what: string): boolean {
    if (this.reported) return false;
    if (this.spentMs + ms > this.totalMs) {
      this.stop(`waiting ${seconds(ms)} more before retrying ${what} would pass it`);
      return false;
    }
    this.spentMs += ms;
    return true;
  }

  /** A request may not take longer than what is left of the budget, nor than the request timeout. */
  timeoutMs(): number {
    return Math.max(1, Math.min(REQUEST_TIMEOUT_MS, this.totalMs - this.spentMs));
  }

  private stop(why: string): void {
    if (this.reported) return;
    this.reported = true;
    this.logger.info(
      `hvgate: the GitHub API is failing and this run's retry budget of ${seconds(this.totalMs)} (api-retry-seconds) is spent: ${why}. No further request is retried or sent; the gate result is unaffected.`,
    );
  }
}

export interface RetryOptions {
  readonly budget: RetryBudget;
  /** Milliseconds per unit of the back-off (1 s in production; tests shorten it). */
  readonly baseMs?: number;
}

/** Retries server errors and lost connections with a quadratic back-off, within the run's budget. */
function budgetedRetry(octokit: { readonly hook: Octokit['hook'] }, options: object): void {
  const retry = (options as { retryBudget?: RetryOptions }).retryBudget;
  if (retry === undefined) return;
  const { budget } = retry;
  const baseMs = retry.baseMs ?? 1000;
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const what = `${requestOptions.method} ${pathOf(requestOptions.url)}`;
    for (let attempt = 0; ; attempt++) {
      if (budget.exhausted) throw new BudgetSpent(what);
      const started = Date.now();
      try {
        return await request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(budget.timeoutMs()) } });
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        const retryable = typeof status !== 'number' || status >= 500;
        if (!retryable) throw error;
        budget.charge(Date.now() - started);
        if (attempt >= SERVER_ERROR_RETRIES || !budget.allowWait((attempt + 1) ** 2 * baseMs, what)) throw error;
        await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * baseMs));
      }
    }
  });
}

/** A request not sent because the run's budget for a failing API is spent; shaped like Octokit's errors. */
class BudgetSpent extends Error {
  override readonly name = 'BudgetSpent';
  readonly status = 503;
  constructor(what: string) {
    super(`not sent: the retry budget for the GitHub API is spent (${what})`);
  }
}

export const GitHubClient = Octokit.plugin(throttling, budgetedRetry);
export type GitHubClient = InstanceType<typeof GitHubClient>;

export interface ClientOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly logger: Logger;
  readonly userAgent: string;
  /** The run's budget for a failing API; default: a fresh one of 60 s. */
  readonly budget?: RetryBudget;
}

export function createClient(options: ClientOptions): GitHubClient {
  const { logger } = options;
  const budget = options.budget ?? new RetryBudget(60_000, logger);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const what = `${request.method} ${request.url}`;
    const again = retryCount < RATE_LIMIT_RETRIES && budget.allowWait(retryAfter * 1000, what);
    logger.info(
      `GitHub ${kind} rate limit on ${what}; ${again ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})` : 'giving up'}`,
    );
    return again;
  };
  return new GitHubClient({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: options.userAgent,
    log: {
      debug: (message: string) => {
        logger.debug(message);
      },
      info: (message: string) => {
        logger.debug(message);
      },
      warn: (message: string) => {
        logger.info(message);
      },
      error: (message: string) => {
        logger.info(message);
      },
    },
    retryBudget: { budget },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  });
}

/** A request's path without the API host or query (pages of a list carry the full URL). */
function pathOf(url: string): string {
  return /^https?:\/\//.test(url) ? new URL(url).pathname : url.replace(/\?.*$/, '');
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
