// The shared hostile-input SERVER suite: real servers on 127.0.0.1 that misbehave the ways a hostile or broken
// site does. Every check that talks HTTP (smoke-test, cache-audit, latency-budget, tls-check…) runs its own
// cases against these, so a new check gets the whole list for free:
//
//   const hostile = await startHostile();      // in beforeAll
//   … run the check against hostile.urls.gzipBomb, hostile.urls.crossOriginRedirect …
//   expect(leaks(hostile.received, secret)).toEqual([]);
//   await hostile.close();                     // in afterAll
//
// Two HTTP origins (two ports): `origin` serves every hostile path, `captureOrigin` records what it is sent.
// Raw TCP listeners answer with things that are not HTTP, or nothing at all.
import http from 'node:http';
import net from 'node:net';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** How much every bomb inflates to: 1 GiB, from about 1.6 KB (brotli), 51 KB (zstd) or 1 MB (gzip) on the wire. */
export const BOMB_DECODED_BYTES = 1024 * 1024 * 1024;

/** Set-Cookie headers the cookie-flood path sends. */
export const COOKIE_FLOOD_COUNT = 10_000;

/** One request a hostile server received, as it arrived. */
export interface ReceivedRequest {
  /** 'main' (the hostile paths) or 'capture' (the second origin). */
  origin: 'main' | 'capture';
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HostileUrls {
  /** 200, Content-Encoding: br, a body that inflates to BOMB_DECODED_BYTES. */
  brotliBomb: string;
  /** 200, Content-Encoding: gzip, a body that inflates to BOMB_DECODED_BYTES. */
  gzipBomb: string;
  /** 200, Content-Encoding: zstd, a body that inflates to BOMB_DECODED_BYTES. */
  zstdBomb: string;
  /** 200 JSON echoing the request's method, url, headers and body; the headers again in `x-reflected-headers`. */
  reflect: string;
  /** 302 to the capture origin (another port): a cross-origin redirect that keeps no body. */
  crossOriginRedirect: string;
  /** 307 to the capture origin: the method and body are resent there. */
  crossOriginRedirect307: string;
  /** The capture origin itself: 200 "captured" to anything, and records it in `received`. */
  capture: string;
  /** 302 with `Location: http://[::1` (unparsable). */
  locationUnparsable: string;
  /** 302 with `Location: javascript:alert(1)`. */
  locationJavascript: string;
  /** 302 with `Location: file:///etc/passwd`. */
  locationFile: string;
  /** 302 with `Location: data:,x`. */
  locationData: string;
  /** 200 with one 64 KiB header (over the 16 KiB a client reads). */
  hugeHeader: string;
  /** 200 with COOKIE_FLOOD_COUNT Set-Cookie headers. */
  cookieFlood: string;
  /** 200 JSON: an array of HUGE_LIST_COUNT MailDev-shaped messages (about 9 MB), none for any test address. */
  hugeJsonList: string;
  /** 200 JSON: an array of LONG_LIST_COUNT tiny messages (under 1 MiB), none for any test address. */
  longJsonList: string;
  /** A TCP port that answers any request with binary garbage and closes. */
  notHttp: string;
  /** A TCP port that greets with an SSH banner, as port 22 does. */
  sshBanner: string;
  /** A TCP port that accepts connections and never sends a byte. */
  silent: string;
}

export interface Hostile {
  urls: HostileUrls;
  /** http://127.0.0.1:PORT serving every hostile path. */
  origin: string;
  /** http://127.0.0.1:PORT of the second origin, which records what reaches it. */
  captureOrigin: string;
  /** What the capture origin received, in order: the evidence for "did a credential cross origins". */
  received: ReceivedRequest[];
  /** Every request either HTTP origin received, in order (the capture origin's too). */
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

interface Bombs {
  br: Buffer;
  gzip: Buffer;
  zstd: Buffer;
}

const MIB = 1024 * 1024;
let bombs: Promise<Bombs> | undefined;

/** The bombs, made once per test process: gzip and zstd frames concatenate, brotli is streamed 1 GiB of zeros. */
export function makeBombs(): Promise<Bombs> {
  bombs ??= (async () => {
    const zeros = Buffer.alloc(MIB);
    const copies = BOMB_DECODED_BYTES / MIB;
    const gzip = Buffer.concat(new Array<Buffer>(copies).fill(zlib.gzipSync(zeros, { level: 9 })));
    const zstd = Buffer.concat(new Array<Buffer>(copies).fill(zlib.zstdCompressSync(zeros)));
    return { br: await brotliOfZeros(BOMB_DECODED_BYTES), gzip, zstd };
  })();
  return bombs;
}

async function brotliOfZeros(bytes: number): Promise<Buffer> {
  const encoder = zlib.createBrotliCompress({
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
  });
  const out: Buffer[] = [];
  encoder.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => encoder.on('end', resolve));
  const write = promisify(encoder.write.bind(encoder)) as (chunk: Buffer) => Promise<void>;
  const zeros = Buffer.alloc(MIB);
  for (let written = 0; written < bytes; written += MIB) await write(zeros);
  encoder.end();
  await ended;
  return Buffer.concat(out);
}

const PATHS = {
  brotliBomb: '/bomb/br',
  gzipBomb: '/bomb/gzip',
  zstdBomb: '/bomb/zstd',
  reflect: '/reflect',
  crossOriginRedirect: '/redirect/cross-origin',
  crossOriginRedirect307: '/redirect/cross-origin-307',
  locationUnparsable: '/location/unparsable',
  locationJavascript: '/location/javascript',
  locationFile: '/location/file',
  locationData: '/location/data',
  hugeHeader: '/headers/huge',
  cookieFlood: '/headers/cookie-flood',
  hugeJsonList: '/json/huge-list',
  longJsonList: '/json/long-list',
} as const;

/** Messages in the huge and the long JSON lists. */
export const HUGE_LIST_COUNT = 100_000;
export const LONG_LIST_COUNT = 20_000;
let lists: { huge: string; long: string } | undefined;
function jsonLists(): { huge: string; long: string } {
  lists ??= {
    huge: JSON.stringify(
      Array.from({ length: HUGE_LIST_COUNT }, (_, i) => ({
        id: `m${i}`,
        time: new Date().toISOString(),
        subject: `Newsletter ${i}`,
        to: [{ address: `someone${i}@example.test`, name: '' }],
        text: 'x',
      })),
    ),
    long: JSON.stringify(Array.from({ length: LONG_LIST_COUNT }, (_, i) => ({ id: `${i}`, to: `n${i}@x.test` }))),
  };
  return lists;
}

const BAD_LOCATIONS: Record<string, string> = {
  [PATHS.locationUnparsable]: 'http://[::1',
  [PATHS.locationJavascript]: 'javascript:alert(1)',
  [PATHS.locationFile]: 'file:///etc/passwd',
  [PATHS.locationData]: 'data:,x',
};

/** Starts every hostile server; `close()` stops them all, hanging connections included. */
export async function startHostile(): Promise<Hostile> {
  const made = await makeBombs();
  const requests: ReceivedRequest[] = [];
  const received: ReceivedRequest[] = [];
  const listeners: Listener[] = [];
  try {
    const capture = await listenHttp(async (req, res) => {
      const request = await record('capture', req);
      requests.push(request);
      received.push(request);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>captured</title>');
    });
    listeners.push(capture);
    const main = await listenHttp(async (req, res) => {
      const request = await record('main', req);
      requests.push(request);
      serveHostile(request, res, made, capture.url);
    });
    listeners.push(main);
    const notHttp = await listenTcp((socket) => {
      socket.once('data', () => socket.end(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a, 0x0d, 0x0a, 0xfe])));
    });
    listeners.push(notHttp);
    const sshBanner = await listenTcp((socket) => socket.end('SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n'));
    listeners.push(sshBanner);
    const silent = await listenTcp(() => {});
    listeners.push(silent);
    const urls = Object.fromEntries(Object.entries(PATHS).map(([name, path]) => [name, `${main.url}${path}`]));
    return {
      urls: {
        ...(urls as Record<keyof typeof PATHS, string>),
        capture: `${capture.url}/captured`,
        notHttp: `${notHttp.url}/`,
        sshBanner: `${sshBanner.url}/`,
        silent: `${silent.url}/`,
      },
      origin: main.url,
      captureOrigin: capture.url,
      received,
      requests,
      close: () => closeAll(listeners),
    };
  } catch (error) {
    await closeAll(listeners);
    throw error;
  }
}

/** Every 6-character piece of each secret found in the text: a secret must not arrive whole or in part. */
export function leaks(text: string | readonly ReceivedRequest[], ...secrets: string[]): string[] {
  const haystack = typeof text === 'string' ? text : JSON.stringify(text);
  const found = new Set<string>();
  for (const secret of secrets) {
    for (let i = 0; i + 6 <= secret.length; i += 1) {
      const piece = secret.slice(i, i + 6);
      if (haystack.includes(piece)) found.add(piece);
    }
  }
  return [...found];
}

function serveHostile(request: ReceivedRequest, res: http.ServerResponse, made: Bombs, captureOrigin: string): void {
  const path = request.url.split('?')[0] ?? '/';
  const html = { 'content-type': 'text/html; charset=utf-8' };
  switch (path) {
    case PATHS.brotliBomb:
      return void res.writeHead(200, { ...html, 'content-encoding': 'br' }).end(made.br);
    case PATHS.gzipBomb:
      return void res.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(made.gzip);
    case PATHS.zstdBomb:
      return void res.writeHead(200, { ...html, 'content-encoding': 'zstd' }).end(made.zstd);
    case PATHS.reflect: {
      const echo = JSON.stringify({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: request.body,
      });
      // JSON escapes control characters; non-Latin-1 text is percent-encoded so the header stays valid.
      const header = /^[\x20-\xff]*$/.test(JSON.stringify(request.headers))
        ? JSON.stringify(request.headers)
        : encodeURIComponent(JSON.stringify(request.headers));
      return void res.writeHead(200, { 'content-type': 'application/json', 'x-reflected-headers': header }).end(echo);
    }
    case PATHS.crossOriginRedirect:
      return void res.writeHead(302, { location: `${captureOrigin}/captured` }).end();
    case PATHS.crossOriginRedirect307:
      return void res.writeHead(307, { location: `${captureOrigin}/captured` }).end();
    case PATHS.hugeJsonList:
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(jsonLists().huge);
    case PATHS.longJsonList:
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(jsonLists().long);
    case PATHS.hugeHeader:
      return void res.writeHead(200, { ...html, 'x-huge': 'a'.repeat(64 * 1024) }).end('huge header');
    case PATHS.cookieFlood:
      res.setHeader(
        'set-cookie',
        Array.from({ length: COOKIE_FLOOD_COUNT }, (_, i) => `flood${i}=${i}; Path=/`),
      );
      return void res.writeHead(200, html).end('cookie flood');
  }
  const location = BAD_LOCATIONS[path];
  if (location !== undefined) return void res.writeHead(302, { location }).end();
  res.writeHead(404, html).end('not a hostile path');
}

function record(origin: ReceivedRequest['origin'], req: http.IncomingMessage): Promise<ReceivedRequest> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () =>
      resolve({
        origin,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }),
    );
  });
}

interface Listener {
  url: string;
  close(): Promise<void>;
}

/** An HTTP server that also reads huge header blocks, so what a client sends is recorded, not refused. */
async function listenHttp(handler: http.RequestListener): Promise<Listener> {
  const server = http.createServer({ maxHeaderSize: 1024 * 1024 }, handler);
  const url = await listen(server);
  return {
    url,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listenTcp(onConnection: (socket: net.Socket) => void): Promise<Listener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A client hanging up on garbage is expected, not a test failure.
    socket.on('error', () => {});
    onConnection(socket);
  });
  const url = await listen(server);
  return {
    url,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listen(server: net.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}

async function closeAll(listeners: Listener[]): Promise<void> {
  await Promise.all(listeners.map((listener) => listener.close()));
}
