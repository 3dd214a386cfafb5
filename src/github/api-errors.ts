/** What a failed GitHub request means for the gate: a read-only token, a rejected anchor, or something else. */

interface HttpError {
  readonly status?: number;
  readonly message?: string;
  readonly response?: { readonly data?: unknown };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as HttpError | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** The message GitHub sent, including the `errors` list of a 422. */
export function describeApiError(error: unknown): string {
  const http = error as HttpError | undefined;
  const data = http?.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const details = Array.isArray(data?.errors) ? data.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ') : '';
  const message = typeof data?.message === 'string' ? data.message : (http?.message ?? String(error));
  return `${statusOf(error) !== undefined ? `${statusOf(error)} ` : ''}${message}${details ? ` (${details})` : ''}`;
}

/**
 * A token that may read but not write: the default `GITHUB_TOKEN` of a pull request from a fork,
 * or a workflow without `pull-requests: write`.
 */
export function isReadOnlyToken(error: unknown): boolean {
  return statusOf(error) === 403 && /resource not accessible by (integration|personal access token)/i.test(describeApiError(error));
}

/**
 * GitHub rejected a review because a comment's anchor is not in the diff. The wording varies across
 * GitHub versions, so this matches the family of messages, not one string.
 */
export function isRejectedAnchor(error: unknown): boolean {
  return statusOf(error) === 422 && /part of the diff|could not be resolved|same hunk|diff hunk/i.test(describeApiError(error));
}
