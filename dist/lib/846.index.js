export const id = 846;
export const ids = [846];
export const modules = {

/***/ 72846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintedBatchScanner: () => (/* binding */ lintedBatchScanner),
/* harmony export */   mergeMatches: () => (/* binding */ mergeMatches),
/* harmony export */   prepareSecretlint: () => (/* binding */ prepareSecretlint),
/* harmony export */   secretlintLoads: () => (/* binding */ secretlintLoads),
/* harmony export */   shortRuleName: () => (/* binding */ shortRuleName),
/* harmony export */   textLinter: () => (/* binding */ textLinter),
/* harmony export */   toMatches: () => (/* binding */ toMatches)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32635);
/* harmony import */ var _detect_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87177);
/* harmony import */ var _filters_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43296);
/* harmony import */ var _scan_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9341);
var __rewriteRelativeImportExtension = (undefined && undefined.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
// Runs a repository's own secretlint rules (its .secretlintrc) through @secretlint/core, beside our detectors, and
// merges what both find. Loaded only when such a config exists: @secretlint/core and the rule packages are
// dynamic imports, so the bundler keeps them in chunks of their own that a scan without the config never reads.







/** Times @secretlint/core was loaded in this thread: a scan without a .secretlintrc must leave it at 0. */
const secretlintLoads = { count: 0 };
/**
 * Rule packages we ship, so a config naming them works without `npm install` in the scanned repository: the
 * recommended preset (what `npx @secretlint/quick-start` writes) and the pattern rule (a team's own token
 * formats). The preset's member rules (`@secretlint/secretlint-rule-aws`, …) come with it.
 */
const BUNDLED = {
    '@secretlint/secretlint-rule-preset-recommend': () => __webpack_require__.e(/* import() */ 577).then(__webpack_require__.bind(__webpack_require__, 31577)),
    '@secretlint/secretlint-rule-pattern': () => __webpack_require__.e(/* import() */ 567).then(__webpack_require__.bind(__webpack_require__, 12567)),
};
const PRESET = '@secretlint/secretlint-rule-preset-recommend';
/** secretlint's own shorthand: `preset-recommend` and `@secretlint/preset-recommend` name the full package. */
function packageNames(id) {
    const full = id.startsWith('@')
        ? /^@[^/]+\/secretlint-rule-/.test(id)
            ? id
            : id.replace(/^(@[^/]+)\/(.*)$/, '$1/secretlint-rule-$2')
        : id.startsWith('secretlint-rule-')
            ? id
            : `secretlint-rule-${id}`;
    return full === id ? [id] : [full, id];
}
/**
 * Finds every rule the config names (the repository's node_modules first, then ours), warns once for each one
 * missing, and runs the rules once on an empty text so a bad option fails the run now, naming the rule, rather
 * than on every file in a worker.
 */
async function prepareSecretlint(root, config, log) {
    const sources = {};
    const requireHere = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'package.json'));
    for (const { id } of config.rules) {
        const found = packageNames(id)
            .map((name) => tryResolve(requireHere, name))
            .find((url) => url !== undefined);
        if (found)
            sources[id] = found;
        else if ((await bundledCreator(id)) !== undefined)
            sources[id] = 'bundled';
        else {
            log(`secret-scan: warning: ${config.file} names the secretlint rule ${id}, which is not installed; its checks are skipped (install it: npm install --save-dev ${packageNames(id)[0]})`);
        }
    }
    const setup = { ...config, sources };
    const lint = await createLinter(setup);
    try {
        await lint('', 'launch-ready-probe.txt');
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`${config.file}: a secretlint rule refused its options (${reason})`);
    }
    const used = Object.keys(sources);
    log(`secret-scan: running ${used.length} secretlint rule(s) from ${config.file}: ${used.join(', ') || 'none'}`);
    return setup;
}
function tryResolve(requireHere, name) {
    try {
        return (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(requireHere.resolve(name)).href;
    }
    catch {
        return undefined;
    }
}
async function bundledCreator(id) {
    const load = BUNDLED[id];
    if (load)
        return (await load()).creator;
    if (!id.startsWith('@secretlint/secretlint-rule-'))
        return undefined;
    const preset = (await BUNDLED[PRESET]());
    return preset.rules.find((rule) => rule.meta.id === id);
}
async function loadCreator(id, source) {
    if (source !== 'bundled') {
        const loaded = (await __webpack_require__(48865)(__rewriteRelativeImportExtension(source, true)));
        const creator = loaded.creator ?? loaded.default?.creator;
        if (!creator)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .e(`secretlint rule ${id} exports no creator (is it a secretlint rule?)`);
        return creator;
    }
    return (await bundledCreator(id));
}
async function createLinter(setup) {
    secretlintLoads.count++;
    const [{ lintSource }, { secretLintProfiler }] = await Promise.all([
        __webpack_require__.e(/* import() */ 707).then(__webpack_require__.bind(__webpack_require__, 86707)),
        __webpack_require__.e(/* import() */ 806).then(__webpack_require__.bind(__webpack_require__, 806)),
    ]);
    // secretlint's profiler is on unless told otherwise: performance marks for every rule on every file, all kept
    // until the process ends (3,000 files: 2.7x the peak memory, 3x the time).
    secretLintProfiler.setEnabled(false);
    const rules = [];
    for (const descriptor of setup.rules) {
        const source = setup.sources[descriptor.id];
        if (source === undefined)
            continue;
        rules.push(coreRule(descriptor, await loadCreator(descriptor.id, source)));
    }
    const config = { rules, ...(setup.sharedOptions ? { sharedOptions: setup.sharedOptions } : {}) };
    const lint = async (text, path) => {
        const result = await lintSource({
            source: { content: text, filePath: path, contentType: 'text' },
            // Unmasked: secretlint's own masking hides every value in a message, the pattern's name too; maskMessage
            // hides what came from the file instead.
            options: { config, noPhysicFilePath: true, maskSecrets: false },
        });
        return result.messages;
    };
    return Object.assign(lint, { labels: stringsIn(setup.rules) });
}
/** Every string the config holds (pattern names, option values): what the team wrote, never a found secret. */
function stringsIn(value, into = new Set()) {
    if (typeof value === 'string')
        into.add(value);
    else if (value !== null && typeof value === 'object')
        for (const item of Object.values(value))
            stringsIn(item, into);
    return into;
}
/**
 * secretlint's message with every value the rule quoted masked (`*` for each character, as secretlint masks),
 * except the names the config itself gives (a pattern's name): those say what matched, the rest may be secret.
 */
function maskMessage(message, value, labels) {
    const quoted = [...stringsIn(message.data)].filter((item) => item !== '' && !labels.has(item));
    let text = message.message;
    for (const item of [value, ...quoted].sort((a, b) => b.length - a.length)) {
        text = text.replaceAll(item, '*'.repeat(Math.min(item.length, 40)));
    }
    return text;
}
/** As secretlint's config loader builds it: a preset's own `rules` carry options for its members. */
function coreRule(descriptor, rule) {
    if (rule.meta.type === 'preset') {
        const members = descriptor.rules?.map((member) => ({ ...member, type: 'rule' }));
        return { ...descriptor, rule, ...(members ? { rules: members } : {}) };
    }
    return { ...descriptor, rule };
}
/** error→high, warning→medium, info→low: secretlint's levels on our scale. */
const SEVERITY = { error: 'high', warning: 'medium', info: 'low' };
/** `@secretlint/secretlint-rule-aws` → `aws`; another package keeps its name without the `secretlint-rule-` part. */
function shortRuleName(ruleId) {
    return ruleId.replace(/^@secretlint\/secretlint-rule-/, '').replace(/(^|\/)secretlint-rule-/, '$1');
}
/** secretlint's messages as matches: `secretlint/<rule>` ids, 1-based columns, the secret as the value. */
function toMatches(messages, text, allow, labels) {
    const matches = [];
    for (const message of messages) {
        const [start, end] = message.range;
        // A copy: a slice would keep the whole file's text alive as long as the match lives.
        const value = Buffer.from(text.slice(start, end), 'utf8').toString('utf8');
        if (value === '' || (0,_filters_js__WEBPACK_IMPORTED_MODULE_4__/* .isInlineAllowed */ .yA)(text, start, value.length))
            continue;
        if (allow.some((re) => (0,_detect_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesAllow */ .p$)(re, value)))
            continue;
        const rule = shortRuleName(message.ruleId);
        matches.push({
            ruleId: `secretlint/${rule}`,
            title: `Secret (secretlint ${rule})`,
            severity: SEVERITY[message.severity] ?? 'high',
            line: message.loc.start.line,
            column: message.loc.start.column + 1,
            value,
            message: maskMessage(message, value, labels),
        });
    }
    return matches;
}
/**
 * Ours and secretlint's matches for one file, each secret once: a secretlint match on the same line as one of
 * ours with overlapping columns, or holding the same value, is the same secret. Ours is kept (it has a provider
 * title and remediation) and notes the secretlint rule; secretlint's own finds are added.
 */
function mergeMatches(ours, theirs) {
    const merged = [...ours];
    for (const match of theirs) {
        const same = ours.find((own) => isSameSecret(own, match));
        if (same)
            same.alsoReportedBy ??= match.ruleId;
        else if (!merged.some((kept) => kept !== match && isSameSecret(kept, match)))
            merged.push(match);
    }
    return merged;
}
function isSameSecret(a, b) {
    if (a.value.includes(b.value) || b.value.includes(a.value))
        return true;
    if (a.line !== b.line)
        return false;
    return a.column < b.column + b.value.length && b.column < a.column + a.value.length;
}
/**
 * For diff and history (main thread): our matches of one text (the lines a patch adds) merged with what the
 * secretlint rules find in it. Rules failing on one text leave our matches as they are.
 */
async function textLinter(setup, allow) {
    const lint = await createLinter(setup);
    return async (text, path, ours) => {
        try {
            return mergeMatches(ours, toMatches(await lint(text, path), text, allow, lint.labels));
        }
        catch {
            return ours;
        }
    };
}
/**
 * The batch scanner of a thread when the repository has a secretlint config: each file is read and decoded
 * once, our detectors and the repository's secretlint rules both see that text, and their matches are merged.
 */
async function lintedBatchScanner(root, options) {
    const lint = await createLinter(options.secretlint);
    return async (paths) => {
        const result = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .emptyBatchResult */ .hJ)();
        for (const path of paths) {
            const scanned = (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .scanFile */ .WN)(root, path, { ...options, keepText: true });
            if (scanned.kind === 'scanned' && scanned.text !== undefined) {
                const { text } = scanned;
                scanned.text = undefined;
                try {
                    const theirs = toMatches(await lint(text, path), text, options.allow, lint.labels);
                    scanned.matches = mergeMatches(scanned.matches, theirs);
                }
                catch (error) {
                    result.skipped.push({
                        path,
                        reason: `secretlint's rules failed on it (${failureKind(error)}); launch-ready's own rules scanned it`,
                    });
                }
            }
            (0,_scan_file_js__WEBPACK_IMPORTED_MODULE_5__/* .addToBatch */ .XS)(result, path, scanned);
        }
        return result;
    };
}
/** An errno code or the error's class: a rule's own message may quote the text it choked on, a secret. */
function failureKind(error) {
    if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
        return error.code;
    return error instanceof Error ? error.name : 'error';
}


/***/ }),

/***/ 48865:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 48865;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
