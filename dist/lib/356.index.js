export const id = 356;
export const ids = [356];
export const modules = {

/***/ 9356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkRunAnnotations: () => (/* binding */ checkRunAnnotations),
/* harmony export */   checkRunTarget: () => (/* binding */ checkRunTarget),
/* harmony export */   publishCheckRun: () => (/* binding */ publishCheckRun)
/* harmony export */ });
/* unused harmony export CHECK_RUN_BATCH */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
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
/** Creates the check run with every file annotation; returns its URL, or why it could not. */
async function publishCheckRun(target, report, verdict, summary, annotations) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(target.token, { baseUrl: target.apiUrl, request: { retries: 0 } });
    const output = (batch) => ({
        title: `${report.check}: ${report.findings.length} findings`,
        summary: summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT)}\n\n…(cut)` : summary,
        annotations: [...batch],
    });
    try {
        const created = await octokit.rest.checks.create({
            owner: target.owner,
            repo: target.repo,
            name: `launch-ready ${report.check}`,
            head_sha: target.headSha,
            status: 'completed',
            conclusion: verdict.passed ? 'success' : 'failure',
            output: output(annotations.slice(0, CHECK_RUN_BATCH)),
        });
        for (let start = CHECK_RUN_BATCH; start < annotations.length; start += CHECK_RUN_BATCH) {
            await octokit.rest.checks.update({
                owner: target.owner,
                repo: target.repo,
                check_run_id: created.data.id,
                output: output(annotations.slice(start, start + CHECK_RUN_BATCH)),
            });
        }
        return { url: created.data.html_url ?? undefined };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404) {
            return {
                error: 'the token cannot create check runs (give the job `checks: write`; a fork pull request never can)',
            };
        }
        return { error: `the GitHub API answered ${status ?? error.message}` };
    }
}


/***/ })

};
