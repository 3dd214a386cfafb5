/**
 * The run's one connection to GitHub: the client is made on first use, with the run's retry budget,
 * and the identity the token acts as is asked for once.
 */
import { TOOL } from '../app/tool.js';
import { resolveIdentity } from '../github/identity.js';
import type { Logger } from '../github/logger.js';
import { createClient, RetryBudget, type GitHubClient } from '../github/octokit.js';

export class GitHubSession {
  private made: GitHubClient | undefined;
  private identityOnce: Promise<string> | undefined;
  private readonly budget: RetryBudget;

  constructor(
    private readonly token: string,
    private readonly apiUrl: string,
    retrySeconds: number,
    private readonly logger: Logger,
  ) {
    this.budget = new RetryBudget(retrySeconds * 1000, logger);
  }

  /** There is a token to call the API with. */
  get available(): boolean {
    return this.token !== '';
  }

  client(): GitHubClient {
    this.made ??= createClient({
      token: this.token,
      baseUrl: this.apiUrl,
      logger: this.logger,
      userAgent: `${TOOL.name}/${TOOL.version}`,
      budget: this.budget,
    });
    return this.made;
  }

  /** The login the token acts as; only its comments are hvgate's own. */
  identity(): Promise<string> {
    this.identityOnce ??= resolveIdentity(this.client(), this.logger);
    return this.identityOnce;
  }
}
