export const id = 627;
export const ids = [627,682];
export const modules = {

/***/ 58682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xc: () => (/* binding */ actionRedactor),
  bn: () => (/* binding */ checkStep),
  Jf: () => (/* binding */ failingWith),
  Uj: () => (/* binding */ reportsFolder),
  runAction: () => (/* binding */ runAction),
  UH: () => (/* binding */ setupAction),
  lg: () => (/* binding */ writeSarif)
});

// UNUSED EXPORTS: printUntrusted

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./shared/config/load.ts
var load = __webpack_require__(45481);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
;// CONCATENATED MODULE: ./shared/report/annotations.ts
// Workflow-command annotations: GitHub shows only about 10 errors and 10 warnings per step,
// so the most severe are chosen and the rest are counted for the summary.


const ANNOTATIONS_PER_LEVEL = 10;
const LEVEL = {
    blocker: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
    info: 'notice',
};
function selectAnnotations(findings) {
    const perLevel = { error: 0, warning: 0, notice: 0 };
    const shown = [];
    let hidden = 0;
    for (const f of (0,model/* sortFindings */.Tc)(findings)) {
        const level = LEVEL[f.severity];
        if (perLevel[level] >= ANNOTATIONS_PER_LEVEL) {
            hidden += 1;
            continue;
        }
        perLevel[level] += 1;
        shown.push(toAnnotation(f, level));
    }
    return { shown, hidden };
}
/**
 * @actions/core escapes `%`, CR and LF in the message and also `:` and `,` in properties, so no text can end the
 * command early; plainText keeps escape sequences out of the log line the runner prints for each annotation.
 * The file stays as it is: it has to match the path in the repository.
 */
function toAnnotation(f, level) {
    const location = f.location;
    const fix = f.remediation ? ` Fix: ${(0,report_escape/* plainText */.wh)(f.remediation)}` : '';
    if ((0,model/* isFileLocation */.Cq)(location)) {
        return {
            level,
            message: `${(0,report_escape/* plainText */.wh)(f.message)}${fix}`,
            properties: {
                title: `${f.severity}: ${(0,report_escape/* plainText */.wh)(f.title)}`,
                file: location.file,
                startLine: location.line,
                ...(location.column ? { startColumn: location.column } : {}),
                ...(location.endLine ? { endLine: location.endLine } : {}),
            },
        };
    }
    const where = location ? ` (${(0,report_escape/* plainText */.wh)(location.url)})` : '';
    return {
        level,
        message: `${(0,report_escape/* plainText */.wh)(f.message)}${where}${fix}`,
        properties: { title: `${f.severity}: ${(0,report_escape/* plainText */.wh)(f.title)}` },
    };
}
function annotationNote(hidden, checkRun) {
    if (hidden === 0)
        return undefined;
    let where = 'they are all in this table and in the JSON report';
    if (checkRun && checkRun.omitted === 0) {
        where = `every one is annotated on the check run ${checkRun.url}, and all are in this table and the JSON report`;
    }
    else if (checkRun) {
        where = `the most severe are annotated on the check run ${checkRun.url} (${checkRun.omitted} are not), and all are in this table and the JSON report`;
    }
    return `${hidden} more findings are not shown as step annotations (GitHub shows about ${ANNOTATIONS_PER_LEVEL} per level and step): ${where}.`;
}

// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/json.ts
var json = __webpack_require__(37355);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var report_markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/redact.ts
var redact = __webpack_require__(35500);
// EXTERNAL MODULE: ./shared/report/sarif.ts
var sarif = __webpack_require__(30160);
// EXTERNAL MODULE: ./shared/report/text.ts
var report_text = __webpack_require__(37502);
// EXTERNAL MODULE: ./shared/report/workflow-commands.ts
var workflow_commands = __webpack_require__(98327);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
// EXTERNAL MODULE: ./shared/run/event.ts
var run_event = __webpack_require__(81976);
// EXTERNAL MODULE: ./shared/run/pipeline.ts + 1 modules
var pipeline = __webpack_require__(75326);
;// CONCATENATED MODULE: ./shared/run/action.ts
// The action side of the pipeline: inputs -> check -> summary, annotations, outputs, files -> gate.


















/** A secret is masked in the log the moment we learn of it, before anything can print it. */
function actionRedactor() {
    // The runner masks a multi-line value (a PEM key) only line by line, so each line is registered.
    return new redact/* Redactor */.pO((value) => {
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= redact/* MIN_SECRET_LENGTH */.vb)
                core/* setSecret */.Pq(line.trim());
    });
}
async function setupAction(redactor, allSections) {
    const input = (name) => core/* getInput */.V4(name);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const workingDirectory = input('working-directory') || '.';
    const cwd = (0,external_node_path_.resolve)(workspace, workingDirectory);
    (0,pipeline/* assertFolder */.Zp)(cwd, workingDirectory, "input 'working-directory'");
    const failOn = (0,pipeline/* parseFailOn */.XV)(input('fail-on'), "input 'fail-on'");
    // The runner always sends the input's default: the default file name is not a file the user asked for.
    const configInput = input('config');
    const config = allSections.length === 0
        ? { path: load/* DEFAULT_CONFIG_FILE */.Cu, sections: {} }
        : await (0,pipeline/* readConfig */.Xg)(cwd, configInput === load/* DEFAULT_CONFIG_FILE */.Cu ? undefined : configInput || undefined, allSections);
    const context = {
        cwd,
        env: process.env,
        redactor,
        event: (0,run_event/* readEvent */.j)(process.env),
        source: 'action',
        log: (line) => printUntrusted((0,report_escape/* plainText */.wh)(redactor.scrub(line))),
        githubToken: input('github-token') || undefined,
    };
    redactor.add(context.githubToken);
    return { redactor, input, workspace, cwd, failOn, config, context };
}
/** Runs one check: its annotations, its check run when they overflow, its JSON report and its log group. */
async function checkStep(definition, setup) {
    const { redactor, input, workspace, config, failOn, context } = setup;
    const params = Object.fromEntries(definition.params.map((p) => [p.name, input(p.name)]));
    // Annotations, SARIF and reports name files from the repository root, whatever the working-directory.
    const outcome = await (0,pipeline/* runCheck */.k_)(definition, config, params, failOn, context, { pathsRelativeTo: workspace });
    const { report, verdict, tables } = outcome;
    const { shown, hidden } = selectAnnotations(report.findings);
    const annotate = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
    for (const a of shown)
        annotate[a.level](redactor.scrub(a.message), redactor.scrubDeep(a.properties));
    let checkRun;
    if (hidden > 0)
        checkRun = await publishAllAnnotations(input('github-token'), context, outcome);
    const reportPath = (0,external_node_path_.join)(reportsFolder(), `${definition.name}.json`);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(reportPath), { recursive: true });
    await (0,promises_.writeFile)(reportPath, redactor.scrub((0,json/* renderJson */.h)(report, verdict)));
    core/* startGroup */.Oh(`${definition.name} report`);
    printUntrusted(redactor.scrub((0,report_text/* renderText */.S)(report, { verdict, tables })));
    core/* endGroup */.N4();
    return { outcome, reportPath, annotationNote: annotationNote(hidden, checkRun) };
}
/** RUNNER_TEMP/launch-ready: every action's JSON report, and where the report action looks by default. */
function reportsFolder() {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'launch-ready');
}
async function runAction(definition, allSections) {
    const redactor = actionRedactor();
    await failingWith(definition.name, redactor, async () => {
        const setup = await setupAction(redactor, allSections);
        const { cwd, config, workspace, input } = setup;
        const { outcome, reportPath, annotationNote: note } = await checkStep(definition, setup);
        const { report, verdict, tables } = outcome;
        const sarifFile = input('sarif-file');
        if (sarifFile) {
            const paths = (0,pipeline/* sarifPaths */.iZ)(cwd, config, process.env, workspace);
            await writeSarif((0,external_node_path_.resolve)(cwd, sarifFile), redactor.scrub((0,sarif/* renderSarif */.WH)([report], version/* VERSION */.x, paths)));
        }
        if (process.env.GITHUB_STEP_SUMMARY) {
            const markdown = (0,report_markdown/* renderMarkdown */.Gc)(report, { verdict, tables, annotationNote: note });
            await core/* summary */.z.addRaw(redactor.scrub(markdown), true).write();
        }
        core/* setOutput */.uH('passed', String(verdict.passed));
        core/* setOutput */.uH('findings', String(report.findings.length));
        core/* setOutput */.uH('report', reportPath);
        for (const [name, value] of Object.entries(definition.outputs?.(report) ?? {})) {
            core/* setOutput */.uH(name, redactor.scrub(value));
        }
        const line = (0,describe/* headline */.Pl)(report, verdict);
        if (verdict.passed)
            core/* info */.pq(line);
        else
            core/* setFailed */.C1(line);
    });
}
async function writeSarif(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
    core/* setOutput */.uH('sarif', path);
}
/** The step fails with one line: a usage error as it is, anything else as an internal error (stack in debug). */
async function failingWith(name, redactor, body) {
    try {
        await body();
    }
    catch (error) {
        if (error instanceof errors/* UsageError */.e) {
            core/* setFailed */.C1(redactor.scrub(error.message));
            return;
        }
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        if (error instanceof Error && error.stack)
            core/* debug */.Yz(redactor.scrub(error.stack));
        core/* setFailed */.C1(redactor.scrub(`launch-ready ${name}: internal error: ${message}`));
    }
}

/**
 * The file annotations on a check run, when the token may write one: the run's URL and what it lacks, or
 * undefined. Anything short of every annotation is a warning: the step goes on, the summary says where they are.
 */
async function publishAllAnnotations(token, context, outcome) {
    context.redactor.add(token);
    const { checkRunTarget, checkRunAnnotations, publishCheckRun } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(356)]).then(__webpack_require__.bind(__webpack_require__, 59356));
    const target = checkRunTarget(process.env, token, context.event?.payload);
    if (!target)
        return undefined;
    const { report, verdict } = outcome;
    const annotations = context.redactor.scrubDeep(checkRunAnnotations(report.findings));
    // The check run's summary is rendered as markdown on GitHub.
    const summary = (0,report_escape/* escapeMarkdown */.FV)(context.redactor.scrub(report.summary));
    const result = await publishCheckRun(target, report, verdict, summary, annotations);
    if (result.error)
        core/* warning */.$e(context.redactor.scrub(`launch-ready: not every annotation is on a check run: ${result.error}`));
    return result.url === undefined ? undefined : { url: result.url, omitted: result.omitted };
}
/** Text we did not write (file names, responses) in the log, with the runner's command processing off. */
function printUntrusted(text) {
    core/* info */.pq((0,workflow_commands/* withoutCommands */.D)(text).replace(/\n$/, ''));
}


/***/ }),

/***/ 81976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readEvent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The GitHub event a step runs for: GITHUB_EVENT_NAME and the payload the runner wrote to GITHUB_EVENT_PATH.

/** Undefined outside GitHub Actions; an unreadable payload reads as empty (the event name still counts). */
function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME;
    if (!name)
        return undefined;
    const path = env.GITHUB_EVENT_PATH;
    try {
        const payload = path ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8')) : {};
        return {
            name,
            payload: payload !== null && typeof payload === 'object' ? payload : {},
        };
    }
    catch {
        return { name, payload: {} };
    }
}


/***/ }),

/***/ 73080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p8: () => (/* binding */ COMMENT_MODES),
  C1: () => (/* binding */ mergeReports),
  wd: () => (/* binding */ mergedMarkdown),
  su: () => (/* binding */ mergedSarif),
  Ox: () => (/* binding */ parseCommentMode),
  It: () => (/* binding */ publishComment)
});

// UNUSED EXPORTS: runUrlOf

// EXTERNAL MODULE: ./shared/checks/registry.ts + 18 modules
var registry = __webpack_require__(4097);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
;// CONCATENATED MODULE: ./shared/report/merge.ts

/** One report per check, in the order the checks first appear. */
function combineReports(reports) {
    const byCheck = new Map();
    for (const report of reports) {
        const group = byCheck.get(report.check);
        if (group)
            group.push(report);
        else
            byCheck.set(report.check, [report]);
    }
    return [...byCheck.values()].map((group) => (group.length === 1 ? group[0] : combine(group)));
}
function combine(group) {
    const seen = new Set();
    const findings = [];
    for (const finding of group.flatMap((r) => r.findings)) {
        const key = JSON.stringify([finding.ruleId, finding.fingerprint, finding.location ?? null]);
        if (seen.has(key))
            continue;
        seen.add(key);
        findings.push(finding);
    }
    const summaries = [...new Set(group.map((r) => r.summary))];
    // Details are check-specific (steps, scanned commits): parts of one run cannot be added up blindly.
    return {
        check: group[0].check,
        ok: group.every((r) => r.ok),
        summary: `${group.length} reports: ${summaries.join('; ')}`,
        findings,
    };
}
/** The gate over one report. */
function verdictOf(report, failOn) {
    const failing = (0,model/* gateFailures */.XN)(report.findings, failOn).length;
    return { passed: failing === 0, failOn, failing };
}
/** Every finding of every report under one name: what the merged headline counts. */
function overallReport(reports) {
    return {
        check: 'launch-ready',
        ok: reports.every((r) => r.ok),
        summary: `${reports.length} ${reports.length === 1 ? 'check' : 'checks'}: ${reports.map((r) => r.check).join(', ')}`,
        findings: reports.flatMap((r) => r.findings),
    };
}

// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/report/pr-comment.ts
// The sticky pull request comment: what a reviewer reads first. A headline per check, the blockers and highs
// with their locations, a link to the run, every report folded below. Text from reports (titles, file names,
// summaries) is untrusted: a pull request names its own files, so all of it is escaped.




/** GitHub refuses a comment body over 65,536 characters; the margin covers the cut note. */
const COMMENT_LIMIT = 65_536;
const MARGIN = 1_000;
/** Blockers and highs listed by name in the comment (the rest are in the folded details). */
const LISTED = 50;
/** The hidden line that finds this workflow's comment on the pull request. */
function commentMarker(workflow) {
    // Only characters that cannot end an HTML comment or make another marker match.
    const name = workflow
        .replace(/[^\w ./-]/g, '_')
        .replace(/-{2,}/g, '-')
        .trim() || 'launch-ready';
    return `<!-- launch-ready:${name} -->`;
}
const STATE = /<!-- launch-ready-state: (failed|fixed|passed) -->/;
/** The state an earlier run left in its comment, if any. */
function stateOf(body) {
    return STATE.exec(body ?? '')?.[1] ?? undefined;
}
function nextState(passed, previous) {
    if (!passed)
        return 'failed';
    return previous === 'failed' || previous === 'fixed' ? 'fixed' : 'passed';
}
function renderComment(input) {
    const limit = (input.limit ?? COMMENT_LIMIT) - MARGIN;
    const { overall, sections } = input;
    const state = nextState(overall.verdict.passed, input.previous);
    const head = [
        input.marker,
        `<!-- launch-ready-state: ${state} -->`,
        `## ${overall.verdict.passed ? '✅' : '❌'} ${(0,report_escape/* escapeOneLine */.Q7)((0,describe/* headline */.Pl)(overall.report, overall.verdict))}`,
        '',
    ];
    if (state === 'fixed') {
        head.push('✅ **Everything passes now.** An earlier run on this pull request failed; this comment follows the latest run.', '');
    }
    head.push('| Check | Result |', '|---|---|');
    for (const { report, verdict } of sections) {
        head.push(`| ${verdict.passed ? '✅' : '❌'} ${(0,report_escape/* tableCell */.xR)(report.check)} | ${(0,report_escape/* tableCell */.xR)((0,describe/* headline */.Pl)(report, verdict))} |`);
    }
    head.push('');
    const serious = (0,model/* sortFindings */.Tc)(sections.flatMap((s) => s.report.findings)).filter((f) => f.severity === 'blocker' || f.severity === 'high');
    const body = [];
    if (serious.length > 0) {
        body.push('### Blockers and high', '');
        for (const f of serious.slice(0, LISTED)) {
            const where = (0,describe/* describeLocation */.lR)(f);
            body.push(`- ${f.severity === 'blocker' ? '🛑' : '🔴'} **${f.severity}** ${(0,report_escape/* escapeOneLine */.Q7)(f.title)}${where ? ` — ${codeSpan(where)}` : ''} (${codeSpan(f.ruleId)}, ${(0,report_escape/* escapeOneLine */.Q7)(f.check)})`);
        }
        if (serious.length > LISTED)
            body.push(`- … and ${serious.length - LISTED} more: see the details below.`);
        body.push('');
    }
    const runLink = input.runUrl ? `[the workflow run](${input.runUrl})` : 'the workflow run';
    const detailShare = Math.floor(limit / 2 / Math.max(1, sections.length));
    for (const { report, verdict, tables } of sections) {
        body.push(`<details><summary>${verdict.passed ? '✅' : '❌'} ${(0,report_escape/* escapeHtml */.ZD)(report.check.replace(/[\r\n]+/g, ' '))}: details</summary>`, '', ...(0,markdown/* renderMarkdown */.Gc)(report, { verdict, tables, limitBytes: detailShare, cutNote: (n) => cutNote(runLink, n) })
            .replace(/^## /, '#### ')
            .split('\n'), '', '</details>', '');
    }
    const foot = [
        `<sub>Full reports: the job summary of ${runLink}. launch-ready ${(0,report_escape/* escapeOneLine */.Q7)(input.version)}.</sub>`,
    ];
    return fitComment(head, body, foot, limit, runLink);
}
function cutNote(runLink, lines) {
    const what = lines === undefined ? 'Cut' : `… ${lines} more lines cut`;
    return `_${what} to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: the job summary of ${runLink} has every finding._`;
}
/** Whole lines cut from the end of `body` (never the head or the foot) until it fits, with a note saying so. */
function fitComment(head, body, foot, limit, runLink) {
    const all = [...head, ...body, ...foot].join('\n');
    if (all.length <= limit)
        return all;
    const kept = [];
    let size = [...head, ...foot].join('\n').length + 300;
    // A cut inside <details> would leave it open and swallow the rest: cut at a section boundary.
    for (const line of body) {
        if (size + line.length + 1 > limit)
            break;
        kept.push(line);
        size += line.length + 1;
    }
    const open = kept.filter((l) => l.startsWith('<details>')).length - kept.filter((l) => l === '</details>').length;
    for (let i = 0; i < open; i++)
        kept.push('', '</details>');
    return [...head, ...kept, '', cutNote(runLink), '', ...foot].join('\n');
}
/** Text shown as code outside a table: inside a code span escapes are literal, so only what would end it changes. */
function codeSpan(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

// EXTERNAL MODULE: ./shared/report/sarif.ts
var sarif = __webpack_require__(30160);
// EXTERNAL MODULE: ./shared/version.ts
var version = __webpack_require__(84402);
;// CONCATENATED MODULE: ./shared/run/merged.ts







function mergeReports(reports, failOn, tables = tablesOf) {
    const sections = combineReports(reports).map((report) => ({ report, verdict: verdictOf(report, failOn), tables: tables(report) }));
    const all = overallReport(sections.map((s) => s.report));
    return { overall: { report: all, verdict: verdictOf(all, failOn) }, sections };
}
/** The check's own tables (smoke-test steps…), rebuilt from the report's details; none if they do not fit. */
function tablesOf(report) {
    try {
        return (0,registry/* findCheck */.S)(report.check)?.present?.(report) ?? [];
    }
    catch {
        // Details from a file are not guaranteed to have the shape the check wrote: the findings still show.
        return [];
    }
}
function mergedMarkdown(merged) {
    return (0,markdown/* renderMergedMarkdown */.Az)(merged.overall, merged.sections);
}
function mergedSarif(merged, options) {
    return (0,sarif/* renderSarif */.WH)(merged.sections.map((s) => s.report), version/* VERSION */.x, options);
}
const COMMENT_MODES = ['auto', 'always', 'never'];
function parseCommentMode(value, label) {
    const v = (value ?? '').trim().toLowerCase() || 'auto';
    if (COMMENT_MODES.includes(v))
        return v;
    throw new errors/* UsageError */.e(`${label} expects one of ${COMMENT_MODES.join(', ')}, got '${value}'`);
}
/**
 * Writes or edits the sticky comment when the mode and the event call for one. Never throws for GitHub's sake:
 * a fork's read-only token, a 403 or any other refusal is one warning, and the job summary still has it all.
 * Returns the comment's URL when one was written.
 */
async function publishComment(merged, run) {
    if (run.mode === 'never')
        return undefined;
    const { pullRequestOf, upsertStickyComment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(952)]).then(__webpack_require__.bind(__webpack_require__, 69952));
    const place = pullRequestOf(run.env, run.event);
    const skip = (why, warn) => {
        const line = `launch-ready: no pull request comment: ${why}; the job summary has the report.`;
        if (warn)
            run.warn(line);
        else
            run.info(line);
        return undefined;
    };
    if ('skip' in place) {
        // auto on a push or a schedule: nothing to comment on, and nothing worth a log line.
        if (run.mode === 'auto' && place.fork !== true)
            return undefined;
        return skip(place.skip, true);
    }
    const token = run.token?.trim();
    if (!token)
        return skip('no token (give the github-token input or GITHUB_TOKEN)', true);
    const { checkGitHubClient, GitHubApiError } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(317)]).then(__webpack_require__.bind(__webpack_require__, 16317));
    const client = checkGitHubClient(token, { env: run.env, redactor: run.redactor, log: run.info });
    const marker = commentMarker(run.env.GITHUB_WORKFLOW ?? 'launch-ready');
    const runUrl = runUrlOf(run.env);
    try {
        const result = await upsertStickyComment(client, place.target, marker, (previousBody) => run.redactor.scrub(renderComment({
            marker,
            overall: merged.overall,
            sections: merged.sections,
            runUrl,
            previous: stateOf(previousBody),
            version: version/* VERSION */.x,
        })));
        run.info(`launch-ready: pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
        return result.url;
    }
    catch (error) {
        if (!(error instanceof GitHubApiError))
            throw error;
        const why = error.kind === 'forbidden'
            ? `the token may not write it (${error.message}); give the job \`permissions: pull-requests: write\``
            : error.message;
        return skip(run.redactor.scrub(why), true);
    }
}
/** GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID, when all three are known. */
function runUrlOf(env) {
    const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    if (!/^https?:\/\/[^\s)]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) {
        return undefined;
    }
    return `${server}/${repository}/actions/runs/${runId}`;
}


/***/ }),

/***/ 30627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runReportAction: () => (/* binding */ runReportAction),
/* harmony export */   runRootAction: () => (/* binding */ runRootAction)
/* harmony export */ });
/* unused harmony export chooseChecks */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96421);
/* harmony import */ var _cli_output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10638);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(32635);
/* harmony import */ var _report_describe_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(40432);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46682);
/* harmony import */ var _action_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(58682);
/* harmony import */ var _merged_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73080);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75326);
/* harmony import */ var _report_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(64054);
// The two actions that end in one merged report: `report` (merges the JSON reports earlier steps or a matrix's
// jobs wrote) and the root action (runs several checks in one step, then merges their reports). Both hand the
// merged report to the same writers: one job summary, one SARIF file, the sticky comment, one gate.












/** `reports` input: files or folders, one per line or comma-separated. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
async function runReportAction() {
    const redactor = (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .actionRedactor */ .Xc)();
    await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .failingWith */ .Jf)('report', redactor, async () => {
        const setup = await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .setupAction */ .UH)(redactor, []);
        const comment = (0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommentMode */ .Ox)(setup.input('comment'), "input 'comment'");
        const sources = splitList(setup.input('reports'));
        const loaded = await (0,_report_files_js__WEBPACK_IMPORTED_MODULE_9__/* .loadReports */ .yc)(sources.length > 0 ? sources : [(0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .reportsFolder */ .Uj)()], setup.cwd);
        await publishMerged(setup, loaded.map((l) => l.report), comment);
    });
}
/** The checks named in the root action's `checks` input; empty: every check that runs with no configuration. */
function chooseChecks(value, checks) {
    const names = splitList(value);
    if (names.length === 0)
        return checks.filter((c) => c.zeroConfig);
    return [...new Set(names)].map((name) => {
        const check = checks.find((c) => c.name === name);
        if (!check) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .e(`input 'checks': no check named '${name}': expected ${checks.map((c) => c.name).join(', ')}`);
        }
        return check;
    });
}
async function runRootAction(checks, allSections) {
    const redactor = (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .actionRedactor */ .Xc)();
    await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .failingWith */ .Jf)('launch-ready', redactor, async () => {
        const setup = await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .setupAction */ .UH)(redactor, allSections);
        const comment = (0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCommentMode */ .Ox)(setup.input('comment'), "input 'comment'");
        const chosen = chooseChecks(setup.input('checks'), checks);
        const reports = [];
        const problems = [];
        for (const check of chosen) {
            try {
                reports.push((await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .checkStep */ .bn)(check, setup)).outcome.report);
            }
            catch (error) {
                // One check's configuration mistake does not hide the others' reports; the step fails with it below.
                if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_10__/* .UsageError */ .e))
                    throw error;
                problems.push(`${check.name}: ${error.message}`);
            }
        }
        await publishMerged(setup, reports, comment, problems);
    });
}
/** Where the merged JSON goes: beside, not inside, the folder the report action reads by default. */
function mergedReportPath() {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'launch-ready-report', 'report.json');
}
async function publishMerged(setup, reports, comment, problems = []) {
    const { redactor, input, cwd, config, workspace, failOn } = setup;
    const merged = (0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergeReports */ .C1)(reports, failOn);
    const sarifFile = input('sarif-file');
    if (sarifFile) {
        const paths = (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .sarifPaths */ .iZ)(cwd, config, process.env, workspace);
        await (0,_action_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSarif */ .lg)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, sarifFile), redactor.scrub((0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergedSarif */ .su)(merged, paths)));
    }
    const reportPath = mergedReportPath();
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(reportPath), { recursive: true });
    const outcomes = merged.sections.map((s) => ({ ...s, tables: s.tables ?? [] }));
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(reportPath, redactor.scrub((0,_cli_output_js__WEBPACK_IMPORTED_MODULE_4__/* .render */ .X)(outcomes, 'json', false)));
    if (process.env.GITHUB_STEP_SUMMARY) {
        await _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .summary */ .z.addRaw(redactor.scrub((0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .mergedMarkdown */ .wd)(merged)), true).write();
    }
    const url = await (0,_merged_js__WEBPACK_IMPORTED_MODULE_7__/* .publishComment */ .It)(merged, {
        mode: comment,
        env: process.env,
        event: setup.context.event,
        token: input('github-token'),
        redactor,
        info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(redactor.scrub((0,_report_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .plainText */ .wh)(line))),
        warn: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(redactor.scrub(line)),
    });
    const { report, verdict } = merged.overall;
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('passed', String(verdict.passed && problems.length === 0));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('findings', String(report.findings.length));
    _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('report', reportPath);
    if (url)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH('comment-url', url);
    const line = (0,_report_describe_js__WEBPACK_IMPORTED_MODULE_11__/* .headline */ .Pl)(report, verdict);
    if (problems.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(redactor.scrub(problems.join('; ')));
    else if (verdict.passed)
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(line);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_3__/* .setFailed */ .C1(line);
}


/***/ }),

/***/ 64054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yc: () => (/* binding */ loadReports)
/* harmony export */ });
/* unused harmony exports MAX_REPORT_BYTES, MAX_REPORT_FILES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32635);
/* harmony import */ var _fs_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3746);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37355);
// The JSON reports `launch-ready report` merges: files named one by one, or every *.json under a folder (the
// RUNNER_TEMP/launch-ready folder every action writes to, or what actions/download-artifact unpacked from a
// matrix). A downloaded artifact is untrusted input: each file is read with the size cap and checks of
// shared/fs/read.ts, and anything that is not a report of this version stops the merge naming the file.





/** A secret-scan of a large history with every finding is a few MiB; 64 MiB is far above any real report. */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Files taken from folders: a matrix has at most 256 jobs, each with a handful of reports. */
const MAX_REPORT_FILES = 2_000;
/** Every report in `sources` (files or folders, relative to `cwd`), in a stable order. */
async function loadReports(sources, cwd) {
    const files = [];
    for (const source of sources) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, source);
        let isFolder;
        try {
            isFolder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
        }
        catch (error) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(code === 'ENOENT' ? `reports: ${source} does not exist` : `reports: cannot open ${source} (${code})`);
        }
        if (isFolder)
            files.push(...jsonFilesUnder(path, source));
        else
            files.push({ path, shown: source });
        if (files.length > MAX_REPORT_FILES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: more than ${MAX_REPORT_FILES} report files; name fewer folders or files`);
        }
    }
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: no JSON report in ${sources.join(', ')}: run a launch-ready check or action first, or name the reports`);
    }
    const loaded = [];
    for (const { path, shown } of files) {
        const text = await (0,_fs_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(path, { maxBytes: MAX_REPORT_BYTES, what: 'report', display: shown });
        for (const parsed of (0,_report_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonReports */ .x)(text, shown))
            loaded.push({ ...parsed, file: shown });
    }
    return loaded;
}
/** *.json files under a folder and its subfolders (not followed through symbolic links), sorted. */
function jsonFilesUnder(folder, shownFolder) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(folder, { withFileTypes: true, recursive: true });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .e(`reports: cannot list ${shownFolder} (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .C)(error)})`);
    }
    return entries
        .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.json'))
        .map((entry) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name);
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(folder, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
        return { path, shown: `${shownFolder.replace(/\/+$/, '')}/${inside}` };
    })
        .sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
}


/***/ })

};
