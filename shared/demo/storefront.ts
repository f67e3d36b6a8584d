// The embedded demo storefront: a real HTTP server on 127.0.0.1 with the paths a shop's first customers use.
// Fault switches let the demo (and tests) show what each check catches.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const DEMO_USER = { email: 'founder@demo.shop', password: 'demo-password-123' };

export interface StorefrontFaults {
  /** Checkout answers 500, as it does when the payment key is missing in production. */
  checkoutDown?: boolean;
  /** /api/search takes about 250 ms, as an unindexed search does. */
  slowSearch?: boolean;
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

export async function startStorefront(faults: StorefrontFaults = {}): Promise<Storefront> {
  // A fresh token per run: the smoke test must log in to get it, as a customer would.
  const token = randomBytes(24).toString('hex');
  const server = createServer((req, res) => {
    handle(req, res, token, faults).catch(() => send(res, 500, 'text/plain', 'internal error'));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => close(server) };
}

async function handle(req: IncomingMessage, res: ServerResponse, token: string, faults: StorefrontFaults) {
  const path = new URL(req.url ?? '/', 'http://shop').pathname;
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
