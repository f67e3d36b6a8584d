// Real local sites, one per caching pattern the audit must read right: a Next.js-like app, a Vite-like SPA, a
// Rails-like app with Set-Cookie on every page, and a CDN-like caching proxy that really caches by its own rules.
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { startHttp, type TestServer } from '../../http/servers.ts';

export const TOKEN = 'tok_cacheAuditSecret_7f3a9b2c4d';
export const SESSION = 'sess_cacheAuditCookie_91e4c7a2';
export const AUTH_HEADER = `Authorization: Bearer ${TOKEN}`;

export interface Reply {
  status?: number;
  type?: string;
  headers?: Record<string, string | string[] | undefined>;
  body?: string;
  /** gzip it (with Vary: Accept-Encoding) when the client accepts gzip. */
  gzip?: boolean;
}

export type Route = Reply | ((req: http.IncomingMessage) => Reply);

export function signedIn(req: http.IncomingMessage): boolean {
  return req.headers.authorization === `Bearer ${TOKEN}` || (req.headers.cookie ?? '').includes(`session=${SESSION}`);
}

/** A site from a route table; `fallback` answers unknown paths (an SPA's index.html), else 404. */
export function site(routes: Record<string, Route>, fallback?: Route): Promise<TestServer> {
  return startHttp((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    const route = routes[path] ?? fallback;
    const reply =
      route === undefined ? { status: 404, body: 'not found' } : typeof route === 'function' ? route(req) : route;
    const headers: Record<string, string | string[]> = { 'content-type': reply.type ?? 'text/html; charset=utf-8' };
    for (const [name, value] of Object.entries(reply.headers ?? {})) if (value !== undefined) headers[name] = value;
    let body: Buffer = Buffer.from(reply.body ?? '');
    if (reply.gzip) {
      headers.vary = 'Accept-Encoding';
      if (/gzip/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
    }
    res.writeHead(reply.status ?? 200, { ...headers, 'content-length': body.length });
    res.end(body);
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NEXT_DYNAMIC = 'private, no-cache, no-store, max-age=0, must-revalidate';
const js = (body: string): Reply => ({
  type: 'application/javascript',
  headers: { 'cache-control': IMMUTABLE },
  body,
  gzip: true,
});

/** Next.js: _next/static immutable (the build id in a folder), dynamic pages private, ISR pages s-maxage for a year. */
export function nextLike(): Promise<TestServer> {
  const html = `<!DOCTYPE html><html><head>
<link rel="preload" href="/_next/static/media/inter.a1b2c3d4.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/_next/static/css/9f8e7d6c5b4a3210.css">
<script src="/_next/static/chunks/webpack-0a1b2c3d4e5f6789.js" defer></script>
<script src="/_next/static/x4Zb9_kQ2aPzYdTqWvRsL/_buildManifest.js" defer></script>
<link rel="icon" href="/favicon.ico"><script src="https://analytics.example.net/script.js"></script></head>
<body><div id="__next">${'<p>Shop</p>'.repeat(200)}</div></body></html>`;
  return site({
    '/': { headers: { 'cache-control': NEXT_DYNAMIC, 'x-powered-by': 'Next.js' }, body: html, gzip: true },
    '/products': {
      headers: { 'cache-control': 's-maxage=31536000, stale-while-revalidate', 'x-nextjs-cache': 'HIT' },
      body: html,
      gzip: true,
    },
    '/_next/static/media/inter.a1b2c3d4.woff2': {
      type: 'font/woff2',
      headers: { 'cache-control': IMMUTABLE },
      body: 'wOF2',
    },
    '/_next/static/css/9f8e7d6c5b4a3210.css': {
      type: 'text/css',
      headers: { 'cache-control': IMMUTABLE },
      body: 'body{margin:0}'.repeat(100),
      gzip: true,
    },
    '/_next/static/chunks/webpack-0a1b2c3d4e5f6789.js': js('self.webpackChunk=[];'.repeat(80)),
    '/_next/static/x4Zb9_kQ2aPzYdTqWvRsL/_buildManifest.js': js('self.__BUILD_MANIFEST={};'),
    '/favicon.ico': {
      type: 'image/x-icon',
      headers: { 'cache-control': 'public, max-age=0', etag: '"fav1"' },
      body: 'ico',
    },
    '/api/orders': (req) =>
      signedIn(req)
        ? { type: 'application/json', headers: { 'cache-control': NEXT_DYNAMIC }, body: '{"orders":[{"id":"ord_1"}]}' }
        : { status: 401, type: 'application/json', body: '{"error":"unauthorized"}' },
  });
}

/** Vite SPA: index.html no-cache for every route, hashed assets immutable, public/ files with validators only. */
export function viteLike(): Promise<TestServer> {
  const index: Reply = {
    headers: { 'cache-control': 'no-cache', etag: '"idx-1"' },
    body: `<!doctype html><html><head><link rel="icon" type="image/svg+xml" href="/vite.svg">
<script type="module" crossorigin src="/assets/index-DiwrgTda.js"></script>
<link rel="modulepreload" crossorigin href="/assets/vendor-B_x9-aZ1.js">
<link rel="stylesheet" crossorigin href="/assets/index-C4f0a9Qe.css"></head><body><div id="app"></div></body></html>`,
  };
  return site(
    {
      '/': index,
      '/assets/index-DiwrgTda.js': js('import"./vendor-B_x9-aZ1.js";'.repeat(60)),
      '/assets/vendor-B_x9-aZ1.js': js('export const v=1;'.repeat(90)),
      '/assets/index-C4f0a9Qe.css': {
        type: 'text/css',
        headers: { 'cache-control': IMMUTABLE },
        body: '#app{max-width:40rem}',
      },
      '/vite.svg': {
        type: 'image/svg+xml',
        headers: { etag: '"svg-1"', 'last-modified': new Date(Date.now() - 30 * 86_400_000).toUTCString() },
        body: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      },
      '/api/orders': (req) =>
        signedIn(req)
          ? { type: 'application/json', headers: { 'cache-control': 'private, no-store' }, body: '{"orders":[]}' }
          : { status: 401, type: 'application/json', body: '{"error":"unauthorized"}' },
    },
    index,
  );
}

/**
 * Rails: every page sets the session cookie, with Rails' default private Cache-Control; /about was given
 * `expires_in 1.hour, public: true`, so it is public while still setting the cookie.
 */
export function railsLike(): Promise<TestServer> {
  const cookie = '_shop_session=abc123def456; path=/; HttpOnly; SameSite=Lax';
  const page = (title: string, cacheControl: string): Reply => ({
    headers: { 'cache-control': cacheControl, 'set-cookie': [cookie], etag: `W/"${title}"` },
    body: `<!DOCTYPE html><html><head><title>${title}</title>
<link rel="stylesheet" href="/assets/application-6b3f1a2c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a.css">
<script src="/assets/application-1a2b3c4d.js"></script></head><body><h1>${title}</h1></body></html>`,
  });
  return site({
    '/': page('Home', 'max-age=0, private, must-revalidate'),
    '/about': page('About', 'max-age=3600, public'),
    '/account': (req) =>
      signedIn(req)
        ? page('Account of founder@example.com', 'max-age=0, private, must-revalidate')
        : { status: 302, headers: { location: '/login', 'cache-control': 'no-cache' }, body: '' },
    '/assets/application-6b3f1a2c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a.css': {
      type: 'text/css',
      headers: { 'cache-control': IMMUTABLE },
      body: 'h1{color:#222}',
    },
    '/assets/application-1a2b3c4d.js': {
      type: 'text/javascript',
      headers: { 'cache-control': 'public, max-age=3600' },
      body: 'console.log(1)',
    },
  });
}

/** An origin whose account page says private, but whose CDN-Cache-Control gives the CDN five minutes. */
export function cdnUndoesPrivate(): Promise<TestServer> {
  return site({
    '/': { headers: { 'cache-control': 'no-cache' }, body: '<!doctype html><title>Shop</title>' },
    '/account': (req) =>
      signedIn(req)
        ? {
            headers: { 'cache-control': 'private, no-store', 'cdn-cache-control': 'max-age=300' },
            body: '<!doctype html><title>Account</title><p>Orders of founder@example.com: #1001, #1002</p>',
          }
        : { status: 401, headers: { 'cache-control': 'no-store' }, body: 'log in' },
  });
}

export interface ProxyOptions {
  /** Report hits (X-Cache, Age); a silent cache says nothing, and only the bodies give it away. */
  reportStatus?: boolean;
}

/**
 * A CDN-like caching reverse proxy: keys on the URL only (not Authorization or Cookie, as a misconfigured CDN
 * does), stores what CDN-Cache-Control or else Cache-Control lets a shared cache keep (max-age/s-maxage, neither
 * private nor no-store), serves hits with Age and X-Cache.
 */
export function cachingProxy(origin: string, options: ProxyOptions = {}): Promise<TestServer> {
  const store = new Map<
    string,
    { status: number; headers: http.IncomingHttpHeaders; body: Buffer; at: number; ttl: number }
  >();
  const report = options.reportStatus ?? true;
  return startHttp((req, res) => {
    const key = req.url ?? '/';
    const now = Date.now();
    const cached = store.get(key);
    if (req.method === 'GET' && cached && now - cached.at < cached.ttl * 1000) {
      const age = Math.floor((now - cached.at) / 1000);
      res.writeHead(cached.status, { ...cached.headers, ...(report ? { age: String(age), 'x-cache': 'HIT' } : {}) });
      res.end(cached.body);
      return;
    }
    const upstream = http.request(
      `${origin}${key}`,
      { method: req.method, headers: { ...req.headers, host: new URL(origin).host } },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const rules = String(answer.headers['cdn-cache-control'] ?? answer.headers['cache-control'] ?? '');
          const ttl = Number(/(?:s-maxage|max-age)=(\d+)/.exec(rules)?.[1] ?? 0);
          if (req.method === 'GET' && answer.statusCode === 200 && ttl > 0 && !/private|no-store/.test(rules)) {
            store.set(key, { status: 200, headers: answer.headers, body, at: now, ttl });
          }
          res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...(report ? { 'x-cache': 'MISS' } : {}) });
          res.end(body);
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
}

/** An origin that forgets `private` on the account page: `max-age=60` and nothing else. */
export function forgetfulOrigin(): Promise<TestServer> {
  return site({
    '/': { headers: { 'cache-control': 'no-cache' }, body: '<!doctype html><title>Shop</title>' },
    '/account': (req) =>
      signedIn(req)
        ? {
            headers: { 'cache-control': 'max-age=60' },
            body: `<!doctype html><title>Account</title><p>Hello founder@example.com, generated ${Date.now()}</p>`,
          }
        : { status: 302, headers: { location: '/login', 'cache-control': 'no-store' }, body: '' },
  });
}
