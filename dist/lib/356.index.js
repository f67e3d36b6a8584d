export const id = 356;
export const ids = [356];
export const modules = {

/***/ 59356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRunAnnotations: () => (/* binding */ checkRunAnnotations),
/* harmony export */   checkRunTarget: () => (/* binding */ checkRunTarget),
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony exports CHECK_RUN_BATCH, MAX_BATCHES, PACE_MS, REQUEST_TIMEOUT_MS, BUDGET_MS */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _report_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1124);
// Workflow-command annotations stop at about 10 per level; a check run carries every one, in the batches of
// 50 the Checks API accepts. Needs `checks: write`; a read-only token (a fork's pull request) degrades to
// the summary, never to a crash.


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
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token, { baseUrl: target.apiUrl, request: { retries: 0 } });
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
    /** Each request gets its own time limit: a server that never answers costs timeoutMs, not the job's 6 hours. */
    const call = async (send) => {
        const signal = AbortSignal.timeout(timeoutMs);
        try {
            return await send(signal);
        }
        catch (error) {
            if (signal.aborted)
                throw new Error(`no answer within ${timeoutMs} ms`);
            throw error;
        }
    };
    let created;
    try {
        const response = await call((signal) => octokit.rest.checks.create({
            owner: target.owner,
            repo: target.repo,
            name: `launch-ready ${report.check}`,
            head_sha: target.headSha,
            status: 'completed',
            conclusion: verdict.passed ? 'success' : 'failure',
            output: output(sent.slice(0, CHECK_RUN_BATCH)),
            request: { signal },
        }));
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
            await call((signal) => octokit.rest.checks.update({
                owner: target.owner,
                repo: target.repo,
                check_run_id: created.id,
                output: output(sent.slice(start, start + CHECK_RUN_BATCH)),
                request: { signal },
            }));
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
    const status = error.status;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (status === undefined)
        return message;
    const retryAfter = error.response?.headers?.['retry-after'];
    const limit = status === 429 || retryAfter !== undefined ? ' (rate limited)' : '';
    return `the GitHub API answered ${status}${limit}: ${message}`;
}
function sleep(ms) {
    return ms <= 0 ? Promise.resolve() : new Promise((done) => setTimeout(done, ms));
}


/***/ })

};
