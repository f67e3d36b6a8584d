// cache-audit from the committed bundles, as a deploy workflow and a founder's shell run it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SESSION, type Storefront, startStorefront } from '../../shared/demo/storefront.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import {
  AUTH_HEADER,
  cachingProxy,
  cdnUndoesPrivate,
  forgetfulOrigin,
  TOKEN,
} from '../shared/checks/cache-audit/sites.ts';
import type { TestServer } from '../shared/http/servers.ts';

let clean: Storefront;
let careless: Storefront;
let origin: TestServer;
let cdn: TestServer;
let dir: string;
const cookie = `${DEMO_SESSION.name}=${DEMO_SESSION.value}`;

beforeAll(async () => {
  [clean, careless, origin] = await Promise.all([
    startStorefront(),
    startStorefront({ cacheMistakes: true }),
    forgetfulOrigin(),
  ]);
  cdn = await cachingProxy(origin.url);
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-cache-'));
});
afterAll(async () => {
  await Promise.all([clean.close(), careless.close(), cdn.close(), origin.close()]);
  rmSync(dir, { recursive: true, force: true });
});

interface JsonUrl {
  url: string;
  kind: string;
  status: number;
  cacheControl: string | null;
  sharedStorable: boolean;
  ttlSeconds: { browser: number; shared: number };
  validators: string[];
  encoding: string;
  cdn: unknown;
  findings: string[];
}

function noCredential(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(DEMO_SESSION.value);
    expect(text).not.toContain(TOKEN);
  }
}

describe('launch-ready cache-audit (dist/cli)', () => {
  it('exits 0 on a shop that caches right, private account page included', async () => {
    const args = ['cache-audit', '--base-url', clean.url, '--paths', '/,/login', '--private-paths', '/account'];
    const result = await runCliBundle([...args, '--cookie', cookie, '--format', 'json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(
      report.findings.filter((f: { severity: string }) => ['blocker', 'high', 'medium'].includes(f.severity)),
    ).toEqual([]);
    const kinds = Object.fromEntries((report.details.urls as JsonUrl[]).map((u) => [new URL(u.url).pathname, u.kind]));
    expect(kinds).toMatchObject({ '/': 'page', '/account': 'private', '/assets/app.3f9a1c7e.js': 'revved' });
    noCredential(result.stdout, result.stderr);
  });

  it('exits 1 on the blocker, with details.urls[] and full URLs in the findings', async () => {
    const args = ['cache-audit', '--base-url', careless.url, '--paths', '/', '--private-paths', '/account'];
    const result = await runCliBundle([...args, '--cookie', cookie, '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const account = (report.details.urls as JsonUrl[]).find((u) => u.url === `${careless.url}/account`);
    expect(account).toEqual({
      url: `${careless.url}/account`,
      kind: 'private',
      status: 200,
      cacheControl: 'public, max-age=300',
      cdnCacheControl: null,
      sharedStorable: true,
      ttlSeconds: { browser: 300, shared: 300 },
      validators: [],
      encoding: 'identity',
      bytes: expect.any(Number),
      cdn: null,
      findings: ['cache/private-shared-cache'],
      source: 'private-path',
      credentials: true,
    });
    const blockers = report.findings.filter((f: { severity: string }) => f.severity === 'blocker');
    expect(blockers.map((f: { location: { url: string } }) => f.location.url)).toEqual([`${careless.url}/account`]);
    for (const f of report.findings) expect(f.location.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    noCredential(result.stdout, result.stderr);
  });

  it('catches the real cache serving the account page, never printing the token', async () => {
    const args = ['cache-audit', '--base-url', cdn.url, '--private-paths', '/account', '--auth-header', AUTH_HEADER];
    const result = await runCliBundle([...args, '--format', 'markdown'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('cache/private-served-to-visitor');
    noCredential(result.stdout, result.stderr);
  });

  it('says what to pass when the base URL is missing (exit 2)', async () => {
    const result = await runCliBundle(['cache-audit', '--paths', '/'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--base-url');
  });

  it('refuses an --asset-hosts entry that is not a host name in one line (exit 2)', async () => {
    const args = [
      'cache-audit',
      '--base-url',
      clean.url,
      '--asset-hosts',
      'cdn.example.net,https://d1234.cloudfront.net/',
    ];
    const result = await runCliBundle(args, dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'launch-ready: --asset-hosts: "https://d1234.cloudfront.net/" is not a host name: give it as cdn.example.net or *.example.net (no scheme, port or path)',
    ]);
  });

  it('refuses a malformed --auth-header in one line, without echoing it', async () => {
    const result = await runCliBundle(['cache-audit', '--base-url', clean.url, '--auth-header', TOKEN], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Name: value"');
    noCredential(result.stderr, result.stdout);
  });
});

describe('cache-audit action (dist/cache-audit)', () => {
  it('refuses an asset-hosts input that is not a host name, naming the input', async () => {
    const result = await runActionBundle(
      'cache-audit',
      { 'base-url': clean.url, 'asset-hosts': 'cdn.example.net:8443' },
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `::error::input 'asset-hosts': "cdn.example.net:8443" is not a host name: give it as cdn.example.net or *.example.net (no scheme, port or path)`,
    );
  });

  it('fails on the blocker with outputs, a summary row per URL, and no credential anywhere', async () => {
    const undoes = await cdnUndoesPrivate();
    try {
      const result = await runActionBundle(
        'cache-audit',
        { 'base-url': undoes.url, 'private-paths': '/account', 'auth-header': AUTH_HEADER },
        dir,
      );
      expect(result.code).toBe(1);
      expect(result.outputs).toMatchObject({ passed: 'false', blockers: '1', 'urls-audited': '2' });
      expect(result.stdout).toMatch(
        /^::error title=blocker%3A a shared cache may store this customer-only response::/m,
      );
      expect(result.summary).toContain('CDN-Cache-Control: max-age=300');
      expect(result.summary).toMatch(/\| http:\/\/127\.0\.0\.1:\d+\/account \| private \(with credentials\) \| 200 \|/);
      expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
      const report = JSON.parse(result.reportJson ?? '');
      expect(report.details.urls.map((u: JsonUrl) => new URL(u.url).pathname).sort()).toEqual(['/', '/account']);
      const masked = result.stdout.replace(/^::add-mask::.*$/gm, '');
      noCredential(masked, result.stderr, result.summary, result.reportJson ?? '', JSON.stringify(result.outputs));
    } finally {
      await undoes.close();
    }
  });

  it('passes on a clean shop with every input at its default but base-url', async () => {
    const result = await runActionBundle('cache-audit', { 'base-url': clean.url }, dir);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.blockers).toBe('0');
    expect(Number(result.outputs['urls-audited'])).toBeGreaterThan(3);
  });
});
