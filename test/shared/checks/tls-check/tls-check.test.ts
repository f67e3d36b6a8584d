// tls-check against real HTTPS and HTTP servers on 127.0.0.1 with certificates from a test CA, reached by name
// (shop.test…) through a real DNS server given as --dns-server, and trusted through --ca-file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tlsOptionsSchema } from '../../../../shared/checks/tls-check/options.ts';
import { runTls } from '../../../../shared/checks/tls-check/run.ts';
import { issueCert, makeCa, type Pem, pemChain } from '../../../../shared/demo/pki.ts';
import { startZoneServer, type ZoneServer } from '../../../../shared/dns/zone-server.ts';
import { UsageError } from '../../../../shared/errors.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

const DAY = 24 * 60 * 60 * 1000;
const HOSTS = ['shop.test', 'www.shop.test', 'other.test'];

let dns: ZoneServer;
let dir: string;
let caFile: string;
let root: Pem;
let intermediate: Pem;
const closers: (() => void)[] = [];

async function listen(server: http.Server | https.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return (server.address() as AddressInfo).port;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const ok: Handler = (_req, res) => {
  res.setHeader('strict-transport-security', 'max-age=63072000; includeSubDomains; preload');
  res.end('ok');
};

async function httpsServer(
  cert: { notBefore?: Date; notAfter?: Date; names?: string[]; chain?: boolean } = {},
  handler: Handler = ok,
  tlsOptions: https.ServerOptions = {},
): Promise<number> {
  const leaf = await issueCert({
    issuer: intermediate,
    names: cert.names ?? ['shop.test', 'www.shop.test'],
    ...(cert.notBefore ? { notBefore: cert.notBefore } : {}),
    ...(cert.notAfter ? { notAfter: cert.notAfter } : {}),
  });
  const chain = cert.chain === false ? leaf.cert : pemChain(leaf.cert, intermediate.cert);
  return listen(https.createServer({ cert: chain, key: leaf.key, ...tlsOptions }, handler));
}

async function httpServer(handler: Handler): Promise<number> {
  return listen(http.createServer(handler));
}

const redirect =
  (status: number, to: () => string): Handler =>
  (_req, res) => {
    res.writeHead(status, { location: to() });
    res.end();
  };

beforeAll(async () => {
  dns = await startZoneServer(HOSTS.map((name) => ({ name, type: 'A' as const, value: '127.0.0.1' })));
  root = await makeCa('Test Root CA');
  intermediate = await issueCert({ issuer: root, names: ['Test Issuing CA'], ca: true });
  dir = mkdtempSync(join(tmpdir(), 'lr-tls-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, root.cert);
});
afterAll(async () => {
  for (const close of closers) close();
  await dns.close();
  rmSync(dir, { recursive: true, force: true });
});

async function check(options: Record<string, unknown>): Promise<Report> {
  const parsed = tlsOptionsSchema.parse({ dnsServer: dns.address, caFile, timeoutMs: 5000, ...options });
  return runTls(parsed, { cwd: dir, env: {}, redactor: new Redactor(), log: () => {} });
}

const rules = (report: Report): string[] => report.findings.map((f) => `${f.ruleId} ${f.severity}`);

describe('tls-check: the certificate', () => {
  it('passes a valid certificate from the --ca-file CA, reached by name through --dns-server', async () => {
    const port = await httpsServer();
    const report = await check({ url: `https://shop.test:${port}/` });
    expect(rules(report)).toEqual([]);
    expect(report.ok).toBe(true);
    const cert = (report.details as { certificate: Record<string, unknown> }).certificate;
    expect(cert).toMatchObject({ issuer: 'Test Issuing CA', names: ['shop.test', 'www.shop.test'], trusted: true });
    expect(cert.daysLeft).toBeGreaterThan(50);
    expect(dns.queries.map((q) => q.question)).toContain('A shop.test');
  });

  it('reports an expired certificate as a blocker', async () => {
    const port = await httpsServer({
      notBefore: new Date(Date.now() - 100 * DAY),
      notAfter: new Date(Date.now() - DAY),
    });
    expect(rules(await check({ url: `https://shop.test:${port}/` }))).toContain('tls/expired blocker');
  });

  it('reports 5 days left as a blocker and 25 % of a 90-day lifetime left as high', async () => {
    const soon = await httpsServer({
      notBefore: new Date(Date.now() - 85 * DAY),
      notAfter: new Date(Date.now() + 5 * DAY),
    });
    expect(rules(await check({ url: `https://shop.test:${soon}/` }))).toContain('tls/expires-soon blocker');
    const late = await httpsServer({
      notBefore: new Date(Date.now() - 67.5 * DAY),
      notAfter: new Date(Date.now() + 22.5 * DAY),
    });
    const report = await check({ url: `https://shop.test:${late}/` });
    expect(rules(report)).toEqual(['tls/renewal-overdue high']);
  });

  it('reports a certificate for another host as a blocker', async () => {
    const port = await httpsServer({ names: ['other.test'] });
    const report = await check({ url: `https://shop.test:${port}/` });
    expect(rules(report)).toContain('tls/hostname-mismatch blocker');
    expect(rules(report)).not.toContain('tls/untrusted blocker');
  });

  it('reports a missing intermediate, and a CA not trusted without --ca-file, as untrusted', async () => {
    const port = await httpsServer({ chain: false });
    const report = await check({ url: `https://shop.test:${port}/` });
    expect(rules(report)).toContain('tls/untrusted blocker');
    expect(report.findings.find((f) => f.ruleId === 'tls/untrusted')?.title).toContain('missing intermediate');
    const full = await httpsServer();
    expect(rules(await check({ url: `https://shop.test:${full}/`, caFile: '' }))).toContain('tls/untrusted blocker');
  });

  it('reports TLS 1.0/1.1 accepted as medium and no TLS 1.3 as low', async () => {
    const port = await httpsServer({}, ok, {
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.2',
      ciphers: 'DEFAULT:@SECLEVEL=0',
    });
    const report = await check({ url: `https://shop.test:${port}/` });
    expect(rules(report)).toEqual(expect.arrayContaining(['tls/old-protocol medium', 'tls/old-protocol low']));
  });
});

describe('tls-check: redirects and HSTS', () => {
  let site: number;
  beforeAll(async () => {
    site = await httpsServer();
  });
  const httpsUrl = (host = 'shop.test') => `https://${host}:${site}/`;

  it('passes one permanent hop from http to the https site', async () => {
    const port = await httpServer(redirect(301, () => httpsUrl()));
    const report = await check({ url: httpsUrl(), httpUrl: `http://shop.test:${port}/` });
    expect(rules(report)).toEqual([]);
    expect((report.details as { redirects: unknown[] }).redirects).toHaveLength(2);
  });

  it('reports a redirect loop as a blocker', async () => {
    let port = 0;
    port = await httpServer((req, res) => {
      res.writeHead(301, { location: `http://shop.test:${port}${req.url === '/a' ? '/b' : '/a'}` });
      res.end();
    });
    expect(rules(await check({ url: httpsUrl(), httpUrl: `http://shop.test:${port}/a` }))).toContain(
      'https/redirect-loop blocker',
    );
  });

  it('reports no redirect as high, a 302 as low and a cross-host first hop', async () => {
    const plain = await httpServer((_req, res) => res.end('plain http'));
    expect(rules(await check({ url: httpsUrl(), httpUrl: `http://shop.test:${plain}/` }))).toContain(
      'https/no-redirect high',
    );
    const temporary = await httpServer(redirect(302, () => httpsUrl()));
    expect(rules(await check({ url: httpsUrl(), httpUrl: `http://shop.test:${temporary}/` }))).toEqual([
      'https/temporary-redirect low',
    ]);
    const cross = await httpServer(redirect(301, () => httpsUrl('www.shop.test')));
    const report = await check({
      url: httpsUrl(),
      httpUrl: `http://shop.test:${cross}/`,
      canonical: httpsUrl('www.shop.test'),
    });
    expect(rules(report)).toContain('https/cross-host-first-hop medium');
  });

  it('reports more than 2 hops as a long chain (medium)', async () => {
    let port = 0;
    port = await httpServer((req, res) => {
      const next = { '/': '/1', '/1': '/2' }[req.url ?? ''];
      res.writeHead(301, { location: next ? `http://shop.test:${port}${next}` : httpsUrl() });
      res.end();
    });
    expect(rules(await check({ url: httpsUrl(), httpUrl: `http://shop.test:${port}/` }))).toContain(
      'https/redirect-chain medium',
    );
  });

  it('reports HSTS missing as medium and a short max-age as low', async () => {
    const none = await httpsServer({}, (_req, res) => res.end('no hsts'));
    expect(rules(await check({ url: `https://shop.test:${none}/` }))).toContain('hsts/missing medium');
    const short = await httpsServer({}, (_req, res) => {
      res.setHeader('strict-transport-security', 'max-age=86400');
      res.end('short');
    });
    const report = await check({ url: `https://shop.test:${short}/` });
    expect(rules(report)).toEqual(['hsts/short-max-age low', 'hsts/preload info']);
  });
});

describe('tls-check: bad input', () => {
  it('says what to pass, in one line', async () => {
    await expect(check({ url: '' })).rejects.toThrow(UsageError);
    await expect(check({ url: 'http://shop.test/' })).rejects.toThrow(/--url must start with https/);
    await expect(check({ url: 'https://shop.test/', caFile: 'missing.pem' })).rejects.toThrow(/--ca-file/);
    await expect(check({ url: 'https://shop.test/', dnsServer: 'dns.example' })).rejects.toThrow(/--dns-server/);
  });
});
