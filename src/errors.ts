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
