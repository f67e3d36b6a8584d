export const id = 952;
export const ids = [952,317];
export const modules = {

/***/ 16317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   K: () => (/* binding */ repoFromEnv),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   checkGitHubClient: () => (/* binding */ checkGitHubClient),
/* harmony export */   ow: () => (/* binding */ tokenFrom)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, apiUrlFrom */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _http_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85129);
/* harmony import */ var _rate_limit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26078);
// The one GitHub client: @actions/github's octokit with what every caller needs done once — the token and
// GITHUB_API_URL, a deadline on every call, rate limits waited out within a bound, transient failures of reads
// retried, every call recorded (method and path, never a header), and errors mapped to kinds a caller can act on
// (a 403 from a read-only token is `forbidden`, with the permission to grant).



const DEFAULT_API_URL = 'https://api.github.com';
/** A failed call, with a one-line message that never quotes the token. */
class GitHubApiError extends Error {
    name = 'GitHubApiError';
    kind;
    method;
    path;
    status;
    constructor(message, kind, method, path, status) {
        super(message);
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.status = status;
    }
}
const READ_METHODS = new Set(['GET', 'HEAD']);
/** owner/repo from GITHUB_REPOSITORY; undefined when it is not set or malformed. */
function repoFromEnv(env) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec((env.GITHUB_REPOSITORY ?? '').trim());
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The token a check uses: the action's github-token input when given, else GITHUB_TOKEN, else GH_TOKEN. */
function tokenFrom(env, input) {
    for (const candidate of [input, env.GITHUB_TOKEN, env.GH_TOKEN]) {
        if (candidate !== undefined && candidate.trim() !== '')
            return candidate.trim();
    }
    return undefined;
}
function apiUrlFrom(env) {
    return (env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || DEFAULT_API_URL;
}
/** A check's client: the token masked in all the run writes before the first call, the API URL from the environment. */
function checkGitHubClient(token, context, options = {}) {
    context.redactor.add(token);
    return createGitHubClient({ ...options, token, apiUrl: apiUrlFrom(context.env), log: context.log });
}
function createGitHubClient(options) {
    const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? 10_000;
    const maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    const waitBudget = options.rateLimitWaitMs ?? 60_000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const log = options.log ?? (() => { });
    const calls = [];
    // @actions/github's own retry is off: this client decides what is retried (never a write that may have landed).
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, { baseUrl: apiUrl, request: { retries: 0 } });
    let waitedMs = 0;
    octokit.hook.wrap('request', async (request, endpoint) => {
        const parsed = octokit.request.endpoint.parse(endpoint);
        const method = parsed.method.toUpperCase();
        const path = pathOf(parsed.url, apiUrl);
        if (options.readOnly && !READ_METHODS.has(method)) {
            calls.push({ method, path });
            throw new GitHubApiError(`refused ${method} ${path}: this run only reads (dry run)`, 'read-only', method, path);
        }
        for (let attempt = 1;; attempt += 1) {
            const signal = AbortSignal.timeout(timeoutMs);
            const call = { method, path };
            calls.push(call);
            try {
                // before-after-hook binds the options object to the inner request: it must be changed in place.
                endpoint.request = { ...endpoint.request, signal };
                const response = await request(endpoint);
                call.status = response.status;
                return response;
            }
            catch (error) {
                const status = statusOf(error, signal);
                call.status = status;
                const mapped = toApiError(error, signal, method, path, timeoutMs);
                const last = attempt >= maxAttempts;
                if (status === 429 || status === 403) {
                    const wait = (0,_rate_limit_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitWaitMs */ .J)(status, headersOf(error), messageOf(error));
                    if (wait === undefined)
                        throw mapped;
                    if (last || waitedMs + wait > waitBudget) {
                        throw new GitHubApiError(`GitHub's rate limit: ${method} ${path} was refused (HTTP ${status}) and asks for a ${Math.ceil(wait / 1000)} s wait, past the ${Math.round(waitBudget / 1000)} s this run may wait; run it again later`, 'rate-limited', method, path, status);
                    }
                    log(`GitHub rate limit on ${method} ${path}: waiting ${Math.ceil(wait / 1000)} s (attempt ${attempt})`);
                    waitedMs += wait;
                    await sleep(wait);
                    continue;
                }
                // A read that timed out or met a server hiccup is safe to repeat; a write might have landed, so it is not.
                const transient = mapped.kind === 'timeout' || mapped.kind === 'network' || mapped.kind === 'server';
                if (!transient || last || !READ_METHODS.has(method))
                    throw mapped;
                const pause = (0,_http_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffMs */ .jo)(attempt, 500, 4_000);
                log(`${mapped.message}; trying again in ${pause} ms (${attempt}/${maxAttempts - 1})`);
                await sleep(pause);
            }
        }
    });
    return { octokit, calls, apiUrl };
}
/** The path and query under the API root: what a report may show of a call. */
function pathOf(url, apiUrl) {
    const rest = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
    try {
        const parsed = new URL(rest, 'http://x');
        return `${parsed.pathname}${parsed.search}`;
    }
    catch {
        return rest;
    }
}
function statusOf(error, signal) {
    if (signal.aborted)
        return undefined;
    const status = error.status;
    const response = error.response;
    // octokit reports a failure to connect as status 500 with no response.
    return response === undefined ? undefined : status;
}
function headersOf(error) {
    return (error.response?.headers ?? {});
}
function messageOf(error) {
    const data = error.response?.data;
    if (data && typeof data === 'object' && 'message' in data)
        return String(data.message);
    return error instanceof Error ? error.message : String(error);
}
const HINTS = {
    unauthorized: 'the token is missing, expired or revoked',
    forbidden: 'the token lacks a permission this call needs (see the workflow’s `permissions:`)',
    'not-found': 'the repository, deployment or workflow does not exist, or the token cannot see it',
};
function toApiError(error, signal, method, path, timeoutMs) {
    if (signal.aborted) {
        return new GitHubApiError(`${method} ${path}: no answer within ${timeoutMs} ms`, 'timeout', method, path);
    }
    const status = statusOf(error, signal);
    if (status === undefined) {
        const cause = error.cause;
        const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
        return new GitHubApiError(`${method} ${path}: could not reach the GitHub API (${why})`, 'network', method, path);
    }
    const kind = status === 401
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
    const said = messageOf(error).split('\n')[0].slice(0, 200);
    const hint = HINTS[kind];
    return new GitHubApiError(`${method} ${path}: HTTP ${status} ${said}${hint ? ` (${hint})` : ''}`, kind, method, path, status);
}
/**
 * Every item of a list endpoint, newest pages first as GitHub returns them, up to `maxItems` (bounded: a run never
 * walks an unbounded history).
 */
async function listAll(client, route, params, maxItems) {
    const items = [];
    const perPage = Math.min(100, Math.max(1, maxItems));
    for await (const page of client.octokit.paginate.iterator(route, { ...params, per_page: perPage })) {
        const data = page.data;
        if (!Array.isArray(data))
            break;
        for (const item of data) {
            items.push(item);
            if (items.length >= maxItems)
                return items;
        }
    }
    return items;
}


/***/ }),

/***/ 69952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullRequestOf: () => (/* binding */ pullRequestOf),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export MAX_COMMENTS_READ */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16317);
// The sticky pull request comment: one per pull request and workflow, found by its hidden marker, created once
// and edited in place on every later run. A fork's pull request (read-only token) is skipped before any call,
// and a refused write is a warning for the caller to log: the comment never fails the step.

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request this run may comment on, or why not. On `pull_request` from a fork GitHub hands the job a
 * read-only token, so no write is tried; `pull_request_target` runs with the base repository's token.
 */
function pullRequestOf(env, event) {
    const name = event?.name ?? env.GITHUB_EVENT_NAME ?? '';
    if (!PR_EVENTS.has(name))
        return { skip: `this run is not for a pull request (event: ${name || 'none'})` };
    const pr = event?.payload.pull_request;
    const number = typeof pr?.number === 'number' ? pr.number : Number(event?.payload.number);
    if (!Number.isInteger(number) || number <= 0)
        return { skip: 'the event names no pull request number' };
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        return { skip: 'GITHUB_REPOSITORY is not set' };
    if (name === 'pull_request') {
        const head = pr?.head?.repo?.full_name;
        const base = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
        // A deleted fork has head.repo null: still not this repository.
        if (head !== base) {
            return { skip: 'this pull request comes from a fork, whose token is read-only', fork: true };
        }
    }
    return { target: { owner, repo, number } };
}
/** Comments read when looking for ours: a pull request with more is rare, and the search stays bounded. */
const MAX_COMMENTS_READ = 1_000;
/** The oldest comment that starts with the marker, one by a bot (ours) first. */
async function findMarked(client, target, marker) {
    const comments = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .listAll */ ._w)(client, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: target.owner, repo: target.repo, issue_number: target.number }, MAX_COMMENTS_READ);
    const marked = comments.filter((c) => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id);
    return [...marked.filter((c) => c.user?.type === 'Bot'), ...marked.filter((c) => c.user?.type !== 'Bot')];
}
/**
 * Creates the marked comment or edits the one there. `render` gets the earlier body (to say "passes now"). Two
 * runs racing on one pull request may both create: the later one then deletes its own and edits the oldest, so
 * one comment remains.
 */
async function upsertStickyComment(client, target, marker, render) {
    const params = { owner: target.owner, repo: target.repo };
    const [existing] = await findMarked(client, target, marker);
    if (existing) {
        const { data } = await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...params,
            comment_id: existing.id,
            body: render(existing.body),
        });
        return { action: 'updated', url: data.html_url, previousBody: existing.body };
    }
    const body = render(undefined);
    const { data: created } = await client.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...params,
        issue_number: target.number,
        body,
    });
    const [oldest] = await findMarked(client, target, marker);
    if (oldest && oldest.id !== created.id) {
        await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...params,
            comment_id: created.id,
        });
        const { data } = await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            ...params,
            comment_id: oldest.id,
            body: render(oldest.body),
        });
        return { action: 'updated', url: data.html_url, previousBody: oldest.body };
    }
    return { action: 'created', url: created.html_url };
}


/***/ }),

/***/ 26078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ rateLimitWaitMs)
/* harmony export */ });
/* unused harmony export SECONDARY_LIMIT_WAIT_MS */
// How long GitHub asks us to wait before the next call, from the answer that refused this one.
// GitHub's rules (docs: "Rate limits for the REST API"): honour `retry-after`; when `x-ratelimit-remaining` is 0,
// wait until `x-ratelimit-reset` (epoch seconds); a secondary limit with neither header means "wait a minute".
/** When GitHub says nothing about how long, it asks for at least one minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
function header(headers, name) {
    const value = headers[name] ?? headers[name.toLowerCase()];
    return value === undefined ? undefined : String(value).trim();
}
/**
 * Milliseconds to wait before trying again, or undefined when the answer is no rate limit (a 403 without rate-limit
 * headers or wording is a permission problem, and waiting would not help).
 */
function rateLimitWaitMs(status, headers, message, now = Date.now()) {
    if (status !== 429 && status !== 403)
        return undefined;
    const retryAfter = header(headers, 'retry-after');
    if (retryAfter !== undefined && retryAfter !== '') {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds))
            return Math.max(0, seconds * 1000);
        const date = Date.parse(retryAfter);
        if (Number.isFinite(date))
            return Math.max(0, date - now);
    }
    if (header(headers, 'x-ratelimit-remaining') === '0') {
        const reset = Number(header(headers, 'x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - now) + 1_000;
        return SECONDARY_LIMIT_WAIT_MS;
    }
    if (status === 429 || /rate limit/i.test(message))
        return SECONDARY_LIMIT_WAIT_MS;
    return undefined;
}


/***/ }),

/***/ 85129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   ky: () => (/* binding */ isIdempotent)
/* harmony export */ });
const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
function isIdempotent(method) {
    return IDEMPOTENT.has(method.toUpperCase());
}
/**
 * Connection trouble and a gateway/unavailable answer are often a deploy in progress; the rest is not. A
 * response that is not HTTP, has oversized headers or a body too large is the server's doing (kind http):
 * asking again gets the same answer, so only the status itself (HTTP_502/503/504) is retried.
 */
function isTransient(failure, status) {
    if (failure === undefined)
        return false;
    if (failure.kind === 'connect')
        return true;
    if (failure.kind === 'dns')
        return failure.code === 'EAI_AGAIN';
    return (failure.kind === 'http' &&
        status !== undefined &&
        RETRYABLE_STATUSES.has(status) &&
        failure.code === `HTTP_${status}`);
}
/** 250, 500, 1000, 2000, 2000… ms for attempts 1, 2, 3… */
function backoffMs(attempt, baseMs = 250, maxMs = 2_000) {
    return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}


/***/ })

};
