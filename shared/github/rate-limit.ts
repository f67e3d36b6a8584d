// How long GitHub asks us to wait before the next call, from the answer that refused this one.
// GitHub's rules (docs: "Rate limits for the REST API"): honour `retry-after`; when `x-ratelimit-remaining` is 0,
// wait until `x-ratelimit-reset` (epoch seconds); a secondary limit with neither header means "wait a minute".

/** When GitHub says nothing about how long, it asks for at least one minute. */
export const SECONDARY_LIMIT_WAIT_MS = 60_000;

export type HeaderBag = Readonly<Record<string, string | number | undefined>>;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return value === undefined ? undefined : String(value).trim();
}

/**
 * Milliseconds to wait before trying again, or undefined when the answer is no rate limit (a 403 without rate-limit
 * headers or wording is a permission problem, and waiting would not help).
 */
export function rateLimitWaitMs(
  status: number,
  headers: HeaderBag,
  message: string,
  now: number = Date.now(),
): number | undefined {
  if (status !== 429 && status !== 403) return undefined;
  const retryAfter = header(headers, 'retry-after');
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return Math.max(0, date - now);
  }
  if (header(headers, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(headers, 'x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now) + 1_000;
    return SECONDARY_LIMIT_WAIT_MS;
  }
  if (status === 429 || /rate limit/i.test(message)) return SECONDARY_LIMIT_WAIT_MS;
  return undefined;
}
