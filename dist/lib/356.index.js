export const id = 356;
export const ids = [356,317];
export const modules = {

/***/ 59356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRunAnnotations: () => (/* binding */ checkRunAnnotations),
/* harmony export */   checkRunTarget: () => (/* binding */ checkRunTarget),
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony exports CHECK_RUN_BATCH, MAX_BATCHES, PACE_MS, REQUEST_TIMEOUT_MS, BUDGET_MS */
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1124);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16317);


const CHECK_RUN_BATCH = 50;
/** The Checks API rejects an output summary over 65535 characters. */
const SUMMARY_LIMIT = 60_000;
const LEVEL = {
    blocker: 'failure',
    high: 'failure',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
function checkRunAnnotations(findings) {
    return (0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings).flatMap((f) => {
        const location = f.location;
        if (!(0,_report_model_js__WEBPACK_IMPORTED_MODULE_1__/* .isFileLocation */ .Cq)(location))
            return [];
        return [
            {
                path: location.file,
                start_line: location.line,
                end_line: location.endLine ?? location.line,
                annotation_level: LEVEL[f.severity],
                title: `${f.severity}: ${f.title}`,
                message: f.remediation ? `${f.message}\nFix: ${f.remediation}` : f.message,
            },
        ];
    });
}
/** Where the run's token and event say a check run can go; undefined when they do not. */
function checkRunTarget(env, token, payload) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const pullRequest = payload?.pull_request;
    const headSha = pullRequest?.head?.sha ?? env.GITHUB_SHA;
    if (!token || !owner || !repo || !headSha)
        return undefined;
    return { token, owner, repo, headSha, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com' };
}
/**
 * GitHub allows about 80 content-creating requests a minute (its secondary rate limit): 30,000 findings made
 * 600 back-to-back requests. The most severe MAX_BATCHES × 50 are sent, one request a second at most.
 */
const MAX_BATCHES = 20;
const PACE_MS = 1000;
const REQUEST_TIMEOUT_MS = 15_000;
const BUDGET_MS = 60_000;
/**
 * Creates the check run with the file annotations (the most severe first, capped), then adds the rest in
 * paced updates. Returns its URL and how many annotations it carries; a failure is a reason, never a throw.
 */
async function publishCheckRun(target, report, verdict, summary, annotations, options = {}) {
    const maxBatches = Math.max(1, options.maxBatches ?? MAX_BATCHES);
    const paceMs = options.paceMs ?? PACE_MS;
    const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
    const deadline = Date.now() + (options.budgetMs ?? BUDGET_MS);
    const sent = annotations.slice(0, maxBatches * CHECK_RUN_BATCH);
    const capped = annotations.length - sent.length;
    // The shared client: a deadline on each request, GitHub's rate limits waited out within the budget; a write that
    // may have landed is never sent twice.
    const { octokit } = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .LX)({
        token: target.token,
        apiUrl: target.apiUrl,
        timeoutMs,
        rateLimitWaitMs: options.budgetMs ?? BUDGET_MS,
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const capNote = capped > 0
        ? `\n\n${capped} of ${annotations.length} annotations are not on this check run (at most ${sent.length}, the most severe, are sent): the job summary and the JSON report list every finding.`
        : '';
    const body = summary.length + capNote.length > SUMMARY_LIMIT
        ? `${summary.slice(0, SUMMARY_LIMIT - capNote.length)}\n\n…(cut)`
        : summary;
    const output = (batch) => ({
        title: `${report.check}: ${report.findings.length} findings`,
        summary: `${body}${capNote}`,
        annotations: [...batch],
    });
    let created;
    try {
        const response = await octokit.rest.checks.create({
            owner: target.owner,
            repo: target.repo,
            name: `launch-ready ${report.check}`,
            head_sha: target.headSha,
            status: 'completed',
            conclusion: verdict.passed ? 'success' : 'failure',
            output: output(sent.slice(0, CHECK_RUN_BATCH)),
        });
        created = { id: response.data.id, url: response.data.html_url ?? undefined };
    }
    catch (error) {
        return { error: createError(error), annotated: 0, omitted: annotations.length };
    }
    let annotated = Math.min(CHECK_RUN_BATCH, sent.length);
    for (let start = CHECK_RUN_BATCH; start < sent.length; start += CHECK_RUN_BATCH) {
        if (Date.now() + paceMs > deadline) {
            return partial(created.url, annotated, annotations.length, `the ${Math.round((options.budgetMs ?? BUDGET_MS) / 1000)} s allowed for it ran out`);
        }
        await sleep(paceMs);
        try {
            await octokit.rest.checks.update({
                owner: target.owner,
                repo: target.repo,
                check_run_id: created.id,
                output: output(sent.slice(start, start + CHECK_RUN_BATCH)),
            });
        }
        catch (error) {
            return partial(created.url, annotated, annotations.length, `adding more failed: ${describeError(error)}`);
        }
        annotated += Math.min(CHECK_RUN_BATCH, sent.length - start);
    }
    const result = { url: created.url, annotated, omitted: capped };
    if (capped > 0) {
        result.error = `the check run carries the ${annotated} most severe of ${annotations.length} annotations (at most ${maxBatches} requests of ${CHECK_RUN_BATCH}, paced for GitHub's rate limit)`;
    }
    return result;
}
function partial(url, annotated, total, why) {
    return {
        url,
        annotated,
        omitted: total - annotated,
        error: `${url ? `the check run ${url}` : 'the check run'} was created with ${annotated} of ${total} annotations, then ${why}`,
    };
}
function createError(error) {
    const status = error.status;
    if (status === 403 || status === 404) {
        // Only the create tells about the token: a 403 later is a rate limit or a permission change, not this.
        return 'the token cannot create check runs (give the job `checks: write`; a fork pull request never can)';
    }
    return `creating the check run failed: ${describeError(error)}`;
}
function describeError(error) {
    // The client's errors name the call, the status and what GitHub said (never the token).
    if (error instanceof _client_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError)
        return error.message;
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
}
function sleep(ms) {
    return ms <= 0 ? Promise.resolve() : new Promise((done) => setTimeout(done, ms));
}


/***/ }),

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
