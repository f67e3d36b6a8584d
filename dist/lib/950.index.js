export const id = 950;
export const ids = [950];
export const modules = {

/***/ 67142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AK: () => (/* binding */ checkTime),
/* harmony export */   Mz: () => (/* binding */ checkResponse),
/* harmony export */   W_: () => (/* binding */ statusMatches),
/* harmony export */   zs: () => (/* binding */ safeRegex)
/* harmony export */ });
/* unused harmony export describeStatus */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24937);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35500);
/* harmony import */ var _json_path_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14397);
/* harmony import */ var _sensitive_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33546);
// Checks a response against a step's expectations: the status first (an `http` failure), then the body,
// JSON and headers (`assertion` failures). Time budgets are judged separately (a slow page still works).





function ranges(spec) {
    const items = spec === undefined ? ['2xx'] : Array.isArray(spec) ? spec : [spec];
    return items.map((item) => {
        if (typeof item === 'number')
            return [item, item];
        const text = item.trim().toLowerCase();
        if (text.endsWith('xx')) {
            const base = Number(text[0]) * 100;
            return [base, base + 99];
        }
        const [lo, hi] = text.split('-').map((part) => Number(part.trim()));
        return [lo, hi ?? lo];
    });
}
function describeStatus(spec) {
    const items = spec === undefined ? ['2xx'] : Array.isArray(spec) ? spec : [spec];
    return items.map(String).join(' or ');
}
function statusMatches(status, spec) {
    return ranges(spec).some(([lo, hi]) => status >= lo && status <= hi);
}
const list = (value) => value === undefined ? [] : Array.isArray(value) ? value : [value];
function assertion(message, hint) {
    return { kind: 'assertion', message, hint };
}
/** `redactor` scrubs every quoted value before it is cut to fit a message, so a cut never keeps half a secret. */
function checkResponse(result, expect, redactor) {
    const clip = (text) => redactor.clip(text, MAX_QUOTED);
    const shown = (name, value) => ((0,_sensitive_js__WEBPACK_IMPORTED_MODULE_2__/* .isSensitiveName */ .e)(name) ? (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .redactValue */ .FI)(value) : clip(value));
    const status = result.status ?? 0;
    if (!statusMatches(status, expect.status)) {
        return (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .statusFailure */ .FP)(status, result.finalUrl, describeStatus(expect.status));
    }
    for (const text of list(expect.bodyContains)) {
        if (!result.body.includes(text)) {
            return assertion(`the response body does not contain "${clip(text)}"${result.bodyTruncated ? ' (in the first part read)' : ''}`, 'the page rendered without content it should have: check the template, data and feature flags behind it');
        }
    }
    for (const text of list(expect.bodyNotContains)) {
        if (result.body.includes(text)) {
            return assertion(`the response body contains "${clip(text)}"`, 'the page shows something it must not (an error message or debug output): check the app logs');
        }
    }
    for (const [name, pattern] of Object.entries(expect.headerMatches ?? {})) {
        const raw = result.headers[name.toLowerCase()];
        const value = Array.isArray(raw) ? raw.join(', ') : raw;
        if (value === undefined || !safeRegex(pattern).test(value)) {
            return assertion(value === undefined
                ? `header ${name} is missing`
                : `header ${name} is "${shown(name, value)}", expected to match /${pattern}/`, 'the response headers are not what the step expects: check the app/CDN configuration for this route');
        }
    }
    if (expect.jsonPathEquals !== undefined || expect.jsonPathExists !== undefined)
        return checkJson(result, expect, shown);
    return undefined;
}
function checkJson(result, expect, shown) {
    let document;
    try {
        document = JSON.parse(result.body);
    }
    catch {
        return assertion(`the response is not JSON (${result.bodyTruncated ? 'truncated, ' : ''}content-type ${String(result.headers['content-type'] ?? 'none')})`, 'the API answered with something else than JSON, often an HTML error page: check the route and the app logs');
    }
    for (const path of list(expect.jsonPathExists)) {
        if (!(0,_json_path_js__WEBPACK_IMPORTED_MODULE_4__/* .readPath */ .G)(document, path).found) {
            return assertion(`JSON path ${path} is missing`, 'the API response lacks a field clients rely on: check the API');
        }
    }
    for (const [path, expected] of Object.entries(expect.jsonPathEquals ?? {})) {
        const found = (0,_json_path_js__WEBPACK_IMPORTED_MODULE_4__/* .readPath */ .G)(document, path);
        if (!found.found) {
            return assertion(`JSON path ${path} is missing`, 'the API response lacks a field clients rely on: check the API');
        }
        if (!(0,node_util__WEBPACK_IMPORTED_MODULE_0__.isDeepStrictEqual)(found.value, expected)) {
            return assertion(`JSON path ${path} is ${shown(path, JSON.stringify(found.value) ?? 'undefined')}, expected ${shown(path, JSON.stringify(expected))}`, 'the API answered with an unexpected value: check the API and the data it reads');
        }
    }
    return undefined;
}
/** A step's pattern is config, not code: an invalid one is matched literally rather than crashing the run. */
function safeRegex(pattern, flags = 'i') {
    try {
        return new RegExp(pattern, flags);
    }
    catch {
        return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags);
    }
}
/** Longest value quoted in a message. A value whose name says it is a credential is redacted whole instead. */
const MAX_QUOTED = 80;
/** The time assertion, judged after the others: over budget makes the step "slow", not failed. */
function checkTime(result, maxMs) {
    if (maxMs === undefined || maxMs <= 0 || result.timings.total <= maxMs)
        return undefined;
    return assertion(`took ${Math.round(result.timings.total)} ms, over the ${maxMs} ms budget (first byte after ${Math.round(result.timings.firstByte)} ms)`, result.timings.firstByte > result.timings.total / 2
        ? 'the server is slow to start answering: profile the route (queries, external calls) or cache it'
        : 'the response is slow to download: make it smaller (compression, fewer/lighter assets) or serve it from a CDN');
}


/***/ }),

/***/ 14397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ readPath)
/* harmony export */ });
/* unused harmony export parsePath */
// The small JSON path subset steps use: a.b[0].c, optional "$." prefix, ["key with dots"].
const SEGMENT = /\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]|([^.[\]]+)/g;
function parsePath(path) {
    const body = path.trim().replace(/^\$\.?/, '');
    const segments = [];
    for (const match of body.matchAll(SEGMENT)) {
        if (match[1] !== undefined)
            segments.push(Number(match[1]));
        else
            segments.push(match[2] ?? match[3] ?? match[4]);
    }
    return segments;
}
/** `found` is false when any segment is missing (a present null is found). */
function readPath(value, path) {
    let current = value;
    for (const segment of parsePath(path)) {
        if (current === null || typeof current !== 'object')
            return { found: false };
        if (typeof segment === 'number') {
            if (!Array.isArray(current) || segment >= current.length)
                return { found: false };
            current = current[segment];
        }
        else {
            if (!Object.hasOwn(current, segment))
                return { found: false };
            current = current[segment];
        }
    }
    return { found: true, value: current };
}


/***/ }),

/***/ 18950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ resolveUrl),
  runSmoke: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
;// CONCATENATED MODULE: ./shared/http/cookies.ts
// A small per-run cookie jar: enough of RFC 6265 for a smoke test (domain, path, secure, expiry),
// so a login's session cookie reaches the next request and redirect hops.

function defaultPath(pathname) {
    const slash = pathname.lastIndexOf('/');
    return slash <= 0 ? '/' : pathname.slice(0, slash);
}
function domainMatches(host, cookie) {
    if (cookie.hostOnly)
        return host === cookie.domain;
    return host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}
function pathMatches(pathname, cookiePath) {
    if (pathname === cookiePath)
        return true;
    if (!pathname.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || pathname[cookiePath.length] === '/';
}
class CookieJar {
    #cookies = new Map();
    #now;
    constructor(now = Date.now) {
        this.#now = now;
    }
    store(url, setCookie) {
        const target = new URL(url);
        for (const line of setCookie) {
            const parsed = (0,undici/* parseCookie */.Kh)(line);
            if (parsed === null)
                continue;
            const domain = (parsed.domain ?? target.hostname).replace(/^\./, '').toLowerCase();
            if (parsed.domain !== undefined && !domainMatches(target.hostname, { domain, hostOnly: false })) {
                continue; // a site may not set cookies for another domain
            }
            const cookie = {
                name: parsed.name,
                value: parsed.value,
                domain,
                hostOnly: parsed.domain === undefined,
                path: parsed.path?.startsWith('/') ? parsed.path : defaultPath(target.pathname),
                secure: parsed.secure === true,
                expiresAt: expiry(parsed.maxAge, parsed.expires, this.#now()),
            };
            const key = `${cookie.domain}\0${cookie.path}\0${cookie.name}`;
            if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.#now())
                this.#cookies.delete(key);
            else
                this.#cookies.set(key, cookie);
        }
    }
    headerFor(url) {
        const matches = this.#matching(url);
        if (matches.length === 0)
            return undefined;
        return matches.map((c) => `${c.name}=${c.value}`).join('; ');
    }
    get(name, url) {
        const candidates = url === undefined ? this.#live() : this.#matching(url);
        return candidates.find((c) => c.name === name)?.value;
    }
    #live() {
        const now = this.#now();
        return [...this.#cookies.values()].filter((c) => c.expiresAt === undefined || c.expiresAt > now);
    }
    /** Longest path first, as browsers send them. */
    #matching(url) {
        const target = new URL(url);
        // Browsers treat loopback as a secure context, so Secure cookies work against a local server too.
        const secure = target.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(target.hostname);
        return this.#live()
            .filter((c) => domainMatches(target.hostname, c) && pathMatches(target.pathname, c.path) && (secure || !c.secure))
            .sort((a, b) => b.path.length - a.path.length);
    }
}
function expiry(maxAge, expires, now) {
    if (maxAge !== undefined)
        return now + maxAge * 1000;
    if (expires === undefined)
        return undefined;
    return typeof expires === 'number' ? expires : expires.getTime();
}

// EXTERNAL MODULE: ./shared/http/credentials.ts
var credentials = __webpack_require__(2973);
// EXTERNAL MODULE: ./shared/http/failure.ts
var http_failure = __webpack_require__(24937);
// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(85129);
// EXTERNAL MODULE: ./shared/http/userinfo.ts
var userinfo = __webpack_require__(22628);
;// CONCATENATED MODULE: ./shared/http/wait-for.ts
const MIN_POLL_MS = 50;
async function waitFor(probe, url, options) {
    const startedAt = performance.now();
    const endAt = startedAt + options.deadlineMs;
    let interval = options.intervalMs ?? 250;
    const maxInterval = options.maxIntervalMs ?? 2_000;
    for (let attempt = 1;; attempt += 1) {
        const remaining = Math.max(1, endAt - performance.now());
        const last = await probe.request({
            url,
            headers: options.headers,
            timeoutMs: Math.min(options.requestTimeoutMs, remaining),
        });
        options.onAttempt?.(last, attempt);
        const ok = last.failure === undefined && last.status !== undefined && last.status >= 200 && last.status < 300;
        const left = endAt - performance.now();
        // Stop rather than squeeze in a poll too short to get an answer: the last real answer explains more.
        if (ok || left <= interval + MIN_POLL_MS)
            return { ok, attempts: attempt, waitedMs: performance.now() - startedAt, last };
        await new Promise((resolve) => setTimeout(resolve, interval));
        interval = Math.min(interval * 2, maxInterval);
    }
}

// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/checks/smoke-test/expect.ts
var expect = __webpack_require__(67142);
// EXTERNAL MODULE: ./shared/checks/smoke-test/json-path.ts
var json_path = __webpack_require__(14397);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/capture.ts


function capture(source, result, cookies) {
    if (source.jsonPath !== undefined) {
        let document;
        try {
            document = JSON.parse(result.body);
        }
        catch {
            return { missing: `the response is not JSON, so JSON path ${source.jsonPath} cannot be read` };
        }
        const found = (0,json_path/* readPath */.G)(document, source.jsonPath);
        if (!found.found || found.value === null || found.value === undefined) {
            return { missing: `JSON path ${source.jsonPath} is missing` };
        }
        return { value: typeof found.value === 'string' ? found.value : JSON.stringify(found.value) };
    }
    if (source.header !== undefined) {
        const raw = result.headers[source.header.toLowerCase()];
        const value = Array.isArray(raw) ? raw[0] : raw;
        return value === undefined ? { missing: `header ${source.header} is missing` } : { value };
    }
    if (source.cookie !== undefined) {
        const value = cookies.get(source.cookie, result.finalUrl);
        return value === undefined ? { missing: `cookie ${source.cookie} was not set` } : { value };
    }
    const pattern = source.regex ?? '';
    const match = (0,expect/* safeRegex */.zs)(pattern, '').exec(result.body);
    if (match === null)
        return { missing: `/${pattern}/ does not match the body` };
    return { value: match[1] ?? match[0] };
}

// EXTERNAL MODULE: ./shared/http/sensitive-names.ts
var sensitive_names = __webpack_require__(33546);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/credentials-hint.ts
// A 401/403 on a request that carried no credential at all has one likely fix: send one. Saying so beats
// "check the credentials" when there were none to check.

function credentialHint(failure, status, sentHeaders, sentCookies) {
    if (failure?.kind !== 'http' || (status !== 401 && status !== 403))
        return failure;
    if (sentCookies || Object.keys(sentHeaders).some(sensitive_names/* isSensitiveName */.e))
        return failure;
    return {
        ...failure,
        hint: 'the route needs credentials and the step sent none: pass --auth-header "Authorization: Bearer <token>" (action input auth-header, from a secret), or add a login step that captures a token',
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/findings.ts
// Step results → Findings: a failed step is its own finding (blocker by default: checkout down stops a launch),
// mixed content is high (the page breaks in browsers), a slow but working step is medium.

const CHECK = 'smoke-test';
const KIND_LABEL = {
    dns: 'DNS does not resolve',
    connect: 'connection failed',
    tls: 'TLS/certificate error',
    timeout: 'timed out',
    http: 'HTTP error',
    assertion: 'unexpected response',
};
function failureLabel(step) {
    const kind = step.failure?.kind ?? 'assertion';
    if (kind === 'http' && step.status !== undefined && step.status >= 300)
        return `HTTP ${step.status}`;
    return KIND_LABEL[kind];
}
/** Stable across runs: the step and what it requests, never timings or line numbers. */
function fingerprint(ruleId, step) {
    const target = step.url.replace(/[?#].*$/, '');
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${CHECK}\0${ruleId}\0${step.name}\0${step.method}\0${target}`)
        .digest('hex')
        .slice(0, 16);
}
function stepFindings(step) {
    const findings = [];
    const location = { url: step.url };
    if (step.verdict === 'failed' && step.failure !== undefined) {
        const ruleId = `smoke/${step.failure.kind}`;
        findings.push({
            check: CHECK,
            ruleId,
            severity: step.severity,
            title: `${step.name} failed: ${failureLabel(step)}`,
            message: step.failure.message,
            location,
            remediation: step.failure.hint,
            fingerprint: fingerprint(ruleId, step),
        });
    }
    if (step.verdict === 'slow' && step.failure !== undefined) {
        findings.push({
            check: CHECK,
            ruleId: 'smoke/slow',
            severity: 'medium',
            title: `${step.name} is slow: ${Math.round(step.timings.total)} ms`,
            message: step.failure.message,
            location,
            remediation: step.failure.hint,
            fingerprint: fingerprint('smoke/slow', step),
        });
    }
    if (step.mixedContent !== undefined && step.mixedContent.length > 0) {
        const shown = step.mixedContent.slice(0, 5);
        const more = step.mixedContent.length - shown.length;
        findings.push({
            check: CHECK,
            ruleId: 'smoke/mixed-content',
            severity: 'high',
            title: `${step.name} loads ${step.mixedContent.length} resource(s) over http:// on an https page`,
            message: `Browsers block or flag these: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
            location,
            evidence: shown[0],
            remediation: 'load every script, style, frame and image over https:// (or a relative URL); check hard-coded asset and CDN URLs',
            fingerprint: fingerprint('smoke/mixed-content', step),
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Parser.js + 7 modules
var Parser = __webpack_require__(81600);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/mixed-content.ts
// http:// resources on an https page: browsers block scripts, styles and frames (the page breaks) and flag
// images as insecure. Parsed with a real HTML parser, so comments and text that merely mention URLs don't count.

const RESOURCE_ATTRIBUTES = {
    script: ['src'],
    iframe: ['src'],
    frame: ['src'],
    img: ['src', 'srcset'],
    source: ['src', 'srcset'],
    audio: ['src'],
    video: ['src', 'poster'],
    track: ['src'],
    embed: ['src'],
    object: ['data'],
    input: ['src'],
};
const LINK_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest']);
function insecureUrls(attribute, value) {
    const candidates = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value.trim()];
    return candidates.filter((url) => /^http:\/\//i.test(url));
}
/** The distinct http:// URLs an HTML page loads as resources, in document order. */
function findMixedContent(html) {
    const found = new Set();
    const parser = new Parser/* Parser */.i({
        onopentag(name, attributes) {
            if (name === 'link') {
                const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
                if (rels.some((rel) => LINK_RELS.has(rel))) {
                    for (const url of insecureUrls('href', attributes.href ?? ''))
                        found.add(url);
                }
                return;
            }
            for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) {
                const value = attributes[attribute];
                if (value !== undefined)
                    for (const url of insecureUrls(attribute, value))
                        found.add(url);
            }
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
    return [...found];
}

// EXTERNAL MODULE: ./shared/checks/smoke-test/options.ts
var smoke_test_options = __webpack_require__(60677);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/plan.ts
// Which steps a run makes: the preset's (paths overridable) followed by the configured ones.

function presetStep(name, path, overrides = {}) {
    return {
        name,
        method: 'GET',
        path,
        headers: {},
        expect: { status: 200 },
        capture: {},
        followRedirects: true,
        retry: false,
        severity: 'blocker',
        ...overrides,
    };
}
function planSteps(options, authHeader) {
    const preset = options.preset === '' ? (options.steps.length === 0 ? 'ecommerce' : 'none') : options.preset;
    const steps = [];
    if (preset === 'ecommerce') {
        steps.push(presetStep('homepage', options.paths.homepage, {
            expect: { status: 200, headerMatches: { 'content-type': 'html' } },
        }), presetStep('login', options.paths.login), presetStep('checkout', options.paths.checkout));
        if (options.apiPath !== '') {
            steps.push(presetStep('api', options.apiPath, { headers: authHeader, expect: { status: '2xx' } }));
        }
    }
    steps.push(...options.steps);
    const seen = new Set();
    for (const step of steps) {
        if (seen.has(step.name)) {
            throw new errors/* UsageError */.e(`two smoke steps are named "${step.name}": give each step its own name`);
        }
        seen.add(step.name);
    }
    return steps;
}

// EXTERNAL MODULE: ./shared/checks/smoke-test/sensitive.ts
var sensitive = __webpack_require__(8167);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/template.ts
// {{name}} (captured by an earlier step) and ${env.NAME} (from the environment) in step definitions.
// Every environment value is a secret: it is registered with the redactor before any request is sent.

const ENV_REF = /\$\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;
const VAR_REF = /\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;
class MissingVariableError extends Error {
    name = 'MissingVariableError';
    variable;
    constructor(variable) {
        super(`{{${variable}}} has no value: the step that captures it did not run or did not find it`);
        this.variable = variable;
    }
}
/** Names of the ${env.X} references in any string inside `value`. */
function envReferences(value) {
    const names = new Set();
    for (const text of strings(value))
        for (const match of text.matchAll(ENV_REF))
            names.add(match[1]);
    return [...names];
}
/** Checks every ${env.X} is set (a usage error otherwise) and registers the values as secrets. */
function registerEnv(where, value, env, redactor) {
    for (const name of envReferences(value)) {
        const found = env[name];
        if (found === undefined || found === '') {
            throw new errors/* UsageError */.e(`${where} uses \${env.${name}} but ${name} is not set: pass it in the environment (env: ${name}: \${{ secrets.${name} }})`);
        }
        redactor.add(found);
    }
}
function fill(text, scope) {
    return text
        .replace(ENV_REF, (_m, name) => scope.env[name] ?? '')
        .replace(VAR_REF, (_m, name) => {
        const value = scope.vars.get(name);
        if (value === undefined)
            throw new MissingVariableError(name);
        return value;
    });
}
/** Fills every string inside a JSON-like value. */
function fillDeep(value, scope) {
    if (typeof value === 'string')
        return fill(value, scope);
    if (Array.isArray(value))
        return value.map((item) => fillDeep(item, scope));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [fill(k, scope), fillDeep(v, scope)]));
    }
    return value;
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.flatMap(strings);
    if (value !== null && typeof value === 'object') {
        return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
    }
    return [];
}

;// CONCATENATED MODULE: ./shared/checks/smoke-test/run.ts
// The smoke test itself: wait for the deploy, run each step with retries, capture values for later steps,
// and report which layer broke (dns, connect, tls, timeout, http, assertion) with a hint.


















const ZERO_TIMINGS = { dns: 0, connect: 0, tls: 0, firstByte: 0, total: 0 };
async function runSmoke(options, context, overrides = {}) {
    const authHeader = (0,credentials/* parseAuthHeader */.f)(options.authHeader, context.redactor);
    const steps = planSteps(options, authHeader);
    const { baseUrl, baseCredentials } = validateBaseUrl(options, steps, context);
    steps.forEach((step, index) => {
        registerEnv(`step ${step.name} (smoke.steps[${index}])`, step, context.env, context.redactor);
    });
    const { redactor } = context;
    const probe = (0,http_probe/* createProbe */.fr)({
        timeoutMs: options.timeoutMs,
        // As a browser asks: a broken compression setup at the CDN shows up here too.
        acceptEncoding: http_probe/* ACCEPT_ENCODING */.xd,
        // A header holding any registered secret stays with its origin on a redirect.
        isSecret: (value) => redactor.scrub(value) !== value,
        ...overrides.probe,
    });
    const state = {
        options,
        context,
        probe,
        jar: new CookieJar(),
        scope: { env: context.env, vars: new Map() },
        sleep: overrides.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        deadOrigins: new Set(),
        baseCredentials,
    };
    const results = [];
    try {
        const waited = options.waitFor === '' ? undefined : await waitForDeploySafely(state, baseUrl, overrides.waitIntervalMs);
        if (waited !== undefined)
            results.push(waited);
        const siteDown = waited !== undefined && !waited.ok;
        for (const step of steps) {
            const result = siteDown
                ? skipped(step, baseUrl, 'not run: the site never came up (see wait-for)')
                : await runStepSafely(state, step, baseUrl);
            results.push(result);
            logStep(context, result);
        }
    }
    finally {
        await probe.close();
    }
    return context.redactor.scrubDeep(buildReport(baseUrl, results));
}
/**
 * The base URL to request and report (credentials written into it are taken out, registered as secrets and sent
 * as the Basic header a browser would send to that origin): no URL the run prints carries them. The schema has
 * checked the URL's shape and named the flag, input or config field when it is wrong.
 */
function validateBaseUrl(options, steps, context) {
    const raw = options.baseUrl.trim();
    const needsBase = steps.some((s) => s.url === undefined) || (options.waitFor !== '' && !/^https?:\/\//i.test(options.waitFor));
    if (raw === '') {
        if (needsBase) {
            const given = context.source === 'action'
                ? 'set the input base-url: https://your-shop.example (or smoke.baseUrl in launch-ready.yml)'
                : 'pass --base-url https://your-shop.example (or set smoke.baseUrl)';
            throw new errors/* UsageError */.e(`smoke-test needs the site to test: ${given}`);
        }
        return { baseUrl: '' };
    }
    // Basic-auth credentials in the URL (a password-protected staging site) are secrets: registered before any
    // message quotes the URL, even one that does not parse.
    registerUrlCredentials(raw, context.redactor);
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        throw new errors/* UsageError */.e(`smoke.baseUrl must be an absolute URL such as https://shop.example.com, got "${(0,userinfo/* withoutUserinfo */.Q)(raw)}"`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new errors/* UsageError */.e(`smoke.baseUrl must start with https:// or http://, got "${(0,userinfo/* withoutUserinfo */.Q)(raw)}"`);
    }
    if (!(0,smoke_test_options/* userinfoDecodes */.Ny)(raw))
        throw new errors/* UsageError */.e('smoke.baseUrl: the user:password part has a malformed %-escape');
    const credentials = takeCredentials(parsed, context.redactor);
    const baseUrl = (credentials?.url ?? parsed.href).replace(/\/+$/, '');
    if (credentials === undefined)
        return { baseUrl };
    return { baseUrl, baseCredentials: { origin: parsed.origin, authorization: credentials.authorization } };
}
/**
 * Registers user and password as written and decoded, and the user:pass pair in every wire form (the redactor
 * derives its base64), before any message can quote the URL, even one that does not parse.
 */
function registerUrlCredentials(raw, redactor) {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw)?.[1];
    if (userinfo === undefined)
        return;
    const colon = userinfo.indexOf(':');
    const [user, password] = colon < 0 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
    redactor.add(user);
    redactor.add(password);
    redactor.addBasicCredentials(safeDecode(user), safeDecode(password));
}
/** The credentials of a URL, registered as secrets; the probe sends them as a Basic header to that origin only. */
function takeCredentials(url, redactor) {
    const credentials = (0,userinfo/* urlCredentials */.O)(url);
    if (credentials === undefined)
        return undefined;
    registerUrlCredentials(url.href, redactor);
    redactor.add(credentials.authorization);
    // The base64 alone, as a server might echo it, is masked in the log too (the redactor scrubs it anyway).
    redactor.add(credentials.authorization.slice('Basic '.length));
    return credentials;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A path joins the base URL (keeping a base path such as /shop); an absolute URL stands alone. */
function resolveUrl(baseUrl, pathOrUrl) {
    if (/^https?:\/\//i.test(pathOrUrl))
        return new URL(pathOrUrl).href;
    const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
    return new URL(`${baseUrl}${path}`).href;
}
async function waitForDeploySafely(state, baseUrl, intervalMs) {
    try {
        return await waitForDeploy(state, baseUrl, intervalMs);
    }
    catch (error) {
        const where = (0,userinfo/* withoutUserinfo */.Q)(/^https?:\/\//i.test(state.options.waitFor) ? state.options.waitFor : baseUrl);
        const failure = (0,http_failure/* unexpectedFailure */.mi)(error, where);
        const step = {
            name: 'wait-for',
            method: 'GET',
            headers: {},
            expect: {},
            capture: {},
            followRedirects: true,
            retry: false,
            severity: 'blocker',
        };
        return {
            ...skipped(step, where, ''),
            verdict: 'failed',
            failure: { kind: failure.kind, message: failure.message, hint: failure.hint },
        };
    }
}
async function waitForDeploy(state, baseUrl, intervalMs) {
    const { options, context } = state;
    const target = withCredentials(state, resolveUrl(baseUrl, options.waitFor), {});
    const url = target.url;
    context.log(`waiting up to ${options.waitTimeoutMs} ms for ${url} to answer 2xx`);
    const waited = await waitFor(state.probe, url, {
        deadlineMs: options.waitTimeoutMs,
        requestTimeoutMs: options.timeoutMs,
        intervalMs,
        headers: target.headers,
    });
    const last = waited.last;
    const failure = waited.ok
        ? undefined
        : {
            kind: last.failure?.kind ?? 'http',
            message: `no 2xx from ${url} within ${options.waitTimeoutMs} ms (${waited.attempts} tries); last: ${last.failure?.message ?? `HTTP ${last.status}`}`,
            hint: last.failure?.hint ?? 'the new version did not come up: check the deploy logs and the health check route',
        };
    const result = toStepResult({ name: 'wait-for', method: 'GET', severity: 'blocker' }, url, last, failure, waited.attempts);
    logStep(context, result);
    return result;
}
/** One step that throws (a response nothing expected, or a bug) fails that step; the run and its report go on. */
async function runStepSafely(state, step, baseUrl) {
    try {
        return await runStep(state, step, baseUrl);
    }
    catch (error) {
        const where = stepTarget(step, baseUrl);
        const failure = (0,http_failure/* unexpectedFailure */.mi)(error, where);
        return {
            ...skipped(step, where, ''),
            verdict: 'failed',
            failure: { kind: failure.kind, message: failure.message, hint: failure.hint },
        };
    }
}
/** What a step targets, for a step that could not be sent: as configured, without credentials. */
function stepTarget(step, baseUrl) {
    return (0,userinfo/* withoutUserinfo */.Q)(step.url ?? `${baseUrl}${step.path ?? ''}`);
}
async function runStep(state, step, baseUrl) {
    const method = step.method.toUpperCase();
    let request;
    try {
        request = buildRequest(step, baseUrl, state);
    }
    catch (error) {
        const where = stepTarget(step, baseUrl);
        if (error instanceof MissingVariableError)
            return skipped(step, where, `not run: ${error.message}`);
        // A template that filled in something unusable (say, a URL with a bad host): the step fails, the run goes on.
        return {
            ...skipped(step, where, ''),
            verdict: 'failed',
            failure: {
                kind: 'assertion',
                message: `could not build the request: ${error instanceof Error ? error.message : String(error)}`,
                hint: "check the step's path/url and the values captured into it",
            },
        };
    }
    const origin = new URL(request.url).origin;
    const retries = state.deadOrigins.has(origin) || !((0,retry/* isIdempotent */.ky)(method) || step.retry) ? 0 : state.options.retries;
    let attempts = 0;
    let result;
    let failure;
    for (;;) {
        attempts += 1;
        result = await state.probe.request({
            url: request.url,
            method,
            headers: request.headers,
            body: request.body,
            timeoutMs: step.timeoutMs ?? state.options.timeoutMs,
            followRedirects: step.followRedirects,
            cookies: state.jar,
        });
        failure = credentialHint(result.failure ?? (0,expect/* checkResponse */.Mz)(result, step.expect, state.context.redactor), result.status, request.headers, state.jar.headerFor(request.url) !== undefined);
        if (attempts > retries || !(0,retry/* isTransient */.dg)(failure, result.status))
            break;
        const pause = (0,retry/* backoffMs */.jo)(attempts);
        state.context.log(state.context.redactor.scrub(`  ${step.name}: ${failure?.message}; retrying in ${pause} ms (${attempts}/${retries})`));
        await state.sleep(pause);
    }
    if (failure?.kind === 'dns' || failure?.kind === 'connect') {
        if (result.status === undefined)
            state.deadOrigins.add(origin);
    }
    failure ??= captureAll(state, step, result);
    const verdictFailure = failure ?? (0,expect/* checkTime */.AK)(result, step.expect.maxMs ?? (state.options.maxMs || undefined));
    const stepResult = toStepResult({ name: step.name, method, severity: step.severity }, request.url, result, verdictFailure, attempts, failure === undefined ? 'slow' : 'failed');
    if (failure === undefined)
        stepResult.mixedContent = mixedContentOf(result);
    return stepResult;
}
/**
 * The URL without credentials, and the headers with the Basic header they stand for: from the URL itself (an
 * absolute step URL https://user:pass@api…) or from the base URL's, for a request to the base origin.
 */
function withCredentials(state, rawUrl, headers) {
    const parsed = new URL(rawUrl);
    const own = takeCredentials(parsed, state.context.redactor);
    const url = own?.url ?? rawUrl;
    const base = state.baseCredentials;
    const authorization = own?.authorization ?? (base !== undefined && parsed.origin === base.origin ? base.authorization : undefined);
    if (authorization === undefined || headers.authorization !== undefined)
        return { url, headers };
    return { url, headers: { ...headers, authorization } };
}
function buildRequest(step, baseUrl, state) {
    const { scope } = state;
    const redactor = state.context.redactor;
    const { url, headers } = withCredentials(state, resolveUrl(baseUrl, fill(step.url ?? step.path ?? '/', scope)), Object.fromEntries(Object.entries(step.headers).map(([name, value]) => [name.toLowerCase(), fill(value, scope)])));
    if (step.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        const json = fillDeep(step.json, scope);
        (0,sensitive/* registerSensitive */.W)(headers, json, redactor);
        return { url, headers, body: JSON.stringify(json) };
    }
    if (step.form !== undefined) {
        headers['content-type'] ??= 'application/x-www-form-urlencoded';
        const form = fillDeep(step.form, scope);
        (0,sensitive/* registerSensitive */.W)(headers, form, redactor);
        return { url, headers, body: new URLSearchParams(form).toString() };
    }
    (0,sensitive/* registerSensitive */.W)(headers, undefined, redactor);
    if (step.body !== undefined)
        return { url, headers, body: fill(step.body, scope) };
    return { url, headers };
}
/** Stores the step's captures; a missing one fails the step (the steps after it would fail less clearly). */
function captureAll(state, step, result) {
    for (const [name, source] of Object.entries(step.capture)) {
        const outcome = capture(source, result, state.jar);
        if ('missing' in outcome) {
            return {
                kind: 'assertion',
                message: `could not capture {{${name}}}: ${outcome.missing}`,
                hint: 'the response lacks the value later steps need (a login that did not log in?): check the credentials and the response shape',
            };
        }
        state.context.redactor.add(outcome.value);
        state.scope.vars.set(name, outcome.value);
    }
    return undefined;
}
function mixedContentOf(result) {
    if (!result.finalUrl.startsWith('https:'))
        return undefined;
    if (!/html/i.test((0,http_probe/* firstHeader */.Yp)(result.headers, 'content-type') ?? ''))
        return undefined;
    const found = findMixedContent(result.body);
    return found.length > 0 ? found : undefined;
}
function toStepResult(step, url, result, failure, attempts, failedVerdict = 'failed') {
    const verdict = failure === undefined ? 'passed' : failedVerdict;
    return {
        name: step.name,
        method: step.method,
        url,
        ok: verdict !== 'failed',
        verdict,
        status: result.status,
        timings: result.timings,
        redirects: result.redirects,
        ...(failure === undefined ? {} : { failure: { kind: failure.kind, message: failure.message, hint: failure.hint } }),
        attempts,
        socketReused: result.socketReused,
        httpVersion: result.httpVersion,
        severity: step.severity,
    };
}
function skipped(step, url, reason) {
    return {
        name: step.name,
        method: step.method.toUpperCase(),
        url,
        ok: false,
        verdict: 'skipped',
        timings: { ...ZERO_TIMINGS },
        redirects: [],
        failure: {
            kind: 'assertion',
            message: reason,
            hint: 'fix the earlier failure first: this step depends on it',
        },
        attempts: 0,
        socketReused: false,
        severity: step.severity,
    };
}
function logStep(context, step) {
    const mark = step.verdict === 'passed' ? '✓' : step.verdict === 'slow' ? '!' : step.verdict === 'skipped' ? '-' : '✗';
    const status = step.status === undefined ? '' : ` ${step.status}`;
    const why = step.failure === undefined ? '' : ` (${step.failure.kind}: ${step.failure.message})`;
    context.log(context.redactor.scrub(`${mark} ${step.name} ${step.method} ${step.url}${status} ${Math.round(step.timings.total)} ms${why}`));
}
function buildReport(baseUrl, steps) {
    const findings = (0,model/* sortFindings */.Tc)(steps.flatMap(stepFindings));
    const failed = steps.filter((s) => s.verdict === 'failed');
    const skippedCount = steps.filter((s) => s.verdict === 'skipped').length;
    const slow = steps.filter((s) => s.verdict === 'slow').length;
    const passed = steps.length - failed.length - skippedCount;
    const totalMs = Math.round(steps.reduce((sum, s) => sum + s.timings.total, 0));
    const where = baseUrl === '' ? '' : ` on ${baseUrl}`;
    const summary = failed.length === 0
        ? `${passed} of ${steps.length} smoke steps passed${where} in ${totalMs} ms${slow > 0 ? ` (${slow} slow)` : ''}`
        : `${failed.length} of ${steps.length} smoke steps failed${where}: ${failed.map((s) => `${s.name} (${s.failure?.kind})`).join(', ')}`;
    return {
        check: CHECK,
        ok: failed.length === 0 && skippedCount === 0,
        summary,
        findings,
        metrics: { steps: steps.length, passed, failed: failed.length, skipped: skippedCount, slow, totalMs },
        details: { baseUrl, steps },
    };
}


/***/ }),

/***/ 8167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ registerSensitive)
/* harmony export */ });
/* harmony import */ var _http_sensitive_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33546);
// Values under credential-like names (shared/http/sensitive-names.ts) are registered as secrets even when written
// literally in the config, and are redacted in assertion messages.


/** Registers header values and body fields with credential-like names, at any depth of a JSON body. */
function registerSensitive(headers, body, redactor) {
    for (const [name, value] of Object.entries(headers)) {
        if (!(0,_http_sensitive_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSensitiveName */ .e)(name))
            continue;
        redactor.add(value);
        // "Bearer abc…": the credential alone must be scrubbed too, wherever it shows up without its scheme.
        const credential = value.replace(/^\s*(bearer|basic|token|digest)\s+/i, '');
        if (credential !== value)
            redactor.add(credential);
        const basic = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(value)?.[1];
        if (basic !== undefined) {
            // Decoded, the password may show up on its own (echoed by a server, or in a URL).
            const pair = Buffer.from(basic, 'base64').toString('utf8');
            const colon = pair.indexOf(':');
            if (colon > 0)
                redactor.addBasicCredentials(pair.slice(0, colon), pair.slice(colon + 1));
        }
    }
    const walk = (value, key) => {
        if (typeof value === 'string' || typeof value === 'number') {
            if ((0,_http_sensitive_names_js__WEBPACK_IMPORTED_MODULE_0__/* .isSensitiveName */ .e)(key))
                redactor.add(String(value));
        }
        else if (Array.isArray(value)) {
            for (const item of value)
                walk(item, key);
        }
        else if (value !== null && typeof value === 'object') {
            for (const [k, v] of Object.entries(value))
                walk(v, k);
        }
    };
    walk(body, '');
}


/***/ }),

/***/ 2973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ parseAuthHeader),
/* harmony export */   v: () => (/* binding */ parseCookieHeader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
// Credentials given on the command line or as action inputs ("Name: value" headers, Cookie values): parsed once,
// registered as secrets before anything can print them.

/** "Name: value" → a header; the value (and the credential without its scheme) is a secret. */
function parseAuthHeader(raw, redactor, flag = '--auth-header') {
    if (raw.trim() === '')
        return {};
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).trim() : '';
    const value = colon > 0 ? raw.slice(colon + 1).trim() : '';
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) || value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${flag} must look like "Name: value", e.g. "Authorization: Bearer <token>"`);
    }
    redactor.add(value);
    const credential = value.replace(/^\s*(bearer|basic|token|digest)\s+/i, '');
    if (credential !== value)
        redactor.add(credential);
    return { [name]: value };
}
/** A Cookie header value ("session=…; cart=…"): the whole value and each cookie's value are secrets. */
function parseCookieHeader(raw, redactor, flag = '--cookie') {
    const value = raw.trim().replace(/^cookie:\s*/i, '');
    if (value === '')
        return undefined;
    const pairs = value
        .split(';')
        .map((pair) => pair.trim())
        .filter((pair) => pair !== '');
    if (pairs.some((pair) => !/^[^=\s;,]+=[^;]*$/.test(pair))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${flag} must look like "name=value" (several: "a=1; b=2")`);
    }
    redactor.add(value);
    for (const pair of pairs)
        redactor.add(pair.slice(pair.indexOf('=') + 1));
    return pairs.join('; ');
}


/***/ })

};
