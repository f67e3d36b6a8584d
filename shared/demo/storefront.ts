// The embedded demo storefront: a real HTTP server on 127.0.0.1 with the paths a shop's first customers use.
// Fault switches let the demo (and tests) show what each check catches.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendMail } from '../mail/smtp-client.ts';

export const DEMO_USER = { email: 'founder@demo.shop', password: 'demo-password-123' };

export interface StorefrontFaults {
  /** Checkout answers 500, as it does when the payment key is missing in production. */
  checkoutDown?: boolean;
  /** The Stripe webhook takes events without a Stripe-Signature header (it checks the header only when present). */
  webhookAcceptsUnsigned?: boolean;
  /** The Stripe webhook checks the signature but not how old its timestamp is (a replay goes through). */
  webhookIgnoresTimestamp?: boolean;
  /** Signup answers 201 but no mail goes out (SMTP misconfigured in production). */
  mailNeverSent?: boolean;
}

export interface StorefrontOptions {
  /** Where signup and reset mail go (SMTP, e.g. the demo's local inbox). Without it no mail is sent. */
  smtp?: { host: string; port: number };
  /** Stripe-style webhook signing secret (whsec_…): POST /api/webhooks/stripe verifies with it. */
  webhookSecret?: string;
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
  close(): Promise<void>;
}

const ASSETS: Record<string, { type: string; body: string }> = {
  '/assets/app.3f9a1c7e.js': { type: 'text/javascript', body: 'document.documentElement.dataset.shop = "ready";\n' },
  '/assets/app.8b2e4d10.css': { type: 'text/css', body: 'body { font-family: system-ui; margin: 2rem; }\n' },
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} · Demo Shop</title>
<link rel="stylesheet" href="/assets/app.8b2e4d10.css"><script src="/assets/app.3f9a1c7e.js" defer></script></head>
<body><nav><a href="/">Shop</a> · <a href="/login">Log in</a> · <a href="/checkout">Cart</a></nav>${body}</body></html>`;
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
  const server = createServer((req, res) => {
    handle(req, res, shop).catch(() => send(res, 500, 'text/plain', 'internal error'));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  shop.url = `http://127.0.0.1:${port}`;
  return { url: shop.url, close: () => close(server) };
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
  if (req.method === 'GET' && asset) {
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
    return send(res, 200, asset.type, asset.body);
  }
  switch (route) {
    case 'GET /':
      return html(res, page('Home', '<h1>Demo Shop</h1><p>Hand-made mugs, shipped tomorrow.</p>'));
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function html(res: ServerResponse, body: string) {
  res.setHeader('cache-control', 'no-cache');
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
