// What the audit fetches: the base URL's site and the founder's asset hosts, never a third party; and the
// asset-hosts option refuses what is not a host name.
import { describe, expect, it } from 'vitest';
import { discoverAssets, discoverInCss } from '../../../../shared/checks/cache-audit/discover.ts';
import { cacheOptionsSchema } from '../../../../shared/checks/cache-audit/options.ts';
import { AuditScope, matchesAssetHost } from '../../../../shared/checks/cache-audit/scope.ts';

describe('asset host patterns', () => {
  it.each([
    ['d1234abcd.cloudfront.net', 'd1234abcd.cloudfront.net', true],
    ['D1234ABCD.CloudFront.net', 'd1234abcd.cloudfront.net', true],
    ['d9999.cloudfront.net', 'd1234abcd.cloudfront.net', false],
    ['myshop.b-cdn.net', '*.b-cdn.net', true],
    ['a.b.myshop-cdn.net', '*.myshop-cdn.net', true],
    ['myshop-cdn.net', '*.myshop-cdn.net', false],
    ['evilmyshop-cdn.net', '*.myshop-cdn.net', false],
    ['myshop-cdn.net.evil.com', '*.myshop-cdn.net', false],
    ['localhost', 'localhost', true],
    ['127.0.0.1', 'localhost', false],
  ])('%s against %s: %s', (host, pattern, expected) => {
    expect(matchesAssetHost(host, pattern)).toBe(expected);
  });
});

describe('the audit scope', () => {
  const scope = new AuditScope('https://www.shop.example.com', ['d1234abcd.cloudfront.net', '*.myshop-cdn.net']);

  it.each([
    ['https://www.shop.example.com/app.js', 'site'],
    ['https://cdn.shop.example.com/assets/app.3f9a1c2e.js', 'site'],
    ['https://static.shop.example.com:8443/a.css', 'site'],
    ['http://cdn.shop.example.com/a.css', 'elsewhere'],
    ['https://d1234abcd.cloudfront.net/a.js', 'asset-host'],
    ['http://d1234abcd.cloudfront.net/a.js', 'asset-host'],
    ['https://eu.myshop-cdn.net/a.js', 'asset-host'],
    ['https://fonts.googleapis.com/css2?family=Inter', 'elsewhere'],
    ['https://js.stripe.com/v3/', 'elsewhere'],
    ['https://d9999.cloudfront.net/a.js', 'elsewhere'],
  ])('%s: %s', (url, reach) => {
    expect(scope.reach(url)).toBe(reach);
  });

  it('takes a CDN subdomain and the asset hosts from a page, and leaves the third parties', () => {
    const html = `<!doctype html><link rel="stylesheet" href="https://cdn.shop.example.com/assets/app.9f8e7d6c.css">
<script src="https://cdn.shop.example.com/assets/app.3f9a1c2e.js"></script>
<script src="https://d1234abcd.cloudfront.net/vendor.0a1b2c3d.js"></script>
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter"><script src="https://js.stripe.com/v3/"></script>`;
    const found = discoverAssets(html, 'https://www.shop.example.com/', scope.fetches);
    expect(found.assets).toEqual([
      'https://cdn.shop.example.com/assets/app.9f8e7d6c.css',
      'https://cdn.shop.example.com/assets/app.3f9a1c2e.js',
      'https://d1234abcd.cloudfront.net/vendor.0a1b2c3d.js',
    ]);
    expect(found.elsewhere).toEqual(['https://fonts.googleapis.com/css2?family=Inter', 'https://js.stripe.com/v3/']);
  });

  it('takes the fonts a stylesheet on the CDN subdomain loads, relative to the stylesheet', () => {
    const css = `@font-face{src:url(../fonts/inter.a1b2c3d4.woff2)}@import "https://fonts.googleapis.com/css2?family=Inter";`;
    const found = discoverInCss(css, 'https://cdn.shop.example.com/assets/app.9f8e7d6c.css', scope.fetches);
    expect(found.assets).toEqual(['https://cdn.shop.example.com/fonts/inter.a1b2c3d4.woff2']);
    expect(found.elsewhere).toEqual(['https://fonts.googleapis.com/css2?family=Inter']);
  });
});

describe('the assetHosts option', () => {
  it('takes host names and *.domain wildcards', () => {
    const options = cacheOptionsSchema.parse({
      assetHosts: ['d1234abcd.cloudfront.net', '*.myshop-cdn.net', 'localhost', '127.0.0.1'],
    });
    expect(options.assetHosts).toHaveLength(4);
    expect(cacheOptionsSchema.parse({}).assetHosts).toEqual([]);
  });

  it.each([
    'https://d1234abcd.cloudfront.net',
    'cdn.example.net/assets',
    'cdn.example.net:8443',
    '*',
    '*.',
    'cdn..example.net',
    'cdn.example.net *.example.org',
    '',
  ])('refuses %j, quoting it', (entry) => {
    const result = cacheOptionsSchema.safeParse({ assetHosts: [entry] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      `"${entry}" is not a host name: give it as cdn.example.net or *.example.net (no scheme, port or path)`,
    );
  });
});
