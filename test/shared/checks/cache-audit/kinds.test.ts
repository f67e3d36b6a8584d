// Kinds and discovery: fingerprints as the build tools write them, and what a browser fetches for a page.
import { describe, expect, it } from 'vitest';
import { discoverAssets, discoverInCss } from '../../../../shared/checks/cache-audit/discover.ts';
import { classify, isFingerprinted } from '../../../../shared/checks/cache-audit/kinds.ts';
import { AuditScope } from '../../../../shared/checks/cache-audit/scope.ts';

describe('fingerprinted file names', () => {
  it.each([
    '/assets/index-DiwrgTda.js', // Vite/Rollup, digit-free
    '/assets/vendor-B_x9-aZ1.js', // Rollup hash holding - and _
    '/static/js/main.3f9a1c7e.js', // webpack / CRA
    '/assets/application-6b3f1a2c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a.css', // Sprockets
    '/assets/application-1a2b3c4d.js', // Propshaft
    '/chunk-ABCD1234.js', // esbuild
    '/_next/static/x4Zb9_kQ2aPzYdTqWvRsL/_buildManifest.js', // Next.js build id in a folder
    '/_astro/index.a1b2c3d4.css',
  ])('%s is revved', (path) => {
    expect(isFingerprinted(path)).toBe(true);
  });

  it.each([
    '/assets/app.js',
    '/js/jquery-3.7.1.min.js',
    '/react-dom.production.min.js',
    '/images/photo_20240101.jpg',
    '/assets/my-long-component-file.js',
    '/Checkout.js',
    '/favicon.ico',
  ])('%s is not', (path) => {
    expect(isFingerprinted(path)).toBe(false);
  });

  it('classifies by route, cookie, content type, and config overrides', () => {
    const base = { discoveredAsAsset: false, privateRoute: false, setsCookie: false, overrides: {} };
    expect(classify({ ...base, pathname: '/', contentType: 'text/html' })).toBe('page');
    expect(classify({ ...base, pathname: '/api/x', contentType: 'application/json' })).toBe('api');
    expect(classify({ ...base, pathname: '/', contentType: 'text/html', setsCookie: true })).toBe('private');
    expect(
      classify({ ...base, pathname: '/a.1a2b3c4d.js', contentType: 'text/javascript', discoveredAsAsset: true }),
    ).toBe('revved');
    expect(classify({ ...base, pathname: '/logo.png', contentType: 'image/png', discoveredAsAsset: true })).toBe(
      'static',
    );
    expect(
      classify({
        ...base,
        pathname: '/static/v2/app.js',
        contentType: 'text/javascript',
        overrides: { '/static/**': 'revved' },
      }),
    ).toBe('revved');
  });
});

describe('discovery', () => {
  const page = 'https://shop.example/products/';
  const { fetches } = new AuditScope(page, []);

  it('finds what a browser loads, on the same site only, and ignores comments, links and text', () => {
    const html = `<!doctype html><html><head><base href="/">
<link rel="stylesheet" href="assets/app.css"><link rel="modulepreload" href="/assets/a.js">
<link rel="preload" href="/fonts/inter.woff2" as="font"><link rel="icon" href="/favicon.ico">
<link rel="canonical" href="/products"><script src="https://cdn.other.example/x.js"></script>
<!-- <script src="/commented.js"></script> --></head>
<body><img src="/img/a.png" srcset="/img/a@2x.png 2x, /img/a@3x.png 3x"><a href="/about">about</a>
<img src="data:image/png;base64,AAAA"><p>/not-a-url.js</p><img src="http://user:pw@shop.example/img/b.png"></body></html>`;
    const found = discoverAssets(html, page, fetches);
    expect(found.assets).toEqual([
      'https://shop.example/assets/app.css',
      'https://shop.example/assets/a.js',
      'https://shop.example/fonts/inter.woff2',
      'https://shop.example/favicon.ico',
      'https://shop.example/img/a.png',
      'https://shop.example/img/a@2x.png',
      'https://shop.example/img/a@3x.png',
    ]);
    expect(found.elsewhere).toEqual(['https://cdn.other.example/x.js', 'http://shop.example/img/b.png']);
  });

  it('finds fonts and images a stylesheet loads', () => {
    const css = `@font-face{src:url("/fonts/a.woff2") format("woff2"),url(../fonts/a.woff)}body{background:url('data:x')}`;
    expect(discoverInCss(css, 'https://shop.example/assets/app.css', fetches).assets).toEqual([
      'https://shop.example/fonts/a.woff2',
      'https://shop.example/fonts/a.woff',
    ]);
  });
});
