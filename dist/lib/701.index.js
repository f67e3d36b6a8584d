export const id = 701;
export const ids = [701];
export const modules = {

/***/ 24937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ badRedirectFailure),
/* harmony export */   FP: () => (/* binding */ statusFailure),
/* harmony export */   Re: () => (/* binding */ crossOriginBodyFailure),
/* harmony export */   _N: () => (/* binding */ timeoutFailure),
/* harmony export */   fe: () => (/* binding */ classifyError),
/* harmony export */   mi: () => (/* binding */ unexpectedFailure),
/* harmony export */   mp: () => (/* binding */ bodyTooLargeFailure)
/* harmony export */ });
/* unused harmony export hostOf */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46682);
// Turns an error or a status into a Failure a founder can act on: which layer broke and what to check.


const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL', 'ENODATA']);
const CONNECT_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EHOSTDOWN',
    'ENETDOWN',
    'EPIPE',
    'ETIMEDOUT',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CLOSED',
    'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** undici's parser error carries no code (llhttp's HPE_* code is lost): its name is what says "not HTTP". */
const NOT_HTTP = 'HPE_NOT_HTTP';
function errorCodes(error) {
    const codes = [];
    const seen = new Set();
    const visit = (value) => {
        if (value === null || typeof value !== 'object' || seen.has(value))
            return;
        seen.add(value);
        const code = value.code;
        if (typeof code === 'string')
            codes.push(code);
        else if (value.name === 'HTTPParserError')
            codes.push(NOT_HTTP);
        if (value instanceof AggregateError)
            for (const inner of value.errors)
                visit(inner);
        visit(value.cause);
    };
    visit(error);
    return codes;
}
function isTlsCode(code) {
    return (code.startsWith('CERT_') ||
        code.startsWith('ERR_TLS_') ||
        code.startsWith('ERR_SSL_') ||
        code.includes('SELF_SIGNED') ||
        code.startsWith('UNABLE_TO_') ||
        code === 'EPROTO' ||
        code === 'HOSTNAME_MISMATCH');
}
/** The limit undici applies to response headers (Node's --max-http-header-size, 16 KiB by default). */
function maxHeaderSize() {
    return (node_http__WEBPACK_IMPORTED_MODULE_0___default().maxHeaderSize);
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
/** Classifies a transport error. `phase` is where the request was when it broke. */
function classifyError(error, url, phase, cert) {
    const codes = errorCodes(error);
    const host = hostOf(url);
    const hostname = host.replace(/:\d+$/, '');
    const detail = error instanceof Error ? error.message : String(error);
    const dnsCode = codes.find((c) => DNS_CODES.has(c));
    if (dnsCode !== undefined) {
        return {
            kind: 'dns',
            code: dnsCode,
            message: dnsCode === 'EAI_AGAIN' ? `DNS lookup of ${hostname} failed temporarily` : `${hostname} does not resolve`,
            hint: `the domain does not resolve: check the A/CNAME record for ${hostname} at your DNS provider`,
        };
    }
    const tlsCode = codes.find(isTlsCode);
    if (tlsCode !== undefined)
        return tlsFailure(tlsCode, hostname, cert, detail);
    if (codes.some((c) => TIMEOUT_CODES.has(c)))
        return timeoutFailure(url, phase === 'body' ? 'body' : 'headers');
    // Answers that are not (readable) HTTP are the server's doing, not the network's: http, and not retried.
    const parseCode = codes.find((c) => c.startsWith('HPE_'));
    if (parseCode !== undefined) {
        return {
            kind: 'http',
            code: parseCode,
            message: `${host} did not answer with valid HTTP (${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(detail, 160)})`,
            hint: 'something other than the web app answers on this host and port (SSH, a database, a plain-TLS port?) or a proxy sends broken HTTP: check the URL, the port and the proxy/load-balancer',
        };
    }
    if (codes.includes('UND_ERR_HEADERS_OVERFLOW')) {
        return {
            kind: 'http',
            code: 'UND_ERR_HEADERS_OVERFLOW',
            message: `${host} sent response headers too large to read (over ${Math.round(maxHeaderSize() / 1024)} KiB)`,
            hint: 'browsers and proxies reject oversized headers too: look for a flood of Set-Cookie headers, a huge cookie or an oversized CSP/Link header',
        };
    }
    if (codes.includes('UND_ERR_INVALID_ARG') || codes.includes('ERR_INVALID_URL')) {
        return {
            kind: 'assertion',
            code: 'INVALID_REQUEST',
            message: `the request to ${host} could not be sent: ${detail}`,
            hint: "check the step's method, headers and body (a header value with a line break, a bad URL)",
        };
    }
    const connectCode = codes.find((c) => CONNECT_CODES.has(c)) ?? codes[0];
    return connectFailure(connectCode, host, phase, detail);
}
function connectFailure(code, host, phase, detail) {
    if (code === 'ECONNREFUSED') {
        return {
            kind: 'connect',
            code,
            message: `connection to ${host} refused`,
            hint: `nothing is listening on ${host}: is the app running, and are the host and port right?`,
        };
    }
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
        return {
            kind: 'connect',
            code,
            message: `connecting to ${host} timed out`,
            hint: `${host} does not accept connections: check the firewall/security group and that the server is up`,
        };
    }
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN' || code === 'ENETDOWN') {
        return {
            kind: 'connect',
            code,
            message: `${host} is unreachable`,
            hint: 'no network route to the server: check the IP address in DNS and the hosting network',
        };
    }
    if (phase === 'body') {
        return {
            kind: 'connect',
            code,
            message: `connection to ${host} was cut mid-response (${detail})`,
            hint: 'the app or a proxy crashed or closed the connection while sending the page: check the app logs for a crash',
        };
    }
    if (phase === 'headers' || phase === 'request') {
        return {
            kind: 'connect',
            code,
            message: `${host} closed the connection without answering (${detail})`,
            hint: 'the app or a proxy dropped the request: check the app logs for a crash or restart',
        };
    }
    return {
        kind: 'connect',
        code,
        message: `could not connect to ${host} (${detail})`,
        hint: 'the connection failed: check that the server is up and reachable from the internet',
    };
}
function tlsFailure(code, hostname, cert, detail) {
    if (code === 'CERT_HAS_EXPIRED') {
        const when = cert?.validTo ? ` on ${new Date(cert.validTo).toISOString().slice(0, 10)}` : '';
        return {
            kind: 'tls',
            code,
            message: `the certificate of ${hostname} expired${when}`,
            hint: `the certificate expired${when}: renew it (or fix the auto-renewal, e.g. Let's Encrypt/certbot) and reload the server`,
        };
    }
    if (code === 'CERT_NOT_YET_VALID') {
        return {
            kind: 'tls',
            code,
            message: `the certificate of ${hostname} is not valid yet${cert?.validFrom ? ` (from ${cert.validFrom})` : ''}`,
            hint: "check the server's clock and the certificate's start date",
        };
    }
    if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') {
        return {
            kind: 'tls',
            code,
            message: `${hostname} serves a self-signed certificate`,
            hint: "browsers reject self-signed certificates: install one from a public CA (e.g. Let's Encrypt, or your host's managed TLS)",
        };
    }
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
        const names = cert?.altNames ? ` (it covers ${cert.altNames})` : '';
        return {
            kind: 'tls',
            code,
            message: `the certificate of ${hostname} is for another host${names}`,
            hint: `issue a certificate that includes ${hostname}, or point the domain at the server that has it`,
        };
    }
    if (code.startsWith('UNABLE_TO_')) {
        return {
            kind: 'tls',
            code,
            message: `the certificate chain of ${hostname} cannot be verified (${code})`,
            hint: 'the server does not send the intermediate certificates: configure the full chain (fullchain.pem)',
        };
    }
    return {
        kind: 'tls',
        code,
        message: `TLS handshake with ${hostname} failed (${detail})`,
        hint: 'check that the server speaks HTTPS on this port with a modern TLS version and a valid certificate',
    };
}
function timeoutFailure(url, phase, timeoutMs) {
    const host = hostOf(url);
    const budget = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`;
    if (phase === 'dns') {
        return {
            kind: 'dns',
            code: 'DNS_TIMEOUT',
            message: `DNS lookup of ${host.replace(/:\d+$/, '')} did not finish${budget}`,
            hint: 'the DNS provider answers slowly or not at all: check the nameservers configured for the domain',
        };
    }
    if (phase === 'connect' || phase === 'tls') {
        return {
            kind: 'connect',
            code: 'UND_ERR_CONNECT_TIMEOUT',
            message: `${phase === 'tls' ? 'TLS handshake with' : 'connecting to'} ${host} did not finish${budget}`,
            hint: `${host} does not accept connections: check the firewall/security group and that the server is up`,
        };
    }
    if (phase === 'body') {
        return {
            kind: 'timeout',
            code: 'BODY_TIMEOUT',
            message: `${host} started answering but the body did not finish${budget}`,
            hint: 'the page streams too slowly or hangs half-way: check the app logs and slow queries',
        };
    }
    return {
        kind: 'timeout',
        code: 'HEADERS_TIMEOUT',
        message: `${host} accepted the connection but sent no response${budget}`,
        hint: 'the app is hanging (stuck worker, slow database, exhausted pool): check the app logs and its health',
    };
}
/** An unexpected status code, explained by its class. */
function statusFailure(status, url, expected) {
    const host = hostOf(url);
    const message = `HTTP ${status} from ${url}, expected ${expected}`;
    let hint;
    if (status === 401 || status === 403)
        hint = 'the request was refused: check the credentials (auth header, login step) the step sends';
    else if (status === 404)
        hint = 'the page is missing: check the path and that this deploy ships the route';
    else if (status === 429)
        hint = 'rate limited: allow the smoke test through the rate limiter or WAF';
    else if (status === 502 || status === 504)
        hint = `the proxy in front of the app could not reach it: check that the app on ${host} is running and healthy`;
    else if (status === 503)
        hint = 'the service is unavailable: still deploying, in maintenance mode, or overloaded';
    else if (status >= 500)
        hint = 'the app crashed on this request: check the app logs/error tracker for this URL';
    else if (status >= 300 && status < 400)
        hint = 'an unexpected redirect: check the Location and whether the step should follow it';
    else
        hint = 'the app answered, but not as expected: check the route and the request the step sends';
    return { kind: 'http', code: `HTTP_${status}`, message, hint };
}
/** A compressed body that inflates beyond the probe's bound: a misconfiguration or a decompression bomb. */
function bodyTooLargeFailure(url, encoding, wireBytes, maxDecodedBytes) {
    return {
        kind: 'http',
        code: 'BODY_TOO_LARGE',
        message: `${hostOf(url)} sent a ${encoding} body of ${wireBytes} bytes that decompresses to more than ${formatBytes(maxDecodedBytes)}; it was not read further`,
        hint: 'no page should inflate that much (a decompression bomb, or compression applied to a huge or endless response): check what this route returns and the compression settings of the app, proxy or CDN',
    };
}
/** A redirect whose Location is no URL a browser could follow (unparsable, or not http/https). */
function badRedirectFailure(url, status, location, reason) {
    return {
        kind: 'http',
        code: 'BAD_REDIRECT',
        message: `${hostOf(url)} answered ${status} with Location "${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(location, 120)}", ${reason}`,
        hint: 'the redirect cannot be followed by a browser: check the redirect rule (host/CDN config or the app code that builds the Location) and make it an http(s) URL',
    };
}
/** A redirect that would carry a credential in the request body to another origin: not followed. */
function crossOriginBodyFailure(url, status, target) {
    return {
        kind: 'http',
        code: 'CROSS_ORIGIN_CREDENTIALS',
        message: `${hostOf(url)} answered ${status}, redirecting the request body (which holds a credential) to another origin, ${hostOf(target)}; not followed`,
        hint: `a ${status} redirect resends the body: point the step at the final URL, or fix the redirect if ${hostOf(target)} is not yours`,
    };
}
/** Anything that went wrong outside the classified paths: the step fails and says so, the run goes on. */
function unexpectedFailure(error, url) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
        kind: 'http',
        code: 'UNEXPECTED_ERROR',
        message: `the request to ${hostOf(url)} failed unexpectedly: ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(detail, 160)}`,
        hint: 'the response could not be handled (or launch-ready hit a bug): check what this URL returns, and report it to launch-ready if it looks normal',
    };
}
function formatBytes(bytes) {
    return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}


/***/ }),

/***/ 8701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xd: () => (/* binding */ ACCEPT_ENCODING),
  fr: () => (/* binding */ createProbe),
  Yp: () => (/* binding */ firstHeader)
});

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(24371);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(40610);
;// CONCATENATED MODULE: ./shared/http/reserved-names.ts
// RFC 6761 §6.4: names under `.invalid` never resolve, and "name resolution APIs SHOULD … immediately return
// a negative response". glibc's getaddrinfo still asks the configured nameserver, so a probe of
// https://shop.invalid would send the name off the machine: answer it here instead.

function isReservedInvalid(hostname) {
    const name = hostname.toLowerCase().replace(/\.$/, '');
    return name === 'invalid' || name.endsWith('.invalid');
}
/** Wraps a lookup so `.invalid` names fail at once with ENOTFOUND, as a missing DNS record would. */
function guardReservedNames(lookup = external_node_dns_.lookup) {
    return (hostname, options, callback) => {
        if (!isReservedInvalid(hostname)) {
            lookup(hostname, options, callback);
            return;
        }
        const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
            code: 'ENOTFOUND',
            errno: -3008,
            syscall: 'getaddrinfo',
            hostname,
        });
        process.nextTick(() => callback(error, '', 4));
    };
}

;// CONCATENATED MODULE: ./shared/http/connector.ts
// Wraps undici's connector so each new connection records its own DNS, TCP and TLS times from the
// socket's events, and so a certificate failure can say which certificate (expiry date, names) it was.



const connections = new WeakMap();
function connectionOf(socket) {
    return connections.get(socket);
}
/** Phase durations of a connection; all zero for a reused one. */
function connectionPhases(connection) {
    const lookupEnd = connection.lookupAt ?? connection.startedAt;
    return {
        dns: lookupEnd - connection.startedAt,
        connect: connection.connectAt === undefined ? 0 : connection.connectAt - lookupEnd,
        tls: connection.secureAt === undefined || connection.connectAt === undefined
            ? 0
            : connection.secureAt - connection.connectAt,
    };
}
/** Where a connection still being opened is: dns, connect or tls. */
function connectionPhase(connection, https) {
    if (connection === undefined)
        return 'connect';
    if (connection.connectAt !== undefined)
        return https ? 'tls' : 'connect';
    const looking = connection.resolvesName && connection.lookupAt === undefined && connection.remoteAddress === undefined;
    return looking ? 'dns' : 'connect';
}
function certificateFacts(cert) {
    if (cert === undefined || Object.keys(cert).length === 0)
        return undefined;
    return {
        subject: [cert.subject?.CN].flat()[0],
        issuer: [cert.issuer?.CN].flat()[0],
        validFrom: cert.valid_from,
        validTo: cert.valid_to,
        altNames: cert.subjectaltname,
    };
}
class CertificateError extends Error {
    name = 'CertificateError';
    code;
    cert;
    constructor(code, cert) {
        super(`certificate rejected: ${code}`);
        this.code = code;
        this.cert = cert;
    }
}
/**
 * `onConnectionStart` tells the probe which connection an origin is opening, so a deadline hit before
 * any request is sent can still say whether DNS, TCP or TLS was slow.
 */
function timedConnector(options, onConnectionStart) {
    // Verification is done here rather than by tls.connect so a rejected certificate can be described
    // (tls.connect destroys the socket before its certificate can be read).
    const inner = (0,undici/* buildConnector */.gU)({
        timeout: options.connectTimeoutMs,
        allowH2: options.allowH2,
        rejectUnauthorized: false,
        ...(options.ca === undefined ? {} : { ca: options.ca }),
        lookup: guardReservedNames(options.lookup),
    });
    return (connectOptions, callback) => {
        const https = connectOptions.protocol === 'https:';
        const connection = {
            origin: `${connectOptions.protocol}//${connectOptions.host ?? connectOptions.hostname}`,
            startedAt: performance.now(),
            requests: 0,
            resolvesName: (0,external_node_net_.isIP)(connectOptions.hostname.replace(/^\[|\]$/g, '')) === 0,
        };
        onConnectionStart(connection);
        // buildConnector's connector returns the socket it creates (undocumented in its types but stable).
        const socket = inner(connectOptions, (error, established) => {
            if (error !== null || established === null) {
                connection.error = error;
                callback(error ?? new Error('connection failed'), null);
                return;
            }
            connection.connectAt ??= performance.now();
            if (https) {
                const tlsSocket = established;
                connection.secureAt ??= performance.now();
                connection.cert = certificateFacts(tlsSocket.getPeerCertificate());
                if (!options.insecure && !tlsSocket.authorized) {
                    const code = String(tlsSocket.authorizationError ?? 'CERT_REJECTED');
                    const rejection = new CertificateError(code, connection.cert);
                    connection.error = rejection;
                    tlsSocket.destroy();
                    callback(rejection, null);
                    return;
                }
            }
            const alpn = established.alpnProtocol;
            connection.httpVersion = alpn === 'h2' ? '2' : '1.1';
            connection.remoteAddress = established.remoteAddress;
            connections.set(established, connection);
            callback(null, established);
        });
        if (socket === undefined)
            return;
        socket.once('lookup', (_error, address) => {
            connection.lookupAt ??= performance.now();
            connection.remoteAddress ??= address;
        });
        socket.once('connect', () => {
            connection.connectAt ??= performance.now();
        });
        if (https) {
            socket.once('secureConnect', () => {
                connection.secureAt ??= performance.now();
            });
        }
    };
}

// EXTERNAL MODULE: ./shared/http/failure.ts
var http_failure = __webpack_require__(24937);
// EXTERNAL MODULE: ./shared/http/sensitive-names.ts
var sensitive_names = __webpack_require__(33546);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __webpack_require__(53053);
var external_node_diagnostics_channel_default = /*#__PURE__*/__webpack_require__.n(external_node_diagnostics_channel_);
;// CONCATENATED MODULE: ./shared/http/socket-attribution.ts
// undici does not tell a dispatch handler which socket carried its request. It does publish the socket on
// the `undici:client:sendHeaders` channel, synchronously right after calling the handler's onRequestStart,
// so a handler that registers itself in onRequestStart receives the socket before anything else can run.

let pending;
let subscribed = false;
function onSendHeaders(message) {
    const claim = pending;
    pending = undefined;
    const socket = message.socket;
    if (claim !== undefined && socket !== undefined)
        claim(socket);
}
/** Call from onRequestStart: `claim` receives the socket the request is about to be written to. */
function claimNextSocket(claim) {
    if (!subscribed) {
        external_node_diagnostics_channel_default().subscribe('undici:client:sendHeaders', onSendHeaders);
        subscribed = true;
    }
    pending = claim;
    // If undici aborts before writing, no message comes: never hand a later request's socket to this one.
    queueMicrotask(() => {
        if (pending === claim)
            pending = undefined;
    });
}

// EXTERNAL MODULE: ./shared/http/userinfo.ts
var userinfo = __webpack_require__(22628);
;// CONCATENATED MODULE: ./shared/http/probe.ts







const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Every content coding the probe decodes, in the order browsers list them. */
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'launch-ready-smoke-test (+https://github.com/launch-ready)';
function createProbe(options = {}) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const maxRedirects = options.maxRedirects ?? 5;
    const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
    const limits = {
        maxBodyBytes,
        maxDecodedBytes: Math.max(maxBodyBytes, options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES),
    };
    const isSecret = options.isSecret ?? (() => false);
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    const opening = new Map();
    const agent = new undici/* Agent */.g6({
        connect: timedConnector({
            connectTimeoutMs: options.connectTimeoutMs ?? timeoutMs,
            allowH2: options.allowH2 ?? true,
            ca: options.ca,
            insecure: options.insecure ?? false,
            lookup: options.lookup,
        }, (connection) => opening.set(connection.origin, connection)),
        allowH2: options.allowH2 ?? true,
        // The probe enforces its own fine-grained deadline; undici's coarse timers are only a backstop.
        headersTimeout: timeoutMs + 2_000,
        bodyTimeout: timeoutMs + 2_000,
    });
    /** One bad response (or a bug) never escapes as an exception: it is this request's failure. */
    async function request(req) {
        const startedAt = performance.now();
        try {
            return await send(req, startedAt);
        }
        catch (error) {
            const classified = (0,http_failure/* classifyError */.fe)(error, req.url, 'request');
            const failure = classified.code === 'INVALID_REQUEST' ? classified : (0,http_failure/* unexpectedFailure */.mi)(error, req.url);
            const hop = {
                headers: {},
                body: Buffer.alloc(0),
                bodyBytes: 0,
                truncated: false,
                failure,
                phases: { dns: 0, connect: 0, tls: 0 },
                socketReused: false,
            };
            return result(req, req.method ?? 'GET', req.url, hop, [], hop.phases, startedAt, limits);
        }
    }
    async function send(req, startedAt) {
        const budget = req.timeoutMs ?? timeoutMs;
        const deadlineAt = startedAt + budget;
        let method = (req.method ?? 'GET').toUpperCase();
        let body = req.body;
        let headers = {
            'user-agent': userAgent,
            ...(options.acceptEncoding === undefined ? {} : { 'accept-encoding': options.acceptEncoding }),
            ...lowerKeys(req.headers ?? {}),
        };
        let current = new URL(req.url);
        const credentials = (0,userinfo/* urlCredentials */.O)(current);
        if (credentials !== undefined) {
            current = new URL(credentials.url);
            headers.authorization ??= credentials.authorization;
        }
        const redirects = [];
        const visited = new Set([`${method} ${current.href}`]);
        const phases = { dns: 0, connect: 0, tls: 0 };
        for (;;) {
            const hopHeaders = withCookies(headers, current, req);
            const hop = await sendHop(agent, opening, {
                url: current,
                method,
                headers: hopHeaders,
                body,
                deadlineAt,
                timeoutMs: budget,
                maxBodyBytes,
                drainBody: options.drainBody ?? false,
            });
            phases.dns += hop.phases.dns;
            phases.connect += hop.phases.connect;
            phases.tls += hop.phases.tls;
            const setCookie = hop.headers['set-cookie'];
            if (req.cookies !== undefined && setCookie !== undefined) {
                req.cookies.store(current.href, Array.isArray(setCookie) ? setCookie : [setCookie]);
            }
            const location = firstHeader(hop.headers, 'location');
            const follow = req.followRedirects !== false && hop.failure === undefined && location !== undefined;
            if (!follow || hop.status === undefined || !REDIRECT_STATUSES.has(hop.status)) {
                // undici hands a kept-alive socket to the next request only after a full event-loop turn: yield one,
                // so back-to-back requests reuse the connection as a browser would.
                const done = result(req, method, current.href, hop, redirects, phases, startedAt, limits);
                await new Promise((resolve) => setImmediate(resolve));
                return done;
            }
            const fail = (failure) => result(req, method, current.href, { ...hop, failure }, redirects, phases, startedAt, limits);
            const next = redirectTarget(location, current);
            if (typeof next === 'string')
                return fail((0,http_failure/* badRedirectFailure */.A6)(current.href, hop.status, location, next));
            redirects.push({ url: current.href, status: hop.status, location: next.href });
            if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
                if (method !== 'HEAD')
                    method = 'GET';
                body = undefined;
                headers = withoutBodyHeaders(headers);
            }
            if (next.origin !== current.origin) {
                if (body !== undefined && isSecret(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'))) {
                    return fail((0,http_failure/* crossOriginBodyFailure */.Re)(current.href, hop.status, next.href));
                }
                headers = withoutCredentials(headers, isSecret);
            }
            const key = `${method} ${next.href}`;
            const tooMany = redirects.length > maxRedirects;
            if (visited.has(key) || tooMany) {
                const chain = [...redirects.map((r) => r.url), next.href].join(' → ');
                const failure = tooMany
                    ? {
                        kind: 'http',
                        code: 'TOO_MANY_REDIRECTS',
                        message: `more than ${maxRedirects} redirects: ${chain}`,
                        hint: 'the redirect chain is too long: point the link straight at the final URL',
                    }
                    : {
                        kind: 'http',
                        code: 'REDIRECT_LOOP',
                        message: `redirect loop: ${chain}`,
                        hint: 'two rules redirect to each other: check http→https, www and trailing-slash redirects at the host/CDN and in the app',
                    };
                return fail(failure);
            }
            visited.add(key);
            current = next;
        }
    }
    return {
        request,
        async close() {
            await agent.destroy();
        },
    };
}
/** Where a redirect leads, or why it leads nowhere a browser would go. Userinfo in a Location is not used. */
function redirectTarget(location, current) {
    let next;
    try {
        next = new URL(location, current);
    }
    catch {
        return 'which is not a valid URL';
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return `which leads to a ${next.protocol} URL, not http(s)`;
    next.username = '';
    next.password = '';
    return next;
}
function result(req, method, finalUrl, hop, redirects, phases, startedAt, limits) {
    const decoded = decodeBody(hop, finalUrl, limits);
    const end = performance.now();
    const timings = {
        dns: round(phases.dns),
        connect: round(phases.connect),
        tls: round(phases.tls),
        firstByte: hop.firstByteAt === undefined ? 0 : round(hop.firstByteAt - startedAt),
        total: round(end - startedAt),
    };
    return {
        url: (0,userinfo/* withoutUserinfo */.Q)(req.url),
        finalUrl: (0,userinfo/* withoutUserinfo */.Q)(finalUrl),
        method,
        status: hop.status,
        headers: hop.headers,
        body: decoded.text,
        bodyBytes: hop.bodyBytes,
        bodyTruncated: hop.truncated || decoded.truncated,
        timings,
        socketReused: hop.socketReused,
        httpVersion: hop.httpVersion,
        remoteAddress: hop.remoteAddress,
        redirects,
        failure: hop.failure ?? decoded.failure,
    };
}
function sendHop(agent, opening, input) {
    const { url } = input;
    const https = url.protocol === 'https:';
    const maxBody = input.maxBodyBytes;
    return new Promise((resolve) => {
        const chunks = [];
        let kept = 0;
        let bodyBytes = 0;
        let truncated = false;
        let settled = false;
        let phase = 'waiting';
        let controller;
        let connection;
        let status;
        let headers = {};
        let firstByteAt;
        const finish = (failure) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            const reused = connection !== undefined && connection.requests > 1;
            const failedConnection = connection ?? opening.get(url.origin);
            resolve({
                status,
                headers,
                body: Buffer.concat(chunks),
                bodyBytes,
                truncated,
                failure,
                firstByteAt,
                phases: failedConnection === undefined || reused
                    ? { dns: 0, connect: 0, tls: 0 }
                    : connectionPhases(failedConnection),
                socketReused: reused,
                httpVersion: connection?.httpVersion,
                remoteAddress: connection?.remoteAddress,
            });
        };
        const timer = setTimeout(() => {
            const where = phase === 'waiting' ? connectionPhase(opening.get(url.origin), https) : phase;
            const failure = (0,http_failure/* timeoutFailure */._N)(url.href, where, input.timeoutMs);
            finish(failure);
            controller?.abort(new Error(failure.message));
        }, Math.max(0, input.deadlineAt - performance.now()));
        const handler = {
            onRequestStart(ctrl) {
                controller = ctrl;
                if (settled) {
                    ctrl.abort(new Error('deadline passed'));
                    return;
                }
                phase = 'headers';
                claimNextSocket((socket) => {
                    connection = connectionOf(socket);
                    if (connection !== undefined)
                        connection.requests += 1;
                });
            },
            onResponseStart(_ctrl, statusCode, responseHeaders) {
                // 1xx interim responses (100 Continue, 103 Early Hints) are not the answer.
                if (statusCode < 200)
                    return;
                firstByteAt ??= performance.now();
                phase = 'body';
                status = statusCode;
                headers = responseHeaders;
            },
            onResponseData(ctrl, chunk) {
                bodyBytes += chunk.length;
                const room = maxBody - kept;
                if (room > 0) {
                    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
                    chunks.push(piece);
                    kept += piece.length;
                }
                if (bodyBytes > maxBody && !truncated) {
                    truncated = true;
                    if (input.drainBody)
                        return;
                    // Enough to check the page: do not download the rest.
                    finish();
                    ctrl.abort(new Error('body limit reached'));
                }
            },
            onResponseEnd() {
                finish();
            },
            onResponseError(_ctrl, error) {
                if (settled)
                    return;
                const where = phase === 'waiting' ? connectionPhase(opening.get(url.origin), https) : phase;
                const cert = error instanceof CertificateError ? error.cert : opening.get(url.origin)?.cert;
                finish((0,http_failure/* classifyError */.fe)(error, url.href, where === 'dns' ? 'connect' : where, cert));
            },
        };
        try {
            agent.dispatch({
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: input.method,
                headers: input.headers,
                body: input.body,
            }, handler);
        }
        catch (error) {
            finish((0,http_failure/* classifyError */.fe)(error, url.href, 'request'));
        }
    });
}
// finishFlush: a body cut at maxBodyBytes is still decoded as far as it goes.
const DECODERS = {
    gzip: (bytes, max) => external_node_zlib_default().gunzipSync(bytes, { finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, maxOutputLength: max }),
    'x-gzip': (bytes, max) => DECODERS.gzip(bytes, max),
    deflate: (bytes, max) => external_node_zlib_default().inflateSync(bytes, { finishFlush: (external_node_zlib_default()).constants.Z_SYNC_FLUSH, maxOutputLength: max }),
    br: (bytes, max) => external_node_zlib_default().brotliDecompressSync(bytes, { finishFlush: (external_node_zlib_default()).constants.BROTLI_OPERATION_FLUSH, maxOutputLength: max }),
    zstd: (bytes, max) => external_node_zlib_default().zstdDecompressSync(bytes, { finishFlush: (external_node_zlib_default()).constants.ZSTD_e_flush, maxOutputLength: max }),
};
/**
 * Undoes Content-Encoding (codings applied in order, so undone last first), never producing more than
 * maxDecodedBytes: a 1 KB response inflating to gigabytes is refused rather than read. The text kept is at
 * most maxBodyBytes, as for an uncompressed body.
 */
function decodeBody(hop, url, limits) {
    const codings = (firstHeader(hop.headers, 'content-encoding') ?? '')
        .split(',')
        .map((coding) => coding.trim().toLowerCase())
        .filter((coding) => coding !== '' && coding !== 'identity');
    let bytes = hop.body;
    for (const coding of codings.reverse()) {
        const decoder = DECODERS[coding];
        // An unknown coding is checked as sent; assertions on it will fail and say so.
        if (decoder === undefined)
            break;
        try {
            bytes = decoder(bytes, limits.maxDecodedBytes);
        }
        catch (error) {
            if (error.code === 'ERR_BUFFER_TOO_LARGE') {
                const encoding = codings.join(', ');
                return {
                    text: '',
                    truncated: true,
                    failure: (0,http_failure/* bodyTooLargeFailure */.mp)(url, encoding, hop.body.length, limits.maxDecodedBytes),
                };
            }
            // An undecodable body is checked as sent; assertions on it will fail and say so.
            break;
        }
    }
    const truncated = bytes.length > limits.maxBodyBytes;
    return { text: (truncated ? bytes.subarray(0, limits.maxBodyBytes) : bytes).toString('utf8'), truncated };
}
function firstHeader(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
function lowerKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function withCookies(headers, url, req) {
    const fromJar = req.cookies?.headerFor(url.href);
    if (fromJar === undefined)
        return headers;
    const own = headers.cookie;
    return { ...headers, cookie: own === undefined ? fromJar : `${own}; ${fromJar}` };
}
function withoutBodyHeaders(headers) {
    const { 'content-type': _type, 'content-length': _length, ...rest } = headers;
    return rest;
}
/**
 * Credentials set for one origin must not leak to another through a redirect: every header whose name says
 * credential (Authorization, Cookie, X-Api-Key, X-Auth-Token, X-Session-Id…) or whose value holds a secret.
 */
function withoutCredentials(headers, isSecret) {
    return Object.fromEntries(Object.entries(headers).filter(([name, value]) => !(0,sensitive_names/* isSensitiveName */.e)(name) && !isSecret(value)));
}
function round(ms) {
    return Math.round(Math.max(0, ms) * 10) / 10;
}


/***/ }),

/***/ 33546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ isSensitiveName)
/* harmony export */ });
// The one rule for "this name carries a credential": header names (not sent to another origin on a redirect,
// values registered as secrets) and body field names (values registered as secrets).
const SENSITIVE_NAME = /authorization|cookie|token|secret|passw(or)?d|api[-_]?key|session|credential|signature/i;
function isSensitiveName(name) {
    return SENSITIVE_NAME.test(name);
}


/***/ })

};
