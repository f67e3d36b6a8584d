// Assets a storefront serves from its CDN: another port or a subdomain of the same site (Next.js assetPrefix,
// Rails asset_host) is audited like the origin; a CDN host on another site only when named in assetHosts; a third
// party never. Real servers on 127.0.0.1; subdomains through a lookup that answers 127.0.0.1 for every name.
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttp, type TestServer, testLookup } from '../../http/servers.ts';
import { audit, row } from './harness.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

type Answer = { type: string; cacheControl: string; body: string };

/** A server answering from a path table (404 otherwise), recording every request it gets. */
async function server(routes: (self: { port: number }) => Record<string, Answer>) {
  const seen: IncomingMessage[] = [];
  const self = { port: 0 };
  const started = await startHttp((req, res) => {
    seen.push(req);
    const answer = routes(self)[new URL(req.url ?? '/', 'http://x').pathname];
    if (answer === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': answer.type, 'cache-control': answer.cacheControl });
    res.end(answer.body);
  });
  self.port = started.port;
  servers.push(started);
  return { ...started, seen, paths: () => seen.map((r) => new URL(r.url ?? '/', 'http://x').pathname) };
}

const TEN_MINUTES = 'public, max-age=600';
const YEAR = 'public, max-age=31536000, immutable';

/** A CDN whose fingerprinted files are cached only 10 minutes, not immutable: the mistake the audit must see. */
function shortCdn() {
  return server(() => ({
    '/assets/app.3f9a1c2e.js': { type: 'text/javascript', cacheControl: TEN_MINUTES, body: 'console.log(1)' },
    '/assets/app.9f8e7d6c.css': {
      type: 'text/css',
      cacheControl: TEN_MINUTES,
      body: '@font-face{font-family:Inter;src:url(../fonts/inter.a1b2c3d4.woff2)}',
    },
    '/fonts/inter.a1b2c3d4.woff2': { type: 'font/woff2', cacheControl: YEAR, body: 'wOF2' },
  }));
}

function page(html: string) {
  return server(() => ({ '/': { type: 'text/html', cacheControl: 'no-cache', body: `<!doctype html>${html}` } }));
}

describe('assets on the same site, another port', () => {
  it('audits the CDN script and stylesheet, flags the 10-minute fingerprinted files, and finds the font the CSS loads', async () => {
    const cdn = await shortCdn();
    const shop = await page(`<link rel="stylesheet" href="${cdn.url}/assets/app.9f8e7d6c.css">
<script src="${cdn.url}/assets/app.3f9a1c2e.js"></script>`);
    const run = await audit({ baseUrl: shop.url });
    expect(run.report.details?.urls.map((u) => u.url)).toEqual([
      `${shop.url}/`,
      `${cdn.url}/assets/app.9f8e7d6c.css`,
      `${cdn.url}/assets/app.3f9a1c2e.js`,
      `${cdn.url}/fonts/inter.a1b2c3d4.woff2`,
    ]);
    const script = row(run, '/assets/app.3f9a1c2e.js');
    expect(script).toMatchObject({ kind: 'revved', source: 'asset', credentials: false });
    expect(script.findings).toEqual(['cache/revved-short-lived']);
    const shortLived = run.report.findings.find(
      (f) => f.location !== undefined && 'url' in f.location && f.location.url === script.url,
    );
    expect(shortLived).toMatchObject({
      severity: 'medium',
      title: 'fingerprinted asset cached for 10 min, not a year',
    });
    expect(shortLived?.message).toContain('not marked immutable');
    expect(row(run, '/assets/app.9f8e7d6c.css').findings).toContain('cache/revved-short-lived');
    expect(row(run, '/fonts/inter.a1b2c3d4.woff2').findings).toEqual([]);
    expect(run.report.findings.filter((f) => f.ruleId === 'cache/revved-short-lived').map((f) => f.location)).toEqual(
      expect.arrayContaining([{ url: script.url }, { url: `${cdn.url}/assets/app.9f8e7d6c.css` }]),
    );
    expect(run.report.details?.notFetched).toEqual({ offSite: 0, offSiteHosts: [], overBudget: 0 });
  });
});

describe('assets on a subdomain of the site', () => {
  it('audits cdn.shop.example.com for a page on www.shop.example.com, and not a third party or a github.io neighbour', async () => {
    const cdn = await shortCdn();
    const thirdParty = await server(() => ({}));
    const shop = await page(`<script src="http://cdn.shop.example.com:${cdn.port}/assets/app.3f9a1c2e.js"></script>
<script src="http://js.stripe.test:${thirdParty.port}/v3/"></script>
<link rel="stylesheet" href="http://fonts.googleapis.test:${thirdParty.port}/css2?family=Inter">`);
    const run = await audit({ baseUrl: `http://www.shop.example.com:${shop.port}` }, { probe: { lookup: testLookup } });
    expect(row(run, '/assets/app.3f9a1c2e.js')).toMatchObject({
      url: `http://cdn.shop.example.com:${cdn.port}/assets/app.3f9a1c2e.js`,
      kind: 'revved',
    });
    expect(row(run, '/assets/app.3f9a1c2e.js').findings).toContain('cache/revved-short-lived');
    expect(cdn.paths()).toEqual(['/assets/app.3f9a1c2e.js']);
    expect(thirdParty.seen).toEqual([]);
    expect(run.report.details?.notFetched).toMatchObject({
      offSite: 2,
      offSiteHosts: [`fonts.googleapis.test:${thirdParty.port}`, `js.stripe.test:${thirdParty.port}`],
    });
    expect(run.logs.join('\n')).toContain('not audited: 2 URL(s) on another site');

    const neighbour = await page(`<script src="http://other.github.io:${cdn.port}/assets/app.3f9a1c2e.js"></script>`);
    const pages = await audit(
      { baseUrl: `http://example.github.io:${neighbour.port}` },
      { probe: { lookup: testLookup } },
    );
    expect(pages.report.details?.urls).toHaveLength(1);
    expect(cdn.seen).toHaveLength(1);
  });
});

describe('assetHosts', () => {
  it('audits a CDN host on another site only when it is named', async () => {
    const cdn = await server(() => ({
      '/app.abcdef12.js': { type: 'text/javascript', cacheControl: YEAR, body: 'console.log(1)' },
    }));
    const shop = await page(`<script src="http://localhost:${cdn.port}/app.abcdef12.js"></script>`);

    const unnamed = await audit({ baseUrl: shop.url });
    expect(unnamed.report.details?.urls.map((u) => u.url)).toEqual([`${shop.url}/`]);
    expect(unnamed.report.details?.notFetched.offSiteHosts).toEqual([`localhost:${cdn.port}`]);
    expect(cdn.seen).toEqual([]);

    const named = await audit({ baseUrl: shop.url, assetHosts: ['localhost'] });
    expect(row(named, '/app.abcdef12.js')).toMatchObject({
      url: `http://localhost:${cdn.port}/app.abcdef12.js`,
      kind: 'revved',
      findings: [],
    });
    expect(named.report.details?.notFetched.offSite).toBe(0);
    expect(cdn.paths()).toEqual(['/app.abcdef12.js']);
  });

  it('matches a wildcard, and counts the asset hosts and the site in one --max-urls', async () => {
    const sameSite = await shortCdn();
    const other = await server(() => ({
      '/a.abcdef12.js': { type: 'text/javascript', cacheControl: YEAR, body: '1' },
      '/b.abcdef12.js': { type: 'text/javascript', cacheControl: YEAR, body: '2' },
    }));
    const shop = await page(`<script src="http://cdn.shop.localhost:${other.port}/a.abcdef12.js"></script>
<script src="${sameSite.url}/assets/app.3f9a1c2e.js"></script>
<script src="http://cdn.shop.localhost:${other.port}/b.abcdef12.js"></script>
<link rel="stylesheet" href="${sameSite.url}/assets/app.9f8e7d6c.css">`);
    const run = await audit(
      { baseUrl: shop.url, assetHosts: ['*.shop.localhost'], maxUrls: 3 },
      { probe: { lookup: testLookup } },
    );
    expect(run.report.details?.requests).toBe(3);
    expect(shop.seen.length + sameSite.seen.length + other.seen.length).toBe(3);
    expect(run.report.details?.urls.map((u) => new URL(u.url).pathname)).toEqual([
      '/',
      '/a.abcdef12.js',
      '/assets/app.3f9a1c2e.js',
    ]);
    expect(run.report.details?.notFetched).toMatchObject({ offSite: 0, overBudget: 2 });
  });
});
