// Judging one response: the verdict a launch review gives for each header pattern, per kind.
import { describe, expect, it } from 'vitest';
import { detectCdn, isCacheHit } from '../../../../shared/checks/cache-audit/cdn.ts';
import { judge } from '../../../../shared/checks/cache-audit/judge.ts';
import type { Kind } from '../../../../shared/checks/cache-audit/options.ts';
import { cacheFacts } from '../../../../shared/checks/cache-audit/policy.ts';

const BROWSER = { accept: '*/*', 'accept-encoding': 'br, gzip, zstd' };
const WITH_AUTH = { ...BROWSER, authorization: 'Bearer abc' };
const WITH_COOKIE = { ...BROWSER, cookie: 'session=abc' };

function facts(
  headers: Record<string, string | string[]>,
  options: { status?: number; request?: Record<string, string>; bytes?: number } = {},
) {
  return cacheFacts(
    { url: 'https://shop.example/x', headers: options.request ?? BROWSER },
    options.status ?? 200,
    { date: new Date().toUTCString(), ...headers },
    options.bytes ?? 200,
  );
}

function rules(
  kind: Kind,
  headers: Record<string, string | string[]>,
  options: Parameters<typeof facts>[1] = {},
): string[] {
  return judge(kind, facts(headers, options)).map((v) => v.rule.id);
}

describe('private responses', () => {
  it.each([
    ['public', { 'cache-control': 'public, max-age=300' }, WITH_AUTH],
    ['s-maxage (RFC 9111 §3.5: storable even with Authorization)', { 'cache-control': 's-maxage=60' }, WITH_AUTH],
    [
      'a CDN-targeted max-age that undoes private',
      { 'cache-control': 'private', 'cdn-cache-control': 'max-age=60' },
      WITH_AUTH,
    ],
    ['Surrogate-Control', { 'cache-control': 'no-store', 'surrogate-control': 'max-age=600' }, WITH_AUTH],
    ['Vercel-CDN-Cache-Control', { 'cache-control': 'private', 'vercel-cdn-cache-control': 's-maxage=60' }, WITH_AUTH],
    [
      'a cookie without private or no-store',
      { 'cache-control': 'no-cache', 'set-cookie': ['sid=1; HttpOnly'] },
      BROWSER,
    ],
    [
      'a cookie without private, even to an Authorization request',
      { 'cache-control': 'max-age=0', 'set-cookie': 'sid=1' },
      WITH_AUTH,
    ],
    ['max-age on a cookie-authenticated page', { 'cache-control': 'max-age=60' }, WITH_COOKIE],
    [
      'max-age with a custom auth header a CDN does not know',
      { 'cache-control': 'max-age=60' },
      { ...BROWSER, 'x-api-key': 'k' },
    ],
  ])('are a blocker when a shared cache may keep them: %s', (_name, headers, request) => {
    expect(rules('private', headers, { request })).toContain('cache/private-shared-cache');
  });

  it.each([
    ['private, no-store', { 'cache-control': 'private, no-store' }, WITH_AUTH],
    ['no-store with a cookie', { 'cache-control': 'no-store', 'set-cookie': 'sid=1' }, BROWSER],
    [
      "Rails' default with the session cookie",
      { 'cache-control': 'max-age=0, private, must-revalidate', 'set-cookie': 'sid=1' },
      BROWSER,
    ],
    ['max-age with Authorization (a shared cache must not store it)', { 'cache-control': 'max-age=60' }, WITH_AUTH],
    ['no Cache-Control with Authorization', {}, WITH_AUTH],
    ['a CDN-targeted no-store', { 'cache-control': 'private', 'cdn-cache-control': 'no-store' }, WITH_AUTH],
  ])('pass when no shared cache may keep them: %s', (_name, headers, request) => {
    expect(judge('private', facts(headers, { request })).filter((v) => v.rule.severity !== 'low')).toEqual([]);
  });

  it('name the header that makes them storable and the fix', () => {
    const [verdict] = judge(
      'private',
      facts({ 'cache-control': 'private', 'cdn-cache-control': 'max-age=60' }, { request: WITH_AUTH }),
    );
    expect(verdict?.message).toContain('CDN-Cache-Control: max-age=60');
    expect(verdict?.remediation).toContain('Cache-Control: private, no-store');
  });
});

describe('fingerprinted assets', () => {
  it('pass with a year and immutable', () => {
    expect(rules('revved', { 'cache-control': 'public, max-age=31536000, immutable' })).toEqual([]);
  });

  it.each([
    ['an hour', 'public, max-age=3600, immutable', 'cache/revved-short-lived'],
    ['no-cache', 'no-cache', 'cache/revved-short-lived'],
    ['a year without immutable', 'public, max-age=31536000', 'cache/revved-not-immutable'],
  ])('are medium when cached %s', (_name, cacheControl, rule) => {
    const verdicts = judge('revved', facts({ 'cache-control': cacheControl }));
    expect(verdicts.map((v) => [v.rule.id, v.rule.severity])).toEqual([[rule, 'medium']]);
  });
});

describe('pages', () => {
  it('are medium when a shared cache keeps them over 10 minutes', () => {
    expect(rules('page', { 'cache-control': 'public, max-age=3600' })).toEqual(['cache/page-stale-after-deploy']);
    expect(rules('page', { 'cache-control': 'max-age=60', 'cdn-cache-control': 'max-age=86400' })).toEqual([
      'cache/page-stale-after-deploy',
    ]);
  });

  it('pass with no-cache, a short s-maxage, or no-store', () => {
    for (const cacheControl of [
      'no-cache',
      's-maxage=60, stale-while-revalidate=600',
      'no-store',
      'public, max-age=600',
    ]) {
      expect(rules('page', { 'cache-control': cacheControl, etag: '"1"' }), cacheControl).toEqual([]);
    }
  });
});

describe('static assets', () => {
  it('are medium with no Cache-Control and no validator', () => {
    expect(rules('static', {})).toEqual(['cache/static-no-policy']);
  });

  it('are low with Last-Modified only (heuristic freshness) or Expires alone', () => {
    const lastModified = new Date(Date.now() - 86_400_000).toUTCString();
    expect(rules('static', { 'last-modified': lastModified })).toEqual(['cache/heuristic-freshness']);
    expect(rules('static', { expires: new Date(Date.now() + 3_600_000).toUTCString() })).toEqual([
      'cache/legacy-expiry',
    ]);
  });

  it('are low when they vary on User-Agent, Cookie or *', () => {
    expect(rules('static', { 'cache-control': 'public, max-age=3600', vary: 'User-Agent' })).toEqual([
      'cache/vary-unreusable',
    ]);
  });
});

describe('compression', () => {
  it('flags text over 1 KB sent uncompressed, not images or small files', () => {
    const cc = { 'cache-control': 'no-cache', etag: '"1"' };
    expect(rules('static', { ...cc, 'content-type': 'text/css' }, { bytes: 5000 })).toEqual([
      'cache/uncompressed-text',
    ]);
    expect(rules('static', { ...cc, 'content-type': 'image/svg+xml' }, { bytes: 5000 })).toEqual([
      'cache/uncompressed-text',
    ]);
    expect(rules('static', { ...cc, 'content-type': 'image/png' }, { bytes: 50_000 })).toEqual([]);
    expect(rules('static', { ...cc, 'content-type': 'text/css' }, { bytes: 900 })).toEqual([]);
  });

  it('flags a compressed shareable response without Vary: Accept-Encoding, not a no-store one', () => {
    const gzip = { 'content-type': 'text/css', 'content-encoding': 'gzip' };
    expect(rules('static', { ...gzip, 'cache-control': 'public, max-age=3600' })).toEqual([
      'cache/compressed-without-vary',
    ]);
    expect(rules('static', { ...gzip, 'cache-control': 'public, max-age=3600', vary: 'Accept-Encoding' })).toEqual([]);
    expect(rules('page', { ...gzip, 'cache-control': 'private, no-store' })).toEqual([]);
  });
});

describe('facts', () => {
  it('gives browser and shared TTLs apart', () => {
    const f = facts({ 'cache-control': 'public, max-age=60, s-maxage=600', etag: '"v1"' });
    expect(f.ttl).toEqual({ browser: 60, shared: 600 });
    expect(f.validators).toEqual(['ETag']);
  });

  it('reads CDN status headers and Cache-Status (RFC 9211)', () => {
    expect(detectCdn({ 'cf-cache-status': 'HIT', 'cf-ray': '1' })).toMatchObject({ name: 'Cloudflare', status: 'HIT' });
    expect(detectCdn({ 'x-vercel-cache': 'MISS', 'x-vercel-id': 'a' })).toMatchObject({
      name: 'Vercel',
      status: 'MISS',
    });
    expect(detectCdn({ 'cache-status': '"Netlify Edge"; fwd=miss', 'x-nf-request-id': '1' })).toMatchObject({
      name: 'Netlify',
      status: 'MISS (fwd=miss)',
    });
    expect(detectCdn({ 'cache-status': 'ExampleCache; hit; ttl=30' })).toMatchObject({
      name: 'ExampleCache',
      status: 'HIT',
    });
    expect(
      isCacheHit(detectCdn({ 'x-cache': 'Hit from cloudfront', via: '1.1 abc.cloudfront.net (CloudFront)' })),
    ).toBe(true);
    expect(isCacheHit(detectCdn({ 'x-cache': 'MISS, HIT' }))).toBe(true);
    expect(isCacheHit(detectCdn({ 'x-cache': 'HIT, MISS' }))).toBe(false);
    expect(isCacheHit(detectCdn({ age: '42' }))).toBe(true);
    expect(detectCdn({ server: 'nginx' })).toBeUndefined();
  });
});
