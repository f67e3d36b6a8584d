// cache-audit against sites that try to make it leak: assets on another site or on the founder's CDN, a server that reflects the
// credentials, a private route redirecting elsewhere. Minimal servers of its own (to move onto the shared
// hostile-input suite).

import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCliBundle } from '../helpers/dist.ts';
import { audit } from '../shared/checks/cache-audit/harness.ts';
import { AUTH_HEADER, SESSION, TOKEN } from '../shared/checks/cache-audit/sites.ts';
import { startHttp, type TestServer } from '../shared/http/servers.ts';

/** Another origin that records every request it gets. */
async function recorder(): Promise<{ server: TestServer; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = await startHttp((req, res) => {
    seen.push(req);
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
    res.end('/* elsewhere */');
  });
  return { server, seen };
}

/** A shop whose every route answers `html` (private, never stored), recording the requests it gets. */
async function shopServing(html: string): Promise<{ server: TestServer; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = await startHttp((req, res) => {
    seen.push(req);
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store' });
    res.end(html);
  });
  servers.push(server);
  return { server, seen };
}

/** The audit of a shop's front page, with credentials for its /account. */
function auditWithCredentials(shop: TestServer, assetHosts: string[] = []) {
  return audit({
    baseUrl: shop.url,
    paths: ['/'],
    privatePaths: ['/account'],
    authHeader: AUTH_HEADER,
    cookie: `session=${SESSION}`,
    assetHosts,
  });
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cache-audit on hostile sites', () => {
  it('never fetches assets a page names on another site, so they get nothing', async () => {
    const other = await recorder();
    servers.push(other.server);
    // localhost is another site than 127.0.0.1 (neither has a registrable domain): a third party here.
    const elsewhere = other.server.url.replace('127.0.0.1', 'localhost');
    const { server: shop } = await shopServing(`<!doctype html><script src="${elsewhere}/steal.js"></script>
<link rel="stylesheet" href="//localhost:${other.server.port}/a.css"><img src="${elsewhere.replace('http://', 'http://u:p@')}/x.png">`);
    const run = await auditWithCredentials(shop);
    expect(other.seen).toEqual([]);
    expect(run.report.details?.notFetched).toMatchObject({
      offSite: 3,
      offSiteHosts: [`localhost:${other.server.port}`],
    });
    expect(run.report.details?.urls.every((u) => u.url.startsWith(shop.url))).toBe(true);
  });

  it('sends no credential to an asset on the same site (another port) or on an asset host, and follows none of their redirects', async () => {
    const sameSite = await recorder();
    const assetHost = await recorder();
    const redirecting = await startHttp((req, res) => {
      sameSite.seen.push(req);
      res.writeHead(302, {
        location: `http://localhost:${assetHost.server.port}/after-redirect`,
        'cache-control': 'no-store',
      });
      res.end();
    });
    servers.push(sameSite.server, assetHost.server, redirecting);
    const html = `<!doctype html><script src="${sameSite.server.url}/app.abcdef12.js"></script>
<script src="http://localhost:${assetHost.server.port}/cdn.abcdef12.js"></script>
<img src="${sameSite.server.url.replace('http://', 'http://u:p@')}/x.png"><script src="${redirecting.url}/hop.abcdef12.js"></script>`;
    const { server: shop, seen: pageRequests } = await shopServing(html);
    const run = await auditWithCredentials(shop, ['localhost']);
    // The credentials were in play: the private route on the base URL got them.
    expect(pageRequests.find((r) => r.url === '/account')?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const assetRequests = [...sameSite.seen, ...assetHost.seen];
    expect(assetRequests.map((r) => r.url).sort()).toEqual([
      '/app.abcdef12.js',
      '/cdn.abcdef12.js',
      '/hop.abcdef12.js',
      '/x.png',
    ]);
    for (const request of assetRequests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.cookie).toBeUndefined();
      expect(JSON.stringify(request.headers)).not.toMatch(new RegExp(`${TOKEN}|${SESSION}`));
    }
    expect(run.report.details?.urls.filter((u) => u.source === 'asset').every((u) => !u.credentials)).toBe(true);
  });

  it('keeps credentials a server reflects (in its body and headers) out of every output', async () => {
    const reflecting = await startHttp((req, res) => {
      const echoed = `${req.headers.authorization ?? ''} ${req.headers.cookie ?? ''}`;
      res.writeHead(200, {
        'content-type': 'text/html',
        // Reflected where the audit quotes headers: Cache-Control, CDN-Cache-Control, X-Cache.
        'cache-control': `public, max-age=60, x-echo="${echoed}"`,
        'cdn-cache-control': `max-age=60, x-echo="${echoed}"`,
        'x-cache': `HIT ${echoed}`,
      });
      res.end(`<!doctype html><p>${echoed}</p>`);
    });
    servers.push(reflecting);
    for (const format of ['json', 'text', 'markdown', 'sarif']) {
      const result = await runCliBundle(
        [
          'cache-audit',
          '--base-url',
          reflecting.url,
          '--private-paths',
          '/account',
          '--auth-header',
          AUTH_HEADER,
          '--cookie',
          `session=${SESSION}`,
          '--format',
          format,
        ],
        dir,
      );
      expect(result.code, result.stderr).toBe(1);
      expect(result.stdout).toContain('cache/private-shared-cache');
      for (const text of [result.stdout, result.stderr]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(SESSION);
      }
    }
  });

  it('does not follow a private route that redirects off-origin, so the other origin gets nothing', async () => {
    const other = await recorder();
    servers.push(other.server);
    const shop = await startHttp((_req, res) => {
      res.writeHead(302, { location: `${other.server.url}/capture`, 'cache-control': 'no-store' });
      res.end();
    });
    servers.push(shop);
    const run = await audit({
      baseUrl: shop.url,
      paths: ['/'],
      privatePaths: ['/account'],
      authHeader: AUTH_HEADER,
      cookie: `session=${SESSION}`,
    });
    expect(other.seen).toEqual([]);
    expect(run.report.findings.find((f) => f.ruleId === 'cache/credentials-refused')?.title).toContain('HTTP 302');
  });
});
