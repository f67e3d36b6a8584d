export const id = 479;
export const ids = [479];
export const modules = {

/***/ 69479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTls: () => (/* binding */ runTls)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/dns/resolver.ts
var resolver = __webpack_require__(88946);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/fs/read.ts
var read = __webpack_require__(3746);
// EXTERNAL MODULE: ./shared/http/probe.ts + 3 modules
var http_probe = __webpack_require__(8701);
// EXTERNAL MODULE: ./shared/http/site-url.ts
var site_url = __webpack_require__(88620);
// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/model.ts
var model = __webpack_require__(1124);
// EXTERNAL MODULE: ./shared/checks/definition.ts
var definition = __webpack_require__(37193);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./shared/checks/tls-check/certificate.ts
// Reads the server's certificate chain with Node's tls (verification done here, not by the handshake, so an
// untrusted, expired or wrong-host certificate can still be described), and probes which TLS versions the server
// accepts with separate handshakes pinned by minVersion/maxVersion.


const DAY = 24 * 60 * 60 * 1000;
/** One TLS handshake; resolves with the open socket (caller ends it) or rejects with the error. */
function handshake(endpoint, versions = {}) {
    return new Promise((resolve, reject) => {
        const isIpHost = /^[\d.]+$|:/.test(endpoint.host);
        const socket = external_node_tls_default().connect({
            host: endpoint.host,
            port: endpoint.port,
            ...(isIpHost ? {} : { servername: endpoint.host }),
            ca: endpoint.ca,
            rejectUnauthorized: false,
            ...(endpoint.lookup === undefined ? {} : { lookup: endpoint.lookup }),
            ...(versions.min === undefined ? {} : { minVersion: versions.min }),
            ...(versions.max === undefined ? {} : { maxVersion: versions.max }),
            // TLS 1.0/1.1 need OpenSSL's security level 0 to be offered at all.
            ...(versions.max === 'TLSv1.1' ? { ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
        });
        const timer = setTimeout(() => {
            socket.destroy();
            reject(Object.assign(new Error(`TLS handshake with ${endpoint.host}:${endpoint.port} timed out`), {
                code: 'ETIMEDOUT',
            }));
        }, endpoint.timeoutMs);
        socket.once('secureConnect', () => {
            clearTimeout(timer);
            resolve({ socket });
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            socket.destroy();
            reject(error);
        });
    });
}
async function accepts(endpoint, min, max) {
    try {
        const { socket } = await handshake(endpoint, { min, max });
        socket.destroy();
        return true;
    }
    catch {
        return false;
    }
}
function keyText(cert) {
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
        return `RSA ${details.modulusLength ?? '?'}`;
    if (key.asymmetricKeyType === 'ec')
        return `EC ${details.namedCurve ?? '?'}`;
    return String(key.asymmetricKeyType ?? 'unknown');
}
function commonName(dn) {
    return /(?:^|\n)CN=([^\n]*)/.exec(dn)?.[1] ?? dn.replace(/\n/g, ', ');
}
function chainOf(peer) {
    const chain = [];
    const seen = new Set();
    for (let current = peer; current?.raw !== undefined; current = current.issuerCertificate) {
        if (seen.has(current.fingerprint256) || chain.length >= 10)
            break;
        seen.add(current.fingerprint256);
        chain.push(new external_node_crypto_.X509Certificate(current.raw));
    }
    return chain;
}
async function inspectCertificate(endpoint, now = Date.now()) {
    const { socket } = await handshake(endpoint);
    try {
        const peer = socket.getPeerCertificate(true);
        const protocol = socket.getProtocol() ?? 'unknown';
        const trustError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
        const chain = chainOf(peer);
        const leaf = chain[0];
        if (leaf === undefined)
            throw Object.assign(new Error('the server sent no certificate'), { code: 'NO_CERTIFICATE' });
        // Node skips the host check when the chain is untrusted: do it here so both faults are reported.
        const hostnameMatches = external_node_tls_default().checkServerIdentity(endpoint.host, peer) === undefined;
        const notBefore = leaf.validFromDate.getTime();
        const notAfter = leaf.validToDate.getTime();
        const sent = chain.map((c) => ({
            subject: commonName(c.subject),
            issuer: commonName(c.issuer),
            notAfter: c.validToDate.toISOString(),
        }));
        const names = (leaf.subjectAltName ?? '')
            .split(/,\s*/)
            .map((n) => n.replace(/^(DNS|IP Address):/, ''))
            .filter((n) => n !== '');
        socket.destroy();
        const [old, modern] = await Promise.all([
            accepts(endpoint, 'TLSv1', 'TLSv1.1'),
            protocol === 'TLSv1.3' ? Promise.resolve(true) : accepts(endpoint, 'TLSv1.3', 'TLSv1.3'),
        ]);
        return {
            host: endpoint.host,
            port: endpoint.port,
            subject: commonName(leaf.subject),
            issuer: commonName(leaf.issuer),
            names,
            notBefore: leaf.validFromDate.toISOString(),
            notAfter: leaf.validToDate.toISOString(),
            daysLeft: Math.floor((notAfter - now) / DAY),
            lifetimeDays: Math.round((notAfter - notBefore) / DAY),
            key: keyText(leaf),
            signatureAlgorithm: leaf.signatureAlgorithm ?? 'unknown',
            protocol,
            trusted: trustError === undefined || trustError === 'ERR_TLS_CERT_ALTNAME_INVALID',
            ...(trustError === undefined || trustError === 'ERR_TLS_CERT_ALTNAME_INVALID' ? {} : { trustError }),
            hostnameMatches,
            chain: sent,
            protocols: { tls10or11: old, tls13: modern },
        };
    }
    finally {
        socket.destroy();
    }
}
/** Node's default trusted roots (bundled, plus NODE_EXTRA_CA_CERTS) and the --ca-file's. */
function trustedRoots(extraPem) {
    const defaults = external_node_tls_default().getCACertificates('default');
    return extraPem === undefined ? defaults : [...defaults, extraPem];
}
const MS_PER_DAY = (/* unused pure expression or super */ null && (DAY));

// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
;// CONCATENATED MODULE: ./shared/checks/tls-check/findings.ts
// Certificate facts → findings. Lifetime rules follow how ACME clients renew (at two thirds of the lifetime) and
// the shrinking maximum lifetimes (200 days in 2026, 100 in 2027, 47 in 2029): the margin is relative.


const CHECK = 'tls-check';
function tlsFinding(ruleId, severity, url, title, message, remediation, options = {}) {
    let origin = url;
    try {
        origin = new URL(url).origin;
    }
    catch {
        // keep the text as given
    }
    return {
        check: CHECK,
        ruleId,
        severity,
        title: (0,report_escape/* oneLine */.TN)(title),
        message: (0,report_escape/* oneLine */.TN)(message),
        location: { url },
        ...(options.evidence === undefined ? {} : { evidence: (0,report_escape/* oneLine */.TN)(options.evidence) }),
        remediation,
        fingerprint: (0,external_node_crypto_.createHash)('sha256')
            .update(`${CHECK}\0${ruleId}\0${origin}\0${options.key ?? ''}`)
            .digest('hex')
            .slice(0, 16),
    };
}
const UNTRUSTED_WORDS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed root no browser trusts',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server does not send the intermediate certificate (missing intermediate)',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer is unknown: a missing intermediate, or a private CA',
    UNABLE_TO_GET_ISSUER_CERT: 'the issuer certificate cannot be found: a missing intermediate',
    CERT_UNTRUSTED: 'the chain is not trusted',
    CERT_REVOKED: 'the certificate is revoked',
};
function certificateFindings(url, cert, now) {
    const findings = [];
    const host = cert.host;
    const until = cert.notAfter.slice(0, 10);
    const expired = Date.parse(cert.notAfter) <= now;
    if (expired) {
        findings.push(tlsFinding('tls/expired', 'blocker', url, `the certificate of ${host} expired on ${until}`, `Browsers refuse the site with a full-page warning since ${until}.`, "renew the certificate now and fix the auto-renewal (certbot/ACME client, or your host's managed TLS), then reload the server", { evidence: `notAfter ${cert.notAfter}` }));
    }
    else if (Date.parse(cert.notBefore) > now) {
        findings.push(tlsFinding('tls/untrusted', 'blocker', url, `the certificate of ${host} is not valid before ${cert.notBefore.slice(0, 10)}`, 'Browsers reject a certificate that is not valid yet.', "check the server's clock and the certificate's start date", { key: 'not-yet-valid' }));
    }
    if (!cert.hostnameMatches) {
        findings.push(tlsFinding('tls/hostname-mismatch', 'blocker', url, `the certificate does not cover ${host}`, `It covers ${cert.names.join(', ') || cert.subject}: browsers show a privacy error on ${host}.`, `issue a certificate that includes ${host} (and www/apex as you serve them), or point ${host} at the server that has one`, { evidence: cert.names.join(', ') }));
    }
    if (cert.trustError !== undefined &&
        cert.trustError !== 'CERT_HAS_EXPIRED' &&
        cert.trustError !== 'CERT_NOT_YET_VALID') {
        const why = UNTRUSTED_WORDS[cert.trustError] ?? `verification failed (${cert.trustError})`;
        findings.push(tlsFinding('tls/untrusted', 'blocker', url, `the certificate chain of ${host} is not trusted: ${why}`, `Issued by ${cert.issuer}; the server sent ${cert.chain.length} certificate(s). Browsers and API clients refuse the connection.`, cert.trustError === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || cert.trustError.startsWith('UNABLE_TO_GET_ISSUER')
            ? 'serve the full chain (fullchain.pem, leaf then intermediates), not the leaf alone'
            : "use a certificate from a public CA (Let's Encrypt, or your host's managed TLS)", { evidence: cert.trustError }));
    }
    if (!expired) {
        const leftMs = Date.parse(cert.notAfter) - now;
        const lifetimeMs = Date.parse(cert.notAfter) - Date.parse(cert.notBefore);
        const day = 24 * 60 * 60 * 1000;
        const left = `${cert.daysLeft} day(s) left of ${cert.lifetimeDays}`;
        if (leftMs < 7 * day || leftMs < lifetimeMs * 0.1) {
            findings.push(tlsFinding('tls/expires-soon', 'blocker', url, `the certificate of ${host} expires on ${until} (${left})`, 'It lapses within days: when it does, browsers refuse the site.', 'renew now and check why auto-renewal has not (ACME clients renew at two thirds of the lifetime)', { evidence: `notAfter ${cert.notAfter}` }));
        }
        else if (leftMs < Math.min(lifetimeMs / 3, 30 * day)) {
            findings.push(tlsFinding('tls/renewal-overdue', 'high', url, `the certificate of ${host} should have been renewed: ${left}, expires ${until}`, 'Automated renewal happens at two thirds of the lifetime (or 30 days before expiry); this one is past that point, so renewal is probably failing.', "check the ACME client's logs (certbot renew --dry-run) or your host's certificate status, and renew", { evidence: `notAfter ${cert.notAfter}` }));
        }
    }
    const rsaBits = /^RSA (\d+)/.exec(cert.key)?.[1];
    if ((rsaBits !== undefined && Number(rsaBits) < 2048) || /sha1/i.test(cert.signatureAlgorithm)) {
        findings.push(tlsFinding('tls/weak-key', 'high', url, `the certificate of ${host} uses ${rsaBits !== undefined && Number(rsaBits) < 2048 ? `a ${cert.key}-bit key` : `a ${cert.signatureAlgorithm} signature`}`, 'RSA keys under 2048 bits and SHA-1 signatures are breakable; browsers reject them.', 'reissue with an RSA 2048+ or ECDSA P-256 key and a SHA-256 signature', { evidence: `${cert.key}, ${cert.signatureAlgorithm}` }));
    }
    if (cert.protocols.tls10or11) {
        findings.push(tlsFinding('tls/old-protocol', 'medium', url, `${host} accepts TLS 1.0/1.1`, 'TLS 1.0 and 1.1 are deprecated (RFC 8996) and fail PCI DSS: no current browser needs them.', 'set the minimum protocol to TLS 1.2 at the server, load balancer or CDN', { key: 'tls1.0' }));
    }
    if (!cert.protocols.tls13) {
        findings.push(tlsFinding('tls/old-protocol', 'low', url, `${host} does not offer TLS 1.3`, 'TLS 1.3 connects faster (one round trip less) and drops weak ciphers.', 'enable TLS 1.3 at the server, load balancer or CDN', { key: 'tls1.3' }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./shared/checks/tls-check/hsts.ts

const YEAR = 31_536_000;
function parseHsts(header) {
    if (header === undefined)
        return { includeSubDomains: false, preload: false };
    const directives = header.split(';').map((d) => d.trim().toLowerCase());
    const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find((v) => v !== undefined);
    return {
        header,
        ...(maxAge === undefined ? {} : { maxAge: Number(maxAge) }),
        includeSubDomains: directives.includes('includesubdomains'),
        preload: directives.includes('preload'),
    };
}
function hstsFindings(url, hsts) {
    if (hsts.header === undefined || hsts.maxAge === undefined || hsts.maxAge === 0) {
        return [
            tlsFinding('hsts/missing', 'medium', url, hsts.header === undefined
                ? 'no Strict-Transport-Security header'
                : `Strict-Transport-Security is unusable ("${hsts.header.slice(0, 80)}")`, "Without HSTS a visitor's first http request can be intercepted and downgraded (e.g. on public Wi-Fi).", 'send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every https response'),
        ];
    }
    const findings = [];
    if (hsts.maxAge < YEAR) {
        findings.push(tlsFinding('hsts/short-max-age', 'low', url, `HSTS max-age is ${hsts.maxAge} s (${Math.round(hsts.maxAge / 86_400)} days), under a year`, 'Browsers forget the rule between visits; preload lists require at least a year.', 'raise max-age to 31536000 (one year) once https works everywhere', { evidence: hsts.header }));
    }
    if (!hsts.includeSubDomains || !hsts.preload) {
        findings.push(tlsFinding('hsts/preload', 'info', url, `HSTS without ${[!hsts.includeSubDomains && 'includeSubDomains', !hsts.preload && 'preload'].filter(Boolean).join(' and ')}`, 'includeSubDomains protects every subdomain (and cookies set for the domain); preload (with hstspreload.org) protects even the very first visit.', 'add includeSubDomains once every subdomain serves https, then preload', { evidence: hsts.header }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./shared/checks/tls-check/redirects.ts



const MAX_HOPS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
async function walkRedirects(probe, start) {
    const steps = [];
    const seen = new Set();
    let url = start;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
        if (seen.has(url)) {
            steps.push({ url, problem: 'loop' });
            return steps;
        }
        seen.add(url);
        const result = await probe.request({ url, followRedirects: false });
        const location = (0,http_probe/* firstHeader */.Yp)(result.headers, 'location');
        if (result.status === undefined) {
            steps.push({ url, problem: result.failure?.message ?? 'no response' });
            return steps;
        }
        if (!REDIRECTS.has(result.status) || location === undefined) {
            steps.push({ url, status: result.status });
            return steps;
        }
        // The server chooses the Location: one that is no http(s) URL ends the walk as a finding, not a TypeError.
        const next = httpLocation(location, url);
        if (next === undefined) {
            steps.push({
                url,
                status: result.status,
                problem: `its Location "${(0,report_escape/* oneLine */.TN)(location, 200)}" is not an http(s) URL`,
            });
            return steps;
        }
        steps.push({ url, status: result.status, location: next });
        url = next;
    }
    steps.push({ url, problem: `more than ${MAX_HOPS} redirects` });
    return steps;
}
function httpLocation(location, base) {
    try {
        const next = new URL(location, base);
        return next.protocol === 'http:' || next.protocol === 'https:' ? next.href : undefined;
    }
    catch {
        return undefined;
    }
}
function redirectFindings(httpUrl, canonical, steps) {
    const findings = [];
    const hops = steps.filter((s) => s.location !== undefined);
    const last = steps.at(-1);
    const chain = [httpUrl, ...hops.map((h) => h.location)].join(' → ');
    const add = (ruleId, severity, title, message, remediation) => findings.push(tlsFinding(ruleId, severity, httpUrl, title, message, remediation, { evidence: chain }));
    if (last?.problem === 'loop' || last?.problem?.startsWith('more than')) {
        add('https/redirect-loop', 'blocker', `${httpUrl} redirects in a loop`, `Browsers stop with "too many redirects": ${chain}.`, 'two rules redirect to each other: check the http→https and www rules at the host/CDN and in the app (a proxy that hides https from the app is a common cause)');
        return findings;
    }
    if (last?.status !== undefined && last.problem !== undefined) {
        add('https/no-redirect', 'high', `${last.url} redirects nowhere a browser can go`, `Its ${last.status} answer is unusable: ${last.problem}. Visitors who type the address without https:// get an error.`, 'redirect every http:// request to an absolute https:// URL with a 301 (or 308) at the host, load balancer or CDN');
        return findings;
    }
    if (hops.length === 0) {
        add('https/no-redirect', 'high', last?.status === undefined
            ? `nothing answers on ${httpUrl}`
            : `${httpUrl} does not redirect to https (HTTP ${last.status})`, last?.status === undefined
            ? `${last?.problem ?? 'No response'}: visitors who type the address without https:// get an error.`
            : 'Visitors who type the address or follow an old link stay on unencrypted http.', 'redirect every http:// request to https:// with a 301 (or 308) at the host, load balancer or CDN');
        return findings;
    }
    const downgrade = hops.find((h) => h.url.startsWith('https:') && h.location.startsWith('http:'));
    if (downgrade !== undefined || !(last?.url ?? '').startsWith('https:')) {
        add('https/no-redirect', 'high', downgrade
            ? `a redirect goes back from https to http (${downgrade.url} → ${downgrade.location})`
            : `${httpUrl} ends on http, not https`, `The chain ${chain} leaves visitors on unencrypted http.`, 'make every redirect target an https:// URL');
    }
    const first = new URL(hops[0].location);
    const start = new URL(httpUrl);
    if (first.hostname !== start.hostname) {
        add('https/cross-host-first-hop', 'medium', `the first redirect leaves ${start.hostname} for ${first.host}`, `HSTS preloading (and the HSTS header of ${start.hostname} itself) needs http://${start.hostname} to go to https://${start.hostname} first, then to the canonical host.`, `redirect http://${start.hostname} to https://${start.hostname} first, then to ${canonical}`);
    }
    const finalOrigin = (() => {
        try {
            return new URL(last?.url ?? '').origin;
        }
        catch {
            return '';
        }
    })();
    const canonicalOrigin = new URL(canonical).origin;
    if (finalOrigin !== canonicalOrigin) {
        add('https/redirect-chain', 'medium', `${httpUrl} ends at ${finalOrigin}, not the canonical ${canonicalOrigin}`, `The chain is ${chain}.`, `redirect to ${canonicalOrigin} (or pass --canonical when that is the intended host)`);
    }
    else if (hops.length > 2) {
        add('https/redirect-chain', 'medium', `${hops.length} redirects before the site (at most 2)`, `Each hop costs a round trip on every first visit: ${chain}.`, `redirect straight to https on the same host, then once to ${canonicalOrigin}`);
    }
    const temporary = hops.filter((h) => h.status === 302 || h.status === 307 || h.status === 303);
    if (temporary.length > 0) {
        add('https/temporary-redirect', 'low', `temporary redirect${temporary.length > 1 ? 's' : ''} (${temporary.map((h) => h.status).join(', ')}) where a permanent one belongs`, `${temporary.map((h) => `${h.url} → ${h.location} (${h.status})`).join('; ')}: browsers and search engines do not remember a temporary redirect.`, 'use 301 (or 308) for http→https and host redirects');
    }
    return findings;
}

;// CONCATENATED MODULE: ./shared/checks/tls-check/run.ts
// tls-check: the certificate will not lapse and is trusted for the host, HTTP is redirected to HTTPS the right
// way, and HSTS is on. Every connection resolves through the chosen DNS server and trusts the default roots plus
// the --ca-file.













/** A CA bundle of every public root is about 200 KB: 4 MiB is room for any real one. */
const MAX_CA_FILE_BYTES = 4 * 1024 * 1024;
async function readCaFile(path, context) {
    if (path.trim() === '')
        return undefined;
    // A repository's file: a FIFO or a link to /dev/zero is refused, not waited on (shared/fs/read.ts).
    const pem = await (0,read/* readTextFile */.Gu)((0,external_node_path_.resolve)(context.cwd, path), {
        maxBytes: MAX_CA_FILE_BYTES,
        what: `CA file (${(0,definition/* paramLabel */.w)('ca-file', context.source)})`,
        display: path,
    });
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
        throw new errors/* UsageError */.e(`--ca-file: ${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
    }
    return pem;
}
async function runTls(options, context, now = Date.now()) {
    const parseUrl = (raw, param, config, protocol) => (0,site_url/* siteUrl */.hX)(raw, { param, config: `tls.${config}` }, context, {
        check: 'tls-check',
        verb: 'check',
        protocols: [protocol],
    });
    const url = parseUrl(options.url, 'url', 'url', 'https:');
    const canonical = options.canonical.trim() === '' ? url : parseUrl(options.canonical, 'canonical', 'canonical', 'https:');
    // Without an explicit --http-url, plain http is the same host on port 80, unless url names a port of its own.
    const httpUrl = options.httpUrl.trim() !== ''
        ? parseUrl(options.httpUrl, 'http-url', 'httpUrl', 'http:')
        : url.port === ''
            ? new URL(`http://${url.hostname}/`)
            : undefined;
    const dns = (0,resolver/* createDnsClient */.bC)({ server: options.dnsServer, timeoutMs: Math.min(options.timeoutMs, 5_000) });
    const ca = trustedRoots(await readCaFile(options.caFile, context));
    context.log(`tls-check: ${url.origin} (DNS via ${dns.server})`);
    const details = { url: url.href, canonical: canonical.origin, server: dns.server, redirects: [] };
    const findings = [];
    const host = url.hostname.replace(/^\[|\]$/g, '');
    try {
        details.certificate = await inspectCertificate({
            host,
            port: Number(url.port || 443),
            ca,
            ...(dns.lookup ? { lookup: dns.lookup } : {}),
            timeoutMs: options.timeoutMs,
        });
        findings.push(...certificateFindings(url.href, details.certificate, now));
    }
    catch (error) {
        const code = error.code ?? 'ERROR';
        details.connectError = `${code}: ${error.message}`;
        findings.push(tlsFinding('tls/untrusted', 'blocker', url.href, `no TLS connection to ${url.host} (${code})`, `The handshake failed: ${error.message}.`, 'check that the server listens for HTTPS on this port, that DNS points at it, and that it has a certificate', { key: 'connect' }));
    }
    const probe = (0,http_probe/* createProbe */.fr)({
        timeoutMs: options.timeoutMs,
        maxRedirects: 0,
        ca,
        ...(dns.lookup ? { lookup: dns.lookup } : {}),
        // The certificate is judged above; here only the redirects and headers matter.
        insecure: true,
    });
    try {
        if (httpUrl !== undefined) {
            details.httpUrl = httpUrl.href;
            details.redirects = await walkRedirects(probe, httpUrl.href);
            findings.push(...redirectFindings(httpUrl.href, canonical.origin, details.redirects));
        }
        if (details.certificate !== undefined) {
            const response = await probe.request({ url: url.href, followRedirects: false });
            if (response.status !== undefined) {
                details.hsts = parseHsts((0,http_probe/* firstHeader */.Yp)(response.headers, 'strict-transport-security'));
                findings.push(...hstsFindings(url.href, details.hsts));
            }
        }
    }
    finally {
        await probe.close();
    }
    const sorted = (0,model/* sortFindings */.Tc)(findings);
    const cert = details.certificate;
    return {
        check: CHECK,
        ok: !sorted.some((f) => (0,model/* isAtLeast */.du)(f.severity, 'high')),
        summary: `${url.host}: ${(0,describe/* describeCounts */.wv)(sorted)}${cert ? `; certificate expires ${cert.notAfter.slice(0, 10)} (${cert.daysLeft} days left)` : ''}`,
        findings: sorted,
        metrics: cert ? { daysLeft: cert.daysLeft, lifetimeDays: cert.lifetimeDays } : {},
        details,
    };
}


/***/ }),

/***/ 88946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sm: () => (/* binding */ hostName),
/* harmony export */   bC: () => (/* binding */ createDnsClient)
/* harmony export */ });
/* unused harmony exports RECORD_TYPES, parseDnsServer */
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71553);
/* harmony import */ var node_dns_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_dns_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
// The one DNS client of the checks: every lookup dns-check makes (SPF evaluation included) and every connection
// tls-check opens resolve through it, so `--dns-server HOST[:PORT]` is honoured everywhere. Node's own
// dns.promises.Resolver (c-ares) does the wire work: UDP, and TCP when an answer is truncated.



const RECORD_TYPES = (/* unused pure expression or super */ null && (['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS']));
/** "1.1.1.1", "127.0.0.1:5353", "[::1]:53", "::1" → the form Resolver#setServers takes. */
function parseDnsServer(value, flag = '--dns-server') {
    const raw = value.trim();
    const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(raw);
    const hostPort = /^([^:]+)(?::(\d+))?$/.exec(raw);
    let host;
    let port;
    if (bracketed)
        [, host, port] = bracketed;
    else if ((0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(raw) === 6)
        host = raw;
    else if (hostPort)
        [, host, port] = hostPort;
    if (host === undefined || (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag} expects an IP address with an optional port, e.g. 1.1.1.1 or 127.0.0.1:5353, got '${raw}'`);
    }
    const portNumber = port === undefined ? 53 : Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`${flag}: the port must be 1-65535, got '${port}'`);
    }
    return (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(host) === 6 ? `[${host}]:${portNumber}` : `${host}:${portNumber}`;
}
const CAA_TAGS = ['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'];
const NO_NAME = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NO_DATA = new Set(['ENODATA']);
function createDnsClient(options = {}) {
    const resolver = new node_dns_promises__WEBPACK_IMPORTED_MODULE_0__.Resolver({ timeout: options.timeoutMs ?? 3_000, tries: options.tries ?? 2 });
    const server = options.server?.trim() ? parseDnsServer(options.server) : undefined;
    if (server !== undefined)
        resolver.setServers([server]);
    let queryCount = 0;
    async function query(name, type) {
        queryCount += 1;
        const base = { name, type };
        try {
            const values = await resolveText(resolver, name, type);
            return { ...base, status: values.length === 0 ? 'nodata' : 'ok', values };
        }
        catch (error) {
            const code = error.code ?? 'EUNKNOWN';
            if (NO_NAME.has(code))
                return { ...base, status: 'nxdomain', values: [] };
            if (NO_DATA.has(code))
                return { ...base, status: 'nodata', values: [] };
            return { ...base, status: 'error', values: [], code };
        }
    }
    const lookup = server === undefined
        ? undefined
        : (hostname, lookupOptions, callback) => {
            const done = callback;
            addressesOf(hostname, lookupOptions.family).then((addresses) => {
                if (addresses.length === 0) {
                    const error = new Error(`queryA ENOTFOUND ${hostname} (via ${server})`);
                    error.code = 'ENOTFOUND';
                    done(error, '', 0);
                }
                else if (lookupOptions.all)
                    done(null, addresses);
                else
                    done(null, addresses[0].address, addresses[0].family);
            }, (error) => done(error, '', 0));
        };
    async function addressesOf(hostname, family) {
        const literal = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(hostname.replace(/^\[|\]$/g, ''));
        if (literal !== 0)
            return [{ address: hostname.replace(/^\[|\]$/g, ''), family: literal }];
        const wanted = family === 4 || family === 'IPv4' ? [4] : family === 6 || family === 'IPv6' ? [6] : [4, 6];
        const answers = await Promise.all(wanted.map((f) => query(hostname, f === 4 ? 'A' : 'AAAA')));
        const failed = answers.find((a) => a.status === 'error');
        const found = answers.flatMap((a, i) => a.values.map((address) => ({ address, family: wanted[i] })));
        if (found.length === 0 && failed !== undefined) {
            throw Object.assign(new Error(`DNS lookup of ${hostname} via ${server} failed (${failed.code})`), {
                code: failed.code === 'ETIMEOUT' ? 'EAI_AGAIN' : failed.code,
            });
        }
        return found;
    }
    return {
        server: server ?? 'system',
        get queryCount() {
            return queryCount;
        },
        query,
        lookup,
    };
}
async function resolveText(resolver, name, type) {
    switch (type) {
        case 'A':
            return resolver.resolve4(name);
        case 'AAAA':
            return resolver.resolve6(name);
        case 'CNAME':
            return (await resolver.resolveCname(name)).map(hostName);
        case 'NS':
            return (await resolver.resolveNs(name)).map(hostName);
        case 'MX':
            return (await resolver.resolveMx(name))
                .sort((a, b) => a.priority - b.priority)
                .map((mx) => `${mx.priority} ${hostName(mx.exchange)}`);
        case 'TXT':
            // A TXT record may be split into several strings: they form one value (RFC 7208 §3.3).
            return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
        case 'CAA':
            return (await resolver.resolveCaa(name)).map((caa) => {
                const record = caa;
                const tag = CAA_TAGS.find((t) => typeof record[t] === 'string') ?? 'issue';
                return `${record.critical} ${tag} ${String(record[tag] ?? '')}`;
            });
    }
}
/** Lower case, no trailing dot: how names are compared. */
function hostName(name) {
    return name.toLowerCase().replace(/\.$/, '');
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
