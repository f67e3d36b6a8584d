// The one GitHub client: @actions/github's octokit with what every caller needs done once — the token and
// GITHUB_API_URL, a deadline on every call, rate limits waited out within a bound, transient failures of reads
// retried, every call recorded (method and path, never a header), and errors mapped to kinds a caller can act on
// (a 403 from a read-only token is `forbidden`, with the permission to grant).
import { getOctokit } from '@actions/github';
import { backoffMs } from '../http/retry.ts';
import { rateLimitWaitMs } from './rate-limit.ts';

export type Octokit = ReturnType<typeof getOctokit>;

export const DEFAULT_API_URL = 'https://api.github.com';

export interface GitHubClientOptions {
  /** A secret: the caller registers it with its redactor; the client never prints it. */
  token: string;
  /** Default: GITHUB_API_URL's value as the caller read it, else https://api.github.com. */
  apiUrl?: string;
  /** Deadline of each call (headers and body). Default 10 000 ms. */
  timeoutMs?: number;
  /** Total time the client may spend waiting out rate limits before it gives up. Default 60 000 ms. */
  rateLimitWaitMs?: number;
  /** Attempts per call: rate-limited calls and failed reads (network, timeout, 5xx) are tried again. Default 4. */
  maxAttempts?: number;
  /** Refuse every call but GET/HEAD before it leaves (dry runs): a bug cannot turn a plan into a write. */
  readOnly?: boolean;
  /** Progress lines (waiting for a rate limit, retrying). */
  log?: (line: string) => void;
  /** Tests replace the pause. */
  sleep?: (ms: number) => Promise<void>;
}

/** One call as the report shows it: method and path (with its query), never a header or body. */
export interface GitHubCall {
  method: string;
  path: string;
  /** HTTP status; undefined when no answer came (timeout, network, refused as read-only). */
  status?: number;
}

export type GitHubErrorKind =
  | 'forbidden'
  | 'not-found'
  | 'invalid'
  | 'conflict'
  | 'rate-limited'
  | 'timeout'
  | 'network'
  | 'server'
  | 'read-only'
  | 'unauthorized';

/** A failed call, with a one-line message that never quotes the token. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  readonly kind: GitHubErrorKind;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  constructor(message: string, kind: GitHubErrorKind, method: string, path: string, status?: number) {
    super(message);
    this.kind = kind;
    this.method = method;
    this.path = path;
    this.status = status;
  }
}

export interface GitHubClient {
  octokit: Octokit;
  /** Every call made, in order (a copy is safe to put in a report). */
  calls: GitHubCall[];
  apiUrl: string;
}

const READ_METHODS = new Set(['GET', 'HEAD']);

/** owner/repo from GITHUB_REPOSITORY; undefined when it is not set or malformed. */
export function repoFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): { owner: string; repo: string } | undefined {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec((env.GITHUB_REPOSITORY ?? '').trim());
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** The token a check uses: the action's github-token input when given, else GITHUB_TOKEN, else GH_TOKEN. */
export function tokenFrom(env: Readonly<Record<string, string | undefined>>, input?: string): string | undefined {
  for (const candidate of [input, env.GITHUB_TOKEN, env.GH_TOKEN]) {
    if (candidate !== undefined && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}

export function apiUrlFrom(env: Readonly<Record<string, string | undefined>>): string {
  return (env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || DEFAULT_API_URL;
}

/** What a check (or the merged report) hands its client: the environment (GITHUB_API_URL), its redactor and its log. */
export interface ClientContext {
  env: Readonly<Record<string, string | undefined>>;
  redactor: { add(secret: string): void };
  log: (line: string) => void;
}

/** A check's client: the token masked in all the run writes before the first call, the API URL from the environment. */
export function checkGitHubClient(
  token: string,
  context: ClientContext,
  options: Omit<GitHubClientOptions, 'token' | 'apiUrl' | 'log'> = {},
): GitHubClient {
  context.redactor.add(token);
  return createGitHubClient({ ...options, token, apiUrl: apiUrlFrom(context.env), log: context.log });
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
  const waitBudget = options.rateLimitWaitMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => {});
  const calls: GitHubCall[] = [];
  // @actions/github's own retry is off: this client decides what is retried (never a write that may have landed).
  const octokit = getOctokit(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
  let waitedMs = 0;

  octokit.hook.wrap('request', async (request, endpoint) => {
    const parsed = octokit.request.endpoint.parse(endpoint);
    const method = parsed.method.toUpperCase();
    const path = pathOf(parsed.url, apiUrl);
    if (options.readOnly && !READ_METHODS.has(method)) {
      calls.push({ method, path });
      throw new GitHubApiError(`refused ${method} ${path}: this run only reads (dry run)`, 'read-only', method, path);
    }
    for (let attempt = 1; ; attempt += 1) {
      const signal = AbortSignal.timeout(timeoutMs);
      const call: GitHubCall = { method, path };
      calls.push(call);
      try {
        // before-after-hook binds the options object to the inner request: it must be changed in place.
        endpoint.request = { ...endpoint.request, signal };
        const response = await request(endpoint);
        call.status = response.status;
        return response;
      } catch (error) {
        const status = statusOf(error, signal);
        call.status = status;
        const mapped = toApiError(error, signal, method, path, timeoutMs);
        const last = attempt >= maxAttempts;
        if (status === 429 || status === 403) {
          const wait = rateLimitWaitMs(status, headersOf(error), messageOf(error));
          if (wait === undefined) throw mapped;
          if (last || waitedMs + wait > waitBudget) {
            throw new GitHubApiError(
              `GitHub's rate limit: ${method} ${path} was refused (HTTP ${status}) and asks for a ${Math.ceil(wait / 1000)} s wait, past the ${Math.round(waitBudget / 1000)} s this run may wait; run it again later`,
              'rate-limited',
              method,
              path,
              status,
            );
          }
          log(`GitHub rate limit on ${method} ${path}: waiting ${Math.ceil(wait / 1000)} s (attempt ${attempt})`);
          waitedMs += wait;
          await sleep(wait);
          continue;
        }
        // A read that timed out or met a server hiccup is safe to repeat; a write might have landed, so it is not.
        const transient = mapped.kind === 'timeout' || mapped.kind === 'network' || mapped.kind === 'server';
        if (!transient || last || !READ_METHODS.has(method)) throw mapped;
        const pause = backoffMs(attempt, 500, 4_000);
        log(`${mapped.message}; trying again in ${pause} ms (${attempt}/${maxAttempts - 1})`);
        await sleep(pause);
      }
    }
  });

  return { octokit, calls, apiUrl };
}

/** The path and query under the API root: what a report may show of a call. */
function pathOf(url: string, apiUrl: string): string {
  const rest = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
  try {
    const parsed = new URL(rest, 'http://x');
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return rest;
  }
}

function statusOf(error: unknown, signal: AbortSignal): number | undefined {
  if (signal.aborted) return undefined;
  const status = (error as { status?: number }).status;
  const response = (error as { response?: unknown }).response;
  // octokit reports a failure to connect as status 500 with no response.
  return response === undefined ? undefined : status;
}

function headersOf(error: unknown): Record<string, string> {
  return ((error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {}) as Record<
    string,
    string
  >;
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  if (data && typeof data === 'object' && 'message' in data) return String((data as { message: unknown }).message);
  return error instanceof Error ? error.message : String(error);
}

const HINTS: Partial<Record<GitHubErrorKind, string>> = {
  unauthorized: 'the token is missing, expired or revoked',
  forbidden: 'the token lacks a permission this call needs (see the workflow’s `permissions:`)',
  'not-found': 'the repository, deployment or workflow does not exist, or the token cannot see it',
};

function toApiError(
  error: unknown,
  signal: AbortSignal,
  method: string,
  path: string,
  timeoutMs: number,
): GitHubApiError {
  if (signal.aborted) {
    return new GitHubApiError(`${method} ${path}: no answer within ${timeoutMs} ms`, 'timeout', method, path);
  }
  const status = statusOf(error, signal);
  if (status === undefined) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
    return new GitHubApiError(`${method} ${path}: could not reach the GitHub API (${why})`, 'network', method, path);
  }
  const kind: GitHubErrorKind =
    status === 401
      ? 'unauthorized'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not-found'
          : status === 409
            ? 'conflict'
            : status === 422 || status === 400
              ? 'invalid'
              : status >= 500
                ? 'server'
                : 'invalid';
  // GitHub's message ("Resource not accessible by integration") is short and never echoes the token.
  const said = messageOf(error).split('\n')[0]!.slice(0, 200);
  const hint = HINTS[kind];
  return new GitHubApiError(
    `${method} ${path}: HTTP ${status} ${said}${hint ? ` (${hint})` : ''}`,
    kind,
    method,
    path,
    status,
  );
}

/**
 * Every item of a list endpoint, newest pages first as GitHub returns them, up to `maxItems` (bounded: a run never
 * walks an unbounded history).
 */
export async function listAll<T>(
  client: GitHubClient,
  route: string,
  params: Record<string, unknown>,
  maxItems: number,
): Promise<T[]> {
  const items: T[] = [];
  const perPage = Math.min(100, Math.max(1, maxItems));
  for await (const page of client.octokit.paginate.iterator(route, { ...params, per_page: perPage })) {
    const data = page.data as unknown;
    if (!Array.isArray(data)) break;
    for (const item of data) {
      items.push(item as T);
      if (items.length >= maxItems) return items;
    }
  }
  return items;
}
