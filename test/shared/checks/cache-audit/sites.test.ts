// The audit against real local sites, one per pattern: what a careful review of each would say.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../../http/servers.ts';
import { audit, row, worstByPath } from './harness.ts';
import {
  AUTH_HEADER,
  cachingProxy,
  cdnUndoesPrivate,
  forgetfulOrigin,
  nextLike,
  railsLike,
  SESSION,
  site,
  TOKEN,
  viteLike,
} from './sites.ts';

const servers: TestServer[] = [];
async function start(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('a Next.js-like site', () => {
  it('finds every _next/static asset from the homepage, passes them, and flags only the year-long ISR page', async () => {
    const shop = await start(nextLike());
    const run = await audit({
      baseUrl: shop.url,
      paths: ['/', '/products'],
      privatePaths: ['/api/orders'],
      authHeader: AUTH_HEADER,
    });
    expect(worstByPath(run)).toEqual({
      '/': 'none',
      '/products': 'medium',
      '/api/orders': 'none',
      '/_next/static/media/inter.a1b2c3d4.woff2': 'none',
      '/_next/static/css/9f8e7d6c5b4a3210.css': 'none',
      '/_next/static/chunks/webpack-0a1b2c3d4e5f6789.js': 'none',
      '/_next/static/x4Zb9_kQ2aPzYdTqWvRsL/_buildManifest.js': 'none',
      '/favicon.ico': 'none',
    });
    expect(row(run, '/_next/static/x4Zb9_kQ2aPzYdTqWvRsL/_buildManifest.js').kind).toBe('revved');
    expect(row(run, '/products').findings).toEqual(['cache/page-stale-after-deploy']);
    expect(row(run, '/api/orders')).toMatchObject({ kind: 'private', sharedStorable: false, credentials: true });
    // The analytics script on another site is neither fetched nor counted as audited.
    expect(run.report.details?.urls.some((u) => u.url.includes('analytics'))).toBe(false);
    expect(run.report.details?.notFetched).toMatchObject({ offSite: 1, offSiteHosts: ['analytics.example.net'] });
    expect(run.report.ok).toBe(true);
  });
});

describe('a Vite-like SPA', () => {
  it('passes hashed assets (digit-free Rollup hashes too) and says only that the public svg relies on heuristics', async () => {
    const spa = await start(viteLike());
    const run = await audit({ baseUrl: spa.url, privatePaths: ['/api/orders'], authHeader: AUTH_HEADER });
    expect(worstByPath(run)).toEqual({
      '/': 'none',
      '/api/orders': 'none',
      '/vite.svg': 'low',
      '/assets/index-DiwrgTda.js': 'none',
      '/assets/vendor-B_x9-aZ1.js': 'none',
      '/assets/index-C4f0a9Qe.css': 'none',
    });
    expect(row(run, '/assets/index-DiwrgTda.js').kind).toBe('revved');
    expect(row(run, '/assets/index-DiwrgTda.js').encoding).toBe('gzip');
  });

  it('does not take the SPA shell, the same for everyone, for a leaked account page', async () => {
    const spa = await start(viteLike());
    const run = await audit({ baseUrl: spa.url, paths: [], privatePaths: ['/account'], authHeader: AUTH_HEADER });
    expect(run.report.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
    expect(run.report.details?.probes.map((p) => [p.probe, p.outcome])).toEqual([
      ['served-to-visitor', 'safe'],
      ['web-cache-deception', 'safe'],
    ]);
  });
});

describe('a Rails-like site with Set-Cookie on every page', () => {
  it('accepts private pages that set the session cookie and blocks the one that is public', async () => {
    const app = await start(railsLike());
    const run = await audit({
      baseUrl: app.url,
      paths: ['/', '/about'],
      privatePaths: ['/account'],
      cookie: `session=${SESSION}`,
    });
    const worst = worstByPath(run);
    expect(worst['/']).toBe('none');
    expect(worst['/account']).toBe('none');
    expect(worst['/about']).toBe('blocker');
    expect(row(run, '/about').kind).toBe('private');
    const blocker = run.report.findings.find((f) => f.severity === 'blocker');
    expect(blocker?.message).toContain('Cache-Control: max-age=3600, public');
    expect(blocker?.remediation).toContain('private, no-store');
    expect(worst['/assets/application-1a2b3c4d.js']).toBe('medium');
  });
});

describe('behind a CDN-like caching proxy', () => {
  it('catches the account page the cache hands to a visitor without credentials (X-Cache: HIT)', async () => {
    const origin = await start(forgetfulOrigin());
    const cdn = await start(cachingProxy(origin.url));
    const run = await audit({ baseUrl: cdn.url, privatePaths: ['/account'], authHeader: AUTH_HEADER });
    expect(worstByPath(run)['/account']).toBe('blocker');
    expect(row(run, '/account').findings).toContain('cache/private-served-to-visitor');
    // With Authorization, RFC 9111 forbids a shared cache to store max-age=60: the headers alone look safe.
    expect(row(run, '/account').findings).not.toContain('cache/private-shared-cache');
    expect(run.report.details?.probes[0]).toMatchObject({ probe: 'served-to-visitor', outcome: 'leak' });
  });

  it('catches it from the bodies when the cache reports nothing', async () => {
    const origin = await start(forgetfulOrigin());
    const cdn = await start(cachingProxy(origin.url, { reportStatus: false }));
    const run = await audit({ baseUrl: cdn.url, privatePaths: ['/account'], authHeader: AUTH_HEADER });
    expect(row(run, '/account').findings).toContain('cache/private-served-to-visitor');
  });

  it('blocks a private page whose CDN-Cache-Control gives the CDN five minutes', async () => {
    const origin = await start(cdnUndoesPrivate());
    const plain = await audit({ baseUrl: origin.url, privatePaths: ['/account'], authHeader: AUTH_HEADER });
    // Straight from the origin there is no cache to leak through, but CDN-Cache-Control undoes private: blocker.
    expect(row(plain, '/account').findings).toEqual(['cache/private-shared-cache']);
    const blocker = plain.report.findings.find((f) => f.ruleId === 'cache/private-shared-cache');
    expect(blocker?.message).toContain('CDN-Cache-Control: max-age=300');
    expect(row(plain, '/account')).toMatchObject({
      cdnCacheControl: 'CDN-Cache-Control: max-age=300',
      sharedStorable: true,
    });
    expect(row(plain, '/account').ttlSeconds).toEqual({ browser: 0, shared: 300 });
  });

  it('reports both the header and the real leak when a CDN obeys CDN-Cache-Control over private', async () => {
    const origin = await start(cdnUndoesPrivate());
    const cdn = await start(cachingProxy(origin.url));
    const run = await audit({ baseUrl: cdn.url, privatePaths: ['/account'], authHeader: AUTH_HEADER });
    expect(row(run, '/account').findings.sort()).toEqual([
      'cache/private-served-to-visitor',
      'cache/private-shared-cache',
    ]);
    expect(run.report.findings.find((f) => f.ruleId === 'cache/cdn')?.severity).toBe('info');
  });
});

describe('credentials', () => {
  it('are redacted by the run and never reach the report', async () => {
    const origin = await start(cdnUndoesPrivate());
    const run = await audit({
      baseUrl: origin.url,
      privatePaths: ['/account'],
      authHeader: AUTH_HEADER,
      cookie: `session=${SESSION}`,
    });
    const text = JSON.stringify(run.redactor.scrubDeep(run.report)) + run.logs.join('\n');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SESSION);
    expect(run.redactor.scrub(`x ${TOKEN} y ${SESSION}`)).not.toMatch(new RegExp(`${TOKEN}|${SESSION}`));
  });
});

describe('bounds', () => {
  it('makes at most --max-urls requests, private routes first, and says how many it left out', async () => {
    const shop = await start(nextLike());
    const run = await audit({
      baseUrl: shop.url,
      paths: ['/'],
      privatePaths: ['/api/orders'],
      authHeader: AUTH_HEADER,
      maxUrls: 3,
    });
    expect(run.report.details?.requests).toBe(3);
    expect(run.report.details?.urls[0]?.url).toBe(`${shop.url}/api/orders`);
    expect(run.report.details?.notFetched.overBudget).toBeGreaterThan(0);
    expect(run.report.summary).toContain('--max-urls 3');
  });

  it('audits only the pages named with noCrawl', async () => {
    const shop = await start(nextLike());
    const run = await audit({ baseUrl: shop.url, paths: ['/', '/products'], noCrawl: true });
    expect(run.report.details?.urls.map((u) => new URL(u.url).pathname)).toEqual(['/', '/products']);
  });

  it('follows a same-origin redirect from a page as its own URL', async () => {
    const shop = await start(
      site({
        '/': { status: 301, headers: { location: '/en/', 'cache-control': 'public, max-age=86400' } },
        '/en/': { headers: { 'cache-control': 'no-cache' }, body: '<!doctype html><title>Shop</title>' },
      }),
    );
    const run = await audit({ baseUrl: shop.url });
    expect(run.report.details?.urls.map((u) => [new URL(u.url).pathname, u.status, u.source])).toEqual([
      ['/', 301, 'path'],
      ['/en/', 200, 'redirect'],
    ]);
  });
});
