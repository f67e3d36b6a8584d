// A JSON REST client for the hosting providers' APIs (Vercel, Netlify, Heroku), over the shared probe: a deadline
// on every call, rate limits (429, or 403 with rate-limit headers) waited out within a bound, reads retried on
// transient failures, never a write that may have landed; every call recorded as method and path, never a header.
import type { GitHubCall } from '../../../github/client.ts';
import { rateLimitWaitMs } from '../../../github/rate-limit.ts';
import { backoffMs, createProbe, firstHeader, type Probe } from '../../../http/index.ts';

export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'server'
  | 'read-only'
  | 'bad-answer';

export class PlatformApiError extends Error {
  override name = 'PlatformApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  constructor(message: string, kind: ApiErrorKind, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

export interface ApiClientOptions {
  /** "Vercel", "Netlify", "Heroku": named in every error. */
  provider: string;
  baseUrl: string;
  /** Sent with every call (the Authorization header lives here; the caller registers the token with its redactor). */
  headers: Record<string, string>;
  timeoutMs: number;
  rateLimitWaitMs: number;
  /** Refuse every call but GET before it leaves (dry runs). */
  readOnly: boolean;
  log: (line: string) => void;
  sleep?: (ms: number) => Promise<void>;
  isSecret?: (value: string) => boolean;
  maxAttempts?: number;
}

export interface ApiRequest {
  method?: string;
  /** Path under baseUrl, with its query (the report shows it). */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiClient {
  request<T>(request: ApiRequest): Promise<T>;
  calls: GitHubCall[];
  close(): Promise<void>;
}

const READS = new Set(['GET', 'HEAD']);

export function createApiClient(options: ApiClientOptions): ApiClient {
  const probe: Probe = createProbe({
    timeoutMs: options.timeoutMs,
    maxRedirects: 0,
    maxBodyBytes: 8 * 1024 * 1024,
    isSecret: options.isSecret,
    userAgent: 'launch-ready-rollback',
  });
  const base = options.baseUrl.replace(/\/+$/, '');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const calls: GitHubCall[] = [];
  let waited = 0;
  const name = options.provider;

  async function request<T>(req: ApiRequest): Promise<T> {
    const method = (req.method ?? 'GET').toUpperCase();
    const path = req.path;
    if (options.readOnly && !READS.has(method)) {
      calls.push({ method, path });
      throw new PlatformApiError(`refused ${method} ${path}: this run only reads (dry run)`, 'read-only');
    }
    for (let attempt = 1; ; attempt += 1) {
      const call: GitHubCall = { method, path };
      calls.push(call);
      const result = await probe.request({
        url: `${base}${path}`,
        method,
        followRedirects: false,
        headers: {
          accept: 'application/json',
          ...options.headers,
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...req.headers,
        },
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
      });
      call.status = result.status;
      const last = attempt >= maxAttempts;
      if (result.status === undefined) {
        const kind = result.failure?.kind === 'timeout' ? 'timeout' : 'network';
        const error = new PlatformApiError(
          `${name} API: ${method} ${path}: ${kind === 'timeout' ? `no answer within ${options.timeoutMs} ms` : `could not reach ${base} (${result.failure?.code ?? result.failure?.message ?? 'no answer'})`}`,
          kind,
        );
        if (last || !READS.has(method)) throw error;
        await pause(error.message, attempt);
        continue;
      }
      const status = result.status;
      if (status >= 200 && status < 300) return parse<T>(result.body, method, path);
      const said = messageOf(result.body);
      if (status === 429 || status === 403) {
        const headers: Record<string, string | undefined> = {};
        for (const h of ['retry-after', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit-remaining'])
          headers[h] = firstHeader(result.headers, h);
        // Heroku names its counter RateLimit-Remaining: 0 remaining is a rate limit, not a permission problem.
        const heroku = headers['ratelimit-remaining'] === '0' ? 60_000 : undefined;
        const wait = rateLimitWaitMs(status, headers, said) ?? heroku;
        if (wait !== undefined) {
          if (last || waited + wait > options.rateLimitWaitMs) {
            throw new PlatformApiError(
              `${name}'s rate limit: ${method} ${path} was refused (HTTP ${status}) and asks for a ${Math.ceil(wait / 1000)} s wait, past the ${Math.round(options.rateLimitWaitMs / 1000)} s this run may wait; run it again later`,
              'rate-limited',
              status,
            );
          }
          options.log(
            `${name} rate limit on ${method} ${path}: waiting ${Math.ceil(wait / 1000)} s (attempt ${attempt})`,
          );
          waited += wait;
          await sleep(wait);
          continue;
        }
      }
      const error = statusError(name, method, path, status, said);
      if (error.kind !== 'server' || last || !READS.has(method)) throw error;
      await pause(error.message, attempt);
    }
  }

  async function pause(message: string, attempt: number): Promise<void> {
    const ms = backoffMs(attempt, 500, 4_000);
    options.log(`${message}; trying again in ${ms} ms (${attempt}/${maxAttempts - 1})`);
    await sleep(ms);
  }

  return { request, calls, close: () => probe.close() };
}

function parse<T>(body: string, method: string, path: string): T {
  if (body.trim() === '') return undefined as T;
  try {
    return JSON.parse(body) as T;
  } catch {
    throw new PlatformApiError(`${method} ${path}: the answer was not JSON`, 'bad-answer');
  }
}

/** The provider's own error message (Vercel: error.message; Netlify: message; Heroku: message), one short line. */
function messageOf(body: string): string {
  try {
    const data = JSON.parse(body) as { message?: unknown; error?: { message?: unknown } };
    const text = data.error?.message ?? data.message;
    if (typeof text === 'string') return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, 200);
  } catch {}
  return '';
}

const HINTS: Partial<Record<ApiErrorKind, string>> = {
  unauthorized: 'the token is missing, expired or revoked',
  forbidden: 'the token cannot act on this project (scope, team or role)',
  'not-found': 'the project, site, app or deploy does not exist, or the token cannot see it',
};

function statusError(name: string, method: string, path: string, status: number, said: string): PlatformApiError {
  const kind: ApiErrorKind =
    status === 401
      ? 'unauthorized'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not-found'
          : status === 429
            ? 'rate-limited'
            : status >= 500
              ? 'server'
              : 'invalid';
  const hint = HINTS[kind];
  return new PlatformApiError(
    `${name} API: ${method} ${path}: HTTP ${status}${said ? ` ${said}` : ''}${hint ? ` (${hint})` : ''}`,
    kind,
    status,
  );
}
