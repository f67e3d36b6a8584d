/**
 * A mistake the user can fix (bad flag, malformed config, missing file): printed as one line,
 * no stack trace, exit code 2 in the CLI.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The errno code (`EACCES`…) of a failed operation rather than a message that might quote a path's content. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
