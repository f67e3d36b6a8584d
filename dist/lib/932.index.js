export const id = 932;
export const ids = [932];
export const modules = {

/***/ 98932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/checks/registry.ts + 18 modules
var registry = __webpack_require__(4097);
// EXTERNAL MODULE: ./shared/cli/output.ts
var output = __webpack_require__(10638);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(40432);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(46682);
// EXTERNAL MODULE: ./shared/report/redact.ts
var redact = __webpack_require__(35500);
// EXTERNAL MODULE: ./shared/run/pipeline.ts + 1 modules
var pipeline = __webpack_require__(75326);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: ./node_modules/dns2/index.mjs
var dns2 = __webpack_require__(75303);
;// CONCATENATED MODULE: ./shared/dns/zone-server.ts
// A small authoritative DNS server on 127.0.0.1, over UDP and TCP on one port, for the demo's domain and the
// tests' zones. It answers as a recursive resolver would for its own names: CNAMEs are chased inside the zone,
// a name with no records at or below it is NXDOMAIN, an existing name without the asked type is NODATA.
// UDP answers larger than the client's EDNS size are truncated (TC) by dns2, so clients retry over TCP.


const { Packet } = dns2/* default */.Ay;
const ZONE_TYPES = (/* unused pure expression or super */ null && (['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS']));
const TTL = 60;
const MAX_CNAME_CHAIN = 8;
const normal = (name) => name.toLowerCase().replace(/\.$/, '');
/** TXT strings longer than 255 bytes are sent as several character-strings, as zone files split them. */
function txtChunks(text) {
    const chunks = [];
    for (let i = 0; i < text.length; i += 255)
        chunks.push(text.slice(i, i + 255));
    return chunks.length > 0 ? chunks : [''];
}
function answer(name, record) {
    const base = { name, type: Packet.TYPE[record.type], class: Packet.CLASS.IN, ttl: TTL };
    switch (record.type) {
        case 'A':
        case 'AAAA':
            return { ...base, address: record.value };
        case 'CNAME':
            return { ...base, domain: normal(record.value) };
        case 'NS':
            return { ...base, ns: normal(record.value) };
        case 'MX': {
            const [priority, exchange] = record.value.trim().split(/\s+/);
            return { ...base, priority: Number(priority), exchange: normal(exchange ?? '') };
        }
        case 'TXT':
            return { ...base, data: txtChunks(record.value) };
        case 'CAA': {
            const [flags, tag, ...rest] = record.value.trim().split(/\s+/);
            return { ...base, flags: Number(flags), tag: tag ?? 'issue', value: rest.join(' ').replace(/^"|"$/g, '') };
        }
    }
}
async function startZoneServer(records) {
    const zone = records.map((r) => ({ ...r, name: normal(r.name) }));
    const queries = [];
    const exists = (name) => zone.some((r) => r.name === name || r.name.endsWith(`.${name}`));
    const handle = (request, send, client) => {
        const response = Packet.createResponseFromRequest(request);
        response.header.aa = 1;
        const question = request.questions[0];
        if (question === undefined)
            return void send(response);
        const typeName = Packet.TYPE_NAME[question.type] ?? String(question.type);
        queries.push({
            question: `${typeName} ${normal(question.name)}`,
            transport: client instanceof external_node_net_.Socket ? 'tcp' : 'udp',
        });
        let name = normal(question.name);
        for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
            const here = zone.filter((r) => r.name === name);
            const wanted = here.filter((r) => r.type === typeName);
            const cname = here.find((r) => r.type === 'CNAME');
            if (wanted.length > 0 || cname === undefined || typeName === 'CNAME') {
                for (const record of wanted)
                    response.answers.push(answer(name, record));
                if (response.answers.length === 0 && !exists(name))
                    response.header.rcode = Packet.RCODE.NXDOMAIN;
                break;
            }
            response.answers.push(answer(name, cname));
            name = normal(cname.value);
        }
        send(response);
    };
    // UDP and TCP share one port (as --dns-server names one): take a free TCP port, then bind both to it;
    // another process may grab it in between, so a few tries.
    for (let attempt = 1;; attempt++) {
        const port = await freePort();
        const server = dns2/* default.createServer */.Ay.createServer({ udp: true, tcp: true, handle });
        try {
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen({ udp: { port, address: '127.0.0.1' }, tcp: { port, address: '127.0.0.1' } }).then(resolve);
            });
        }
        catch (error) {
            await server.close().catch(() => { });
            if (attempt >= 5)
                throw error;
            continue;
        }
        return {
            address: `127.0.0.1:${port}`,
            port,
            queries,
            close: async () => {
                await server.close();
            },
        };
    }
}
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = (0,external_node_net_.createServer)();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}

// EXTERNAL MODULE: ./node_modules/selfsigned/index.js
var selfsigned = __webpack_require__(7686);
;// CONCATENATED MODULE: ./shared/demo/pki.ts
// Certificates made on the spot for the demo storefront and the tests: a CA, intermediates and server
// certificates with chosen names and validity (selfsigned signs with a given CA key). Never for production.

const DAY = 24 * 60 * 60 * 1000;
async function issueCert(options) {
    const now = Date.now();
    const generated = await (0,selfsigned/* generate */.c)([{ name: 'commonName', value: options.names[0] ?? 'localhost' }], {
        keyType: options.keyType ?? 'ec',
        ...(options.keyType === 'rsa' ? { keySize: options.keySize ?? 2048 } : { curve: 'P-256' }),
        algorithm: options.algorithm ?? 'sha256',
        notBeforeDate: options.notBefore ?? new Date(now - DAY),
        notAfterDate: options.notAfter ?? new Date(now + 60 * DAY),
        ...(options.issuer === undefined ? {} : { ca: { key: options.issuer.key, cert: options.issuer.cert } }),
        extensions: options.ca
            ? [
                { name: 'basicConstraints', cA: true, critical: true },
                { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
            ]
            : [
                { name: 'basicConstraints', cA: false },
                { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
                { name: 'extKeyUsage', serverAuth: true },
                {
                    name: 'subjectAltName',
                    altNames: options.names.map((name) => /^\d+\.\d+\.\d+\.\d+$/.test(name) ? { type: 7, ip: name } : { type: 2, value: name }),
                },
            ],
    });
    return { cert: generated.cert, key: generated.private };
}
/** A root CA valid for ten years around now. */
function makeCa(name) {
    const now = Date.now();
    return issueCert({ names: [name], ca: true, notBefore: new Date(now - DAY), notAfter: new Date(now + 3650 * DAY) });
}
/** Certificates concatenated as a server sends them (leaf first), one PEM block per line group. */
function pemChain(...certs) {
    return `${certs.map((c) => c.trim()).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/demo/domain.ts
// The demo shop's domain, served by an embedded DNS server on 127.0.0.1, and its HTTPS certificate from a demo
// CA. Planted mistakes: no DMARC record (dns-check), a certificate with 5 days left (tls-check). Everything else
// is right, so the report shows only what a founder would have to fix.



const DEMO_DOMAIN = 'demo-shop.test';
const DEMO_DKIM_SELECTOR = 'resend';
const domain_DAY = 24 * 60 * 60 * 1000;
async function startDemoDomain() {
    const dkim = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
    const dns = await startZoneServer([
        { name: DEMO_DOMAIN, type: 'A', value: '127.0.0.1' },
        { name: `www.${DEMO_DOMAIN}`, type: 'CNAME', value: DEMO_DOMAIN },
        { name: DEMO_DOMAIN, type: 'MX', value: `10 mx.${DEMO_DOMAIN}` },
        { name: `mx.${DEMO_DOMAIN}`, type: 'A', value: '127.0.0.1' },
        { name: DEMO_DOMAIN, type: 'TXT', value: 'v=spf1 ip4:127.0.0.1 mx -all' },
        {
            name: `${DEMO_DKIM_SELECTOR}._domainkey.${DEMO_DOMAIN}`,
            type: 'TXT',
            value: `v=DKIM1; k=rsa; p=${dkim.toString('base64')}`,
        },
        // Planted: no _dmarc record.
    ]);
    const ca = await makeCa('launch-ready Demo Root CA');
    const intermediate = await issueCert({ issuer: ca, names: ['launch-ready Demo Issuing CA'], ca: true });
    const now = Date.now();
    // Planted: a 90-day certificate whose renewal failed, 5 days before it lapses.
    const leaf = await issueCert({
        issuer: intermediate,
        names: [DEMO_DOMAIN, `www.${DEMO_DOMAIN}`],
        notBefore: new Date(now - 85 * domain_DAY),
        notAfter: new Date(now + 5 * domain_DAY),
    });
    return {
        dns,
        tls: { cert: pemChain(leaf.cert, intermediate.cert), key: leaf.key },
        caPem: ca.cert,
        close: () => dns.close(),
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./shared/mail/mime.ts
var mime = __webpack_require__(83254);
;// CONCATENATED MODULE: ./shared/demo/mailbox.ts
// The demo's test inbox: an SMTP receiver and a MailDev-compatible REST API (GET /email, GET /email/:id, also under
// /api as MailDev 3 serves them) on
// 127.0.0.1, in process. The npm package maildev does the same but brings 265 packages (112 MB) and a web UI
// the demo does not need, and it would have to ship inside the CLI bundle; this keeps `npm run demo` offline,
// fast and dependency-free. Bounded: message size, messages kept, connections, idle time.




const MAX_MESSAGE_BYTES = 1024 * 1024;
const MAX_MESSAGES = 200;
const IDLE_MS = 10_000;
async function startMailbox() {
    const messages = [];
    const smtp = (0,external_node_net_.createServer)((socket) => {
        socket.setEncoding('utf8');
        socket.setTimeout(IDLE_MS, () => socket.destroy());
        socket.on('error', () => socket.destroy());
        let from = '';
        let to = [];
        let data;
        let pending = '';
        socket.write('220 launch-ready demo inbox\r\n');
        socket.on('data', (chunk) => {
            pending += chunk;
            if (pending.length > MAX_MESSAGE_BYTES + 4096) {
                socket.end('552 message too large\r\n');
                return;
            }
            for (;;) {
                if (data !== undefined) {
                    // The terminator is a line holding one "." (a body line starting with "." was sent as "..").
                    const end = /(^|\r?\n)\.\r?\n/.exec(pending);
                    if (end === null)
                        return;
                    const body = pending.slice(0, end.index);
                    pending = pending.slice(end.index + end[0].length);
                    store(messages, from, to, body.replace(/^\.\./gm, '.'));
                    data = undefined;
                    socket.write('250 OK: queued\r\n');
                    continue;
                }
                const newline = pending.indexOf('\n');
                if (newline < 0)
                    return;
                const line = pending.slice(0, newline).replace(/\r$/, '');
                pending = pending.slice(newline + 1);
                const verb = line.slice(0, 4).toUpperCase();
                if (verb === 'EHLO' || verb === 'HELO')
                    socket.write('250 launch-ready\r\n');
                else if (verb === 'MAIL') {
                    from = /<([^>]*)>/.exec(line)?.[1] ?? '';
                    to = [];
                    socket.write('250 OK\r\n');
                }
                else if (verb === 'RCPT') {
                    to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
                    socket.write('250 OK\r\n');
                }
                else if (verb === 'DATA') {
                    data = '';
                    socket.write('354 end with <CRLF>.<CRLF>\r\n');
                }
                else if (verb === 'QUIT')
                    socket.end('221 bye\r\n');
                else if (verb === 'RSET' || verb === 'NOOP')
                    socket.write('250 OK\r\n');
                else
                    socket.write('502 not implemented\r\n');
            }
        });
    });
    const http = (0,external_node_http_.createServer)((req, res) => {
        // MailDev 2 serves /email, MailDev 3 /api/email: both, so either client works against the demo.
        const path = new URL(req.url ?? '/', 'http://inbox').pathname.replace(/^\/api(?=\/email)/, '');
        const send = (status, body) => {
            const text = JSON.stringify(body);
            res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
            res.end(text);
        };
        if (req.method === 'GET' && path === '/email')
            return send(200, messages);
        const one = /^\/email\/([^/]+)$/.exec(path);
        if (req.method === 'GET' && one !== null) {
            const found = messages.find((m) => m.id === one[1]);
            return found === undefined ? send(404, { error: 'No email found' }) : send(200, found);
        }
        if (req.method === 'DELETE' && path === '/email/all') {
            messages.length = 0;
            return send(200, true);
        }
        return send(404, { error: 'not found' });
    });
    await Promise.all([listen(smtp), listen(http)]);
    const smtpPort = smtp.address().port;
    const httpPort = http.address().port;
    return {
        smtp: { host: '127.0.0.1', port: smtpPort },
        url: `http://127.0.0.1:${httpPort}`,
        messages,
        close: async () => {
            http.closeAllConnections();
            await Promise.all([closeServer(smtp), closeServer(http)]);
        },
    };
}
function store(messages, from, to, raw) {
    const mail = (0,mime/* parseMail */.ZP)(raw);
    messages.push({
        id: (0,external_node_crypto_.randomUUID)().replace(/-/g, '').slice(0, 8),
        time: new Date().toISOString(),
        subject: mail.subject,
        from: [{ address: from, name: '' }],
        to: (mail.to.length > 0 ? mail.to : to).map((address) => ({ address, name: '' })),
        envelope: { from: { address: from }, to: to.map((address) => ({ address })) },
        text: mail.text,
        html: mail.html,
        headers: Object.fromEntries(mail.headers),
    });
    if (messages.length > MAX_MESSAGES)
        messages.shift();
}
function listen(server) {
    return new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
}
function closeServer(server) {
    return new Promise((resolve) => server.close(() => resolve()));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./shared/demo/repo.ts
// The demo repository: a small shop's code with the mistakes founders make on launch day.
// Its keys are random at every run, so no real-looking key is ever committed to this repo.




const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const AWS_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function random(length, alphabet = ALPHANUMERIC) {
    return [...(0,external_node_crypto_.randomBytes)(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
async function writeDemoRepo(configYaml) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'launch-ready-demo-'));
    const stripeLive = `sk_live_${random(32)}`;
    const stripeTest = `sk_test_${random(32)}`;
    const awsId = `AKIA${random(16, AWS_ID_CHARS)}`;
    const awsSecret = random(40, `${ALPHANUMERIC}+/`);
    const dbPassword = random(20);
    const files = {
        '.gitignore': 'node_modules/\ndist/\n.env.production\n',
        '.env.example': `# Where customers land
APP_URL=https://shop.example.com
DATABASE_URL=postgres://user:password@localhost:5432/shop
STRIPE_SECRET_KEY=sk_live_your-key-here
STRIPE_WEBHOOK_SECRET=whsec_your-secret-here
SESSION_SECRET=
SENTRY_DSN= # optional
`,
        // What the deploy would get: a test-mode payment key, a local URL, a placeholder, a missing webhook secret.
        '.env.production': `APP_URL=http://localhost:3000
DATABASE_URL=postgres://shop:${dbPassword}@db.internal:5432/shop
STRIPE_SECRET_KEY=${stripeTest}
SESSION_SECRET=changeme
`,
        'src/server.js': `import express from 'express';
import { createPayments } from './payments.js';

const app = express();
const payments = createPayments(process.env.STRIPE_SECRET_KEY);
const db = connect(process.env.DATABASE_URL);
app.use(session({ secret: process.env.SESSION_SECRET }));
// Order e-mails: added last week, never declared in .env.example.
const mailer = new Resend(process.env.RESEND_API_KEY);
app.listen(process.env.PORT ?? 3000, () => console.log('listening on', process.env.APP_URL));
`,
        'src/payments.js': `import Stripe from 'stripe';

export function createPayments(key) {
  // TODO: remove before launch, the env var was not working on my laptop
  return new Stripe(key ?? '${stripeLive}');
}
`,
        // The frontend bundle: anything in it is public once the site is deployed.
        'dist/assets/app.4f1c9b2e.js': `(()=>{var e={region:"eu-west-1",accessKeyId:"${awsId}",secretAccessKey:"${awsSecret}"};window.__upload=function(t){return fetch("/api/upload",{method:"POST",body:t})}})();\n`,
        // Documentation examples: a good scanner stays quiet about these.
        'README.md': `# Demo Shop

Set \`STRIPE_SECRET_KEY\` to your key (it looks like \`sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\`).
AWS example from their docs: \`AKIAIOSFODNN7EXAMPLE\` / \`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\`.
`,
    };
    files['launch-ready.yml'] = configYaml;
    for (const [path, content] of Object.entries(files)) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.join)(dir, path)), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, path), content);
    }
    return { dir, secrets: [stripeLive, stripeTest, awsId, awsSecret, dbPassword] };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./shared/mail/smtp-client.ts
// A minimal SMTP client (RFC 5321, no TLS, no auth) for the demo shop and tests: enough to hand one message to a
// local test inbox (MailDev, Mailpit, MailHog, the demo's own). Every wait is bounded by `timeoutMs`.


/** Sends one message; rejects with the server's reply when a command is refused, or on timeout. */
function sendMail(mail) {
    const data = compose(mail);
    const script = [
        [undefined, 220],
        ['EHLO launch-ready.local', 250],
        [`MAIL FROM:<${mail.from}>`, 250],
        [`RCPT TO:<${mail.to}>`, 250],
        ['DATA', 354],
        [`${data}\r\n.`, 250],
        ['QUIT', 221],
    ];
    return new Promise((resolve, reject) => {
        const socket = (0,external_node_net_.connect)({ host: mail.host, port: mail.port });
        socket.setTimeout(mail.timeoutMs ?? 5_000, () => socket.destroy(new Error('SMTP server did not answer in time')));
        socket.setEncoding('utf8');
        let buffer = '';
        let step = 0;
        let done = false;
        const finish = (error) => {
            if (done)
                return;
            done = true;
            socket.destroy();
            if (error)
                reject(error);
            else
                resolve();
        };
        socket.on('error', finish);
        socket.on('close', () => finish(step >= script.length - 1 ? undefined : new Error('SMTP connection closed early')));
        socket.on('data', (chunk) => {
            buffer += chunk;
            // A reply is complete at a line "NNN text" (a dash after the code means more lines follow).
            for (;;) {
                const end = buffer.search(/^\d{3} .*\r?\n/m);
                if (end < 0)
                    return;
                const line = /^(\d{3}) .*\r?\n/m.exec(buffer.slice(end));
                if (line === null)
                    return;
                buffer = buffer.slice(end + line[0].length);
                const [, expected] = script[step];
                if (Number(line[1]) !== expected) {
                    finish(new Error(`SMTP server answered "${line[0].trim()}"`));
                    return;
                }
                step += 1;
                if (step >= script.length)
                    return finish();
                socket.write(`${script[step][0]}\r\n`);
            }
        });
    });
}
function compose(mail) {
    const boundary = `lr-${(0,external_node_crypto_.randomUUID)()}`;
    const headers = [
        `From: <${mail.from}>`,
        `To: <${mail.to}>`,
        `Subject: ${mail.subject}`,
        `Date: ${new Date().toUTCString()}`,
        `Message-ID: <${(0,external_node_crypto_.randomUUID)()}@launch-ready.local>`,
        'MIME-Version: 1.0',
    ];
    // Dot-stuffing: a line starting with "." gets another, so it cannot end the DATA section.
    const stuff = (text) => text.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    if (mail.html === undefined) {
        return [...headers, 'Content-Type: text/plain; charset=utf-8', '', stuff(mail.text)].join('\r\n');
    }
    return [
        ...headers,
        `Content-Type: multipart/alternative; boundary="${boundary}"`,
        '',
        `--${boundary}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        stuff(mail.text),
        `--${boundary}`,
        'Content-Type: text/html; charset=utf-8',
        '',
        stuff(mail.html),
        `--${boundary}--`,
    ].join('\r\n');
}

;// CONCATENATED MODULE: ./shared/demo/storefront.ts
// The embedded demo storefront: a real HTTP server on 127.0.0.1 with the paths a shop's first customers use.
// Fault switches let the demo (and tests) show what each check catches.






const DEMO_USER = { email: 'founder@demo.shop', password: 'demo-password-123' };
/** The signed-in customer's session cookie (the demo passes it to cache-audit for /account). */
const DEMO_SESSION = { name: 'demo_session', value: 'sess_demo_5f2b9c1e8a7d4e06' };
const REVVED = 'public, max-age=31536000, immutable';
const PRODUCTS = JSON.stringify(Array.from({ length: 24 }, (_, i) => ({
    id: `mug_${i + 1}`,
    name: `Hand-made mug no. ${i + 1}`,
    price: 1800 + i * 50,
})));
const ASSETS = {
    '/assets/app.3f9a1c7e.js': {
        type: 'text/javascript',
        body: 'document.documentElement.dataset.shop = "ready";\n',
        cacheControl: REVVED,
        mistake: { cacheControl: 'public, max-age=3600' },
    },
    '/assets/app.8b2e4d10.css': {
        type: 'text/css',
        body: 'body { font-family: system-ui; margin: 2rem; }\n',
        cacheControl: REVVED,
    },
    '/assets/products.json': {
        type: 'application/json',
        body: PRODUCTS,
        cacheControl: 'public, max-age=300',
        mistake: { uncompressed: true },
    },
    '/favicon.svg': {
        type: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#2a6"/></svg>',
        cacheControl: 'public, max-age=86400',
        mistake: { lastModifiedOnly: true },
    },
};
function page(title, body) {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Demo Shop</title>
<link rel="stylesheet" href="/assets/app.8b2e4d10.css"><script src="/assets/app.3f9a1c7e.js" defer></script>
<link rel="icon" href="/favicon.svg"><link rel="preload" href="/assets/products.json" as="fetch" crossorigin></head>
<body><nav><a href="/">Shop</a> · <a href="/login">Log in</a> · <a href="/checkout">Cart</a> · <a href="/account">Account</a></nav>${body}</body></html>`;
}
async function startStorefront(faults = {}, options = {}) {
    // A fresh token per run: the smoke test must log in to get it, as a customer would.
    const shop = {
        token: (0,external_node_crypto_.randomBytes)(24).toString('hex'),
        faults,
        options,
        url: '',
        accounts: new Map(),
        links: new Map(),
        paidOrders: new Set(),
    };
    const listener = (req, res) => {
        handle(req, res, shop).catch(() => send(res, 500, 'text/plain', 'internal error'));
    };
    const server = (0,external_node_http_.createServer)(listener);
    const port = await storefront_listen(server);
    shop.url = `http://127.0.0.1:${port}`;
    if (options.tls === undefined)
        return { url: shop.url, close: () => storefront_close(server) };
    const secure = (0,external_node_https_.createServer)({ cert: options.tls.cert, key: options.tls.key }, (req, res) => {
        res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
        listener(req, res);
    });
    const httpsPort = await storefront_listen(secure);
    return {
        url: shop.url,
        httpsPort,
        close: async () => {
            await Promise.all([storefront_close(server), storefront_close(secure)]);
        },
    };
}
async function storefront_listen(server) {
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return server.address().port;
}
async function handle(req, res, shop) {
    const { token, faults } = shop;
    const parsedUrl = new URL(req.url ?? '/', 'http://shop');
    // The paths the saas preset uses by default answer too, so `preset: saas` needs nothing but an inbox.
    const ALIASES = {
        'POST /signup': '/api/signup',
        'POST /login': '/api/login',
        'POST /forgot-password': '/api/forgot-password',
        'POST /verify': '/api/verify',
    };
    const path = ALIASES[`${req.method} ${parsedUrl.pathname}`] ?? parsedUrl.pathname;
    if (req.method === 'GET' && path.startsWith('/orders/')) {
        const id = path.slice('/orders/'.length);
        const paid = shop.paidOrders.size > 0;
        return html(res, page('Order', `<h1>Order ${(0,report_escape/* escapeHtml */.ZD)(id)}</h1><p>Status: ${paid ? 'paid' : 'awaiting payment'}</p>`));
    }
    const route = `${req.method} ${path}`;
    const asset = ASSETS[path];
    if (req.method === 'GET' && asset)
        return sendAsset(req, res, asset, faults.cacheMistakes === true);
    switch (route) {
        case 'GET /':
            if (faults.cacheMistakes)
                res.setHeader('cache-control', 'public, max-age=3600');
            return html(res, page('Home', '<h1>Demo Shop</h1><p>Hand-made mugs, shipped tomorrow.</p>'));
        case 'GET /account': {
            if (!hasSession(req)) {
                res.setHeader('cache-control', 'no-store');
                res.setHeader('location', '/login');
                return send(res, 302, 'text/plain', 'log in first');
            }
            // The mistake behind real incidents: a CDN may keep this customer's page and serve it to the next visitor.
            res.setHeader('cache-control', faults.cacheMistakes ? 'public, max-age=300' : 'private, no-store');
            return send(res, 200, 'text/html; charset=utf-8', page('Account', `<h1>Your account</h1><p>${DEMO_USER.email}</p>`));
        }
        case 'GET /login':
            return html(res, page('Log in', '<form method="post" action="/api/login"><input name="email"><input name="password" type="password"><button>Log in</button></form>'));
        case 'GET /checkout':
            if (faults.checkoutDown)
                return send(res, 500, 'text/html', page('Error', '<h1>Something went wrong</h1>'));
            return html(res, page('Checkout', '<h1>Your cart</h1><p>1 × Mug, €18</p><button>Pay</button>'));
        case 'GET /api/products':
            await sleep(3);
            return send(res, 200, 'application/json', JSON.stringify({ products: [{ id: 'mug', price: 1800 }] }));
        case 'GET /api/search':
            // The planted slow read: a search that scans every row, about 250 ms a request, over a 200 ms p95 budget.
            await sleep(faults.slowSearch ? 250 : 3);
            return send(res, 200, 'application/json', '{"results":[]}');
        case 'GET /healthz':
            return send(res, 200, 'application/json', '{"status":"ok"}');
        case 'POST /api/login': {
            const body = await readJson(req);
            const account = shop.accounts.get(String(body?.email ?? '').toLowerCase());
            const signedUp = account?.verified && account.password === body?.password;
            if ((body?.email === DEMO_USER.email && body?.password === DEMO_USER.password) || signedUp) {
                return send(res, 200, 'application/json', JSON.stringify({ token }));
            }
            return send(res, 401, 'application/json', '{"error":"invalid credentials"}');
        }
        case 'POST /api/signup': {
            const body = await readJson(req);
            const email = String(body?.email ?? '').toLowerCase();
            const password = String(body?.password ?? '');
            if (!/^[^@\s]+@[^@\s]+$/.test(email) || password.length < 8) {
                return send(res, 400, 'application/json', '{"error":"an e-mail and a password of 8+ characters"}');
            }
            shop.accounts.set(email, { password, verified: false });
            await mailLink(shop, email, 'verify', 'Verify your e-mail for Demo Shop', 'Confirm your address');
            return send(res, 201, 'application/json', '{"status":"check your inbox"}');
        }
        case 'GET /verify': {
            const email = shop.links.get(`verify:${parsedUrl.searchParams.get('token') ?? ''}`);
            const account = email === undefined ? undefined : shop.accounts.get(email);
            if (account === undefined)
                return send(res, 400, 'text/html', page('Link expired', '<h1>This link expired</h1>'));
            account.verified = true;
            return html(res, page('Verified', '<h1>Your e-mail is verified</h1>'));
        }
        case 'POST /api/verify': {
            // The code from the verification mail, for apps that verify by code rather than by link.
            const body = await readJson(req);
            const email = String(body?.email ?? '').toLowerCase();
            const code = String(body?.code ?? '');
            const account = shop.accounts.get(email);
            if (account === undefined || shop.links.get(`code:${code}`) !== email) {
                return send(res, 400, 'application/json', '{"error":"wrong code"}');
            }
            account.verified = true;
            return send(res, 200, 'application/json', '{"status":"verified"}');
        }
        case 'POST /api/forgot-password': {
            const body = await readJson(req);
            const email = String(body?.email ?? '').toLowerCase();
            if (shop.accounts.has(email)) {
                await mailLink(shop, email, 'reset-password', 'Reset your Demo Shop password', 'Choose a new password');
            }
            // The same answer either way: the endpoint does not tell who has an account.
            return send(res, 202, 'application/json', '{"status":"if the account exists, a mail is on its way"}');
        }
        case 'POST /api/webhooks/stripe':
            return stripeWebhook(req, res, shop);
        case 'GET /api/me': {
            if (!bearerMatches(req.headers.authorization, token)) {
                res.setHeader('www-authenticate', 'Bearer');
                return send(res, 401, 'application/json', '{"error":"login required"}');
            }
            return send(res, 200, 'application/json', '{"plan":"trial"}');
        }
        case 'GET /api/orders': {
            if (!bearerMatches(req.headers.authorization, token)) {
                res.setHeader('www-authenticate', 'Bearer');
                return send(res, 401, 'application/json', '{"error":"login required"}');
            }
            res.setHeader('cache-control', 'private, no-store');
            return send(res, 200, 'application/json', JSON.stringify({ orders: [{ id: 'ord_1', total: 1800 }] }));
        }
        default:
            return send(res, 404, 'text/html', page('Not found', '<h1>Not found</h1>'));
    }
}
/** Mails a one-time link (verification or reset) to the address, through the configured SMTP server. */
async function mailLink(shop, email, path, subject, label) {
    const smtp = shop.options.smtp;
    if (smtp === undefined || shop.faults.mailNeverSent)
        return;
    const linkToken = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    shop.links.set(`${path === 'verify' ? 'verify' : 'reset'}:${linkToken}`, email);
    const link = `${shop.url}/${path}?token=${linkToken}`;
    // Verification mail also carries a code, as apps that verify by code send it.
    const code = String(100_000 + ((0,external_node_crypto_.randomBytes)(4).readUInt32BE() % 900_000));
    if (path === 'verify')
        shop.links.set(`code:${code}`, email);
    const codeLine = path === 'verify' ? `Or enter the code ${code}.` : '';
    await sendMail({
        ...smtp,
        from: 'no-reply@demo.shop',
        to: email,
        subject,
        text: `${label}: ${link}\n${codeLine}\n`,
        html: `<p><a href="${link.replace(/&/g, '&amp;')}">${label}</a></p><p>${codeLine}</p>`,
    });
}
/**
 * Stripe's scheme: Stripe-Signature "t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">", 5 minutes' tolerance.
 * The planted mistake (webhookAcceptsUnsigned): a request without the header skips the check altogether.
 */
async function stripeWebhook(req, res, shop) {
    const body = await readBody(req);
    const secret = shop.options.webhookSecret;
    const header = req.headers['stripe-signature'];
    const signature = Array.isArray(header) ? header[0] : header;
    if (secret === undefined)
        return send(res, 500, 'application/json', '{"error":"webhook secret not set"}');
    if (signature === undefined && !shop.faults.webhookAcceptsUnsigned) {
        return send(res, 400, 'application/json', '{"error":"missing signature"}');
    }
    if (signature !== undefined) {
        const parts = Object.fromEntries(signature.split(',').map((kv) => kv.split('=', 2)));
        const t = Number(parts.t);
        const expected = (0,external_node_crypto_.createHmac)('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
        const given = Buffer.from(parts.v1 ?? '');
        const valid = given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, Buffer.from(expected));
        const fresh = shop.faults.webhookIgnoresTimestamp || Math.abs(Date.now() / 1000 - t) <= 300;
        if (!valid || !fresh)
            return send(res, 400, 'application/json', '{"error":"bad signature"}');
    }
    let event;
    try {
        event = JSON.parse(body);
    }
    catch {
        return send(res, 400, 'application/json', '{"error":"not JSON"}');
    }
    if (event?.type === 'checkout.session.completed')
        shop.paidOrders.add(String(event.data?.object?.id));
    return send(res, 200, 'application/json', '{"received":true}');
}
function hasSession(req) {
    const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim());
    return cookies.includes(`${DEMO_SESSION.name}=${DEMO_SESSION.value}`);
}
/** Assets as a careful server sends them (gzip over 1 KB, Vary), or with the planted mistakes. */
function sendAsset(req, res, asset, mistakes) {
    const mistake = mistakes ? (asset.mistake ?? {}) : {};
    if (mistake.lastModifiedOnly)
        res.setHeader('last-modified', new Date(Date.now() - 90 * 86_400_000).toUTCString());
    else
        res.setHeader('cache-control', mistake.cacheControl ?? asset.cacheControl);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (Buffer.byteLength(asset.body) > 1024 && !mistake.uncompressed) {
        res.setHeader('vary', 'Accept-Encoding');
        if (gzip) {
            const body = (0,external_node_zlib_.gzipSync)(asset.body);
            res.writeHead(200, { 'content-type': asset.type, 'content-encoding': 'gzip', 'content-length': body.length });
            return res.end(body);
        }
    }
    return send(res, 200, asset.type, asset.body);
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
function bearerMatches(header, token) {
    const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
    const expected = Buffer.from(token);
    return given.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(given, expected);
}
function html(res, body) {
    if (!res.hasHeader('cache-control'))
        res.setHeader('cache-control', 'no-cache');
    send(res, 200, 'text/html; charset=utf-8', body);
}
function send(res, status, type, body) {
    if (res.headersSent)
        return res.end();
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(body);
}
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > 64 * 1024)
            return '';
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function readJson(req) {
    const text = await readBody(req);
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function storefront_close(server) {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
}

;// CONCATENATED MODULE: ./shared/demo/run.ts
// `npm run demo` / `launch-ready demo`: every check against the embedded storefront and demo repository.













/** The signing secret the demo shop and its smoke test share (what STRIPE_WEBHOOK_SECRET holds in CI). */
const DEMO_WEBHOOK_SECRET = 'whsec_demoR7kP2mX9qL4vN8tW3sZ6';
/** The demo's launch-ready.yml: what a founder would write for this shop (its test inbox at `inboxUrl`). */
const demoConfig = (inboxUrl) => `# launch-ready.yml of the demo shop
env:
  environments:
    production:
      APP_URL: url
      DATABASE_URL: { kind: url, secret: true }
      STRIPE_SECRET_KEY: { kind: regex, pattern: "^sk_(live|test)_[A-Za-z0-9]+$", secret: true }
      STRIPE_WEBHOOK_SECRET: { secret: true }
      SESSION_SECRET: { secret: true }
dns:
  domain: ${DEMO_DOMAIN}
  records:
    - { name: "@", type: A, value: 127.0.0.1 }
    - { name: www, type: CNAME, value: ${DEMO_DOMAIN} }
  email: { dkimSelectors: [${DEMO_DKIM_SELECTOR}], receivesMail: true }
smoke:
  steps:
    - name: homepage
      path: /
      expect: { status: 200, bodyContains: Demo Shop }
    - name: login
      method: POST
      path: /api/login
      json: { email: ${DEMO_USER.email}, password: ${DEMO_USER.password} }
      capture: { token: { jsonPath: token } }
    - name: checkout
      path: /checkout
      expect: { status: 200 }
    - name: orders
      path: /api/orders
      headers: { Authorization: "Bearer {{token}}" }
      expect: { status: 200, jsonPathExists: orders }
    - name: signup
      method: POST
      path: /api/signup
      json: { email: "{{email}}", password: "{{password}}" }
    - name: verify-mail
      kind: email
      email: { to: "{{email}}", timeoutMs: 5000, capture: { verifyLink: { link: verify } } }
    - name: verify
      url: "{{verifyLink}}"
    - name: payment-webhook
      kind: webhook
      method: POST
      path: /api/webhooks/stripe
      webhook: { scheme: stripe, secret: "\${env.STRIPE_WEBHOOK_SECRET}" }
  inbox: { kind: maildev, url: "${inboxUrl}" }
`;
/** Per check, what the demo passes as flags (a later check adds its line here). */
function demoParams(services) {
    return {
        'cache-audit': {
            'base-url': services.baseUrl,
            paths: '/,/login,/checkout',
            'private-paths': '/account',
            cookie: `${DEMO_SESSION.name}=${DEMO_SESSION.value}`,
        },
        'env-check': { 'dotenv-file': '.env.production' },
        'secret-scan': { mode: 'tree' },
        'smoke-test': { 'base-url': services.baseUrl },
        'dns-check': { 'dns-server': services.dnsServer },
        'tls-check': {
            url: `https://${DEMO_DOMAIN}:${services.httpsPort}/`,
            'dns-server': services.dnsServer,
            'ca-file': services.caFile,
        },
        // A short paced load (about 1.5 s) and a burst at login, which has no rate limit.
        'latency-budget': {
            'base-url': services.baseUrl,
            endpoint: ['/api/products', '/api/search'],
            p95: '200',
            rate: '50',
            requests: '60',
            warmup: '5',
            'rate-limit-probe': 'POST /api/login',
            burst: '20',
        },
    };
}
async function runDemo(argv, io) {
    if (argv.length > 0)
        throw new errors/* UsageError */.e('demo takes no options: run `launch-ready demo`');
    const domain = await startDemoDomain();
    const mailbox = await startMailbox();
    const storefront = await startStorefront({ checkoutDown: true, cacheMistakes: true, slowSearch: true, webhookAcceptsUnsigned: true }, { tls: domain.tls, smtp: mailbox.smtp, webhookSecret: DEMO_WEBHOOK_SECRET });
    const repo = await writeDemoRepo(demoConfig(mailbox.url));
    try {
        // The demo CA is public (its key stays in memory): the shop's repository carries it for --ca-file.
        await (0,promises_.writeFile)((0,external_node_path_.join)(repo.dir, 'demo-ca.pem'), domain.caPem);
        io.stderr(`demo: storefront on ${storefront.url} and https://${DEMO_DOMAIN}:${storefront.httpsPort} (DNS ${domain.dns.address}; checkout broken, caching mistakes, a slow search and an unguarded webhook on purpose), test inbox on ${mailbox.url}, shop repository in ${repo.dir}\n`);
        const config = await (0,pipeline/* readConfig */.Xg)(repo.dir, undefined, registry/* CHECKS */.u.map((c) => c.configSection));
        const params = demoParams({
            baseUrl: storefront.url,
            httpsPort: storefront.httpsPort ?? 0,
            dnsServer: domain.dns.address,
            caFile: 'demo-ca.pem',
        });
        const outcomes = [];
        for (const check of registry/* CHECKS */.u.filter((c) => !c.onlyWhenNamed)) {
            const redactor = new redact/* Redactor */.pO();
            const context = {
                cwd: repo.dir,
                // The webhook secret reaches the smoke test as a CI secret would: through the environment.
                env: check.name === 'smoke-test' ? { STRIPE_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRET } : {},
                redactor,
                log: (line) => io.stderr(`  ${(0,report_escape/* plainText */.wh)(redactor.scrub(line))}\n`),
            };
            io.stderr(`demo: running ${check.name}…\n`);
            outcomes.push(await (0,pipeline/* runCheck */.k_)(check, config, params[check.name] ?? {}, pipeline/* DEFAULT_FAIL_ON */.VQ, context));
        }
        const color = io.isTty && !io.env.NO_COLOR;
        const text = (0,output/* render */.X)(outcomes, 'text', color);
        const leaked = [...repo.secrets, DEMO_SESSION.value, DEMO_WEBHOOK_SECRET].filter((secret) => text.includes(secret));
        if (leaked.length > 0) {
            io.stderr(`demo: refusing to print: ${leaked.length} planted secret values would appear in the output\n`);
            return 3;
        }
        const all = outcomes.flatMap((o) => o.report.findings);
        const failed = outcomes.filter((o) => !o.verdict.passed).map((o) => o.report.check);
        io.stdout(`${text}
────────────────────────────────────────────────────────────────────
Demo shop: ${failed.length > 0 ? `NOT ready to launch (${failed.join(', ')} failed)` : 'ready to launch'} — ${(0,describe/* describeCounts */.wv)(all)}.
In a real pipeline each failing check fails its step. Try it on your project:
  npx launch-ready all            (checks with a section in launch-ready.yml)
  npx launch-ready env-check --dotenv-file .env.production
  npx launch-ready secret-scan
  npx launch-ready smoke-test --base-url https://your-shop.example
  npx launch-ready cache-audit --base-url https://your-shop.example --private-paths /account
  npx launch-ready dns-check --domain your-shop.example
  npx launch-ready tls-check --url https://your-shop.example
  npx launch-ready latency-budget --base-url https://your-shop.example --endpoint /api/products --dry-run
`);
        return 0;
    }
    finally {
        await Promise.all([storefront.close(), domain.close(), mailbox.close()]);
        await (0,promises_.rm)(repo.dir, { recursive: true, force: true });
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
