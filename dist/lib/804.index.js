export const id = 804;
export const ids = [804];
export const modules = {

/***/ 21804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCacheAudit: () => (/* binding */ runCacheAudit)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/http/credentials.ts
var http_credentials = __webpack_require__(2973);
// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/site-url.ts
var site_url = __webpack_require__(88620);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/checks/definition.ts
var definition = __webpack_require__(37193);
// EXTERNAL MODULE: ./node_modules/htmlparser2/dist/Parser.js + 7 modules
var Parser = __webpack_require__(81600);
;// CONCATENATED MODULE: ./shared/checks/cache-audit/discover.ts
// What a browser fetches for a page: scripts, stylesheets, preloads, images, icons, fonts. Parsed with a real
// HTML parser (comments and text that merely mention a URL don't count). Which of them the audit may fetch is the
// caller's to say (the base URL's site and the founder's asset hosts: scope.ts), so it never wanders off to a
// third party.

const RESOURCE_ATTRIBUTES = {
    script: ['src'],
    img: ['src', 'srcset'],
    source: ['src', 'srcset'],
    video: ['poster'],
    input: ['src'],
};
const LINK_RELS = new Set([
    'stylesheet',
    'icon',
    'shortcut',
    'apple-touch-icon',
    'mask-icon',
    'preload',
    'modulepreload',
    'manifest',
]);
function candidates(attribute, value) {
    if (attribute === 'srcset' || attribute === 'imagesrcset') {
        return value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '');
    }
    return [value.trim()];
}
function discoverAssets(html, pageUrl, fetchable) {
    const found = [];
    const add = (attribute, value) => {
        if (value !== undefined)
            found.push(...candidates(attribute, value));
    };
    let base = pageUrl;
    const parser = new Parser/* Parser */.i({
        onopentag(name, attributes) {
            if (name === 'base' && attributes.href) {
                base = resolve(attributes.href, pageUrl) ?? base;
                return;
            }
            if (name === 'link') {
                const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/);
                if (rels.some((rel) => LINK_RELS.has(rel))) {
                    add('href', attributes.href);
                    add('imagesrcset', attributes.imagesrcset);
                }
                return;
            }
            for (const attribute of RESOURCE_ATTRIBUTES[name] ?? [])
                add(attribute, attributes[attribute]);
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
    return sort(found, base, fetchable);
}
/** url(...) and @import in a stylesheet: fonts and background images a browser fetches next. */
function discoverInCss(css, cssUrl, fetchable) {
    const found = [];
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi)) {
        found.push(match[2] ?? match[4] ?? '');
    }
    return sort(found, cssUrl, fetchable);
}
function sort(found, base, fetchable) {
    const assets = [];
    const elsewhere = [];
    for (const raw of found) {
        if (raw === '' || /^(data|blob|javascript|about|mailto):/i.test(raw))
            continue;
        const url = resolve(raw, base);
        if (url === undefined)
            continue;
        const list = fetchable(new URL(url)) ? assets : elsewhere;
        if (!list.includes(url))
            list.push(url);
    }
    return { assets, elsewhere };
}
function resolve(raw, base) {
    try {
        const url = new URL(raw, base);
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return undefined;
        url.hash = '';
        // A page cannot make the audit send credentials: userinfo in a referenced URL is dropped.
        url.username = '';
        url.password = '';
        return url.href;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/fetcher.ts
const ACCEPT_ENCODING = 'br, gzip, zstd';
const ACCEPT_DOCUMENT = 'text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8';
class Fetcher {
    #used = 0;
    #probe;
    #max;
    #timeoutMs;
    constructor(probe, maxRequests, timeoutMs) {
        this.#probe = probe;
        this.#max = maxRequests;
        this.#timeoutMs = timeoutMs;
    }
    get used() {
        return this.#used;
    }
    get left() {
        return this.#max - this.#used;
    }
    /** undefined when the request budget is spent. */
    async get(url, options) {
        if (this.left <= 0)
            return undefined;
        this.#used += 1;
        const sent = {
            accept: options.document ? ACCEPT_DOCUMENT : '*/*',
            'accept-encoding': ACCEPT_ENCODING,
        };
        for (const [name, value] of Object.entries(options.credentials ?? {}))
            sent[name.toLowerCase()] = value;
        const result = await this.#probe.request({
            url,
            headers: sent,
            followRedirects: false,
            timeoutMs: this.#timeoutMs,
        });
        return { url, sent, result };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/checks/cache-audit/findings.ts
// Verdicts → Findings: located at the full URL, fingerprinted by rule and path so baselines survive a new
// deploy URL, a port or a cache-busting query string.

const CHECK = 'cache-audit';
function fingerprint(ruleId, url) {
    const path = new URL(url).pathname;
    return (0,external_node_crypto_.createHash)('sha256').update(`${CHECK}\0${ruleId}\0${path}`).digest('hex').slice(0, 16);
}
function toFinding(verdict, url) {
    return {
        check: CHECK,
        ruleId: verdict.rule.id,
        severity: verdict.rule.severity,
        title: verdict.title,
        message: verdict.message,
        location: { url },
        ...(verdict.evidence === undefined ? {} : { evidence: verdict.evidence }),
        remediation: verdict.remediation,
        fingerprint: fingerprint(verdict.rule.id, url),
    };
}

// EXTERNAL MODULE: ./shared/checks/cache-audit/judge.ts
var judge = __webpack_require__(65758);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/checks/cache-audit/kinds.ts
// Which kind of response a URL is, which decides what "cached right" means for it:
// revved (fingerprinted: cache for a year), static (other assets), page (HTML), api (JSON), private (one customer's).

/** Folders whose files are fingerprinted by the framework even when the hash sits elsewhere in the path. */
const REVVED_FOLDERS = [/^\/_next\/static\//, /\/_app\/immutable\//];
/**
 * A build hash in the file name: 8+ hex characters (webpack, Parcel, Rails, esbuild) or 8+ base64url characters
 * (Vite/Rollup), after a `.`, `-`, `_` or `~`, e.g. app.3f9a1c7e.js, index-DiwrgTda.css, application-6b3f…e1.css.
 */
function isFingerprinted(pathname) {
    if (REVVED_FOLDERS.some((folder) => folder.test(pathname)))
        return true;
    const file = decodeSafely(pathname.slice(pathname.lastIndexOf('/') + 1));
    const dot = file.lastIndexOf('.');
    const stem = dot > 0 ? file.slice(0, dot) : file;
    const parts = stem.split('.');
    return parts.some((part, index) => {
        // The first part is the name (jquery-3, photo_2024…): a hash there follows a separator, or is the whole name
        // only when that is plain hex (a file named by its hash). Later parts may be the hash themselves.
        if (index > 0 || (parts.length === 1 && /^[0-9a-f]{8,}$/i.test(part) && looksLikeHash(part))) {
            if (looksLikeHash(part))
                return true;
        }
        // After a separator inside the part (Rollup's hashes may themselves hold - and _).
        for (let i = 1; i < part.length; i++) {
            if ('-_~'.includes(part[i - 1]) && looksLikeHash(part.slice(i)))
                return true;
        }
        return false;
    });
}
function looksLikeHash(token) {
    if (token.length < 8 || !/^[A-Za-z0-9_-]+$/.test(token))
        return false;
    const digits = /\d/.test(token);
    const letters = /[A-Za-z]/.test(token);
    if (/^[0-9a-f]+$/i.test(token))
        return digits && letters;
    if (digits && letters)
        return true;
    // A digit-free Rollup hash (DiwrgTda): mixed case with a capital inside, which plain words and names lack.
    return token.length <= 12 && /[a-z]/.test(token) && /[A-Z]/.test(token.slice(1)) && !/[-_]/.test(token);
}
function decodeSafely(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const ASSET_EXTENSION = /\.(m?js|cjs|css|map|png|jpe?g|gif|webp|avif|svg|ico|bmp|woff2?|ttf|otf|eot|mp4|webm|mp3|wasm|txt|xml|webmanifest|pdf)$/i;
function classify(input) {
    for (const [glob, kind] of Object.entries(input.overrides)) {
        if (picomatch_default().isMatch(input.pathname, glob, { dot: true }))
            return kind;
    }
    if (input.privateRoute || input.setsCookie)
        return 'private';
    const type = input.contentType.toLowerCase();
    const asset = input.discoveredAsAsset || ASSET_EXTENSION.test(input.pathname);
    if (asset && !/html/.test(type) && isFingerprinted(input.pathname))
        return 'revved';
    if (/html/.test(type))
        return 'page';
    if (/[/+]json\b/.test(type))
        return asset ? 'static' : 'api';
    return 'static';
}
/** The paths named in --private-paths, compared without a trailing slash. */
function samePath(a, b) {
    const trim = (p) => p.replace(/\/+$/, '') || '/';
    return trim(a) === trim(b);
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/directives.ts
function parseDirectives(value) {
    const directives = new Map();
    if (value === undefined)
        return directives;
    for (const part of value.split(',')) {
        const [rawName, ...rest] = part.split('=');
        const name = rawName?.trim().toLowerCase();
        if (!name)
            continue;
        const argument = rest
            .join('=')
            .trim()
            .replace(/^"(.*)"$/, '$1');
        // The first occurrence wins, as caches do with duplicated directives.
        if (!directives.has(name))
            directives.set(name, rest.length > 0 ? argument : true);
    }
    return directives;
}
/** A delta-seconds argument, or undefined when absent or malformed. */
function seconds(directives, name) {
    const value = directives.get(name);
    if (typeof value !== 'string' || !/^\d+$/.test(value))
        return undefined;
    return Number(value);
}
/** A header as one string (repeated fields joined as a list, as HTTP allows), lower-cased name. */
function headerText(headers, name) {
    const value = headers[name.toLowerCase()];
    if (value === undefined)
        return undefined;
    return Array.isArray(value) ? value.join(', ') : value;
}
/** The header block http-cache-semantics expects: one string per field (Set-Cookie kept as a list). */
function flatHeaders(headers) {
    const flat = {};
    for (const [name, value] of Object.entries(headers)) {
        flat[name.toLowerCase()] = Array.isArray(value) ? value.join(name === 'set-cookie' ? '\n' : ', ') : value;
    }
    return flat;
}
/** Vary's field names, lower-cased. */
function varyFields(headers) {
    return (headerText(headers, 'vary') ?? '')
        .split(',')
        .map((field) => field.trim().toLowerCase())
        .filter((field) => field !== '');
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/cdn.ts

/** Most specific first: a CDN obeys its own field, then CDN-Cache-Control, then Surrogate-Control. */
const TARGETED_FIELDS = [
    'vercel-cdn-cache-control',
    'cloudflare-cdn-cache-control',
    'netlify-cdn-cache-control',
    'cdn-cache-control',
    'surrogate-control',
];
function targetedFields(headers) {
    const fields = [];
    for (const name of TARGETED_FIELDS) {
        const value = headerText(headers, name);
        if (value === undefined)
            continue;
        const directives = parseDirectives(value);
        // RFC 9213 §2.1: the targeted field replaces Cache-Control for that cache, with the same directives.
        const refused = directives.has('no-store') || directives.has('private');
        const lifetime = seconds(directives, 's-maxage') ?? seconds(directives, 'max-age') ?? 0;
        const storable = !refused && (lifetime > 0 || directives.has('public') || directives.has('no-cache'));
        const ttl = refused || directives.has('no-cache') ? 0 : lifetime;
        fields.push({ name, value, directives, storable, ttl });
    }
    return fields;
}
const VENDORS = [
    { name: 'Cloudflare', detect: (h) => has(h, 'cf-ray') || has(h, 'cf-cache-status') || serverIs(h, /cloudflare/) },
    { name: 'Vercel', detect: (h) => has(h, 'x-vercel-id') || has(h, 'x-vercel-cache') || serverIs(h, /^vercel/) },
    { name: 'Netlify', detect: (h) => has(h, 'x-nf-request-id') || serverIs(h, /^netlify/) },
    { name: 'CloudFront', detect: (h) => has(h, 'x-amz-cf-id') || /cloudfront/i.test(headerText(h, 'via') ?? '') },
    {
        name: 'Fastly',
        detect: (h) => has(h, 'x-fastly-request-id') || /^cache-/i.test(headerText(h, 'x-served-by') ?? ''),
    },
    { name: 'Akamai', detect: (h) => has(h, 'akamai-cache-status') || serverIs(h, /akamai/) },
    { name: 'Bunny', detect: (h) => has(h, 'cdn-cache') || serverIs(h, /bunnycdn/) },
    { name: 'Azure Front Door', detect: (h) => has(h, 'x-azure-ref') },
    { name: 'Varnish', detect: (h) => has(h, 'x-varnish') || /varnish/i.test(headerText(h, 'via') ?? '') },
];
/** Status headers, the most specific first. */
const STATUS_HEADERS = ['cf-cache-status', 'x-vercel-cache', 'akamai-cache-status', 'cdn-cache', 'x-cache'];
function detectCdn(headers) {
    const vendor = VENDORS.find((v) => v.detect(headers))?.name;
    const cacheStatus = parseCacheStatus(headerText(headers, 'cache-status'));
    const statusHeader = STATUS_HEADERS.find((name) => has(headers, name));
    const ageText = headerText(headers, 'age')?.trim();
    const age = ageText !== undefined && /^\d+$/.test(ageText) ? Number(ageText) : undefined;
    const name = vendor ?? cacheStatus?.cache ?? (statusHeader !== undefined || age !== undefined ? 'a cache' : undefined);
    if (name === undefined)
        return undefined;
    if (statusHeader !== undefined) {
        const raw = headerText(headers, statusHeader) ?? '';
        // "MISS, HIT" (shield, then edge): the last one is the cache nearest the visitor.
        const last = raw.split(',').at(-1)?.trim() ?? raw;
        return { name, status: last.toUpperCase(), statusHeader, age };
    }
    if (cacheStatus !== undefined)
        return { name, status: cacheStatus.status, statusHeader: 'cache-status', age };
    return { name, age };
}
/** RFC 9211: a list of caches, the last nearest the visitor; `hit` or `fwd=<reason>`. */
function parseCacheStatus(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const last = value.split(',').at(-1).trim();
    const [cacheName, ...params] = last.split(';').map((p) => p.trim());
    const cache = (cacheName ?? '').replace(/^"(.*)"$/, '$1') || 'a cache';
    const hit = params.some((p) => p.toLowerCase() === 'hit');
    const fwd = params.find((p) => p.toLowerCase().startsWith('fwd='))?.slice(4);
    const status = hit ? 'HIT' : fwd !== undefined ? `MISS (fwd=${fwd})` : 'MISS';
    return { cache, status };
}
/** True when the cache answered from storage rather than asking the origin. */
function isCacheHit(cdn) {
    if (cdn === undefined)
        return false;
    if ((cdn.age ?? 0) > 0)
        return true;
    const status = (cdn.status ?? '').toLowerCase();
    return /^(tcp_|tcp_mem_)?(hit|stale|updating|refreshhit|revalidated)\b/.test(status) || /\bhit from\b/.test(status);
}
function has(headers, name) {
    return headers[name] !== undefined;
}
function serverIs(headers, pattern) {
    return pattern.test((headerText(headers, 'server') ?? '').toLowerCase());
}

// EXTERNAL MODULE: ./node_modules/http-cache-semantics/index.js
var http_cache_semantics = __webpack_require__(12203);
var http_cache_semantics_default = /*#__PURE__*/__webpack_require__.n(http_cache_semantics);
;// CONCATENATED MODULE: ./shared/checks/cache-audit/policy.ts
// What caches may do with one response: storability and freshness as a shared cache (CDN, proxy) and as the
// browser's private cache, from http-cache-semantics (RFC 9111), plus the CDN-targeted fields it does not know.



function cacheFacts(request, status, headers, bytes) {
    const flat = flatHeaders(headers);
    const cacheControl = headerText(headers, 'cache-control');
    const directives = parseDirectives(cacheControl);
    const targeted = targetedFields(headers);
    const policyOf = (shared, requestHeaders = request.headers) => new (http_cache_semantics_default())({ url: request.url, method: 'GET', headers: requestHeaders }, { status: status ?? 0, headers: flat }, { shared });
    const shared = policyOf(true);
    const browser = policyOf(false);
    const { authorization: _authorization, ...withoutAuth } = request.headers;
    const httpStorable = status !== undefined && shared.storable();
    const cdnField = targeted.find((field) => field.storable);
    const heuristic = cacheControl === undefined &&
        flat.expires === undefined &&
        flat['last-modified'] !== undefined &&
        targeted.length === 0;
    const sharedTtl = Math.max(httpStorable ? shared.maxAge() : 0, ...targeted.filter((f) => f.storable).map((f) => f.ttl));
    const validators = [
        flat.etag === undefined ? '' : 'ETag',
        flat['last-modified'] === undefined ? '' : 'Last-Modified',
    ];
    return {
        status,
        contentType: flat['content-type'] ?? '',
        cacheControl,
        directives,
        targeted,
        sharedStorable: httpStorable || cdnField !== undefined,
        storableDespiteAuth: status !== undefined && policyOf(true, withoutAuth).storable(),
        storableBecause: cdnField
            ? `${displayName(cdnField.name)}: ${cdnField.value}`
            : httpStorable
                ? storableReason(directives, flat)
                : undefined,
        ttl: {
            browser: status !== undefined && browser.storable() ? Math.round(browser.maxAge()) : 0,
            shared: Math.round(sharedTtl),
        },
        heuristic,
        validators: validators.filter((v) => v !== ''),
        encoding: (flat['content-encoding'] ?? '').trim().toLowerCase() || 'identity',
        bytes,
        vary: varyFields(headers),
        setsCookie: headers['set-cookie'] !== undefined,
        legacy: { expires: flat.expires !== undefined, pragma: flat.pragma !== undefined },
        cdn: detectCdn(headers),
    };
}
/** The header a shared cache reads as permission to store, in the order RFC 9111 §3 weighs them. */
function storableReason(directives, flat) {
    const cc = flat['cache-control'];
    if (directives.has('public'))
        return `Cache-Control: ${cc}`;
    const sMaxAge = seconds(directives, 's-maxage');
    if (sMaxAge !== undefined)
        return `Cache-Control: ${cc}`;
    if (cc !== undefined)
        return `Cache-Control: ${cc} (no private or no-store)`;
    if (flat.expires !== undefined)
        return `Expires: ${flat.expires} (no Cache-Control)`;
    if (flat['last-modified'] !== undefined)
        return 'no Cache-Control (a cache may keep it by heuristic, from Last-Modified)';
    return 'no Cache-Control (a cache may store a 200 by default)';
}
const DISPLAY = {
    'vercel-cdn-cache-control': 'Vercel-CDN-Cache-Control',
    'cloudflare-cdn-cache-control': 'Cloudflare-CDN-Cache-Control',
    'netlify-cdn-cache-control': 'Netlify-CDN-Cache-Control',
    'cdn-cache-control': 'CDN-Cache-Control',
    'surrogate-control': 'Surrogate-Control',
};
function displayName(field) {
    return DISPLAY[field] ?? field;
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/leak-probes.ts
// Probes that ask a real cache, not the headers, whether one customer's page reaches someone else:
// - served to another visitor: the route with credentials, then without; a cache hit or the same body means the
//   CDN hands the signed-in page to strangers. A cache-busted request without credentials shows what the origin
//   itself gives a stranger, so a page that is the same for everyone is not mistaken for a leak.
// - web cache deception: <route>/lr-probe.css with credentials; a CDN that caches by extension stores the
//   customer's HTML under a URL anyone can request.




const DECEPTION_SUFFIX = 'lr-probe.css';
const BUST_PARAM = 'lr-cache-probe';
/** What the origin gives someone without credentials, past the cache (a query string it has never seen). */
async function strangerView(fetcher, url) {
    const busted = new URL(url);
    busted.searchParams.set(BUST_PARAM, (0,external_node_crypto_.randomBytes)(6).toString('hex'));
    const got = await fetcher.get(busted.href, { document: true });
    const status = got?.result.status;
    if (got === undefined || status === undefined || isCacheHit(detectCdn(got.result.headers)))
        return { seen: 'unknown' };
    if (status >= 200 && status < 300)
        return { seen: 'open', body: got.result.body };
    if (status === 401 || status === 403 || (status >= 300 && status < 400))
        return { seen: 'refused' };
    return { seen: 'unknown' };
}
function contains(body, personal) {
    return personal.trim() !== '' && body.includes(personal);
}
function ok(fetched) {
    const status = fetched?.result.status;
    return status !== undefined && status >= 200 && status < 300;
}
async function servedToVisitor(fetcher, route, signedIn) {
    const base = { probe: 'served-to-visitor', route, url: route };
    const anonymous = await fetcher.get(route, { document: true });
    if (anonymous === undefined)
        return { ...base, outcome: 'skipped', detail: 'not run: --max-urls reached' };
    if (!ok(anonymous)) {
        const status = anonymous.result.status;
        return {
            ...base,
            outcome: 'safe',
            detail: `a visitor without credentials gets ${status === undefined ? 'no answer' : `HTTP ${status}`}`,
        };
    }
    const cdn = detectCdn(anonymous.result.headers);
    const hit = isCacheHit(cdn);
    const sameBody = contains(anonymous.result.body, signedIn.result.body);
    if (!hit && !sameBody)
        return {
            ...base,
            outcome: 'safe',
            detail: 'a visitor without credentials gets another page, fresh from the origin',
        };
    const stranger = await strangerView(fetcher, route);
    const how = hit
        ? `a cache hit (${cdn?.statusHeader ?? 'age'}: ${cdn?.status ?? `Age ${cdn?.age}`})`
        : 'the signed-in body';
    if (stranger.seen === 'open' && (contains(stranger.body, signedIn.result.body) || !sameBody)) {
        return { ...base, outcome: 'safe', detail: 'the origin shows the same page to everyone: it is not personal' };
    }
    if (stranger.seen === 'unknown' && !hit) {
        return {
            ...base,
            outcome: 'safe',
            detail: 'a visitor without credentials gets the same body, but the origin could not be asked past the cache: inconclusive',
        };
    }
    return {
        ...base,
        outcome: 'leak',
        detail: `requested without credentials right after a signed-in request, it answered HTTP ${anonymous.result.status} with ${how}${hit && sameBody ? ' and the signed-in body' : ''}${stranger.seen === 'refused' ? ', while the origin refuses a stranger' : ''}`,
    };
}
async function webCacheDeception(fetcher, route, credentials) {
    const url = `${route.replace(/\/+$/, '')}/${DECEPTION_SUFFIX}`;
    const base = { probe: 'web-cache-deception', route, url };
    const signedIn = await fetcher.get(url, { document: false, credentials });
    if (signedIn === undefined)
        return { ...base, outcome: 'skipped', detail: 'not run: --max-urls reached' };
    const type = (0,http_probe/* firstHeader */.Yp)(signedIn.result.headers, 'content-type') ?? '';
    const html = /html/i.test(type) || /^\s*<(!doctype|html)/i.test(signedIn.result.body);
    if (signedIn.result.status !== 200 || !html) {
        const status = signedIn.result.status;
        return {
            ...base,
            outcome: 'safe',
            detail: `answers ${status === undefined ? 'nothing' : `HTTP ${status}`}${status === 200 ? ` (${type})` : ''}, not the page`,
        };
    }
    const stranger = await strangerView(fetcher, url);
    if (stranger.seen === 'open' && contains(stranger.body, signedIn.result.body)) {
        return { ...base, outcome: 'safe', detail: 'answers 200 HTML, but the same page to everyone: it is not personal' };
    }
    const facts = cacheFacts({ url, headers: signedIn.sent }, signedIn.result.status, signedIn.result.headers, signedIn.result.bodyBytes);
    const anonymous = await fetcher.get(url, { document: false });
    const served = anonymous !== undefined &&
        ok(anonymous) &&
        (isCacheHit(detectCdn(anonymous.result.headers)) || contains(anonymous.result.body, signedIn.result.body));
    if (!facts.sharedStorable && !served) {
        return { ...base, outcome: 'safe', detail: "answers the customer's HTML, but no shared cache may store it" };
    }
    const why = served
        ? 'a visitor without credentials then got it from the cache'
        : `a CDN caching by extension may store it (${facts.storableBecause})`;
    return { ...base, outcome: 'leak', detail: `answers 200 with the customer's HTML; ${why}` };
}

// EXTERNAL MODULE: ./shared/checks/cache-audit/rules.ts
var rules = __webpack_require__(17166);
// EXTERNAL MODULE: ./shared/dns/registrable-domain.ts
var registrable_domain = __webpack_require__(93899);
;// CONCATENATED MODULE: ./shared/http/same-site.ts
// "Same site" as browsers decide it (HTML's schemeful same-site, which Fetch and cookies use): the same scheme and
// the same registrable domain (eTLD+1), whatever the port. www.shop.example.com and cdn.shop.example.com are one
// site; example.github.io and other.github.io are two, because github.io is on the public suffix list (its private
// section counts, as it does in browsers). A host without a registrable domain (an IP address, localhost) is the
// same site only as itself.

/** The two URLs are on the same site: same scheme, and the same host or the same registrable domain. */
function sameSite(a, b) {
    const x = typeof a === 'string' ? new URL(a) : a;
    const y = typeof b === 'string' ? new URL(b) : b;
    if (x.protocol !== y.protocol)
        return false;
    const hostX = x.hostname.toLowerCase().replace(/\.$/, '');
    const hostY = y.hostname.toLowerCase().replace(/\.$/, '');
    if (hostX === hostY)
        return true;
    const domain = (0,registrable_domain/* registrableDomain */.j)(hostX);
    return domain !== undefined && domain === (0,registrable_domain/* registrableDomain */.j)(hostY);
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/scope.ts
// Which URLs the audit fetches: those on the base URL's site (its origin, its subdomains such as a CDN at
// cdn.shop.example.com, its other ports), and those on the asset hosts the founder named (a CloudFront or Bunny
// host on another site). Everything else is a third party whose caching the founder cannot change: never fetched.

/** `cdn.example.net` is that host; `*.example.net` any host under example.net (not example.net itself). */
function matchesAssetHost(hostname, pattern) {
    const host = normalise(hostname);
    const wanted = normalise(pattern);
    if (wanted.startsWith('*.'))
        return host.endsWith(wanted.slice(1));
    return host === wanted;
}
function normalise(host) {
    return host.trim().toLowerCase().replace(/\.$/, '');
}
class AuditScope {
    #base;
    #assetHosts;
    constructor(base, assetHosts) {
        this.#base = new URL(base);
        this.#assetHosts = assetHosts;
    }
    reach(url) {
        const target = typeof url === 'string' ? new URL(url) : url;
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
            return 'elsewhere';
        if (sameSite(target, this.#base))
            return 'site';
        if (this.#assetHosts.some((pattern) => matchesAssetHost(target.hostname, pattern)))
            return 'asset-host';
        return 'elsewhere';
    }
    /** The audit fetches it (without credentials: those go only to --private-paths on the base URL's origin). */
    fetches = (url) => this.reach(url) !== 'elsewhere';
}

;// CONCATENATED MODULE: ./shared/checks/cache-audit/run.ts
// The cache audit: fetch the pages and private routes, the assets their HTML loads, run the leak probes, and judge
// every response by its kind.
















const USER_AGENT = 'launch-ready-cache-audit (+https://github.com/launch-ready)';
async function runCacheAudit(options, context, overrides = {}) {
    const site = (0,site_url/* siteUrl */.hX)(options.baseUrl, { param: 'base-url', config: 'cache.baseUrl' }, context, {
        check: 'cache-audit',
        verb: 'audit',
    });
    const base = site.href.replace(/\/+$/, '');
    const credentials = {
        ...(0,http_credentials/* parseAuthHeader */.f)(options.authHeader, context.redactor),
        ...cookieHeader(options.cookie, context.redactor),
    };
    const pages = options.paths.map((p) => sameOriginUrl(base, p, '--paths'));
    const privates = options.privatePaths.map((p) => sameOriginUrl(base, p, '--private-paths'));
    const probe = (0,http_probe/* createProbe */.fr)({
        timeoutMs: options.timeoutMs,
        maxRedirects: 0,
        userAgent: USER_AGENT,
        ...overrides.probe,
    });
    const state = {
        options,
        context,
        fetcher: new Fetcher(probe, options.maxUrls, options.timeoutMs),
        origin: new URL(base).origin,
        scope: new AuditScope(base, options.assetHosts),
        urls: [],
        findings: [],
        probes: [],
        seen: new Set(),
        assets: [],
        offSite: new Set(),
        overBudget: new Set(),
    };
    try {
        // Private routes first: within --max-urls, the leak checks matter most.
        for (const url of privates)
            await visitPrivate(state, url, credentials);
        const queue = pages
            .filter((url) => !privates.includes(url))
            .map((url) => ({ url, source: 'path' }));
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
            const visited = await visit(state, next.url, next.source, {});
            const target = visited === undefined ? undefined : sameOriginRedirect(state, visited.fetched);
            if (target !== undefined)
                queue.push({ url: target, source: 'redirect' });
        }
        for (let asset = state.assets.shift(); asset !== undefined; asset = state.assets.shift()) {
            await visit(state, asset, 'asset', {});
        }
    }
    finally {
        await probe.close();
    }
    if (state.offSite.size > 0) {
        state.context.log(`  not audited: ${state.offSite.size} URL(s) on another site (${offSiteHosts(state).join(', ')}); list a host that serves your own assets in ${(0,definition/* paramLabel */.w)('asset-hosts', state.context.source)}`);
    }
    return buildReport(state, base);
}
function cookieHeader(raw, redactor) {
    const cookie = (0,http_credentials/* parseCookieHeader */.v)(raw, redactor);
    return cookie === undefined ? {} : { cookie };
}
async function visitPrivate(state, url, credentials) {
    const visited = await visit(state, url, 'private-path', credentials);
    if (visited === undefined)
        return;
    const { fetched: signedIn, row } = visited;
    const status = signedIn.result.status;
    if (Object.keys(credentials).length === 0) {
        state.context.log(`  ${url}: no --auth-header or --cookie, so the leak probes did not run`);
        return;
    }
    if (status === undefined)
        return;
    if (status < 200 || status >= 300) {
        addFinding(state, url, {
            rule: rules/* RULES */.y.credentialsRefused,
            title: `the private route answered HTTP ${status} with the credentials given`,
            message: 'The leak probes need the signed-in page: check --auth-header/--cookie (a fresh session or token).',
            remediation: 'pass credentials the site accepts for this route',
        }, row);
        return;
    }
    for (const run of [
        () => servedToVisitor(state.fetcher, url, signedIn),
        () => webCacheDeception(state.fetcher, url, credentials),
    ]) {
        const probe = await run();
        state.probes.push(probe);
        state.context.log(`  ${probe.probe} ${probe.url}: ${probe.outcome} (${probe.detail})`);
        if (probe.outcome === 'leak')
            addFinding(state, url, leakVerdict(probe), row);
    }
}
function leakVerdict(probe) {
    if (probe.probe === 'served-to-visitor') {
        return {
            rule: rules/* RULES */.y.privateServedToVisitor,
            title: "a customer's page reaches visitors without credentials",
            message: `The CDN serves this private route to others: ${probe.detail}.`,
            remediation: 'send Cache-Control: private, no-store on it, make the CDN bypass its cache for signed-in routes (or vary on the session cookie/Authorization), then purge the CDN',
            evidence: probe.detail,
        };
    }
    return {
        rule: rules/* RULES */.y.webCacheDeception,
        title: `web cache deception: ${probe.url} returns the customer's page`,
        message: `${probe.url}, requested with credentials, ${probe.detail}. Anyone can lure a customer to such a URL and then read it from the cache.`,
        remediation: 'answer 404 for unknown paths under private routes (no catch-all that ignores the extension), send Cache-Control: private, no-store, and do not let the CDN cache by file extension alone',
        evidence: probe.detail,
    };
}
async function visit(state, url, source, credentials) {
    if (state.seen.has(url) && source !== 'private-path')
        return undefined;
    state.seen.add(url);
    const fetched = await state.fetcher.get(url, { document: source !== 'asset', credentials });
    if (fetched === undefined) {
        state.overBudget.add(url);
        return undefined;
    }
    const { result } = fetched;
    const withCredentials = Object.keys(credentials).length > 0;
    if (result.status === undefined) {
        const row = recordFailure(state, url, source, withCredentials, result.failure?.message ?? 'no response');
        return { fetched, row };
    }
    const facts = cacheFacts({ url, headers: fetched.sent }, result.status, result.headers, result.bodyBytes);
    const kind = classify({
        pathname: new URL(url).pathname,
        contentType: facts.contentType,
        discoveredAsAsset: source === 'asset',
        privateRoute: source === 'private-path' || withCredentials,
        setsCookie: facts.setsCookie,
        overrides: state.options.kinds,
    });
    const verdicts = (0,judge/* judge */.S4)(kind, facts);
    for (const verdict of verdicts)
        addFinding(state, url, verdict);
    const governing = facts.targeted[0];
    const row = {
        url,
        kind,
        status: result.status,
        cacheControl: facts.cacheControl ?? null,
        cdnCacheControl: governing === undefined ? null : `${displayName(governing.name)}: ${governing.value}`,
        sharedStorable: facts.sharedStorable,
        ttlSeconds: facts.ttl,
        validators: facts.validators,
        encoding: facts.encoding,
        bytes: facts.bytes,
        cdn: facts.cdn === undefined
            ? null
            : { name: facts.cdn.name, status: facts.cdn.status ?? null, age: facts.cdn.age ?? null },
        findings: verdicts.map((v) => v.rule.id),
        source,
        credentials: withCredentials,
    };
    state.urls.push(row);
    state.context.log(`${verdicts.length === 0 ? '✓' : '!'} ${kind} ${result.status} ${url} (${facts.cacheControl ?? 'no Cache-Control'})`);
    if (!state.options.noCrawl)
        discover(state, fetched, facts.contentType);
    return { fetched, row };
}
function discover(state, fetched, contentType) {
    const { status, body } = fetched.result;
    if (status === undefined || status < 200 || status >= 300)
        return;
    const found = /html/i.test(contentType)
        ? discoverAssets(body, fetched.url, state.scope.fetches)
        : /css/i.test(contentType)
            ? discoverInCss(body, fetched.url, state.scope.fetches)
            : undefined;
    if (found === undefined)
        return;
    for (const url of found.elsewhere)
        state.offSite.add(url);
    for (const asset of found.assets) {
        if (!state.seen.has(asset) && !state.assets.includes(asset))
            state.assets.push(asset);
    }
}
function sameOriginRedirect(state, fetched) {
    const status = fetched.result.status ?? 0;
    const location = (0,http_probe/* firstHeader */.Yp)(fetched.result.headers, 'location');
    if (status < 300 || status >= 400 || location === undefined)
        return undefined;
    try {
        const target = new URL(location, fetched.url);
        target.hash = '';
        if (target.origin !== state.origin || state.seen.has(target.href))
            return undefined;
        return target.href;
    }
    catch {
        return undefined;
    }
}
function recordFailure(state, url, source, credentials, message) {
    const named = source !== 'asset';
    addFinding(state, url, {
        rule: named ? rules/* RULES */.y.unreachable : rules/* RULES */.y.requestFailed,
        title: named ? 'page could not be fetched' : 'asset could not be fetched',
        message: `${message}: its caching could not be checked.`,
        remediation: named
            ? 'check that the site is up and the path is right (smoke-test says where it breaks)'
            : 'check the asset URL the page references',
    });
    const row = {
        url,
        kind: source === 'private-path' ? 'private' : source === 'asset' ? 'static' : 'page',
        status: null,
        cacheControl: null,
        cdnCacheControl: null,
        sharedStorable: false,
        ttlSeconds: { browser: 0, shared: 0 },
        validators: [],
        encoding: 'identity',
        bytes: 0,
        cdn: null,
        findings: [named ? rules/* RULES */.y.unreachable.id : rules/* RULES */.y.requestFailed.id],
        source,
        credentials,
        error: message,
    };
    state.urls.push(row);
    state.context.log(`✗ ${url}: ${message}`);
    return row;
}
/** A finding on a URL, and its rule id on the URL's row when there is one. */
function addFinding(state, url, verdict, row) {
    state.findings.push(toFinding(verdict, url));
    if (row !== undefined && !row.findings.includes(verdict.rule.id))
        row.findings.push(verdict.rule.id);
}
function cdnFindings(state) {
    const byName = new Map();
    for (const row of state.urls) {
        if (row.cdn === null)
            continue;
        byName.set(row.cdn.name, [...(byName.get(row.cdn.name) ?? []), row]);
    }
    return [...byName].map(([name, rows]) => {
        const statuses = new Map();
        for (const row of rows)
            statuses.set(row.cdn?.status ?? 'no status', (statuses.get(row.cdn?.status ?? 'no status') ?? 0) + 1);
        const counts = [...statuses].map(([status, count]) => `${status} ×${count}`).join(', ');
        return toFinding({
            rule: rules/* RULES */.y.cdnDetected,
            title: `CDN: ${name}`,
            message: `${name} answered ${rows.length} of the URLs audited (${counts}); the status of each URL is in the table.`,
            remediation: 'nothing to fix: for information',
        }, rows[0].url);
    });
}
/** The third-party hosts the pages load from, most referenced first: what a founder checks for a CDN of their own. */
function offSiteHosts(state) {
    const counts = new Map();
    for (const url of state.offSite) {
        const host = new URL(url).host;
        counts.set(host, (counts.get(host) ?? 0) + 1);
    }
    return [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_LISTED_HOSTS)
        .map(([host]) => host);
}
const MAX_LISTED_HOSTS = 20;
function buildReport(state, base) {
    const findings = (0,model/* sortFindings */.Tc)([...state.findings, ...cdnFindings(state)]);
    const blockers = findings.filter((f) => f.severity === 'blocker');
    const blockedPaths = [
        ...new Set(blockers.map((f) => ('url' in (f.location ?? {}) ? new URL(f.location.url).pathname : ''))),
    ];
    const overBudget = state.overBudget.size;
    const budgetNote = overBudget > 0 ? ` (${overBudget} more not fetched: --max-urls ${state.options.maxUrls})` : '';
    const summary = blockers.length > 0
        ? `${blockedPaths.length} customer-only route(s) may be served from a shared cache: ${blockedPaths.join(', ')} — ${state.urls.length} URLs audited on ${base}${budgetNote}`
        : `${state.urls.length} URLs audited on ${base}: no customer-only response in a shared cache${budgetNote}`;
    return {
        check: CHECK,
        ok: blockers.length === 0,
        summary,
        findings,
        metrics: {
            urls: state.urls.length,
            requests: state.fetcher.used,
            blockers: blockers.length,
            offSite: state.offSite.size,
            overBudget,
        },
        details: {
            baseUrl: base,
            urls: state.urls,
            probes: state.probes,
            maxUrls: state.options.maxUrls,
            requests: state.fetcher.used,
            notFetched: { offSite: state.offSite.size, offSiteHosts: offSiteHosts(state), overBudget },
        },
    };
}
/** A path joins the base URL (keeping a base path such as /shop); a full URL must be on the same origin. */
function sameOriginUrl(base, pathOrUrl, flag) {
    const raw = pathOrUrl.trim();
    let url;
    try {
        url = /^https?:\/\//i.test(raw) ? new URL(raw) : new URL(`${base}${raw.startsWith('/') ? '' : '/'}${raw}`);
    }
    catch {
        throw new errors/* UsageError */.e(`${flag}: "${(0,report_escape/* oneLine */.TN)(raw, 60)}" is not a path such as /account`);
    }
    if (url.origin !== new URL(base).origin) {
        throw new errors/* UsageError */.e(`${flag}: ${(0,report_escape/* oneLine */.TN)(raw, 60)} is not on ${new URL(base).origin}: give paths on the base URL's site`);
    }
    url.hash = '';
    return url.href;
}


/***/ }),

/***/ 93899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ registrableDomain)
/* harmony export */ });
/* harmony import */ var tldts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20935);
// The registrable domain (eTLD+1) of a host name by the Public Suffix List: what browsers call a site and DMARC an
// organizational domain. The list's private section counts too (myapp.herokuapp.com and example.github.io are their
// own), as browsers and receivers that load the whole list treat them.

/** example.co.uk for shop.example.co.uk, lower case; undefined for an IP address, a single label or a public suffix. */
function registrableDomain(hostname) {
    const parsed = (0,tldts__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(hostname.toLowerCase().replace(/\.$/, ''), { allowPrivateDomains: true });
    if (parsed.isIp)
        return undefined;
    return parsed.domain ?? undefined;
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


/***/ })

};
