// The embedded demo storefront: a real HTTP server on 127.0.0.1 with the paths a shop's first customers use.
// Fault switches let the demo (and tests) show what each check catches.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { sendMail } from '../mail/smtp-client.ts';
import { escapeHtml } from '../report/escape.ts';

export const DEMO_USER = { email: 'founder@demo.shop', password: 'demo-password-123' };
/** The signed-in customer's session cookie (the demo passes it to cache-audit for /account). */
export const DEMO_SESSION = { name: 'demo_session', value: 'sess_demo_5f2b9c1e8a7d4e06' };

export interface StorefrontFaults {
  /** Checkout answers 500, as it does when the payment key is missing in production. */
  checkoutDown?: boolean;
  /** The Stripe webhook takes events without a Stripe-Signature header (it checks the header only when present). */
  webhookAcceptsUnsigned?: boolean;
  /** The Stripe webhook checks the signature but not how old its timestamp is (a replay goes through). */
  webhookIgnoresTimestamp?: boolean;
  /** Signup answers 201 but no mail goes out (SMTP misconfigured in production). */
  mailNeverSent?: boolean;
  /**
   * One caching mistake of each kind: the account page public for a CDN (blocker), the app script cached an hour
   * instead of a year and the homepage kept 1 h by shared caches (medium), the product list sent uncompressed
   * (medium), the favicon left to heuristic freshness (low).
   */
  cacheMistakes?: boolean;
  /** /api/search takes about 250 ms, as an unindexed search does. */
  slowSearch?: boolean;
}

export interface StorefrontOptions {
  /** Where signup and reset mail go (SMTP, e.g. the demo's local inbox). Without it no mail is sent. */
  smtp?: { host: string; port: number };
  /** Stripe-style webhook signing secret (whsec_…): POST /api/webhooks/stripe verifies with it. */
  webhookSecret?: string;
  /** Also serve HTTPS with this certificate (PEM chain and key), with HSTS, as a real shop does. */
  tls?: { cert: string; key: string };
}

interface Account {
  password: string;
  verified: boolean;
}

interface ShopState {
  token: string;
  faults: StorefrontFaults;
  options: StorefrontOptions;
  url: string;
  accounts: Map<string, Account>;
  /** Verification and reset tokens → the e-mail they are for. */
  links: Map<string, string>;
  paidOrders: Set<string>;
}

export interface Storefront {
  url: string;
  /** The HTTPS port, when options.tls was given. */
  httpsPort?: number;
  close(): Promise<void>;
}

const REVVED = 'public, max-age=31536000, immutable';
const PRODUCTS = JSON.stringify(
  Array.from({ length: 24 }, (_, i) => ({
    id: `mug_${i + 1}`,
    name: `Hand-made mug no. ${i + 1}`,
    price: 1800 + i * 50,
  })),
);

interface Asset {
  type: string;
  body: string;
  cacheControl: string;
  /** With the cache mistakes planted. */
  mistake?: { cacheControl?: string; uncompressed?: boolean; lastModifiedOnly?: boolean };
}

const ASSETS: Record<string, Asset> = {
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

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Demo Shop</title>
<link rel="stylesheet" href="/assets/app.8b2e4d10.css"><script src="/assets/app.3f9a1c7e.js" defer></script>
<link rel="icon" href="/favicon.svg"><link rel="preload" href="/assets/products.json" as="fetch" crossorigin></head>
<body><nav><a href="/">Shop</a> · <a href="/login">Log in</a> · <a href="/checkout">Cart</a> · <a href="/account">Account</a></nav>${body}</body></html>`;
}

export async function startStorefront(
  faults: StorefrontFaults = {},
  options: StorefrontOptions = {},
): Promise<Storefront> {
  // A fresh token per run: the smoke test must log in to get it, as a customer would.
  const shop: ShopState = {
    token: randomBytes(24).toString('hex'),
    faults,
    options,
    url: '',
    accounts: new Map(),
    links: new Map(),
    paidOrders: new Set(),
  };
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res, shop).catch(() => send(res, 500, 'text/plain', 'internal error'));
  };
  const server = createServer(listener);
  const port = await listen(server);
  shop.url = `http://127.0.0.1:${port}`;
  if (options.tls === undefined) return { url: shop.url, close: () => close(server) };
  const secure = createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, (req, res) => {
    res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    listener(req, res);
  });
  const httpsPort = await listen(secure);
  return {
    url: shop.url,
    httpsPort,
    close: async () => {
      await Promise.all([close(server), close(secure)]);
    },
  };
}

async function listen(server: Server): Promise<number> {
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function handle(req: IncomingMessage, res: ServerResponse, shop: ShopState) {
  const { token, faults } = shop;
  const parsedUrl = new URL(req.url ?? '/', 'http://shop');
  // The paths the saas preset uses by default answer too, so `preset: saas` needs nothing but an inbox.
  const ALIASES: Record<string, string> = {
    'POST /signup': '/api/signup',
    'POST /login': '/api/login',
    'POST /forgot-password': '/api/forgot-password',
    'POST /verify': '/api/verify',
  };
  const path = ALIASES[`${req.method} ${parsedUrl.pathname}`] ?? parsedUrl.pathname;
  if (req.method === 'GET' && path.startsWith('/orders/')) {
    const id = path.slice('/orders/'.length);
    const paid = shop.paidOrders.size > 0;
    return html(
      res,
      page('Order', `<h1>Order ${escapeHtml(id)}</h1><p>Status: ${paid ? 'paid' : 'awaiting payment'}</p>`),
    );
  }
  const route = `${req.method} ${path}`;
  const asset = ASSETS[path];
  if (req.method === 'GET' && asset) return sendAsset(req, res, asset, faults.cacheMistakes === true);
  switch (route) {
    case 'GET /':
      if (faults.cacheMistakes) res.setHeader('cache-control', 'public, max-age=3600');
      return html(res, page('Home', '<h1>Demo Shop</h1><p>Hand-made mugs, shipped tomorrow.</p>'));
    case 'GET /account': {
      if (!hasSession(req)) {
        res.setHeader('cache-control', 'no-store');
        res.setHeader('location', '/login');
        return send(res, 302, 'text/plain', 'log in first');
      }
      // The mistake behind real incidents: a CDN may keep this customer's page and serve it to the next visitor.
      res.setHeader('cache-control', faults.cacheMistakes ? 'public, max-age=300' : 'private, no-store');
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        page('Account', `<h1>Your account</h1><p>${DEMO_USER.email}</p>`),
      );
    }
    case 'GET /login':
      return html(
        res,
        page(
          'Log in',
          '<form method="post" action="/api/login"><input name="email"><input name="password" type="password"><button>Log in</button></form>',
        ),
      );
    case 'GET /checkout':
      if (faults.checkoutDown) return send(res, 500, 'text/html', page('Error', '<h1>Something went wrong</h1>'));
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
      if (account === undefined) return send(res, 400, 'text/html', page('Link expired', '<h1>This link expired</h1>'));
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
async function mailLink(shop: ShopState, email: string, path: string, subject: string, label: string) {
  const smtp = shop.options.smtp;
  if (smtp === undefined || shop.faults.mailNeverSent) return;
  const linkToken = randomBytes(18).toString('base64url');
  shop.links.set(`${path === 'verify' ? 'verify' : 'reset'}:${linkToken}`, email);
  const link = `${shop.url}/${path}?token=${linkToken}`;
  // Verification mail also carries a code, as apps that verify by code send it.
  const code = String(100_000 + (randomBytes(4).readUInt32BE() % 900_000));
  if (path === 'verify') shop.links.set(`code:${code}`, email);
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
async function stripeWebhook(req: IncomingMessage, res: ServerResponse, shop: ShopState) {
  const body = await readBody(req);
  const secret = shop.options.webhookSecret;
  const header = req.headers['stripe-signature'];
  const signature = Array.isArray(header) ? header[0] : header;
  if (secret === undefined) return send(res, 500, 'application/json', '{"error":"webhook secret not set"}');
  if (signature === undefined && !shop.faults.webhookAcceptsUnsigned) {
    return send(res, 400, 'application/json', '{"error":"missing signature"}');
  }
  if (signature !== undefined) {
    const parts = Object.fromEntries(signature.split(',').map((kv) => kv.split('=', 2) as [string, string]));
    const t = Number(parts.t);
    const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
    const given = Buffer.from(parts.v1 ?? '');
    const valid = given.length === expected.length && timingSafeEqual(given, Buffer.from(expected));
    const fresh = shop.faults.webhookIgnoresTimestamp || Math.abs(Date.now() / 1000 - t) <= 300;
    if (!valid || !fresh) return send(res, 400, 'application/json', '{"error":"bad signature"}');
  }
  let event: { type?: string; data?: { object?: { id?: string } } } | undefined;
  try {
    event = JSON.parse(body);
  } catch {
    return send(res, 400, 'application/json', '{"error":"not JSON"}');
  }
  if (event?.type === 'checkout.session.completed') shop.paidOrders.add(String(event.data?.object?.id));
  return send(res, 200, 'application/json', '{"received":true}');
}

function hasSession(req: IncomingMessage): boolean {
  const cookies = (req.headers.cookie ?? '').split(';').map((c) => c.trim());
  return cookies.includes(`${DEMO_SESSION.name}=${DEMO_SESSION.value}`);
}

/** Assets as a careful server sends them (gzip over 1 KB, Vary), or with the planted mistakes. */
function sendAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, mistakes: boolean) {
  const mistake = mistakes ? (asset.mistake ?? {}) : {};
  if (mistake.lastModifiedOnly) res.setHeader('last-modified', new Date(Date.now() - 90 * 86_400_000).toUTCString());
  else res.setHeader('cache-control', mistake.cacheControl ?? asset.cacheControl);
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (Buffer.byteLength(asset.body) > 1024 && !mistake.uncompressed) {
    res.setHeader('vary', 'Accept-Encoding');
    if (gzip) {
      const body = gzipSync(asset.body);
      res.writeHead(200, { 'content-type': asset.type, 'content-encoding': 'gzip', 'content-length': body.length });
      return res.end(body);
    }
  }
  return send(res, 200, asset.type, asset.body);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function html(res: ServerResponse, body: string) {
  if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-cache');
  send(res, 200, 'text/html; charset=utf-8', body);
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  if (res.headersSent) return res.end();
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) return '';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const text = await readBody(req);
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
