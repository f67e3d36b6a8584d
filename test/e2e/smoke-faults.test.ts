// smoke-test from the committed bundles against a storefront with one fault per run: what a deploy
// workflow sees when DNS, the connection, TLS, the app or a route breaks.

import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunResult, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { closedPort, makeCert } from '../shared/http/servers.ts';

const TOKEN = 'tok_live_9f8e7d6c5b4a3210ZYXW';
const AUTH = `Authorization: Bearer ${TOKEN}`;

type Fault = 'none' | 'checkout-500' | 'checkout-503-twice' | 'hang' | 'reset-checkout' | 'redirect-loop';

interface Shop {
  url: string;
  close(): Promise<void>;
}

function page(res: http.ServerResponse, title: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><title>${title}</title><h1>${title}</h1>`);
}

/** A small shop: /, /login, /checkout and an /api/orders that wants the bearer token; `fault` breaks one thing. */
function shop(fault: Fault): http.RequestListener {
  let unavailable = fault === 'checkout-503-twice' ? 2 : 0;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://shop').pathname;
    if (fault === 'hang') return;
    if (fault === 'redirect-loop') {
      res.writeHead(302, { location: path === '/a' ? '/b' : '/a' }).end();
      return;
    }
    if (path === '/') return page(res, 'Mugs');
    if (path === '/login') return page(res, 'Log in');
    if (path === '/checkout') {
      if (fault === 'checkout-500') return void res.writeHead(500).end('Internal Server Error');
      if (unavailable > 0) {
        unavailable -= 1;
        return void res.writeHead(503).end('deploying');
      }
      if (fault === 'reset-checkout') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000' });
        res.write('<!doctype html><h1>Check');
        setTimeout(() => req.socket.resetAndDestroy(), 10);
        return;
      }
      return page(res, 'Checkout');
    }
    if (path === '/api/orders') {
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
        return void res.end('{"error":"unauthorized"}');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"orders":[]}');
    }
    res.writeHead(404).end('not found');
  };
}

async function listen(server: http.Server, scheme: 'http' | 'https'): Promise<Shop> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

async function httpsShop(options: { expired: boolean }): Promise<Shop> {
  const cert = await makeCert({ names: ['127.0.0.1'], expired: options.expired });
  return listen(https.createServer({ key: cert.key, cert: cert.cert }, shop('none')), 'https');
}

interface Step {
  name: string;
  ok: boolean;
  status?: number;
  attempts: number;
  timings: { total: number };
  failure?: { kind: string; message: string; hint: string };
}

let dir: string;
const shops: Record<string, Shop> = {};
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-faults-'));
  const faults: Fault[] = ['none', 'checkout-500', 'checkout-503-twice', 'hang', 'reset-checkout', 'redirect-loop'];
  await Promise.all(
    faults.map(async (fault) => {
      shops[fault] = await listen(http.createServer(shop(fault)), 'http');
    }),
  );
  [shops['self-signed'], shops.expired] = await Promise.all([
    httpsShop({ expired: false }),
    httpsShop({ expired: true }),
  ]);
});
afterAll(async () => {
  await Promise.all(Object.values(shops).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function smoke(baseUrl: string, ...flags: string[]): Promise<RunResult & { steps: Step[] }> {
  const result = await runCliBundle(['smoke-test', '--base-url', baseUrl, ...flags, '--format', 'json'], dir);
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  return { ...result, steps: result.stdout === '' ? [] : JSON.parse(result.stdout).details.steps };
}

const failed = (steps: Step[]) => steps.filter((s) => !s.ok).map((s) => [s.name, s.failure?.kind]);

describe('smoke-test against a faulty storefront (dist/cli)', () => {
  it('passes the four preset steps on a healthy shop, and never prints the credential', async () => {
    const result = await smoke(shops.none.url, '--api-path', '/api/orders', '--auth-header', AUTH);
    expect(result.code).toBe(0);
    expect(result.steps.map((s) => [s.name, s.ok, s.status])).toEqual([
      ['homepage', true, 200],
      ['login', true, 200],
      ['checkout', true, 200],
      ['api', true, 200],
    ]);
  });

  it('fails the API step as http, pointing at the credentials, when none is sent', async () => {
    const result = await smoke(shops.none.url, '--api-path', '/api/orders');
    expect(result.code).toBe(1);
    expect(failed(result.steps)).toEqual([['api', 'http']]);
    expect(result.steps[3]?.failure?.hint).toMatch(/sent none: pass --auth-header/);
  });

  it('fails only checkout, as http, when checkout answers 500', async () => {
    const result = await smoke(shops['checkout-500'].url);
    expect(result.code).toBe(1);
    expect(failed(result.steps)).toEqual([['checkout', 'http']]);
  });

  it('passes when checkout answers 503 twice then 200, thanks to retries', async () => {
    const result = await smoke(shops['checkout-503-twice'].url, '--retries', '2');
    expect(result.code).toBe(0);
    expect(result.steps.find((s) => s.name === 'checkout')).toMatchObject({ ok: true, status: 200, attempts: 3 });
  });

  it('says connect, without waiting, when nothing listens on the port', async () => {
    const result = await smoke(`http://127.0.0.1:${await closedPort()}`, '--retries', '0', '--timeout-ms', '5000');
    expect(result.code).toBe(1);
    expect(result.steps.map((s) => s.failure?.kind)).toEqual(['connect', 'connect', 'connect']);
    // Refused is immediate: nowhere near the 5 s deadline.
    for (const step of result.steps) expect(step.timings.total).toBeLessThan(5_000);
    expect(result.steps[0]?.failure?.hint).toMatch(/listening/);
  });

  it('says dns for a host that does not resolve', async () => {
    const result = await smoke('https://shop.launch-ready.invalid', '--retries', '0');
    expect(result.code).toBe(1);
    expect(result.steps.map((s) => s.failure?.kind)).toEqual(['dns', 'dns', 'dns']);
    expect(result.steps[0]?.failure?.hint).toMatch(/A\/CNAME record/);
  });

  it('says tls for a self-signed certificate and for an expired one, with the date', async () => {
    const [selfSigned, expired] = await Promise.all([
      smoke(shops['self-signed'].url, '--retries', '0'),
      smoke(shops.expired.url, '--retries', '0'),
    ]);
    expect([selfSigned.code, expired.code]).toEqual([1, 1]);
    expect(failed(selfSigned.steps).map(([, kind]) => kind)).toEqual(['tls', 'tls', 'tls']);
    expect(selfSigned.steps[0]?.failure?.message).toMatch(/self-signed/);
    expect(failed(expired.steps).map(([, kind]) => kind)).toEqual(['tls', 'tls', 'tls']);
    expect(expired.steps[0]?.failure?.message).toMatch(/expired on \d{4}-\d\d-\d\d/);
  });

  it('says timeout, bounded by --timeout-ms and never retried, when the server accepts and never answers', async () => {
    const result = await smoke(shops.hang.url, '--timeout-ms', '300', '--retries', '3');
    expect(result.code).toBe(1);
    expect(result.steps.map((s) => [s.failure?.kind, s.attempts])).toEqual([
      ['timeout', 1],
      ['timeout', 1],
      ['timeout', 1],
    ]);
    // The probe's own deadline, not undici's coarse timers: each step ends at about 300 ms.
    for (const step of result.steps) expect(step.timings.total).toBeLessThan(300 + 1_000);
    expect(result.steps[0]?.failure?.message).toContain('within 300 ms');
  });

  it('says the connection was cut when the socket resets mid-response', async () => {
    const result = await smoke(shops['reset-checkout'].url, '--retries', '0');
    expect(result.code).toBe(1);
    expect(failed(result.steps)).toEqual([['checkout', 'connect']]);
    expect(result.steps[2]?.failure?.message).toMatch(/cut mid-response/);
  });

  it('detects a redirect loop as http', async () => {
    const result = await smoke(shops['redirect-loop'].url, '--retries', '0');
    expect(result.code).toBe(1);
    expect(result.steps[0]?.failure).toMatchObject({ kind: 'http', message: expect.stringMatching(/redirect loop/) });
  });

  it('writes a job summary with failures first and no credential', async () => {
    const flags = ['--api-path', '/api/orders', '--auth-header', AUTH, '--retries', '0', '--format', 'markdown'];
    const result = await runCliBundle(['smoke-test', '--base-url', shops['checkout-500'].url, ...flags], dir);
    expect(result.code).toBe(1);
    const rows = result.stdout.split('\n').filter((line) => /^\| (homepage|login|checkout|api) \|/.test(line));
    expect(rows[0]).toMatch(/^\| checkout \| GET http:\/\/127\.0\.0\.1:\d+\/checkout \| 500 \| .* failed \(http\)/);
    expect(result.stdout).toContain('<details><summary>Timings per phase</summary>');
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });
});

describe('smoke-test action (dist/smoke-test) against a faulty storefront', () => {
  it('sets per-step outputs, masks the credential and summarises the failure', async () => {
    const result = await runActionBundle(
      'smoke-test',
      { 'base-url': shops['checkout-500'].url, 'api-path': '/api/orders', 'auth-header': AUTH, retries: '0' },
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'step-api-ok': 'true',
      'step-api-status': '200',
      'step-checkout-ok': 'false',
      'step-checkout-status': '500',
    });
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    const shown = result.stdout.replaceAll(`::add-mask::${TOKEN}`, '').replaceAll(`::add-mask::Bearer ${TOKEN}`, '');
    expect(shown + result.stderr + result.summary + result.outputs.reportJson).not.toContain(TOKEN);
    expect(result.summary).toMatch(/\| checkout \| GET http:\/\/127\.0\.0\.1:\d+\/checkout \| 500 \|/);
  });
});
