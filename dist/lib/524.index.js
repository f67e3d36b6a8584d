export const id = 524;
export const ids = [524];
export const modules = {

/***/ 37524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyFindings: () => (/* binding */ verifyFindings)
/* harmony export */ });
/* unused harmony export DEFAULT_VERIFY_LIMITS */
/* harmony import */ var _http_probe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8701);
/* harmony import */ var _base_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54511);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33972);
// Optional verification (--verify): asks each key's own provider whether the key still works, and turns the answer
// into the finding's severity. Bounded by construction: each distinct key is asked once, at most `maxKeys` keys,
// `concurrency` requests in flight, a deadline per request and one for the whole run, and retries only after a
// 429 whose Retry-After fits the remaining time. A key goes only to the provider its rule names, redirects are
// never followed, and no response text reaches a finding or the log.



const DEFAULT_VERIFY_LIMITS = {
    timeoutMs: 5_000,
    budgetMs: 30_000,
    concurrency: 4,
    maxKeys: 100,
    maxRetries: 2,
};
const AWS_SECRET_RULE = 'aws-secret-access-key';
async function verifyFindings(items, context, limits = DEFAULT_VERIFY_LIMITS) {
    const started = performance.now();
    const jobs = planJobs(items);
    const summary = {
        keys: jobs.length,
        live: 0,
        revoked: 0,
        unknown: 0,
        requests: 0,
        durationMs: 0,
        limits,
    };
    if (jobs.length === 0)
        return { findings: items.map((item) => item.finding), summary };
    const bases = new Map([...new Set(jobs.map((job) => job.provider))].map((provider) => [provider, (0,_base_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .baseUrlOf */ .i)(provider, context.env)]));
    const counts = new Map();
    for (const job of jobs)
        counts.set(job.provider.name, (counts.get(job.provider.name) ?? 0) + 1);
    context.log(`secret-scan: verifying ${jobs.length} ${jobs.length === 1 ? 'key' : 'keys'} with their providers (${[...counts]
        .map(([name, count]) => `${name} ${count}`)
        .join(', ')})`);
    const values = new Set(jobs.flatMap((job) => [job.credential.value, job.credential.secret ?? job.credential.value]));
    const probe = (0,_http_probe_js__WEBPACK_IMPORTED_MODULE_0__/* .createProbe */ .fr)({
        timeoutMs: limits.timeoutMs,
        maxBodyBytes: 64 * 1024,
        maxDecodedBytes: 256 * 1024,
        isSecret: (text) => [...values].some((value) => text.includes(value)),
        userAgent: 'launch-ready-secret-scan (+https://github.com/launch-ready)',
    });
    const deadline = started + limits.budgetMs;
    const queue = jobs.slice(0, limits.maxKeys);
    for (const job of jobs.slice(limits.maxKeys)) {
        job.result = unknown(job, `more than ${limits.maxKeys} keys to verify in one run`);
    }
    const ask = async (job) => {
        const base = bases.get(job.provider);
        for (let attempt = 0;; attempt++) {
            const remaining = deadline - performance.now();
            if (remaining <= 0)
                return unknown(job, 'time budget spent');
            summary.requests++;
            const result = await probe.request({
                ...job.provider.request(job.credential, base),
                followRedirects: false,
                timeoutMs: Math.min(limits.timeoutMs, remaining),
            });
            if (result.status === 429) {
                const wait = retryAfterMs(result);
                if (attempt < limits.maxRetries && wait !== undefined && wait < deadline - performance.now()) {
                    await new Promise((resolve) => setTimeout(resolve, wait));
                    continue;
                }
                return unknown(job, 'rate limited');
            }
            const verdict = job.provider.classify(result);
            return verdict === 'unknown' ? unknown(job, whyUnknown(result)) : { verdict, provider: job.provider.name };
        }
    };
    try {
        const workers = Array.from({ length: Math.min(limits.concurrency, queue.length) }, async () => {
            for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
                // The probe never throws; this guards a provider's own code, so one odd key cannot stop the scan.
                job.result = await ask(job).catch(() => unknown(job, 'internal error while verifying'));
            }
        });
        await Promise.all(workers);
    }
    finally {
        await probe.close();
    }
    const verdicts = new Map();
    for (const job of jobs) {
        summary[job.result.verdict]++;
        for (const index of job.items)
            verdicts.set(index, [...(verdicts.get(index) ?? []), job.result]);
    }
    summary.durationMs = Math.round(performance.now() - started);
    context.log(`secret-scan: verification: ${summary.live} live, ${summary.revoked} revoked, ${summary.unknown} unknown (${summary.requests} requests, ${(summary.durationMs / 1000).toFixed(1)} s)`);
    const findings = items.map((item, index) => {
        const results = verdicts.get(index);
        return results === undefined ? item.finding : withVerification(item.finding, combine(results));
    });
    return { findings, summary };
}
/**
 * One job per distinct key and provider. An AWS key id is paired with the nearest secret access key found in the
 * same file (and commit): the pair is what STS checks, and its verdict applies to both findings.
 */
function planJobs(items) {
    const jobs = new Map();
    items.forEach((item, index) => {
        const provider = (0,_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .providerFor */ .z)(item.finding.ruleId);
        if (provider === undefined)
            return;
        const pair = item.finding.ruleId === 'aws-access-key-id' ? nearestSecret(items, item) : undefined;
        const credential = { value: item.value, ...(pair ? { secret: pair.item.value } : {}) };
        if (provider.accepts && !provider.accepts(credential))
            return;
        const key = `${provider.name}\0${credential.value}\0${credential.secret ?? ''}`;
        const job = jobs.get(key) ?? { provider, credential, items: [] };
        job.items.push(index, ...(pair ? [pair.index] : []));
        jobs.set(key, job);
    });
    return [...jobs.values()];
}
function nearestSecret(items, keyId) {
    let best;
    items.forEach((item, index) => {
        if (item.finding.ruleId !== AWS_SECRET_RULE || item.file !== keyId.file || item.commit !== keyId.commit)
            return;
        if (best === undefined || Math.abs(item.line - keyId.line) < Math.abs(best.item.line - keyId.line)) {
            best = { item, index };
        }
    });
    return best;
}
/** A finding checked through several jobs (an AWS secret beside two key ids): live wins, then all revoked. */
function combine(results) {
    return (results.find((r) => r.verdict === 'live') ??
        (results.every((r) => r.verdict === 'revoked') ? results[0] : results.find((r) => r.verdict === 'unknown')));
}
function withVerification(finding, result) {
    const properties = { ...finding.properties, verification: result.verdict, verifiedWith: result.provider };
    switch (result.verdict) {
        case 'live':
            return {
                ...finding,
                severity: 'blocker',
                message: `${finding.message} Verified live with ${result.provider}: rotate now.`,
                properties,
            };
        case 'revoked':
            return {
                ...finding,
                severity: 'medium',
                message: `${finding.message} Revoked per ${result.provider}; remove it from history.`,
                properties,
            };
        default:
            return {
                ...finding,
                message: `${finding.message} Could not verify with ${result.provider} (${result.reason ?? 'no clear answer'}).`,
                properties,
            };
    }
}
function unknown(job, reason) {
    return { verdict: 'unknown', provider: job.provider.name, reason };
}
/** Why an answer was not trusted, from our own classification: never the response's text. */
function whyUnknown(result) {
    if (result.failure !== undefined)
        return result.failure.kind === 'timeout' ? 'timed out' : `${result.failure.kind} failure`;
    if (result.status === undefined)
        return 'no answer';
    if (result.status >= 300 && result.status < 400)
        return `redirected (HTTP ${result.status}), not followed`;
    if (result.status >= 500)
        return `provider error (HTTP ${result.status})`;
    return `unexpected answer (HTTP ${result.status})`;
}
/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(result) {
    const header = result.headers['retry-after'];
    const text = (Array.isArray(header) ? header[0] : header)?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}


/***/ })

};
