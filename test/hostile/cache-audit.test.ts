// cache-audit against sites that try to make it leak: assets on another origin, a server that reflects the
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
  it('never fetches assets a page names on another origin, so they get no credentials', async () => {
    const other = await recorder();
    servers.push(other.server);
    const shop = await startHttp((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'private, no-store' });
      res.end(`<!doctype html><script src="${other.server.url}/steal.js"></script>
<link rel="stylesheet" href="//127.0.0.1:${other.server.port}/a.css"><img src="${other.server.url.replace('http://', 'http://u:p@')}/x.png">`);
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
    expect(run.report.details?.notFetched.offOrigin).toBe(3);
    expect(run.report.details?.urls.every((u) => u.url.startsWith(shop.url))).toBe(true);
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
