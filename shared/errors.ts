/**
 * A mistake the user can fix (bad flag, malformed config, missing file): printed as one line,
 * no stack trace, exit code 2 in the CLI.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
