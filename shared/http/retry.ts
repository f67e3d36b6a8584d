// Which failures are worth another try, and how long to wait: bounded exponential backoff.
import type { Failure } from './types.ts';

const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT.has(method.toUpperCase());
}

/**
 * Connection trouble and a gateway/unavailable answer are often a deploy in progress; the rest is not. A
 * response that is not HTTP, has oversized headers or a body too large is the server's doing (kind http):
 * asking again gets the same answer, so only the status itself (HTTP_502/503/504) is retried.
 */
export function isTransient(failure: Failure | undefined, status: number | undefined): boolean {
  if (failure === undefined) return false;
  if (failure.kind === 'connect') return true;
  if (failure.kind === 'dns') return failure.code === 'EAI_AGAIN';
  return (
    failure.kind === 'http' &&
    status !== undefined &&
    RETRYABLE_STATUSES.has(status) &&
    failure.code === `HTTP_${status}`
  );
}

/** 250, 500, 1000, 2000, 2000… ms for attempts 1, 2, 3… */
export function backoffMs(attempt: number, baseMs = 250, maxMs = 2_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
