export const id = 645;
export const ids = [645,116];
export const modules = {

/***/ 74820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runLatency: () => (/* binding */ runLatency)
});

// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/site-url.ts
var site_url = __webpack_require__(88620);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/checks/smoke-test/expect.ts
var expect = __webpack_require__(67142);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/checks/latency-budget/stats.ts
const LEVELS = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };
/** Two-sided coverage of the percentile intervals. "The whole interval is above the budget" is then a
 * one-sided claim at 95 %, and "the whole interval is below it" too: the two verdicts the budget needs. */
const INTERVAL_CONFIDENCE = 0.9;
/** The regression test's level: a noisy CI runner must not fail anyone on a wobble. */
const REGRESSION_CONFIDENCE = 0.99;
function levelOf(percentile) {
    return LEVELS[percentile];
}
function sortedCopy(values) {
    return Float64Array.from(values).sort();
}
/**
 * The p-quantile with linear interpolation between the closest ranks (Hyndman–Fan type 7: the default of
 * numpy, R and spreadsheets' PERCENTILE.INC), so figures compare directly with what a server logs and sums up.
 */
function quantile(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function figures(values) {
    if (values.length === 0)
        return { p50: null, p90: null, p95: null, p99: null, max: null };
    const sorted = sortedCopy(values);
    const at = (p) => round(quantile(sorted, p));
    return { p50: at(0.5), p90: at(0.9), p95: at(0.95), p99: at(0.99), max: round(sorted[sorted.length - 1]) };
}
/** Cumulative binomial probabilities P(B ≤ k) for k = 0..n, computed in log space (no underflow at n = 100 000). */
function binomialCdf(n, p) {
    const cdf = new Float64Array(n + 1);
    if (p <= 0)
        return cdf.fill(1);
    if (p >= 1) {
        cdf[n] = 1;
        return cdf;
    }
    const logs = new Float64Array(n + 1);
    logs[0] = n * Math.log1p(-p);
    const ratio = Math.log(p) - Math.log1p(-p);
    let max = logs[0];
    for (let k = 0; k < n; k += 1) {
        logs[k + 1] = logs[k] + Math.log((n - k) / (k + 1)) + ratio;
        if (logs[k + 1] > max)
            max = logs[k + 1];
    }
    let sum = 0;
    for (let k = 0; k <= n; k += 1) {
        sum += Math.exp(logs[k] - max);
        cdf[k] = sum;
    }
    for (let k = 0; k <= n; k += 1)
        cdf[k] = cdf[k] / sum;
    return cdf;
}
/**
 * Distribution-free interval for the p-quantile from order statistics: the number of samples below the true
 * quantile is Binomial(n, p), so [X(r), X(s)] covers it with probability P(r ≤ B ≤ s−1). r is the highest rank
 * and s the lowest whose tail is within (1 − confidence)/2; an end that no rank reaches is unbounded (null).
 */
function quantileInterval(sorted, p, confidence = INTERVAL_CONFIDENCE) {
    const n = sorted.length;
    if (n === 0)
        return { lower: null, upper: null, confidence };
    const tail = (1 - confidence) / 2;
    const cdf = binomialCdf(n, p);
    // Lower end X(r): P(B ≤ r−1) ≤ tail, the highest such r (1-based rank).
    let r = 0;
    for (let k = 1; k <= n; k += 1)
        if (cdf[k - 1] <= tail)
            r = k;
    // Upper end X(s): P(B ≤ s−1) ≥ 1 − tail, the lowest such s.
    let s = 0;
    for (let k = n; k >= 1; k -= 1)
        if (cdf[k - 1] >= 1 - tail)
            s = k;
    return {
        lower: r >= 1 ? round(sorted[r - 1]) : null,
        upper: s >= 1 ? round(sorted[s - 1]) : null,
        confidence,
    };
}
/** Small, fast, seedable PRNG (mulberry32): the bootstrap gives the same answer for the same data. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    };
}
/** The p-quantile (nearest rank) of one bootstrap resample, by counting draws per rank: O(n), no sort. */
function resampledQuantile(sorted, p, random, counts) {
    const n = sorted.length;
    counts.fill(0);
    for (let i = 0; i < n; i += 1)
        counts[Math.floor(random() * n)] += 1;
    const rank = Math.max(1, Math.ceil(p * n));
    let seen = 0;
    for (let j = 0; j < n; j += 1) {
        seen += counts[j];
        if (seen >= rank)
            return sorted[j];
    }
    return sorted[n - 1];
}
/**
 * Percentile bootstrap interval of quantile(now) − quantile(then). A bootstrap of the p95 itself (rather
 * than Mann–Whitney U, which tests the whole distribution's location) catches a regression confined to the
 * tail, which is what a p95 budget is about.
 */
function bootstrapDifference(now, then, p, confidence = REGRESSION_CONFIDENCE, resamples = 2000) {
    const random = seededRandom(0x1a7e5c);
    const a = sortedCopy(Array.from(now));
    const b = sortedCopy(Array.from(then));
    const countsA = new Uint32Array(a.length);
    const countsB = new Uint32Array(b.length);
    const differences = new Float64Array(resamples);
    for (let i = 0; i < resamples; i += 1) {
        differences[i] = resampledQuantile(a, p, random, countsA) - resampledQuantile(b, p, random, countsB);
    }
    differences.sort();
    const tail = (1 - confidence) / 2;
    const at = (q) => differences[Math.min(resamples - 1, Math.max(0, Math.floor(q * resamples)))];
    return [round(at(tail)), round(at(1 - tail))];
}
function round(ms) {
    return Math.round(ms * 10) / 10;
}

;// CONCATENATED MODULE: ./shared/checks/latency-budget/baseline.ts
// Baselines: an earlier run's JSON report (what --save-baseline writes, or --format json / the action's report
// file), read back to compare each endpoint's p95, with the raw samples for a significance test.




async function readBaseline(cwd, file) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new errors/* UsageError */.e(`--baseline: cannot read ${file} (${(0,errors/* errorCode */.C)(error)})`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new errors/* UsageError */.e(`--baseline: ${file} is not JSON: pass a report written by --save-baseline or --format json`);
    }
    // `launch-ready all --format json` writes an array of reports: take this check's.
    const report = (Array.isArray(parsed) ? parsed.find((r) => r?.check === 'latency-budget') : parsed);
    const endpoints = report?.details?.endpoints;
    if (report?.check !== 'latency-budget' || !Array.isArray(endpoints)) {
        throw new errors/* UsageError */.e(`--baseline: ${file} is not a latency-budget report (no details.endpoints)`);
    }
    const baseline = new Map();
    for (const endpoint of endpoints) {
        if (typeof endpoint?.method !== 'string' || typeof endpoint.path !== 'string')
            continue;
        const key = `${endpoint.method} ${endpoint.path}`;
        const samples = report.details?.samples?.[key];
        const p95 = endpoint.latencyMs?.p95;
        baseline.set(key, {
            p95: typeof p95 === 'number' ? p95 : null,
            samples: Array.isArray(samples) && samples.every((s) => typeof s === 'number') ? samples : null,
        });
    }
    return baseline;
}
async function saveBaseline(cwd, file, report) {
    try {
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(cwd, file), `${JSON.stringify(report, null, 2)}\n`);
    }
    catch (error) {
        throw new errors/* UsageError */.e(`--save-baseline: cannot write ${file} (${(0,errors/* errorCode */.C)(error)}): does its folder exist?`);
    }
}
/**
 * A regression needs both: p95 grew by more than `regressionPct`, and the 99 % bootstrap interval of the p95
 * difference lies wholly on the slower side (the change is real, not a noisy runner's wobble).
 */
function compareWithBaseline(samples, p95, entry, regressionPct) {
    const changePct = p95 !== null && entry.p95 !== null && entry.p95 > 0 ? round(((p95 - entry.p95) / entry.p95) * 100) : null;
    const differenceInterval = entry.samples !== null && entry.samples.length > 0 && samples.length > 0
        ? bootstrapDifference(samples, entry.samples, 0.95, REGRESSION_CONFIDENCE)
        : null;
    const significant = differenceInterval !== null && differenceInterval[0] > 0;
    return {
        p95: entry.p95,
        changePct,
        differenceInterval,
        significant,
        regressed: significant && changePct !== null && changePct > regressionPct,
    };
}

// EXTERNAL MODULE: ./shared/checks/latency-budget/details.ts
var latency_budget_details = __webpack_require__(12109);
;// CONCATENATED MODULE: ./shared/checks/latency-budget/judge.ts



const CHECK = 'latency-budget';
const pct = (value) => `${Math.round(value * 10) / 10} %`;
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
function finding(target, ruleId, severity, title, message, remediation, suffix = '') {
    return {
        check: CHECK,
        ruleId,
        severity,
        title,
        message,
        location: { url: target.url },
        remediation,
        fingerprint: `${ruleId}:${(0,latency_budget_details/* endpointKey */.r)(target)}${suffix}`,
    };
}
function describeInterval(interval) {
    if (interval === undefined)
        return '';
    const lower = interval.lower === null ? '…' : String(Math.round(interval.lower));
    const upper = interval.upper === null ? '…' : String(Math.round(interval.upper));
    return `${lower}–${upper} ms`;
}
function judgeEndpoint(target, samples, options) {
    const measured = samples.filter((s) => !s.warmup);
    const ok = measured.filter((s) => s.error === undefined);
    const errors = measured.length - ok.length;
    const latencies = ok.map((s) => s.latencyMs);
    const latencyMs = figures(latencies);
    const serviceMs = figures(ok.map((s) => s.serviceMs));
    const sorted = sortedCopy(latencies);
    const intervals = {};
    const findings = [];
    const name = (0,latency_budget_details/* endpointKey */.r)(target);
    let worst = ok.length === 0 ? 'not measured' : 'within budget';
    const raise = (verdict) => {
        const order = [
            'within budget',
            'regressed',
            'likely over budget',
            'not measured',
            'too many errors',
            'over budget',
        ];
        if (order.indexOf(verdict) > order.indexOf(worst))
            worst = verdict;
    };
    for (const percentile of latency_budget_details/* PERCENTILES */.f) {
        const budget = target.budgets[percentile];
        if (budget === undefined)
            continue;
        const interval = quantileInterval(sorted, levelOf(percentile));
        intervals[percentile] = interval;
        const point = latencyMs[percentile];
        if (point === null || point <= budget)
            continue;
        const range = describeInterval(interval);
        const confidence = Math.round(interval.confidence * 100);
        if (interval.lower !== null && interval.lower > budget) {
            raise('over budget');
            findings.push(finding(target, 'latency/over-budget', 'high', `${name}: ${percentile} ${ms(point)} is over its ${budget} ms budget`, `${percentile} latency ${ms(point)} from the scheduled start over ${ok.length} requests; its ${confidence} % interval ${range} lies wholly above the ${budget} ms budget.`, 'profile this endpoint under load (slow queries, N+1 calls, cold caches, too few workers) or raise the budget knowingly', `:${percentile}`));
        }
        else {
            raise('likely over budget');
            findings.push(finding(target, 'latency/likely-over-budget', 'medium', `${name}: ${percentile} ${ms(point)} is likely over its ${budget} ms budget`, `${percentile} latency ${ms(point)} over ${ok.length} requests, but its ${confidence} % interval ${range} reaches below the ${budget} ms budget.`, 'likely over budget: raise --requests to be sure', `:${percentile}`));
        }
    }
    const errorRate = measured.length === 0 ? 0 : (errors / measured.length) * 100;
    if (measured.length > 0 && errorRate > options.maxErrorRate) {
        raise('too many errors');
        findings.push(finding(target, 'latency/error-rate', 'high', `${name}: ${pct(errorRate)} of requests failed under load`, `${errors} of ${measured.length} requests failed (${describeErrors(measured)}); the limit is ${pct(options.maxErrorRate)}. Failed requests are left out of the percentiles.`, 'check the app logs for this route under load: timeouts and 5xx under a gentle, paced load usually mean exhausted workers or connections'));
    }
    let baseline = null;
    const entry = options.baseline?.get(name);
    if (entry !== undefined) {
        baseline = compareWithBaseline(latencies, latencyMs.p95, entry, options.regression);
        const change = baseline.changePct === null
            ? 'no figure to compare'
            : `${baseline.changePct > 0 ? '+' : ''}${pct(baseline.changePct)}`;
        const interval = baseline.differenceInterval === null
            ? 'the baseline has no samples to test the change with'
            : `99 % interval of the difference ${baseline.differenceInterval[0]} to ${baseline.differenceInterval[1]} ms`;
        const figuresText = `p95 ${ms(latencyMs.p95)} now vs ${ms(baseline.p95)} in the baseline (${change}; ${interval})`;
        if (baseline.regressed) {
            raise('regressed');
            findings.push(finding(target, 'latency/regression', 'medium', `${name}: p95 regressed ${change} since the baseline`, `${figuresText}: slower by more than ${options.regression} % and the change is real at 99 %.`, 'compare what changed since the baseline run (queries, dependencies, infrastructure) before customers notice'));
        }
        else {
            findings.push(finding(target, 'latency/baseline', 'info', `${name}: p95 ${change} vs the baseline`, `${figuresText}: ${baseline.significant ? `the change is real at 99 % but within --regression ${options.regression} %` : 'not a significant change'}.`, 'nothing to do'));
        }
    }
    return {
        result: {
            path: target.path,
            method: target.method,
            requests: measured.length,
            errors,
            latencyMs,
            serviceMs,
            budgetMs: { ...target.budgets },
            intervals,
            baseline,
            verdict: worst,
        },
        findings,
        latencies,
    };
}
function describeErrors(samples) {
    const counts = new Map();
    for (const sample of samples) {
        if (sample.error === undefined)
            continue;
        const label = sample.error.kind === 'status' ? sample.error.message : sample.error.kind;
        counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([label, count]) => `${count} × ${label}`)
        .join(', ');
}
function planFindings(plan, baseUrl, stoppedEarly) {
    const findings = [];
    const base = { check: CHECK, location: { url: baseUrl } };
    if (plan.cappedBy !== null) {
        const cap = plan.cappedBy === 'max-requests'
            ? `--max-requests ${plan.caps.maxRequests}`
            : `--max-duration ${plan.caps.maxDurationS} s`;
        findings.push({
            ...base,
            ruleId: 'latency/load-capped',
            severity: 'info',
            title: `The load was cut to ${plan.totalRequests} requests by ${cap}`,
            message: `The requested schedule was larger than the hard cap (${cap}); the figures come from the requests that were sent.`,
            remediation: 'raise the cap knowingly if the larger load was meant (and the site can take it)',
            fingerprint: 'latency/load-capped',
        });
    }
    if (stoppedEarly !== null) {
        findings.push({
            ...base,
            ruleId: 'latency/time-capped',
            severity: 'info',
            title: 'The load stopped at its time cap',
            message: `The load ${stoppedEarly}.`,
            remediation: 'lower --requests or raise --max-duration',
            fingerprint: 'latency/time-capped',
        });
    }
    if (plan.model === 'closed') {
        findings.push({
            ...base,
            ruleId: 'latency/closed-model',
            severity: 'info',
            title: 'Closed model: stalls are under-reported',
            message: `${plan.concurrency} back-to-back workers per endpoint send nothing while the server stalls, so a stall shows as one slow request, not as the many a steady stream of customers would meet.`,
            remediation: 'drop --concurrency to measure on a fixed schedule (open model) with latency from the scheduled start',
            fingerprint: 'latency/closed-model',
        });
    }
    return findings;
}
function rateLimitFindings(result, baseUrl) {
    const route = `${result.method} ${result.path}`;
    const location = { url: `${baseUrl}${result.path}` };
    const statuses = Object.entries(result.statuses)
        .map(([status, count]) => `${count} × ${status}`)
        .join(', ');
    if (result.limited === 0) {
        return [
            {
                check: CHECK,
                ruleId: 'latency/no-rate-limit',
                severity: 'medium',
                title: `${route} answered a burst of ${result.sent} requests without a 429`,
                message: `A burst of ${result.sent} requests got ${statuses || 'no answers'}${result.errors > 0 ? ` and ${result.errors} errors` : ''}: nothing limits how fast a bot can hit this route.`,
                remediation: 'rate-limit this route per IP and per account (your framework, CDN or WAF), answering 429 with Retry-After',
                location,
                fingerprint: `latency/no-rate-limit:${route}`,
            },
        ];
    }
    return [
        {
            check: CHECK,
            ruleId: 'latency/rate-limited',
            severity: 'info',
            title: `${route} rate-limits: 429 from request ${result.firstLimitedAt} of ${result.sent}`,
            message: `${result.limited} of ${result.sent} requests got 429 (${statuses}); Retry-After: ${result.retryAfter ?? 'not sent'}.`,
            remediation: result.retryAfter === null
                ? 'send Retry-After with the 429 so well-behaved clients know when to come back'
                : 'nothing to do',
            location,
            fingerprint: `latency/rate-limited:${route}`,
        },
    ];
}

// EXTERNAL MODULE: ./shared/http/credentials.ts
var credentials = __webpack_require__(2973);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/checks/smoke-test/run.ts + 12 modules
var run = __webpack_require__(81185);
// EXTERNAL MODULE: ./shared/checks/smoke-test/sensitive.ts
var sensitive = __webpack_require__(8167);
;// CONCATENATED MODULE: ./shared/checks/latency-budget/plan.ts
// From options to what will be sent: the endpoints as requests, their budgets, and the schedule cut to the
// caps (requests and wall time) so a mistyped rate cannot become a load test of production.






function planTargets(options, baseUrl, redactor) {
    const auth = (0,credentials/* parseAuthHeader */.f)(options.authHeader, redactor);
    const configured = options.endpoints.length > 0 ? options.endpoints : ['/'];
    const targets = configured.map((endpoint) => {
        const spec = typeof endpoint === 'string' ? { path: endpoint, method: 'GET', headers: {} } : endpoint;
        const path = spec.path.trim();
        if (/^https?:\/\//i.test(path)) {
            throw new errors/* UsageError */.e(`--endpoint takes a path under --base-url, e.g. /api/products, got "${(0,report_escape/* oneLine */.TN)(path, 60)}"`);
        }
        const headers = {
            ...lowerKeys(auth),
            ...lowerKeys(spec.headers),
        };
        let body;
        if ('json' in spec && spec.json !== undefined) {
            headers['content-type'] ??= 'application/json';
            body = JSON.stringify(spec.json);
        }
        (0,sensitive/* registerSensitive */.W)(headers, 'json' in spec ? spec.json : undefined, redactor);
        const budgets = {};
        for (const percentile of latency_budget_details/* PERCENTILES */.f) {
            const own = 'p95' in spec ? spec[percentile] : undefined;
            const value = own ?? options[percentile];
            if (value > 0)
                budgets[percentile] = value;
        }
        const normalised = path.startsWith('/') ? path : `/${path}`;
        return {
            method: spec.method.toUpperCase(),
            path: normalised,
            url: (0,run/* resolveUrl */.O)(baseUrl, normalised),
            headers,
            body,
            status: 'status' in spec ? spec.status : undefined,
            budgets,
        };
    });
    const seen = new Set();
    for (const target of targets) {
        const key = `${target.method} ${target.path}`;
        if (seen.has(key))
            throw new errors/* UsageError */.e(`endpoint ${key} is listed twice: list each endpoint once`);
        seen.add(key);
    }
    return targets;
}
/** Requests per endpoint the options ask for, before the caps. */
function measuredPerEndpoint(options) {
    return options.duration > 0 ? Math.max(1, Math.round(options.rate * options.duration)) : options.requests;
}
/**
 * The schedule: endpoint i's j-th request at (j + i/k)/rate seconds, so k endpoints interleave evenly instead of
 * firing together. Cut at --max-requests (burst included) and at --max-duration.
 */
function planSchedule(options, targets) {
    const k = targets.length;
    const perEndpoint = measuredPerEndpoint(options) + options.warmup;
    const burst = options.rateLimitProbe === '' ? 0 : options.burst;
    const closed = options.concurrency > 0;
    const interval = 1000 / options.rate;
    const all = [];
    for (let j = 0; j < perEndpoint; j += 1) {
        for (let i = 0; i < k; i += 1) {
            all.push({ target: i, offsetMs: closed ? 0 : (j + i / k) * interval, warmup: j < options.warmup });
        }
    }
    let cappedBy = null;
    let slots = all;
    const room = Math.max(0, options.maxRequests - burst);
    if (slots.length > room) {
        slots = slots.slice(0, room);
        cappedBy = 'max-requests';
    }
    const limitMs = options.maxDuration * 1000;
    if (!closed && slots.length > 0 && slots[slots.length - 1].offsetMs > limitMs) {
        slots = slots.filter((slot) => slot.offsetMs <= limitMs);
        cappedBy = 'max-duration';
    }
    const counts = targets.map((_, i) => slots.filter((s) => s.target === i));
    // The closed model goes as fast as the server answers: no schedule to predict its length from.
    const expectedSeconds = closed ? 0 : slots.length / k / options.rate;
    return {
        slots,
        plan: {
            model: closed ? 'closed' : 'open',
            rate: options.rate,
            concurrency: options.concurrency,
            endpoints: targets.map((target, i) => ({
                method: target.method,
                path: target.path,
                requests: counts[i].filter((s) => !s.warmup).length,
                warmup: counts[i].filter((s) => s.warmup).length,
            })),
            totalRequests: slots.length + burst,
            expectedSeconds: Math.round(expectedSeconds * 10) / 10,
            caps: { maxInFlight: options.maxInFlight, maxRequests: options.maxRequests, maxDurationS: options.maxDuration },
            cappedBy,
        },
    };
}
function lowerKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

// EXTERNAL MODULE: ./shared/checks/latency-budget/present.ts
var present = __webpack_require__(95472);
;// CONCATENATED MODULE: ./shared/checks/latency-budget/rate-limit.ts
// Rate limiting on the routes bots hammer (login, sign-up, webhooks): a short, capped burst, and whether the
// route starts answering 429. Sent without the run's credentials, as a bot would.



function parseRoute(spec) {
    const parts = spec.trim().split(/\s+/);
    const [method, path] = parts.length === 2 ? [parts[0].toUpperCase(), parts[1]] : ['GET', parts[0] ?? ''];
    if (parts.length > 2 || !/^[A-Z]+$/.test(method) || !path.startsWith('/')) {
        throw new errors/* UsageError */.e(`--rate-limit-probe takes "PATH" or "METHOD PATH", e.g. "POST /api/login", got "${spec}"`);
    }
    return { method, path };
}
async function probeRateLimit(probe, baseUrl, spec, burst, timeoutMs) {
    const { method, path } = parseRoute(spec);
    const url = (0,run/* resolveUrl */.O)(baseUrl, path);
    const hasBody = method !== 'GET' && method !== 'HEAD';
    // All at once, as a credential-stuffing script would: burst is capped at 100 by the options.
    const results = await Promise.all(Array.from({ length: burst }, () => probe.request({
        url,
        method,
        followRedirects: false,
        timeoutMs,
        ...(hasBody ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    })));
    const statuses = {};
    let firstLimitedAt = null;
    let retryAfter = null;
    let errors = 0;
    results.forEach((result, index) => {
        if (result.status === undefined) {
            errors += 1;
            return;
        }
        statuses[String(result.status)] = (statuses[String(result.status)] ?? 0) + 1;
        if (result.status === 429 && firstLimitedAt === null) {
            firstLimitedAt = index + 1;
            // The server's text: printable ASCII only, and short.
            retryAfter =
                (0,http_probe/* firstHeader */.Yp)(result.headers, 'retry-after')
                    ?.replace(/[^\x20-\x7e]/g, '?')
                    .slice(0, 40) ?? null;
        }
    });
    return { method, path, sent: burst, limited: statuses['429'] ?? 0, firstLimitedAt, retryAfter, statuses, errors };
}

;// CONCATENATED MODULE: ./shared/checks/latency-budget/schedule.ts
/** Time to set everything up before the first planned start, so it is not late. */
const LEAD_MS = 5;
/** setTimeout fires late by up to a millisecond or so: sleep until this close to the due time, then yield
 * with setImmediate (which lets I/O run) until it arrives. Measured precision: see bench/latency.bench.ts. */
const SPIN_MS = 1.5;
async function waitUntil(due) {
    for (;;) {
        const left = due - performance.now();
        if (left <= 0)
            return;
        if (left > SPIN_MS + 0.5)
            await new Promise((resolve) => setTimeout(resolve, left - SPIN_MS));
        else
            await new Promise((resolve) => setImmediate(resolve));
    }
}
async function answerOf(send, target) {
    try {
        return await send(target);
    }
    catch (error) {
        // The probe classifies failures itself; anything thrown here is a bug, counted rather than crashing the run.
        return {
            serviceMs: 0,
            error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) },
        };
    }
}
async function runOpen(slots, send, caps) {
    const samples = [];
    const pending = new Set();
    let inFlight = 0;
    let stoppedEarly = null;
    const start = performance.now() + LEAD_MS;
    for (const [index, slot] of slots.entries()) {
        const due = start + slot.offsetMs;
        await waitUntil(due);
        const sentAt = performance.now();
        if (sentAt - start > caps.maxDurationMs) {
            stoppedEarly = `stopped at the ${caps.maxDurationMs / 1000} s time cap with ${slots.length - index} planned requests unsent`;
            break;
        }
        if (inFlight >= caps.maxInFlight) {
            // Behind schedule (this process was paused), overdue starts fire back to back without reaching the event
            // loop: let answers already received be counted before calling the server over capacity.
            await new Promise((resolve) => setImmediate(resolve));
        }
        if (inFlight >= caps.maxInFlight) {
            // Never a silent skip: a request the schedule wanted and could not send is an error the report counts.
            samples.push({
                target: slot.target,
                warmup: slot.warmup,
                scheduledAt: due,
                lagMs: sentAt - due,
                latencyMs: 0,
                serviceMs: 0,
                error: {
                    kind: 'over-capacity',
                    message: `${caps.maxInFlight} requests were already in flight (the server is not keeping up with the rate)`,
                },
            });
            continue;
        }
        inFlight += 1;
        const request = answerOf(send, slot.target).then((answer) => {
            inFlight -= 1;
            samples.push({
                target: slot.target,
                warmup: slot.warmup,
                scheduledAt: due,
                lagMs: sentAt - due,
                // The answer's own end (sent + service time), not when this callback ran: a busy event loop here must
                // not add to the server's figures.
                latencyMs: sentAt + answer.serviceMs - due,
                serviceMs: answer.serviceMs,
                status: answer.status,
                error: answer.error,
            });
        });
        pending.add(request);
        void request.finally(() => pending.delete(request));
    }
    await Promise.all(pending);
    return { samples: samples.sort((a, b) => a.scheduledAt - b.scheduledAt), stoppedEarly };
}
async function runClosed(slots, send, caps, concurrency) {
    const samples = [];
    const queues = new Map();
    for (const slot of slots)
        queues.set(slot.target, [...(queues.get(slot.target) ?? []), slot]);
    const start = performance.now();
    let stoppedEarly = null;
    const worker = async (queue) => {
        for (let slot = queue.shift(); slot !== undefined; slot = queue.shift()) {
            const sentAt = performance.now();
            if (sentAt - start > caps.maxDurationMs) {
                stoppedEarly = `stopped at the ${caps.maxDurationMs / 1000} s time cap`;
                return;
            }
            const answer = await answerOf(send, slot.target);
            samples.push({
                target: slot.target,
                warmup: slot.warmup,
                scheduledAt: sentAt,
                lagMs: 0,
                latencyMs: answer.serviceMs,
                serviceMs: answer.serviceMs,
                status: answer.status,
                error: answer.error,
            });
        }
    };
    const perEndpoint = Math.max(1, Math.min(concurrency, Math.floor(caps.maxInFlight / Math.max(1, queues.size))));
    const workers = [...queues.values()].flatMap((queue) => Array.from({ length: perEndpoint }, () => worker(queue)));
    await Promise.all(workers);
    return { samples: samples.sort((a, b) => a.scheduledAt - b.scheduledAt), stoppedEarly };
}

;// CONCATENATED MODULE: ./shared/checks/latency-budget/run.ts
// The latency budget: plan a bounded, paced load, send it through the one probe, and judge each endpoint's
// percentiles against its budgets and the last good run.












/** Bodies are not checked, only timed: keep a little (for a failure's message), read the rest to the end. */
const KEPT_BODY_BYTES = 1024;
async function runLatency(options, context, overrides = {}) {
    const site = (0,site_url/* siteUrl */.hX)(options.baseUrl, { param: 'base-url', config: 'latency.baseUrl' }, context, {
        check: 'latency-budget',
        verb: 'measure',
    });
    const baseUrl = site.href.replace(/\/+$/, '');
    const targets = planTargets(options, baseUrl, context.redactor);
    if (options.rateLimitProbe !== '')
        parseRoute(options.rateLimitProbe);
    const { plan, slots } = planSchedule(options, targets);
    logPlan(context, plan, options);
    if (options.dryRun)
        return dryRunReport(baseUrl, plan);
    const baseline = options.baseline === '' ? null : await readBaseline(context.cwd, options.baseline);
    const probe = (0,http_probe/* createProbe */.fr)({
        timeoutMs: options.timeoutMs,
        maxBodyBytes: KEPT_BODY_BYTES,
        drainBody: true,
        maxRedirects: 0,
        userAgent: 'launch-ready-latency-budget (+https://github.com/launch-ready)',
        ...overrides.probe,
    });
    let load;
    let rateLimit = null;
    try {
        const send = (index) => sendOne(probe, targets[index], options.timeoutMs);
        const caps = { maxInFlight: options.maxInFlight, maxDurationMs: options.maxDuration * 1000 };
        load =
            plan.model === 'open'
                ? await runOpen(slots, send, caps)
                : await runClosed(slots, send, caps, options.concurrency);
        if (options.rateLimitProbe !== '') {
            context.log(`rate-limit probe: a burst of ${options.burst} requests to ${options.rateLimitProbe}`);
            rateLimit = await probeRateLimit(probe, baseUrl, options.rateLimitProbe, options.burst, options.timeoutMs);
        }
    }
    finally {
        await probe.close();
    }
    const judged = targets.map((target, index) => judgeEndpoint(target, load.samples.filter((s) => s.target === index), { baseUrl, maxErrorRate: options.maxErrorRate, regression: options.regression, baseline }));
    for (const { result } of judged) {
        context.log(`${result.method} ${result.path}: ${result.requests} requests, ${result.errors} errors, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms: ${result.verdict}`);
    }
    const findings = [
        ...judged.flatMap((j) => j.findings),
        ...planFindings(plan, baseUrl, load.stoppedEarly),
        ...(rateLimit === null ? [] : rateLimitFindings(rateLimit, baseUrl)),
    ];
    const report = buildReport(baseUrl, plan, judged, findings, {
        stoppedEarly: load.stoppedEarly,
        lags: load.samples.map((s) => s.lagMs),
        rateLimit,
        baseline,
    });
    const scrubbed = context.redactor.scrubDeep(report);
    if (options.saveBaseline !== '') {
        await saveBaseline(context.cwd, options.saveBaseline, scrubbed);
        context.log(`baseline written to ${options.saveBaseline}`);
    }
    return scrubbed;
}
async function sendOne(probe, target, timeoutMs) {
    const result = await probe.request({
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        followRedirects: false,
        timeoutMs,
    });
    // timings.total runs from the probe's start to the last byte: the service time. It is measured inside the
    // probe, before the probe yields to the event loop, so a busy loop after the answer does not add to it.
    const serviceMs = result.timings.total;
    if (result.failure !== undefined) {
        return { serviceMs, error: { kind: result.failure.kind, message: result.failure.message } };
    }
    const status = result.status ?? 0;
    if (!(0,expect/* statusMatches */.W_)(status, target.status))
        return { serviceMs, status, error: { kind: 'status', message: `HTTP ${status}` } };
    return { serviceMs, status };
}
function logPlan(context, plan, options) {
    const pace = plan.model === 'open'
        ? `at ${plan.rate}/s per endpoint (open model: latency from each request's scheduled start), about ${plan.expectedSeconds} s`
        : `with ${plan.concurrency} back-to-back workers per endpoint (closed model: under-reports stalls)`;
    context.log(`${options.dryRun ? 'dry run, nothing sent: would send' : 'sending'} ${plan.totalRequests} requests to ${plan.endpoints.length} endpoint(s) ${pace}; caps ${plan.caps.maxRequests} requests, ${plan.caps.maxDurationS} s, ${plan.caps.maxInFlight} in flight${plan.cappedBy ? ` (cut by ${plan.cappedBy})` : ''}`);
    for (const endpoint of plan.endpoints) {
        context.log(`  ${endpoint.method} ${endpoint.path}: ${endpoint.warmup} warm-up + ${endpoint.requests} measured`);
    }
}
function emptyDetails(baseUrl, plan, dryRun) {
    return {
        baseUrl,
        dryRun,
        plan,
        endpoints: [],
        stoppedEarly: null,
        schedulerLagMs: null,
        histograms: {},
        samples: {},
        rateLimit: null,
    };
}
function dryRunReport(baseUrl, plan) {
    const duration = plan.model === 'open' ? `about ${plan.expectedSeconds} s` : 'as long as the server takes';
    return {
        check: CHECK,
        ok: true,
        summary: `Dry run: would send ${plan.totalRequests} requests to ${plan.endpoints.length} endpoint(s) on ${baseUrl} over ${duration}; nothing was sent`,
        findings: [],
        metrics: { requests: 0, plannedRequests: plan.totalRequests, expectedSeconds: plan.expectedSeconds },
        details: emptyDetails(baseUrl, plan, true),
    };
}
function buildReport(baseUrl, plan, judged, findings, extra) {
    const details = emptyDetails(baseUrl, plan, false);
    details.endpoints = judged.map((j) => j.result);
    details.stoppedEarly = extra.stoppedEarly;
    details.rateLimit = extra.rateLimit;
    if (extra.lags.length > 0) {
        const lags = sortedCopy(extra.lags);
        details.schedulerLagMs = {
            p50: round(quantile(lags, 0.5)),
            p99: round(quantile(lags, 0.99)),
            max: round(lags[lags.length - 1]),
        };
    }
    for (const { result, latencies } of judged) {
        const key = (0,latency_budget_details/* endpointKey */.r)(result);
        details.histograms[key] = (0,present/* histogram */.JW)(latencies);
        details.samples[key] = latencies.map(round);
    }
    const sorted = (0,model/* sortFindings */.Tc)(findings);
    const failing = judged.filter((j) => j.result.verdict === 'over budget' || j.result.verdict === 'too many errors');
    const requests = judged.reduce((sum, j) => sum + j.result.requests, 0);
    const errors = judged.reduce((sum, j) => sum + j.result.errors, 0);
    const worstP95 = Math.max(0, ...judged.map((j) => j.result.latencyMs.p95 ?? 0));
    const pace = plan.model === 'open' ? `at ${plan.rate}/s per endpoint` : `closed model, ${plan.concurrency} workers`;
    const summary = failing.length === 0
        ? `${judged.length} endpoint(s) within budget on ${baseUrl}: ${requests} requests ${pace}, ${errors} errors, worst p95 ${Math.round(worstP95)} ms`
        : `${failing.length} of ${judged.length} endpoint(s) over budget on ${baseUrl}: ${failing.map((j) => `${j.result.method} ${j.result.path} (${j.result.verdict})`).join(', ')}`;
    return {
        check: CHECK,
        ok: failing.length === 0,
        summary,
        findings: sorted,
        metrics: {
            endpoints: judged.length,
            requests,
            errors,
            worstP95Ms: Math.round(worstP95),
            schedulerLagP99Ms: details.schedulerLagMs?.p99 ?? 0,
        },
        details,
    };
}


/***/ }),

/***/ 536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CookieJar)
/* harmony export */ });
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24371);
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
            const parsed = (0,undici__WEBPACK_IMPORTED_MODULE_0__/* .parseCookie */ .Kh)(line);
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
