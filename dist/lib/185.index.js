export const id = 185;
export const ids = [185];
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

/***/ 81185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O: () => (/* binding */ resolveUrl),
  runSmoke: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/http/cookies.ts
var cookies = __webpack_require__(536);
// EXTERNAL MODULE: ./shared/http/credentials.ts
var credentials = __webpack_require__(2973);
// EXTERNAL MODULE: ./shared/http/failure.ts
var http_failure = __webpack_require__(24937);
// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/retry.ts
var retry = __webpack_require__(85129);
// EXTERNAL MODULE: ./shared/http/site-url.ts
var site_url = __webpack_require__(88620);
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

;// CONCATENATED MODULE: ./shared/checks/smoke-test/email-step.ts
// An e-mail step: poll the test inbox (bounded, with backoff, within the step's deadline) until a mail for the
// address arrives after the triggering request, then take links, codes or the subject out of it.


/** Clocks of the inbox and the runner may disagree by this much; older mail is from an earlier run. */
const CLOCK_SKEW_MS = 30_000;
async function waitForMail(inbox, options) {
    const now = options.now ?? Date.now;
    const started = now();
    const deadline = started + options.deadlineMs;
    const subject = options.subject === undefined ? undefined : (0,expect/* safeRegex */.zs)(options.subject);
    let polls = 0;
    let lastFailure;
    // Once the inbox has answered, a later poll cut short by the deadline does not make this an inbox failure.
    let readOnce = false;
    // Bounded by count as well as by time: at most one poll per 250 ms of the deadline, whatever sleep does.
    const maxPolls = Math.ceil(options.deadlineMs / 250) + 1;
    for (;;) {
        polls += 1;
        const poll = await inbox.poll(options.to, options.used);
        const seenAt = now();
        if ('failure' in poll) {
            lastFailure = poll.failure;
            if (poll.final)
                return { failure: poll.failure, polls, waitedMs: seenAt - started };
        }
        else {
            lastFailure = undefined;
            readOnce = true;
            const fresh = poll.messages.filter((m) => (m.receivedAt === undefined || m.receivedAt >= options.triggerAt - CLOCK_SKEW_MS) &&
                (subject === undefined || subject.test(m.subject)));
            // The oldest fresh one: the mail this trigger sent, not a later one.
            fresh.sort((a, b) => (a.receivedAt ?? seenAt) - (b.receivedAt ?? seenAt));
            const message = fresh[0];
            if (message !== undefined) {
                const plausible = message.receivedAt !== undefined &&
                    message.receivedAt >= options.triggerAt - CLOCK_SKEW_MS &&
                    message.receivedAt <= seenAt + CLOCK_SKEW_MS;
                const arrivedAt = plausible ? message.receivedAt : seenAt;
                return {
                    message,
                    deliveryMs: Math.max(0, Math.round(arrivedAt - options.triggerAt)),
                    polls,
                    waitedMs: seenAt - started,
                };
            }
        }
        const remaining = deadline - now();
        if (remaining <= 0 || polls >= maxPolls)
            break;
        // After the last pause comes one more look (at the deadline): a mail that arrived meanwhile still counts.
        await options.sleep(Math.min((0,retry/* backoffMs */.jo)(polls, 250, 2_000), remaining));
    }
    const seconds = Math.round(options.deadlineMs / 100) / 10;
    if (lastFailure !== undefined && !readOnce) {
        return {
            failure: {
                kind: lastFailure.kind,
                message: `could not read the test inbox within ${seconds} s (${polls} polls): ${lastFailure.message}`,
                hint: lastFailure.hint,
            },
            polls,
            waitedMs: now() - started,
        };
    }
    return {
        failure: {
            kind: 'timeout',
            message: `no mail to ${options.to}${options.subject === undefined ? '' : ` with a subject matching /${options.subject}/`} arrived within ${seconds} s (${polls} polls of the inbox)`,
            hint: "check the app's SMTP settings and mail provider (host, port, credentials, verified sender domain, sending quota), that the step before really sends this mail, and that the inbox in smoke.inbox is the one the app sends to",
        },
        polls,
        waitedMs: now() - started,
    };
}
/** Links in a mail: href attributes of the HTML (entities decoded) and URLs in the text. */
function linksOf(message) {
    const links = [];
    for (const match of message.html.matchAll(/href\s*=\s*(["'])(.*?)\1/gis)) {
        links.push(match[2]
            .replace(/&amp;/g, '&')
            .replace(/&#x?0*3[dD];|&#61;/g, '=')
            .trim());
    }
    for (const match of `${message.text}\n${message.html}`.matchAll(/https?:\/\/[^\s<>"'`)\]]+/gi)) {
        links.push(match[0].replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, ''));
    }
    return [...new Set(links)].filter((link) => /^https?:\/\//i.test(link));
}
/** A value for {{name}} out of the mail, or why there is none. */
function captureFromMail(source, message) {
    if (source.subject === true) {
        return message.subject === '' ? { missing: 'the mail has no subject' } : { value: message.subject };
    }
    if (source.link !== undefined) {
        const pattern = (0,expect/* safeRegex */.zs)(source.link);
        const link = linksOf(message).find((candidate) => pattern.test(candidate));
        return link === undefined ? { missing: `no link in the mail matches /${source.link}/` } : { value: link };
    }
    const pattern = source.regex ?? '';
    const regex = (0,expect/* safeRegex */.zs)(pattern, '');
    const plain = message.html.replace(/<[^>]*>/g, ' ');
    // Words first, links last: a code pattern such as \d{6} must not pick a port or a token out of a link.
    const withoutLinks = (text) => text.replace(/https?:\/\/[^\s<>"']+/gi, ' ');
    for (const text of [withoutLinks(message.text), withoutLinks(plain), message.subject, message.text, message.html]) {
        const match = regex.exec(text);
        if (match !== null)
            return { value: match[1] ?? match[0] };
    }
    return { missing: `/${pattern}/ matches nothing in the mail` };
}

;// CONCATENATED MODULE: ./shared/checks/smoke-test/step-result.ts
const ZERO_TIMINGS = { dns: 0, connect: 0, tls: 0, firstByte: 0, total: 0 };
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

;// CONCATENATED MODULE: ./shared/checks/smoke-test/template.ts
// {{name}} (captured by an earlier step) and ${env.NAME} (from the environment) in step definitions.
// Every environment value is a secret: it is registered with the redactor before any request is sent.

const ENV_REF = /\$\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;
/** {{name}}, or {{name?}}: empty when nothing was captured (an optional capture). */
const VAR_REF = /\{\{\s*([A-Za-z_]\w*)\s*(\?)?\s*\}\}/g;
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
        .replace(VAR_REF, (_m, name, optional) => {
        const value = scope.vars.get(name);
        if (value === undefined && optional === '?')
            return '';
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

;// CONCATENATED MODULE: ./shared/checks/smoke-test/webhook-sign.ts
// Webhook signatures as the providers document them, so a smoke test can send an event the app must accept, and
// the same event unsigned, wrongly signed or replayed, which it must refuse.
//   Stripe        Stripe-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>"))
//   GitHub        X-Hub-Signature-256: sha256=hex(HMAC-SHA256(secret, body))
//   Shopify       X-Shopify-Hmac-Sha256: base64(HMAC-SHA256(secret, body))
//   Paddle        Paddle-Signature: ts=<unix>;h1=hex(HMAC-SHA256(secret, "<ts>:<body>"))   (Paddle Billing)
//   Lemon Squeezy X-Signature: hex(HMAC-SHA256(secret, body))
//   hmac          any header, algorithm, encoding, signed text ({timestamp}, {body}) and prefix

/** True when the scheme signs a timestamp, so a replayed (stale) event can be told apart. */
function hasTimestamp(config) {
    if (config.scheme === 'stripe' || config.scheme === 'paddle')
        return true;
    return config.scheme === 'hmac' && config.signed.includes('{timestamp}');
}
function hmac(secret, text, algorithm = 'sha256') {
    return (0,external_node_crypto_.createHmac)(algorithm, secret).update(text, 'utf8').digest();
}
/** The headers a provider sends with `body`, signed with `secret` at `timestamp` (Unix seconds). */
function signWebhook(config, secret, body, timestamp) {
    switch (config.scheme) {
        case 'stripe':
            return {
                common: {},
                signature: { 'stripe-signature': `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`).toString('hex')}` },
            };
        case 'github':
            return {
                common: { 'x-github-event': 'ping', 'x-github-delivery': (0,external_node_crypto_.randomUUID)() },
                signature: { 'x-hub-signature-256': `sha256=${hmac(secret, body).toString('hex')}` },
            };
        case 'shopify':
            return {
                common: { 'x-shopify-topic': 'orders/paid', 'x-shopify-webhook-id': (0,external_node_crypto_.randomUUID)() },
                signature: { 'x-shopify-hmac-sha256': hmac(secret, body).toString('base64') },
            };
        case 'paddle':
            return {
                common: {},
                signature: { 'paddle-signature': `ts=${timestamp};h1=${hmac(secret, `${timestamp}:${body}`).toString('hex')}` },
            };
        case 'lemonsqueezy':
            return {
                common: { 'x-event-name': 'order_created' },
                signature: { 'x-signature': hmac(secret, body).toString('hex') },
            };
        case 'hmac': {
            const signed = config.signed.replaceAll('{timestamp}', String(timestamp)).replaceAll('{body}', body);
            const digest = hmac(secret, signed, config.algorithm).toString(config.encoding);
            const signature = {
                [(config.header ?? 'x-signature').toLowerCase()]: `${config.prefix}${digest}`,
            };
            if (config.timestampHeader !== undefined && hasTimestamp(config)) {
                signature[config.timestampHeader.toLowerCase()] = String(timestamp);
            }
            return { common: {}, signature };
        }
    }
}
/** A harmless test event in the provider's shape; `id` makes it unique per run (idempotent handlers see it once). */
function testEvent(scheme, id, timestamp) {
    const marker = { launch_ready_smoke: 'true' };
    switch (scheme) {
        case 'stripe':
            return {
                id: `evt_smoke_${id}`,
                object: 'event',
                created: timestamp,
                livemode: false,
                type: 'checkout.session.completed',
                data: {
                    object: {
                        id: `cs_test_smoke_${id}`,
                        object: 'checkout.session',
                        status: 'complete',
                        payment_status: 'paid',
                        metadata: marker,
                    },
                },
            };
        case 'github':
            return { zen: 'Keep it logically awesome.', hook_id: 0, hook: { type: 'Repository', active: true } };
        case 'shopify':
            return { id: 0, name: `#smoke-${id}`, financial_status: 'paid', test: true, note_attributes: [marker] };
        case 'paddle':
            return {
                event_id: `evt_smoke_${id}`,
                event_type: 'transaction.completed',
                occurred_at: new Date(timestamp * 1000).toISOString(),
                notification_id: `ntf_smoke_${id}`,
                data: { id: `txn_smoke_${id}`, status: 'completed', custom_data: marker },
            };
        case 'lemonsqueezy':
            return {
                meta: { event_name: 'order_created', test_mode: true, custom_data: marker },
                data: { type: 'orders', id: `smoke-${id}`, attributes: { status: 'paid', test_mode: true } },
            };
        case 'hmac':
            return { id: `evt_smoke_${id}`, type: 'smoke.test', created: timestamp, data: marker };
    }
}

;// CONCATENATED MODULE: ./shared/checks/smoke-test/flow-steps.ts
// The two step kinds that are more than one request: `email` (wait for a mail, capture from it) and `webhook`
// (a signed event the app must take, then forged ones it must refuse).






function waitResult(url, waitedMs) {
    return {
        url,
        finalUrl: url,
        method: 'MAIL',
        headers: {},
        body: '',
        bodyBytes: 0,
        bodyTruncated: false,
        timings: { ...ZERO_TIMINGS, total: waitedMs },
        socketReused: false,
        redirects: [],
    };
}
async function runEmailStep(state, step) {
    const config = step.email;
    if (config === undefined || state.inbox === undefined) {
        return skipped(step, 'mailto:', 'not run: no test inbox is configured (smoke.inbox)');
    }
    let to;
    try {
        to = fill(config.to, state.scope).trim();
    }
    catch (error) {
        if (error instanceof MissingVariableError)
            return skipped(step, 'mailto:', `not run: ${error.message}`);
        throw error;
    }
    const url = `mailto:${to}`;
    state.mailDeadlineAt = Date.now() + config.timeoutMs;
    const wait = await waitForMail(state.inbox, {
        to,
        subject: config.subject,
        triggerAt: state.lastRequestAt,
        deadlineMs: config.timeoutMs,
        used: state.usedMail,
        sleep: state.sleep,
    });
    const probeLike = waitResult(url, wait.waitedMs);
    const base = { name: step.name, method: 'MAIL', severity: step.severity };
    const budget = config.maxMs ?? step.expect.maxMs ?? (state.maxMs || undefined);
    const email = { to, inbox: state.inbox.describe, polls: wait.polls, ...(budget ? { maxMs: budget } : {}) };
    const message = wait.message;
    if (message === undefined) {
        return { ...toStepResult(base, url, probeLike, wait.failure, wait.polls), kind: 'email', email };
    }
    state.usedMail.add(message.id);
    let failure;
    for (const [name, source] of Object.entries(config.capture)) {
        const outcome = captureFromMail(source, message);
        if ('missing' in outcome) {
            failure = {
                kind: 'assertion',
                message: `the mail "${message.subject}" arrived, but {{${name}}} could not be captured: ${outcome.missing}`,
                hint: "check the step's capture pattern against the mail the app sends (link text, code format)",
            };
            break;
        }
        state.redactor.add(outcome.value);
        state.scope.vars.set(name, outcome.value);
    }
    const deliveryMs = wait.deliveryMs ?? 0;
    const slow = failure === undefined && budget !== undefined && deliveryMs > budget
        ? {
            kind: 'assertion',
            message: `the mail took ${deliveryMs} ms to arrive after the request that sent it, over the ${budget} ms budget`,
            hint: "deliverability got slower: check the mail provider's status and queue, and that the app does not send mail from a slow or backed-up job queue",
        }
        : undefined;
    const result = toStepResult(base, url, probeLike, failure ?? slow, wait.polls, failure ? 'failed' : 'slow');
    return { ...result, kind: 'email', email: { ...email, subject: message.subject, deliveryMs } };
}
/** How long ago the replayed event was signed: far beyond any provider's tolerance (Stripe's is 5 minutes). */
const STALE_SECONDS = 600;
async function runWebhookStep(state, step, request, timeoutMs) {
    const config = step.webhook;
    if (config === undefined)
        return skipped(step, request.url, 'not run: the step has no webhook settings');
    const secret = fill(config.secret, state.scope);
    state.redactor.add(secret);
    const method = step.method.toUpperCase() === 'GET' ? 'POST' : step.method.toUpperCase();
    const now = Math.floor(Date.now() / 1000);
    const body = step.body !== undefined
        ? fill(step.body, state.scope)
        : JSON.stringify(fillDeep(step.json ?? config.event ?? testEvent(config.scheme, state.runId, now), state.scope));
    const send = async (extra) => {
        for (const value of Object.values(extra))
            state.redactor.add(value);
        state.lastRequestAt = Date.now();
        // As a provider sends it: no cookies, no redirects followed (a redirect is not an acceptance).
        return state.probe.request({
            url: request.url,
            method,
            headers: { 'content-type': 'application/json', ...request.headers, ...extra },
            body,
            timeoutMs,
            followRedirects: false,
        });
    };
    const signed = signWebhook(config, secret, body, now);
    const result = await send({ ...signed.common, ...signed.signature });
    let failure = result.failure ?? (0,expect/* checkResponse */.Mz)(result, step.expect, state.redactor);
    if (failure !== undefined && result.status !== undefined && result.status >= 400 && result.status < 500) {
        failure = {
            ...failure,
            hint: `the endpoint refused a correctly signed ${config.scheme} event: check that the app's webhook secret is the one the smoke test uses, that it verifies the raw request body (before parsing JSON), and its clock`,
        };
    }
    const checks = [];
    const refuse = async (name, headers) => {
        const answer = await send({ ...signed.common, ...headers });
        const status = answer.status;
        checks.push({
            name,
            status,
            accepted: status !== undefined && status >= 200 && status < 300,
            ...(answer.failure === undefined ? {} : { error: answer.failure.message }),
        });
    };
    await refuse('unsigned', {});
    const forged = (0,external_node_crypto_.randomBytes)(24).toString('hex');
    await refuse('wrong-signature', signWebhook(config, forged, body, now).signature);
    if (hasTimestamp(config) && config.replay) {
        await refuse('stale-timestamp', signWebhook(config, secret, body, now - STALE_SECONDS).signature);
    }
    const signedOk = failure === undefined;
    const accepted = checks.filter((c) => c.accepted);
    if (failure === undefined && accepted.length > 0) {
        failure = {
            kind: 'assertion',
            message: `the webhook endpoint accepted ${accepted.map((c) => `${WHAT[c.name]} (HTTP ${c.status})`).join(', ')}`,
            hint: HINT[accepted[0].name],
        };
    }
    const verdictFailure = failure ?? (0,expect/* checkTime */.AK)(result, step.expect.maxMs ?? (state.maxMs || undefined));
    const stepResult = toStepResult({ name: step.name, method, severity: step.severity }, request.url, result, verdictFailure, 
    // The forged events are checks, not retries.
    1, failure === undefined ? 'slow' : 'failed');
    return { ...stepResult, kind: 'webhook', webhook: { scheme: config.scheme, signedOk, checks } };
}
const WHAT = {
    unsigned: 'an unsigned event',
    'wrong-signature': 'an event signed with the wrong secret',
    'stale-timestamp': `a correctly signed event ${STALE_SECONDS / 60} minutes old (a replay)`,
};
const HINT = {
    unsigned: "verify the signature header on every event and answer 400 when it is missing: with the provider's SDK (e.g. stripe.webhooks.constructEvent) before acting on the event",
    'wrong-signature': 'compare the signature you compute from the raw body and your webhook secret with the one sent (constant-time), and answer 400 when they differ',
    'stale-timestamp': "reject events whose signed timestamp is older than a few minutes (Stripe's SDK uses 300 s), so a captured event cannot be replayed",
};

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
    if (step.kind === 'email' && kind === 'timeout')
        return 'no mail arrived';
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
    // A webhook step whose signed event went through fails for what it accepted: those findings say it.
    const forged = step.webhook?.signedOk === true;
    if (step.verdict === 'failed' && step.failure !== undefined && !forged) {
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
    findings.push(...webhookFindings(step));
    if (step.verdict === 'slow' && step.failure !== undefined && step.kind === 'email') {
        findings.push({
            check: CHECK,
            ruleId: 'smoke/email-slow',
            severity: 'medium',
            title: `${step.name}: the mail took ${step.email?.deliveryMs ?? 0} ms to arrive (budget ${step.email?.maxMs ?? 0} ms)`,
            message: step.failure.message,
            location,
            remediation: step.failure.hint,
            fingerprint: fingerprint('smoke/email-slow', step),
        });
    }
    else if (step.verdict === 'slow' && step.failure !== undefined) {
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
const WEBHOOK_RULES = {
    unsigned: {
        ruleId: 'smoke/webhook-unsigned-accepted',
        severity: 'blocker',
        title: 'accepts unsigned events: anyone can send it a fake "paid" event',
    },
    'wrong-signature': {
        ruleId: 'smoke/webhook-bad-signature-accepted',
        severity: 'blocker',
        title: 'accepts events with a wrong signature: the signature is not checked',
    },
    'stale-timestamp': {
        ruleId: 'smoke/webhook-replay-accepted',
        severity: 'high',
        title: 'accepts a replayed event: the signed timestamp is not checked',
    },
};
/** One finding per forged event a webhook endpoint took. */
function webhookFindings(step) {
    return (step.webhook?.checks ?? [])
        .filter((check) => check.accepted)
        .map((check) => {
        const rule = WEBHOOK_RULES[check.name];
        return {
            check: CHECK,
            ruleId: rule.ruleId,
            severity: rule.severity,
            title: `${step.name} ${rule.title}`,
            message: `${step.method} ${step.url} answered HTTP ${check.status} to ${WHAT[check.name]} (${step.webhook?.scheme} scheme)`,
            location: { url: step.url },
            remediation: HINT[check.name],
            fingerprint: fingerprint(rule.ruleId, step),
        };
    });
}

// EXTERNAL MODULE: ./shared/mail/mime.ts
var mime = __webpack_require__(83254);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/inbox.ts


/** A list longer than this is read only this far: a shared inbox with years of mail is no reason to stall. */
const MAX_LISTED = 500;
/** Bodies fetched per poll: new candidates only, so a flood of mail costs a bounded number of requests. */
const MAX_DETAILS = 5;
const NAMES = {
    '': 'no inbox',
    maildev: 'MailDev',
    mailpit: 'Mailpit',
    mailhog: 'MailHog',
    mailosaur: 'Mailosaur',
    mailtrap: 'Mailtrap',
    json: 'the JSON inbox',
};
const DEFAULT_URLS = {
    mailosaur: 'https://mailosaur.com',
    mailtrap: 'https://mailtrap.io',
};
/** The API base, without a trailing slash. `url` is the config's, templates filled. */
function inboxBase(config, url) {
    return (url.trim() === '' ? (DEFAULT_URLS[config.kind] ?? '') : url.trim()).replace(/\/+$/, '');
}
function createInbox(config, url, headers, deps) {
    const base = inboxBase(config, url);
    const describe = `${NAMES[config.kind]} at ${config.kind === 'json' ? base.replace(/[?#].*$/, '') : base}`;
    const get = async (target, extra = {}, body) => deps.probe.request({
        url: target,
        method: body === undefined ? 'GET' : 'POST',
        headers: {
            accept: 'application/json',
            ...headers,
            ...extra,
            ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body,
        timeoutMs: deps.timeoutMs(),
        followRedirects: true,
    });
    const client = {
        describe,
        async poll(address, skip) {
            try {
                return await pollKind(config, base, address, skip, get);
            }
            catch (error) {
                if (error instanceof InboxError)
                    return { failure: error.failure, final: error.final };
                throw error;
            }
        },
    };
    return client;
}
class InboxError extends Error {
    failure;
    final;
    constructor(failure, final) {
        super(failure.message);
        this.failure = failure;
        this.final = final;
    }
}
/** The JSON of a response, or an InboxError saying in plain words what is wrong with the inbox's answer. */
async function json(get, url, extra, body) {
    const result = await get(url, extra, body);
    if (result.failure !== undefined) {
        throw new InboxError({ ...result.failure, hint: `the test inbox did not answer: ${result.failure.hint}` }, false);
    }
    const status = result.status ?? 0;
    if (status === 401 || status === 403) {
        throw new InboxError({
            kind: 'http',
            message: `the inbox API refused the request (HTTP ${status}) at ${url.replace(/[?#].*$/, '')}`,
            hint: 'check the inbox credentials (smoke.inbox.apiKey from the environment) and its ids (server, accountId, inboxId)',
        }, true);
    }
    if (status < 200 || status >= 300) {
        throw new InboxError({
            kind: 'http',
            message: `the inbox API answered HTTP ${status} at ${url.replace(/[?#].*$/, '')}`,
            hint: 'check smoke.inbox (kind and url: the API base, e.g. http://localhost:1080 for MailDev)',
        }, status === 404);
    }
    if (result.bodyTruncated) {
        throw new InboxError({
            kind: 'assertion',
            message: `the inbox API answered more than the probe reads (${result.bodyBytes} bytes) at ${url.replace(/[?#].*$/, '')}`,
            hint: 'clear the test inbox (old mail piles up) or use a back end that searches by address (mailpit, mailhog, mailosaur)',
        }, 
        // An inbox this full will not shrink while the step waits.
        true);
    }
    try {
        return JSON.parse(result.body);
    }
    catch {
        throw new InboxError({
            kind: 'assertion',
            message: `the inbox API did not answer JSON at ${url.replace(/[?#].*$/, '')}`,
            hint: "check smoke.inbox.kind and url: they must point at the inbox's API, not its web page",
        }, true);
    }
}
function list(value) {
    return Array.isArray(value) ? value.slice(0, MAX_LISTED) : [];
}
function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number')
        return String(value);
    return '';
}
function time(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value < 1e12 ? value * 1000 : value;
    const parsed = Date.parse(str(value));
    return Number.isNaN(parsed) ? undefined : parsed;
}
/** Addresses out of whatever a JSON API uses: "a@b", "Name <a@b>", { address }, { email }, { Address }, lists of these. */
function addresses(value) {
    if (Array.isArray(value))
        return value.flatMap(addresses);
    if (typeof value === 'string') {
        return value
            .split(',')
            .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim().toLowerCase())
            .filter((part) => part.includes('@'));
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        const direct = record.address ?? record.Address ?? record.email ?? record.Email;
        if (direct !== undefined)
            return addresses(direct);
        if (typeof record.Mailbox === 'string' && typeof record.Domain === 'string') {
            return [`${record.Mailbox}@${record.Domain}`.toLowerCase()];
        }
    }
    return [];
}
function forAddress(address, to) {
    return to.includes(address.toLowerCase());
}
async function pollKind(config, base, address, skip, get) {
    const enc = encodeURIComponent;
    switch (config.kind) {
        case 'maildev': {
            // GET /email (MailDev 2; /api/email since MailDev 3) lists every message with its bodies; envelope.to has the
            // SMTP recipients (Bcc included).
            const messages = list(await maildevList(get, base)).map((raw) => {
                const m = raw;
                const envelope = (m.envelope ?? {});
                return {
                    id: str(m.id),
                    to: [...addresses(m.to), ...addresses(envelope.to)],
                    subject: str(m.subject),
                    html: str(m.html),
                    text: str(m.text),
                    receivedAt: time(m.time),
                };
            });
            return { messages: messages.filter((m) => forAddress(address, m.to) && !skip.has(m.id)) };
        }
        case 'mailpit': {
            // Search by recipient; the summary lacks bodies, GET /api/v1/message/{ID} has HTML and Text.
            const found = await json(get, `${base}/api/v1/search?query=${enc(`to:"${address}"`)}&limit=50`);
            const summaries = list(found?.messages)
                .map((raw) => raw)
                .filter((m) => !skip.has(str(m.ID)) && forAddress(address, addresses(m.To)));
            const messages = [];
            for (const summary of summaries.slice(0, MAX_DETAILS)) {
                const full = (await json(get, `${base}/api/v1/message/${enc(str(summary.ID))}`));
                messages.push({
                    id: str(summary.ID),
                    to: addresses(full?.To ?? summary.To),
                    subject: str(full?.Subject ?? summary.Subject),
                    html: str(full?.HTML),
                    text: str(full?.Text),
                    receivedAt: time(summary.Created ?? full?.Date),
                });
            }
            return { messages };
        }
        case 'mailhog': {
            // The v2 search returns whole messages: headers, the raw body and the MIME parts.
            const found = await json(get, `${base}/api/v2/search?kind=to&query=${enc(address)}&limit=50`);
            const messages = list(found?.items)
                .map((raw) => mailhogMessage(raw))
                .filter((m) => forAddress(address, m.to) && !skip.has(m.id));
            return { messages };
        }
        case 'mailosaur': {
            const server = config.server.trim();
            const found = await json(get, `${base}/api/messages/search?server=${enc(server)}&page=0&itemsPerPage=50`, {}, JSON.stringify({ sentTo: address }));
            const summaries = list(found?.items)
                .map((raw) => raw)
                .filter((m) => !skip.has(str(m.id)));
            const messages = [];
            for (const summary of summaries.slice(0, MAX_DETAILS)) {
                const full = (await json(get, `${base}/api/messages/${enc(str(summary.id))}`));
                const html = (full?.html ?? {});
                const text = (full?.text ?? {});
                const to = addresses(full?.to ?? summary.to);
                messages.push({
                    id: str(summary.id),
                    to: to.length > 0 ? to : [address.toLowerCase()],
                    subject: str(full?.subject ?? summary.subject),
                    html: str(html.body),
                    text: str(text.body),
                    receivedAt: time(summary.received ?? full?.received),
                });
            }
            return { messages: messages.filter((m) => forAddress(address, m.to)) };
        }
        case 'mailtrap': {
            const inbox = `${base}/api/accounts/${enc(config.accountId.trim())}/inboxes/${enc(config.inboxId.trim())}/messages`;
            const summaries = list(await json(get, `${inbox}?search=${enc(address)}`))
                .map((raw) => raw)
                .filter((m) => !skip.has(str(m.id)) && forAddress(address, addresses(m.to_email)));
            const messages = [];
            for (const summary of summaries.slice(0, MAX_DETAILS)) {
                const id = enc(str(summary.id));
                messages.push({
                    id: str(summary.id),
                    to: addresses(summary.to_email),
                    subject: str(summary.subject),
                    html: await inbox_text(get, `${inbox}/${id}/body.html`),
                    text: await inbox_text(get, `${inbox}/${id}/body.txt`),
                    receivedAt: time(summary.created_at ?? summary.sent_at),
                });
            }
            return { messages };
        }
        case 'json': {
            const document = await json(get, base);
            const listed = config.listPath.trim() === '' ? document : (0,json_path/* readPath */.G)(document, config.listPath).value;
            if (!Array.isArray(listed)) {
                throw new InboxError({
                    kind: 'assertion',
                    message: `the inbox JSON has no list${config.listPath === '' ? '' : ` at ${config.listPath}`}`,
                    hint: 'set smoke.inbox.listPath to the JSON path of the message list, e.g. data.messages',
                }, true);
            }
            const field = (m, path) => (0,json_path/* readPath */.G)(m, path).value;
            const { fields } = config;
            const messages = list(listed).map((m, index) => ({
                id: str(field(m, fields.id)) || `#${index}`,
                to: addresses(field(m, fields.to)),
                subject: str(field(m, fields.subject)),
                html: str(field(m, fields.html)),
                text: str(field(m, fields.text)),
                receivedAt: time(field(m, fields.received)),
            }));
            return { messages: messages.filter((m) => forAddress(address, m.to) && !skip.has(m.id)) };
        }
        default:
            throw new InboxError({
                kind: 'assertion',
                message: 'no test inbox is configured',
                hint: 'set smoke.inbox.kind and smoke.inbox.url',
            }, true);
    }
}
/** MailDev's list: /email, or /api/email where /email is not found (MailDev 3 moved its API under /api). */
async function maildevList(get, base) {
    if (base.endsWith('/api'))
        return json(get, `${base}/email`);
    try {
        return await json(get, `${base}/email`);
    }
    catch (error) {
        if (!(error instanceof InboxError) || !/HTTP 404/.test(error.failure.message))
            throw error;
        return json(get, `${base}/api/email`);
    }
}
/** A body fetched as text (Mailtrap's body.html / body.txt); a missing part is empty. */
async function inbox_text(get, url) {
    const result = await get(url, { accept: '*/*' });
    if (result.failure !== undefined || result.status === undefined || result.status >= 300)
        return '';
    return result.body;
}
function header(headers, name) {
    const record = (headers ?? {});
    const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : record[key];
    return str(Array.isArray(value) ? value[0] : value);
}
function mailhogMessage(raw) {
    const content = (raw.Content ?? {});
    const headers = content.Headers;
    const rawEnvelope = (raw.Raw ?? {});
    const toHeader = (headers?.To ?? []);
    const parts = list((raw.MIME ?? {}).Parts).map((p) => p);
    let html = '';
    let text = '';
    const sources = parts.length > 0 ? parts : [content];
    for (const part of sources) {
        const type = header(part.Headers, 'Content-Type') || header(headers, 'Content-Type') || 'text/plain';
        const body = (0,mime/* decodeTransfer */.Gs)(str(part.Body), header(part.Headers, 'Content-Transfer-Encoding'));
        if (/text\/html/i.test(type) && html === '')
            html = body;
        else if (/text\/plain/i.test(type) && text === '')
            text = body;
    }
    return {
        id: str(raw.ID),
        to: [...addresses(toHeader), ...addresses(rawEnvelope.To), ...addresses(raw.To)],
        subject: (0,mime/* decodeMimeWords */.s1)(header(headers, 'Subject')),
        html,
        text,
        receivedAt: time(raw.Created),
    };
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
// Which steps a run makes: the preset's (paths overridable; a configured step of the same name replaces a preset
// step in place) followed by the other configured ones.

function presetStep(name, path, overrides = {}) {
    return {
        kind: 'http',
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
function presetOf(options) {
    return options.preset === '' ? (options.steps.length === 0 ? 'ecommerce' : 'none') : options.preset;
}
function ecommerceSteps(options, authHeader) {
    const steps = [
        presetStep('homepage', options.paths.homepage, {
            expect: { status: 200, headerMatches: { 'content-type': 'html' } },
        }),
        presetStep('login', options.paths.login),
        presetStep('checkout', options.paths.checkout),
    ];
    if (options.webhook !== undefined) {
        const { path, ...webhook } = options.webhook;
        steps.push(presetStep('payment-webhook', path, { kind: 'webhook', method: 'POST', expect: {}, webhook }));
    }
    if (options.paths.orderStatus !== '')
        steps.push(presetStep('order-status', options.paths.orderStatus));
    if (options.apiPath !== '') {
        steps.push(presetStep('api', options.apiPath, { headers: authHeader, expect: { status: '2xx' } }));
    }
    return steps;
}
/**
 * Sign up with {{email}} (unique per run) and {{password}}, wait for the verification mail and follow its link (or
 * post its code), log in, call the API with the session, and ask for a password reset mail.
 */
function saasSteps(options, authHeader) {
    const { saas, paths } = options;
    const credentials = { [saas.emailField]: '{{email}}', [saas.passwordField]: '{{password}}' };
    const send = (fields) => saas.body === 'form' ? { form: fields } : { json: fields };
    const anyStatus = { status: '2xx' };
    const mailBudget = saas.mailMaxMs > 0 ? { maxMs: saas.mailMaxMs } : {};
    const steps = [
        presetStep('signup', paths.signup, { method: 'POST', expect: anyStatus, ...send(credentials) }),
    ];
    if (saas.verification !== 'none') {
        const capture = saas.verification === 'link' ? { verifyLink: { link: saas.link } } : { verifyCode: { regex: saas.code } };
        steps.push({
            ...presetStep('verify-mail', ''),
            path: undefined,
            kind: 'email',
            method: 'MAIL',
            expect: {},
            email: { to: '{{email}}', timeoutMs: saas.mailTimeoutMs, ...mailBudget, capture },
        });
        steps.push(saas.verification === 'link'
            ? { ...presetStep('verify', ''), path: undefined, url: '{{verifyLink}}', expect: anyStatus }
            : presetStep('verify', paths.verify, {
                method: 'POST',
                expect: anyStatus,
                ...send({ [saas.emailField]: '{{email}}', code: '{{verifyCode}}' }),
            }));
    }
    const token = saas.token.trim();
    steps.push(presetStep('login', paths.login, {
        method: 'POST',
        expect: anyStatus,
        ...send(credentials),
        capture: token === '' ? {} : { token: { jsonPath: token, optional: true } },
    }), presetStep('api', options.apiPath === '' ? '/api/me' : options.apiPath, {
        // The token when login returned one (a cookie session rides along in the jar either way).
        headers: { Authorization: 'Bearer {{token?}}', ...authHeader },
        expect: anyStatus,
    }));
    if (!saas.passwordReset)
        return steps;
    steps.push(presetStep('forgot-password', paths.forgotPassword, {
        method: 'POST',
        expect: anyStatus,
        ...send({ [saas.emailField]: '{{email}}' }),
    }), {
        ...presetStep('reset-mail', ''),
        path: undefined,
        kind: 'email',
        method: 'MAIL',
        expect: {},
        email: {
            to: '{{email}}',
            timeoutMs: saas.mailTimeoutMs,
            ...mailBudget,
            capture: { resetLink: { link: saas.resetLink } },
        },
    });
    return steps;
}
/** The one line a preset prints when an input it needs is missing (undefined when all is there). */
function presetUsage(options) {
    if (presetOf(options) === 'saas' && options.inbox.kind === '') {
        return 'preset saas reads the verification mail from a test inbox: set smoke.inbox.kind (maildev, mailpit, mailhog, mailosaur, mailtrap or json) and smoke.inbox.url';
    }
    return undefined;
}
function planSteps(options, authHeader) {
    const usage = presetUsage(options);
    if (usage !== undefined)
        throw new errors/* UsageError */.e(usage);
    const preset = presetOf(options);
    const steps = preset === 'ecommerce'
        ? ecommerceSteps(options, authHeader)
        : preset === 'saas'
            ? saasSteps(options, authHeader)
            : [];
    const presetNames = new Set(steps.map((s) => s.name));
    const seen = new Set();
    for (const step of options.steps) {
        if (seen.has(step.name)) {
            throw new errors/* UsageError */.e(`two smoke steps are named "${step.name}": give each step its own name`);
        }
        seen.add(step.name);
        // A configured step named like a preset step replaces it where it stands.
        if (presetNames.has(step.name))
            steps[steps.findIndex((s) => s.name === step.name)] = step;
        else
            steps.push(step);
    }
    return steps;
}

// EXTERNAL MODULE: ./shared/checks/smoke-test/sensitive.ts
var sensitive = __webpack_require__(8167);
;// CONCATENATED MODULE: ./shared/checks/smoke-test/run.ts
// The smoke test itself: wait for the deploy, run each step with retries, capture values for later steps,
// and report which layer broke (dns, connect, tls, timeout, http, assertion) with a hint.























async function runSmoke(options, context, overrides = {}) {
    const authHeader = (0,credentials/* parseAuthHeader */.f)(options.authHeader, context.redactor);
    const steps = planSteps(options, authHeader);
    const { baseUrl, baseCredentials } = validateBaseUrl(options, steps, context);
    steps.forEach((step, index) => {
        registerEnv(`step ${step.name} (smoke.steps[${index}])`, step, context.env, context.redactor);
    });
    // The inbox and the saas password matter (and their ${env.X} must be set) only where a step uses them.
    if (steps.some((step) => step.kind === 'email')) {
        registerEnv('smoke.inbox', options.inbox, context.env, context.redactor);
    }
    if (steps.some((step) => JSON.stringify(step).includes('{{password'))) {
        registerEnv('smoke.saas.password', options.saas.password, context.env, context.redactor);
    }
    const vars = runVariables(options, context);
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
        jar: new cookies/* CookieJar */.c(),
        scope: { env: context.env, vars },
        sleep: overrides.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        redactor,
        usedMail: new Set(),
        lastRequestAt: Date.now(),
        maxMs: options.maxMs,
        runId: vars.get('runId') ?? '',
        deadOrigins: new Set(),
        baseCredentials,
    };
    state.inbox = openInbox(state, steps);
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
    const needsBase = steps.some((s) => s.kind !== 'email' && s.url === undefined) ||
        (options.waitFor !== '' && !/^https?:\/\//i.test(options.waitFor));
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
    (0,site_url/* registerUrlCredentials */.ZY)(raw, context.redactor);
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
/** The credentials of a URL, registered as secrets; the probe sends them as a Basic header to that origin only. */
function takeCredentials(url, redactor) {
    const credentials = (0,userinfo/* urlCredentials */.O)(url);
    if (credentials === undefined)
        return undefined;
    (0,site_url/* registerUrlCredentials */.ZY)(url.href, redactor);
    redactor.add(credentials.authorization);
    // The base64 alone, as a server might echo it, is masked in the log too (the redactor scrubs it anyway).
    redactor.add(credentials.authorization.slice('Basic '.length));
    return credentials;
}
/**
 * {{runId}} (unique per run, so parallel runs never read each other's mail), {{email}} (the inbox address built
 * from it) and {{password}} (saas.password, or a random one per run: a secret).
 */
function runVariables(options, context) {
    const vars = new Map();
    const runId = `${Date.now().toString(36)}${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    vars.set('runId', runId);
    const scope = { env: context.env, vars };
    try {
        vars.set('email', fill(options.inbox.address, scope));
    }
    catch (error) {
        if (!(error instanceof MissingVariableError))
            throw error;
        throw new errors/* UsageError */.e('smoke.inbox.address may use {{runId}} only, e.g. smoke+{{runId}}@example.test');
    }
    const password = options.saas.password === '' ? `Lr-${(0,external_node_crypto_.randomBytes)(15).toString('base64url')}9!` : fill(options.saas.password, scope);
    context.redactor.add(password);
    vars.set('password', password);
    return vars;
}
/** The test inbox e-mail steps read, with its credentials registered as secrets (undefined when no step reads mail). */
function openInbox(state, steps) {
    const { inbox } = state.options;
    const reader = steps.find((step) => step.kind === 'email');
    if (reader === undefined)
        return undefined;
    const usage = inboxUsage(inbox);
    if (usage !== undefined)
        throw new errors/* UsageError */.e(`step ${reader.name} waits for an e-mail, but ${usage}`);
    const redactor = state.context.redactor;
    const headers = Object.fromEntries(Object.entries(inbox.headers).map(([name, value]) => [name.toLowerCase(), fill(value, state.scope)]));
    (0,sensitive/* registerSensitive */.W)(headers, undefined, redactor);
    const apiKey = fill(inbox.apiKey, state.scope).trim();
    redactor.add(apiKey);
    if (inbox.kind === 'mailosaur') {
        // Mailosaur: Basic auth with the API key (its docs' curl example: -u api:KEY).
        redactor.addBasicCredentials('api', apiKey);
        headers.authorization = `Basic ${Buffer.from(`api:${apiKey}`).toString('base64')}`;
        redactor.add(headers.authorization);
    }
    if (inbox.kind === 'mailtrap')
        headers['api-token'] = apiKey;
    // {{email}} in a query must arrive as the address: "+" would otherwise be read as a space.
    const encoded = new Map([...state.scope.vars].map(([name, value]) => [name, encodeURIComponent(value)]));
    const url = fill(inbox.url, { env: state.scope.env, vars: encoded });
    (0,site_url/* registerUrlCredentials */.ZY)(url, redactor);
    return createInbox(inbox, url, headers, {
        probe: state.probe,
        // Each inbox request ends by the e-mail step's deadline (a last look gets a quarter second).
        timeoutMs: () => Math.max(250, Math.min(state.options.timeoutMs, (state.mailDeadlineAt ?? Number.POSITIVE_INFINITY) - Date.now())),
    });
}
/** What an inbox kind needs that the config lacks, as the end of a usage line; undefined when complete. */
function inboxUsage(inbox) {
    if (inbox.kind === '') {
        return 'no test inbox is configured: set smoke.inbox.kind (maildev, mailpit, mailhog, mailosaur, mailtrap or json) and smoke.inbox.url';
    }
    const missing = [];
    if (['maildev', 'mailpit', 'mailhog', 'json'].includes(inbox.kind) && inbox.url.trim() === '')
        missing.push('url');
    if ((inbox.kind === 'mailosaur' || inbox.kind === 'mailtrap') && inbox.apiKey.trim() === '')
        missing.push('apiKey');
    if (inbox.kind === 'mailosaur' && inbox.server.trim() === '')
        missing.push('server');
    if (inbox.kind === 'mailtrap' && inbox.accountId.trim() === '')
        missing.push('accountId');
    if (inbox.kind === 'mailtrap' && inbox.inboxId.trim() === '')
        missing.push('inboxId');
    if (missing.length === 0)
        return undefined;
    return `the ${inbox.kind} inbox needs ${missing.map((m) => `smoke.inbox.${m}`).join(' and ')}`;
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
            kind: 'http',
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
    if (step.kind === 'email')
        return runEmailStep(state, step);
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
    if (step.kind === 'webhook') {
        return runWebhookStep(state, step, request, step.timeoutMs ?? state.options.timeoutMs);
    }
    const origin = new URL(request.url).origin;
    const retries = state.deadOrigins.has(origin) || !((0,retry/* isIdempotent */.ky)(method) || step.retry) ? 0 : state.options.retries;
    let attempts = 0;
    let result;
    let failure;
    for (;;) {
        attempts += 1;
        state.lastRequestAt = Date.now();
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
    const { url, headers } = withCredentials(state, resolveUrl(baseUrl, fill(step.url ?? step.path ?? '/', scope)), Object.fromEntries(Object.entries(step.headers)
        .map(([name, value]) => [name.toLowerCase(), fill(value, scope)])
        // A header built from an optional capture that found nothing ("Bearer {{token?}}") is not sent.
        .filter(([, value]) => !/^\s*(bearer|basic|token)?\s*$/i.test(value))));
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
        if ('missing' in outcome && source.optional === true)
            continue;
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


/***/ }),

/***/ 88620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZY: () => (/* binding */ registerUrlCredentials),
/* harmony export */   hX: () => (/* binding */ siteUrl)
/* harmony export */ });
/* unused harmony export quotedUrl */
/* harmony import */ var _checks_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
/* harmony import */ var _userinfo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22628);
// The site a check talks to, as the user gave it (a flag, an input or a config field): required, absolute, of the
// expected scheme, never echoed with its user:password, and that user:password registered as a secret before
// anything can print it. One place, so every check says the same thing and keeps the same promise.



/** A URL as a message may quote it: never its user:password part, and short enough to read. */
function quotedUrl(raw) {
    const text = (0,_userinfo_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutUserinfo */ .Q)(raw);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
/**
 * Registers the user:password written into a URL (a password-protected staging site), as written and decoded,
 * and the pair in every wire form the redactor derives (its base64 in a Basic header above all), before any
 * message can quote the URL, even one that does not parse.
 */
function registerUrlCredentials(raw, redactor) {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw.trim())?.[1];
    if (userinfo === undefined)
        return;
    const colon = userinfo.indexOf(':');
    const [user, password] = colon < 0 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)];
    redactor.add(user);
    redactor.add(password);
    redactor.addBasicCredentials(safeDecode(user), safeDecode(password));
}
/**
 * The URL given for `field`, parsed: an empty value says what to pass (`${check} needs the site to ${verb}`), a
 * malformed one or one of another scheme says what is expected, naming the flag or the input as the user wrote it.
 */
function siteUrl(raw, field, context, need) {
    const protocols = need.protocols ?? ['https:', 'http:'];
    const example = `${protocols[0]}//shop.example.com`;
    const label = (0,_checks_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .paramLabel */ .w)(field.param, context.source);
    const text = raw.trim();
    if (text === '') {
        const how = context.source === 'action' ? `set the input ${field.param}` : `pass --${field.param}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${need.check} needs the site to ${need.verb}: ${how} ${example} (or set ${field.config})`);
    }
    registerUrlCredentials(text, context.redactor);
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${label} must be an absolute URL such as ${example}, got "${quotedUrl(text)}"`);
    }
    if (!protocols.includes(url.protocol)) {
        const schemes = protocols.map((p) => `${p}//`).join(' or ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${label} must start with ${schemes}, got "${quotedUrl(text)}"`);
    }
    return url;
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 83254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gs: () => (/* binding */ decodeTransfer),
/* harmony export */   ZP: () => (/* binding */ parseMail),
/* harmony export */   s1: () => (/* binding */ decodeMimeWords)
/* harmony export */ });
// Just enough MIME to read a test mail: transfer encodings, encoded words in headers, and the text/HTML parts of
// a (multipart) message. Test inboxes hand out these raw pieces; the demo's inbox parses what SMTP delivered.
/** Quoted-printable or base64 body → text (UTF-8); anything else as is. */
function decodeTransfer(body, encoding) {
    const kind = encoding.trim().toLowerCase();
    if (kind === 'base64')
        return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (kind === 'quoted-printable') {
        const bytes = body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex) => String.fromCharCode(Number.parseInt(hex, 16)));
        return Buffer.from(bytes, 'latin1').toString('utf8');
    }
    return body;
}
/** "=?UTF-8?Q?Verify_your_e-mail?=" → "Verify your e-mail" (RFC 2047). */
function decodeMimeWords(text) {
    return text.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset, kind, data) => kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeTransfer(data.replace(/_/g, ' '), 'quoted-printable'));
}
/** Headers (unfolded, lower-case names) and body of one MIME entity. */
function split(raw) {
    const end = raw.search(/\r?\n\r?\n/);
    const head = end < 0 ? raw : raw.slice(0, end);
    const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
    const headers = new Map();
    for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon > 0)
            headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    return { headers, body };
}
/** A raw RFC 5322 message → subject, recipients and its text and HTML bodies (nested multiparts included). */
function parseMail(raw, depth = 0) {
    const { headers, body } = split(raw);
    const type = headers.get('content-type') ?? 'text/plain';
    let html = '';
    let text = '';
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (/^multipart\//i.test(type) && boundary !== undefined && depth < 5) {
        for (const part of body.split(`--${boundary}`).slice(1)) {
            if (part.startsWith('--'))
                break;
            const inner = parseMail(part.replace(/^\r?\n/, ''), depth + 1);
            html ||= inner.html;
            text ||= inner.text;
        }
    }
    else {
        const decoded = decodeTransfer(body, headers.get('content-transfer-encoding') ?? '');
        if (/text\/html/i.test(type))
            html = decoded;
        else
            text = decoded;
    }
    const to = (headers.get('to') ?? '')
        .split(',')
        .map((part) => (/<([^>]+)>/.exec(part)?.[1] ?? part).trim())
        .filter((part) => part.includes('@'));
    return { headers, subject: decodeMimeWords(headers.get('subject') ?? ''), to, html, text };
}


/***/ })

};
