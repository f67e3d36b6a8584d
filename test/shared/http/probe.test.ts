import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar } from '../../../shared/http/cookies.ts';
import { createProbe, type Probe } from '../../../shared/http/probe.ts';
import {
  closedPort,
  makeCert,
  slowLookup,
  startHttp,
  startHttps,
  type TestCert,
  type TestServer,
  testLookup,
} from './servers.ts';

const servers: TestServer[] = [];
const probes: Probe[] = [];

function probeWith(options: Parameters<typeof createProbe>[0] = {}): Probe {
  const probe = createProbe({ timeoutMs: 2_000, ...options });
  probes.push(probe);
  return probe;
}

async function serve(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(probes.splice(0).map((p) => p.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('probe over HTTP', () => {
  it('returns status, headers, body and phase timings of a healthy page', async () => {
    const server = await serve(
      startHttp((_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.end('<h1>shop</h1>');
      }),
    );
    const result = await probeWith().request({ url: `${server.url}/` });
    expect(result.failure).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toBe('text/html');
    expect(result.body).toBe('<h1>shop</h1>');
    expect(result.httpVersion).toBe('1.1');
    expect(result.redirects).toEqual([]);
    expect(result.socketReused).toBe(false);
    const t = result.timings;
    expect(t.tls).toBe(0);
    expect(t.firstByte).toBeGreaterThanOrEqual(t.dns + t.connect);
    expect(t.total).toBeGreaterThanOrEqual(t.firstByte);
  });

  it('reuses the kept-alive socket for the next request and reports no connection phases for it', async () => {
    const server = await serve(startHttp((_req, res) => res.end('ok')));
    const probe = probeWith();
    const first = await probe.request({ url: `${server.url}/a` });
    const second = await probe.request({ url: `${server.url}/b` });
    expect(first.socketReused).toBe(false);
    expect(second.socketReused).toBe(true);
    expect([second.timings.dns, second.timings.connect, second.timings.tls]).toEqual([0, 0, 0]);
  });

  it('measures DNS time from the socket lookup, not a guess', async () => {
    const server = await serve(startHttp((_req, res) => res.end('ok')));
    const result = await probeWith({ lookup: slowLookup(60) }).request({ url: `http://shop.test:${server.port}/` });
    expect(result.status).toBe(200);
    expect(result.timings.dns).toBeGreaterThanOrEqual(55);
    expect(result.remoteAddress).toBe('127.0.0.1');
  });

  it('follows redirects and records every hop', async () => {
    const server = await serve(
      startHttp((req, res) => {
        if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
        else if (req.url === '/new') res.writeHead(302, { location: '/final' }).end();
        else res.end('final');
      }),
    );
    const result = await probeWith().request({ url: `${server.url}/old` });
    expect(result.status).toBe(200);
    expect(result.finalUrl).toBe(`${server.url}/final`);
    expect(result.redirects).toEqual([
      { url: `${server.url}/old`, status: 301, location: `${server.url}/new` },
      { url: `${server.url}/new`, status: 302, location: `${server.url}/final` },
    ]);
  });

  it('detects a redirect loop as an http failure naming the chain', async () => {
    const server = await serve(
      startHttp((req, res) => res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end()),
    );
    const result = await probeWith().request({ url: `${server.url}/a` });
    expect(result.failure?.kind).toBe('http');
    expect(result.failure?.code).toBe('REDIRECT_LOOP');
    expect(result.failure?.message).toContain(`${server.url}/b`);
    expect(result.redirects).toHaveLength(2);
  });

  it('stops after maxRedirects', async () => {
    let n = 0;
    const server = await serve(startHttp((_req, res) => res.writeHead(302, { location: `/${++n}` }).end()));
    const result = await probeWith({ maxRedirects: 3 }).request({ url: `${server.url}/` });
    expect(result.failure?.code).toBe('TOO_MANY_REDIRECTS');
    expect(result.redirects).toHaveLength(4);
  });

  it('turns a POST into a GET on 303 and keeps cookies set along the way', async () => {
    const seen: string[] = [];
    const server = await serve(
      startHttp((req, res) => {
        seen.push(`${req.method} ${req.url} ${req.headers.cookie ?? '-'}`);
        if (req.url === '/login')
          res.writeHead(303, { location: '/account', 'set-cookie': 'sid=abc123; Path=/; HttpOnly' }).end();
        else res.end(req.headers.cookie === 'sid=abc123' ? 'welcome' : 'who?');
      }),
    );
    const jar = new CookieJar();
    const result = await probeWith().request({ url: `${server.url}/login`, method: 'POST', body: 'a=1', cookies: jar });
    expect(result.body).toBe('welcome');
    expect(result.method).toBe('GET');
    expect(seen).toEqual(['POST /login -', 'GET /account sid=abc123']);
    expect(jar.get('sid')).toBe('abc123');
  });

  it('does not send credentials to another origin on redirect', async () => {
    let leaked: string | undefined = 'unset';
    const other = await serve(
      startHttp((req, res) => {
        leaked = req.headers.authorization;
        res.end('other');
      }),
    );
    const server = await serve(startHttp((_req, res) => res.writeHead(302, { location: `${other.url}/x` }).end()));
    const result = await probeWith().request({
      url: `${server.url}/`,
      headers: { Authorization: 'Bearer sekrit-token' },
    });
    expect(result.body).toBe('other');
    expect(leaked).toBeUndefined();
  });

  it('decodes a gzip body and bounds what it keeps', async () => {
    const big = 'x'.repeat(50_000);
    const server = await serve(
      startHttp((req, res) => {
        if (req.url === '/gz') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('compressed hello'));
        else res.end(big);
      }),
    );
    const probe = probeWith({ maxBodyBytes: 1_000 });
    expect((await probe.request({ url: `${server.url}/gz` })).body).toBe('compressed hello');
    const truncated = await probe.request({ url: `${server.url}/big` });
    expect(truncated.failure).toBeUndefined();
    expect(truncated.bodyTruncated).toBe(true);
    expect(truncated.body).toHaveLength(1_000);
  });
});

describe('probe failure classes', () => {
  it('a closed port is a connect failure', async () => {
    const port = await closedPort();
    const result = await probeWith().request({ url: `http://127.0.0.1:${port}/` });
    expect(result.status).toBeUndefined();
    expect(result.failure).toMatchObject({ kind: 'connect', code: 'ECONNREFUSED' });
    expect(result.failure?.hint).toMatch(/listening/);
  });

  it('an unresolvable name is a dns failure (resolved by a local lookup, nothing leaves the machine)', async () => {
    const result = await probeWith({ lookup: testLookup }).request({ url: 'https://shop.example.invalid/' });
    expect(result.failure).toMatchObject({ kind: 'dns', code: 'ENOTFOUND' });
    expect(result.failure?.hint).toMatch(/A\/CNAME record/);
  });

  it('a socket reset mid-response is a connect failure that says so', async () => {
    const server = await serve(
      startHttp((req, res) => {
        res.writeHead(200, { 'content-length': '1000' });
        res.write('partial');
        setTimeout(() => req.socket.destroy(), 10);
      }),
    );
    const result = await probeWith().request({ url: `${server.url}/` });
    expect(result.status).toBe(200);
    expect(result.failure?.kind).toBe('connect');
    expect(result.failure?.message).toMatch(/mid-response/);
  });

  it('a server that never sends headers is a timeout bounded by timeoutMs', async () => {
    const server = await serve(startHttp(() => {}));
    const result = await probeWith({ timeoutMs: 300 }).request({ url: `${server.url}/` });
    expect(result.failure).toMatchObject({ kind: 'timeout', code: 'HEADERS_TIMEOUT' });
    expect(result.failure?.message).toContain('300 ms');
  });

  it('a body that stalls is a body timeout', async () => {
    const server = await serve(
      startHttp((_req, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('start');
      }),
    );
    const result = await probeWith({ timeoutMs: 300 }).request({ url: `${server.url}/` });
    expect(result.failure).toMatchObject({ kind: 'timeout', code: 'BODY_TIMEOUT' });
    expect(result.status).toBe(200);
  });

  it('a DNS lookup slower than the deadline is a dns failure', async () => {
    const result = await probeWith({ timeoutMs: 200, lookup: slowLookup(1_000) }).request({
      url: 'http://slow.test:9/',
    });
    expect(result.failure?.kind).toBe('dns');
  });
});

describe('probe over HTTPS', () => {
  let good: TestCert;
  let expired: TestCert;
  let otherHost: TestCert;

  beforeAll(async () => {
    [good, expired, otherHost] = await Promise.all([
      makeCert(),
      makeCert({ expired: true }),
      makeCert({ names: ['elsewhere.example'] }),
    ]);
  });
  afterAll(() => undefined);

  const hello = (_req: unknown, res: { end(body: string): void }) => res.end('secure hello');

  it('measures the TLS handshake on a trusted certificate', async () => {
    const server = await serve(startHttps(hello, good));
    const result = await probeWith({ ca: good.cert }).request({ url: `${server.url}/` });
    expect(result.failure).toBeUndefined();
    expect(result.body).toBe('secure hello');
    expect(result.timings.tls).toBeGreaterThan(0);
  });

  it('an expired certificate is a tls failure with its expiry date', async () => {
    const server = await serve(startHttps(hello, expired));
    const result = await probeWith({ ca: expired.cert }).request({ url: `${server.url}/` });
    expect(result.failure).toMatchObject({ kind: 'tls', code: 'CERT_HAS_EXPIRED' });
    expect(result.failure?.hint).toContain(expired.notAfter.toISOString().slice(0, 10));
  });

  it('a self-signed certificate is a tls failure', async () => {
    const server = await serve(startHttps(hello, good));
    const result = await probeWith().request({ url: `${server.url}/` });
    expect(result.failure).toMatchObject({ kind: 'tls', code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(result.failure?.message).toMatch(/self-signed/);
  });

  it('a certificate for another host is a tls failure naming the host', async () => {
    const server = await serve(startHttps(hello, otherHost));
    const result = await probeWith({ ca: otherHost.cert }).request({ url: `${server.url}/` });
    expect(result.failure).toMatchObject({ kind: 'tls', code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(result.failure?.message).toContain('elsewhere.example');
  });

  it('insecure mode accepts a self-signed certificate (staging)', async () => {
    const server = await serve(startHttps(hello, good));
    const result = await probeWith({ insecure: true }).request({ url: `${server.url}/` });
    expect(result.status).toBe(200);
  });
});

describe('probe over HTTP/2', () => {
  it('negotiates h2 like a browser and reuses the session for the next request', async () => {
    const cert = await makeCert();
    const http2 = await import('node:http2');
    const server = http2.createSecureServer({ cert: cert.cert, key: cert.key }, (_req, res) => res.end('h2 hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const probe = probeWith({ ca: cert.cert });
      const first = await probe.request({ url: `https://127.0.0.1:${port}/a` });
      const second = await probe.request({ url: `https://127.0.0.1:${port}/b` });
      expect([first.httpVersion, first.body, first.socketReused]).toEqual(['2', 'h2 hello', false]);
      expect([second.httpVersion, second.socketReused, second.timings.tls]).toEqual(['2', true, 0]);
    } finally {
      await probes.pop()?.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
