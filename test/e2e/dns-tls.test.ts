// dns-check and tls-check from the committed bundles: the command a founder runs and the actions as the runner
// runs them, against a real DNS server and real HTTPS/HTTP servers on 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCert, makeCa, pemChain } from '../../shared/demo/pki.ts';
import { startZoneServer, type ZoneServer } from '../../shared/dns/zone-server.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';

const DAY = 24 * 60 * 60 * 1000;
let dns: ZoneServer;
let dir: string;
let healthyPort: number;
let expiredPort: number;
let loopPort: number;
const servers: (http.Server | https.Server)[] = [];

async function listen(server: http.Server | https.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  dns = await startZoneServer([
    { name: 'shop.test', type: 'A', value: '127.0.0.1' },
    { name: 'www.shop.test', type: 'CNAME', value: 'gone.hosting.test' },
    { name: 'shop.test', type: 'TXT', value: 'v=spf1 include:_spf.mail.test +all' },
    { name: '_spf.mail.test', type: 'TXT', value: 'v=spf1 a:mail.test ~all' },
    { name: 'mail.test', type: 'A', value: '192.0.2.1' },
    { name: '_dmarc.shop.test', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:d@shop.test' },
    // A subdomain that sends mail with no _dmarc record of its own: shop.test's record applies to it.
    { name: 'news.shop.test', type: 'A', value: '127.0.0.1' },
    { name: 'news.shop.test', type: 'TXT', value: 'v=spf1 ip4:192.0.2.1 -all' },
  ]);
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-dnstls-'));
  const root = await makeCa('E2E Root');
  writeFileSync(join(dir, 'ca.pem'), root.cert);
  const hsts = (_req: http.IncomingMessage, res: http.ServerResponse) => {
    res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains; preload');
    res.end('ok');
  };
  const good = await issueCert({ issuer: root, names: ['shop.test'] });
  healthyPort = await listen(https.createServer({ cert: pemChain(good.cert), key: good.key }, hsts));
  const old = await issueCert({
    issuer: root,
    names: ['shop.test'],
    notBefore: new Date(Date.now() - 90 * DAY),
    notAfter: new Date(Date.now() - 3 * DAY),
  });
  expiredPort = await listen(https.createServer({ cert: old.cert, key: old.key }, hsts));
  loopPort = await listen(
    http.createServer((_req, res) => {
      res.writeHead(301, { location: `http://shop.test:${loopPort}/` });
      res.end();
    }),
  );
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await dns.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('launch-ready dns-check (dist/cli)', () => {
  it('reports +all, a dangling CNAME and p=none through --dns-server, with the SPF lookup count', async () => {
    const result = await runCliBundle(
      ['dns-check', '--domain', 'shop.test', '--dns-server', dns.address, '--format', 'json'],
      dir,
    );
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout);
    const found = report.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'email/spf-permissive-all blocker',
        'dns/dangling-cname high',
        'email/dmarc-policy-none medium',
      ]),
    );
    expect(report.details.spf.lookups).toBe(2);
    expect(report.details.spf.chain.children[0].domain).toBe('_spf.mail.test');
  });

  it('says what to pass when the domain is missing (exit 2, one line)', async () => {
    const result = await runCliBundle(['dns-check'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--domain');
  });
});

describe('launch-ready tls-check (dist/cli)', () => {
  it('passes a healthy certificate with exit 0, trusting --ca-file, resolving through --dns-server', async () => {
    const result = await runCliBundle(
      ['tls-check', '--url', `https://shop.test:${healthyPort}/`, '--dns-server', dns.address, '--ca-file', 'ca.pem'],
      dir,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('Days left');
  });

  it('trusts NODE_EXTRA_CA_CERTS too', async () => {
    const result = await runCliBundle(
      ['tls-check', '--url', `https://shop.test:${healthyPort}/`, '--dns-server', dns.address, '--format', 'json'],
      dir,
      { NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') },
    );
    expect(result.code, result.stdout).toBe(0);
  });

  it('reports an expired certificate and a redirect loop as blockers', async () => {
    const result = await runCliBundle(
      [
        'tls-check',
        '--url',
        `https://shop.test:${expiredPort}/`,
        '--http-url',
        `http://shop.test:${loopPort}/`,
        '--dns-server',
        dns.address,
        '--ca-file',
        'ca.pem',
        '--format',
        'json',
      ],
      dir,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const found = report.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId} ${f.severity}`);
    expect(found).toEqual(expect.arrayContaining(['tls/expired blocker', 'https/redirect-loop blocker']));
    expect(report.details.certificate.daysLeft).toBeLessThan(0);
  });
});

describe('actions/dns-check and actions/tls-check (as the runner runs them)', () => {
  it('dns-check sets spf-lookups and fails on the blocker', async () => {
    const result = await runActionBundle('dns-check', { domain: 'shop.test', 'dns-server': dns.address }, dir);
    expect(result.code).toBe(1);
    expect(result.outputs['spf-lookups']).toBe('2');
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain('Mail authentication');
  });

  it("dns-check on a subdomain judges the parent's DMARC record it inherits, and says so in the summary", async () => {
    const result = await runActionBundle('dns-check', { domain: 'news.shop.test', 'dns-server': dns.address }, dir);
    // Markdown escapes the underscore.
    expect(result.summary).toContain('news.shop.test: 1 medium, 3 info, SPF 0/10 lookups, DMARC p=none inherited from');
    expect(result.summary).toContain(
      '| DMARC | p=none, inherited from \\_dmarc.shop.test (no sp=, so p=none applies to subdomains) |',
    );
    expect(result.summary).toContain('email/dmarc-policy-none');
    expect(result.summary).not.toContain('email/dmarc-missing');
    // Medium only: the parent's record keeps the subdomain from the missing-DMARC alarm (high), so it passes.
    expect(result.outputs.passed, result.summary).toBe('true');
  });

  it('tls-check sets days-left and passes a healthy site', async () => {
    const result = await runActionBundle(
      'tls-check',
      { url: `https://shop.test:${healthyPort}/`, 'dns-server': dns.address, 'ca-file': 'ca.pem' },
      dir,
    );
    expect(result.code, result.stdout).toBe(0);
    expect(Number(result.outputs['days-left'])).toBeGreaterThan(50);
    expect(result.summary).toContain('Certificate');
  });
});
