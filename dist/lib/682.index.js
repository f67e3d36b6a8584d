export const id = 682;
export const ids = [682];
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


/***/ })

};
