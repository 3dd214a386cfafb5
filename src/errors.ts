/**
 * Errors that are the user's to fix. They carry a message that says what to change and lead to exit
 * code 2 without a stack trace; anything else is an internal error.
 */

/** The command line is wrong (unknown option, missing argument). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Configuration or environment is wrong (bad `.hvgate.yml`, unknown git ref, unreadable path). */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function isUserError(error: unknown): error is UsageError | ConfigurationError {
  return error instanceof UsageError || error instanceof ConfigurationError;
}

/** Why a file could not be read: the system error code (`ENOENT`, `EACCES`) when there is one, else the message. */
export function describeReadError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return (error as NodeJS.ErrnoException).code ?? error.message;
}
