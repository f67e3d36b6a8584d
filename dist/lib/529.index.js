export const id = 529;
export const ids = [529];
export const modules = {

/***/ 6529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/checks/registry.ts + 9 modules
var registry = __webpack_require__(1173);
// EXTERNAL MODULE: ./shared/cli/output.ts
var output = __webpack_require__(638);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/report/describe.ts
var describe = __webpack_require__(432);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(6682);
// EXTERNAL MODULE: ./shared/report/redact.ts
var redact = __webpack_require__(5500);
// EXTERNAL MODULE: ./shared/run/pipeline.ts + 1 modules
var pipeline = __webpack_require__(5326);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
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
async function startStorefront(faults = {}) {
    // A fresh token per run: the smoke test must log in to get it, as a customer would.
    const token = (0,external_node_crypto_.randomBytes)(24).toString('hex');
    const server = (0,external_node_http_.createServer)((req, res) => {
        handle(req, res, token, faults).catch(() => send(res, 500, 'text/plain', 'internal error'));
    });
    server.keepAliveTimeout = 5_000;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return { url: `http://127.0.0.1:${port}`, close: () => storefront_close(server) };
}
async function handle(req, res, token, faults) {
    const path = new URL(req.url ?? '/', 'http://shop').pathname;
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
        case 'GET /healthz':
            return send(res, 200, 'application/json', '{"status":"ok"}');
        case 'POST /api/login': {
            const body = await readJson(req);
            if (body?.email === DEMO_USER.email && body?.password === DEMO_USER.password) {
                return send(res, 200, 'application/json', JSON.stringify({ token }));
            }
            return send(res, 401, 'application/json', '{"error":"invalid credentials"}');
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
async function readJson(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > 64 * 1024)
            return undefined;
        chunks.push(chunk);
    }
    try {
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
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










/** The demo's launch-ready.yml: what a founder would write for this shop. */
const DEMO_CONFIG = `# launch-ready.yml of the demo shop
env:
  environments:
    production:
      APP_URL: url
      DATABASE_URL: { kind: url, secret: true }
      STRIPE_SECRET_KEY: { kind: regex, pattern: "^sk_(live|test)_[A-Za-z0-9]+$", secret: true }
      STRIPE_WEBHOOK_SECRET: { secret: true }
      SESSION_SECRET: { secret: true }
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
`;
/** Per check, what the demo passes as flags (a later check adds its line here). */
function demoParams(baseUrl) {
    return {
        'cache-audit': {
            'base-url': baseUrl,
            paths: '/,/login,/checkout',
            'private-paths': '/account',
            cookie: `${DEMO_SESSION.name}=${DEMO_SESSION.value}`,
        },
        'env-check': { 'dotenv-file': '.env.production' },
        'secret-scan': { mode: 'tree' },
        'smoke-test': { 'base-url': baseUrl },
    };
}
async function runDemo(argv, io) {
    if (argv.length > 0)
        throw new errors/* UsageError */.e('demo takes no options: run `launch-ready demo`');
    const storefront = await startStorefront({ checkoutDown: true, cacheMistakes: true });
    const repo = await writeDemoRepo(DEMO_CONFIG);
    try {
        io.stderr(`demo: storefront on ${storefront.url} (checkout broken and caching mistakes on purpose), shop repository in ${repo.dir}\n`);
        const config = await (0,pipeline/* readConfig */.Xg)(repo.dir, undefined, registry/* CHECKS */.u.map((c) => c.configSection));
        const params = demoParams(storefront.url);
        const outcomes = [];
        for (const check of registry/* CHECKS */.u.filter((c) => !c.onlyWhenNamed)) {
            const redactor = new redact/* Redactor */.pO();
            const context = {
                cwd: repo.dir,
                env: {},
                redactor,
                log: (line) => io.stderr(`  ${(0,report_escape/* plainText */.wh)(redactor.scrub(line))}\n`),
            };
            io.stderr(`demo: running ${check.name}…\n`);
            outcomes.push(await (0,pipeline/* runCheck */.k_)(check, config, params[check.name] ?? {}, pipeline/* DEFAULT_FAIL_ON */.VQ, context));
        }
        const color = io.isTty && !io.env.NO_COLOR;
        const text = (0,output/* render */.X)(outcomes, 'text', color);
        const leaked = [...repo.secrets, DEMO_SESSION.value].filter((secret) => text.includes(secret));
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
`);
        return 0;
    }
    finally {
        await storefront.close();
        await (0,promises_.rm)(repo.dir, { recursive: true, force: true });
    }
}


/***/ })

};
