export const id = 116;
export const ids = [116];
export const modules = {

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
