// The probe against the shared hostile servers: every bad answer is one classified failure, never an exception,
// a gigabyte of memory or a credential handed to another origin.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectionPhase } from '../../../shared/http/connector.ts';
import { ACCEPT_ENCODING, createProbe, type Probe, type ProbeOptions } from '../../../shared/http/probe.ts';
import { isTransient } from '../../../shared/http/retry.ts';
import { type Hostile, leaks, startHostile } from '../../hostile/servers.ts';

let hostile: Hostile;
const probes: Probe[] = [];

function probeWith(options: ProbeOptions = {}): Probe {
  const probe = createProbe({ timeoutMs: 3_000, ...options });
  probes.push(probe);
  return probe;
}

beforeAll(async () => {
  hostile = await startHostile();
}, 60_000);
afterAll(() => hostile.close());
afterEach(async () => {
  await Promise.all(probes.splice(0).map((p) => p.close()));
  hostile.received.length = 0;
});

describe('decompression bombs', () => {
  it.each([
    ['brotli', 'brotliBomb', 'br'],
    ['gzip', 'gzipBomb', 'gzip'],
    ['zstd', 'zstdBomb', 'zstd'],
  ] as const)(
    'a %s bomb is an http BODY_TOO_LARGE failure, decoded no further than the bound',
    async (_name, key, coding) => {
      const before = process.memoryUsage().arrayBuffers;
      const result = await probeWith({ maxDecodedBytes: 8 * 1024 * 1024 }).request({ url: hostile.urls[key] });
      expect(result.status).toBe(200);
      expect(result.failure).toMatchObject({ kind: 'http', code: 'BODY_TOO_LARGE' });
      expect(result.failure?.message).toContain(`a ${coding} body`);
      expect(result.failure?.message).toContain('more than 8 MiB');
      expect(result.failure?.hint).toMatch(/decompression bomb/);
      expect(result.body).toBe('');
      expect(result.bodyTruncated).toBe(true);
      // The bound is the point: nothing near the bomb's gigabyte was ever held.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
      expect(isTransient(result.failure, result.status)).toBe(false);
    },
  );

  it('decodes zstd and stacked codings, and keeps at most maxBodyBytes of the decoded text', async () => {
    const { createServer } = await import('node:http');
    const zlib = await import('node:zlib');
    const page = 'welcome '.repeat(1_000);
    const server = createServer((req, res) => {
      if (req.url === '/zstd') res.writeHead(200, { 'content-encoding': 'zstd' }).end(zlib.zstdCompressSync(page));
      else res.writeHead(200, { 'content-encoding': 'gzip, br' }).end(zlib.brotliCompressSync(zlib.gzipSync(page)));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const probe = probeWith({ maxBodyBytes: 100 });
      const zstd = await probe.request({ url: `${origin}/zstd` });
      expect(zstd.failure).toBeUndefined();
      expect(zstd.body).toBe(page.slice(0, 100));
      expect(zstd.bodyTruncated).toBe(true);
      const stacked = await probeWith().request({ url: `${origin}/stacked` });
      expect(stacked.body).toBe(page);
      expect(stacked.bodyTruncated).toBe(false);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('sends Accept-Encoding only when asked: the option, or the request header', async () => {
    await probeWith().request({ url: hostile.urls.capture });
    await probeWith({ acceptEncoding: ACCEPT_ENCODING }).request({ url: hostile.urls.capture });
    await probeWith({ acceptEncoding: ACCEPT_ENCODING }).request({
      url: hostile.urls.capture,
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(hostile.received.map((r) => r.headers['accept-encoding'])).toEqual([
      undefined,
      'gzip, deflate, br, zstd',
      'identity',
    ]);
  });
});

describe('credentials on a redirect to another origin', () => {
  const token = 'tok_live_4f9Qm2Zr8Lx1Vb7Nc3Kd6Hs0';
  const headers = {
    Authorization: `Bearer ${token}`,
    Cookie: 'session=s3ss10n-value-abcdef',
    'Proxy-Authorization': 'Basic cHJveHk6cHJveHlwYXNz',
    'X-Api-Key': 'key-1234567890abcdef',
    'X-Auth-Token': 'auth-abcdef1234567890',
    'X-Session-Id': 'sid-0987654321fedcba',
    'X-Custom': `prefix ${token}`,
    Accept: 'text/html',
  };

  it('drops every header sensitive by name or holding a known secret; keeps the rest', async () => {
    const result = await probeWith({ isSecret: (value) => value.includes(token) }).request({
      url: hostile.urls.crossOriginRedirect,
      headers,
    });
    expect(result.status).toBe(200);
    expect(hostile.received).toHaveLength(1);
    const sent = hostile.received[0]!.headers;
    for (const name of Object.keys(headers).filter((n) => n !== 'Accept')) {
      expect(sent[name.toLowerCase()], name).toBeUndefined();
    }
    expect(sent.accept).toBe('text/html');
    expect(leaks(hostile.received, token, ...Object.values(headers).filter((v) => v !== 'text/html'))).toEqual([]);
  });

  it('keeps them all on the same origin', async () => {
    const result = await probeWith().request({ url: hostile.urls.reflect, headers });
    const echoed = JSON.parse(result.body) as { headers: Record<string, string> };
    expect(echoed.headers['x-api-key']).toBe(headers['X-Api-Key']);
    expect(echoed.headers.authorization).toBe(headers.Authorization);
  });

  it('does not follow a 307 that would resend a body holding a secret to another origin', async () => {
    const result = await probeWith({ isSecret: (value) => value.includes(token) }).request({
      url: hostile.urls.crossOriginRedirect307,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(result.failure).toMatchObject({ kind: 'http', code: 'CROSS_ORIGIN_CREDENTIALS' });
    expect(hostile.received).toEqual([]);
  });

  it('turns URL userinfo into a Basic header for that origin only, and never reports it', async () => {
    const password = 'hunter2-staging-pass';
    const withUser = (url: string) => url.replace('http://', `http://founder:${password}@`);
    const reflected = await probeWith().request({ url: withUser(hostile.urls.reflect) });
    const echoed = JSON.parse(reflected.body) as { headers: Record<string, string> };
    expect(echoed.headers.authorization).toBe(`Basic ${Buffer.from(`founder:${password}`).toString('base64')}`);
    expect(reflected.url).toBe(hostile.urls.reflect);
    expect(reflected.finalUrl).toBe(hostile.urls.reflect);

    const redirected = await probeWith().request({ url: withUser(hostile.urls.crossOriginRedirect) });
    expect(hostile.received[0]?.headers.authorization).toBeUndefined();
    expect(JSON.stringify({ ...redirected, body: '' })).not.toMatch(/founder|hunter2/);
  });
});

describe('responses that are not followable or not HTTP', () => {
  it.each([
    ['locationUnparsable', 'http://[::1', /not a valid URL/],
    ['locationJavascript', 'javascript:alert(1)', /javascript: URL/],
    ['locationFile', 'file:///etc/passwd', /file: URL/],
    ['locationData', 'data:,x', /data: URL/],
  ] as const)(
    'a redirect to %s is an http BAD_REDIRECT naming the Location, not an exception',
    async (key, location, why) => {
      const result = await probeWith().request({ url: hostile.urls[key] });
      expect(result.status).toBe(302);
      expect(result.failure).toMatchObject({ kind: 'http', code: 'BAD_REDIRECT' });
      expect(result.failure?.message).toContain(`Location "${location}"`);
      expect(result.failure?.message).toMatch(why);
      expect(result.redirects).toEqual([]);
    },
  );

  it.each([
    ['notHttp', /did not answer with valid HTTP/],
    ['sshBanner', /did not answer with valid HTTP/],
    ['hugeHeader', /headers too large/],
    ['cookieFlood', /headers too large/],
  ] as const)('%s is an http failure, not a connect one, and is not retried', async (key, message) => {
    const result = await probeWith().request({ url: hostile.urls[key] });
    expect(result.failure?.kind).toBe('http');
    expect(result.failure?.message).toMatch(message);
    expect(isTransient(result.failure, result.status)).toBe(false);
  });

  it('a server that never answers is a timeout within the deadline', async () => {
    const result = await probeWith({ timeoutMs: 300 }).request({ url: hostile.urls.silent });
    expect(result.failure).toMatchObject({ kind: 'timeout', code: 'HEADERS_TIMEOUT' });
    expect(result.timings.total).toBeLessThan(1_500);
  });

  it('an unusable URL is a failed result, never a thrown error', async () => {
    const result = await probeWith().request({ url: 'http://[::1' });
    expect(result.failure?.kind).toBe('assertion');
    expect(result.url).toBe('http://[::1');
  });
});

describe('where a connection attempt stalled', () => {
  const opening = { origin: 'http://x', startedAt: 0, requests: 0 };
  it('is the connect for an IP literal, which needs no DNS lookup', () => {
    expect(connectionPhase({ ...opening, resolvesName: false }, false)).toBe('connect');
    expect(connectionPhase({ ...opening, resolvesName: false }, true)).toBe('connect');
  });
  it('is DNS for a name not yet looked up', () => {
    expect(connectionPhase({ ...opening, resolvesName: true }, false)).toBe('dns');
    expect(connectionPhase({ ...opening, resolvesName: true, lookupAt: 1 }, false)).toBe('connect');
  });
});
