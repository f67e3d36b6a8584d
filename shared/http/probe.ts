// The one HTTP probe: keep-alive pooling over undici, a deadline on every request, per-phase timings from the
// connection's own events, redirects followed hop by hop, and every failure classified (see failure.ts).
import type { IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { Agent, type Dispatcher } from 'undici';
import {
  CertificateError,
  type Connection,
  connectionOf,
  connectionPhase,
  connectionPhases,
  timedConnector,
} from './connector.ts';
import {
  badRedirectFailure,
  bodyTooLargeFailure,
  classifyError,
  crossOriginBodyFailure,
  type Phase,
  timeoutFailure,
  unexpectedFailure,
} from './failure.ts';
import { isSensitiveName } from './sensitive-names.ts';
import { claimNextSocket } from './socket-attribution.ts';
import type { Failure, ProbeRequest, ProbeResult, RedirectHop, ResponseHeaders, Timings } from './types.ts';
import { urlCredentials, withoutUserinfo } from './userinfo.ts';

export interface ProbeOptions {
  /** Deadline per request, redirects included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Default: timeoutMs. */
  connectTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Body bytes kept per response (on the wire, and again after decompression); the rest is not downloaded. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Bound on a compressed body's decoded size: beyond it the response is an `http` failure (BODY_TOO_LARGE) and
   * decoding stops, so a decompression bomb costs at most this much memory and time. Default 16 MiB (at least maxBodyBytes).
   */
  maxDecodedBytes?: number;
  /**
   * Accept-Encoding sent when the request sets none, e.g. ACCEPT_ENCODING (what the probe can decode, as a
   * browser sends). Default: none sent, so servers answer uncompressed; a response compressed anyway is decoded.
   */
  acceptEncoding?: string;
  /**
   * Whether a value is (or contains) a secret the caller knows, e.g. one registered with the redactor. On a
   * redirect to another origin, headers holding one are dropped along with every header whose name is
   * sensitive (isSensitiveName), and a 307/308 that would resend a body holding one is not followed.
   */
  isSecret?: (value: string) => boolean;
  /**
   * Read a body past maxBodyBytes to its end (counted, not kept) instead of cutting the download, so
   * `timings.total` is the time to the last byte and the connection stays reusable (latency-budget).
   * Still bounded by the request's deadline. Default false.
   */
  drainBody?: boolean;
  /** Negotiate HTTP/2 over TLS when the server offers it, as browsers do. Default true. */
  allowH2?: boolean;
  /** Trusted CA certificates (PEM). Like tls.connect's `ca`, they replace Node's default roots (NODE_EXTRA_CA_CERTS adds instead). */
  ca?: string | string[];
  /** Accept any certificate (never for production checks). */
  insecure?: boolean;
  /** Custom DNS lookup (tests, or pinning a host to an IP). undici's caching dns interceptor is not used: it would hide DNS time. */
  lookup?: LookupFunction;
  userAgent?: string;
}

export interface Probe {
  request(request: ProbeRequest): Promise<ProbeResult>;
  /** Closes every pooled connection, including requests still hanging. */
  close(): Promise<void>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Every content coding the probe decodes, in the order browsers list them. */
export const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const DEFAULT_MAX_DECODED_BYTES = 16 * 1024 * 1024;
const DEFAULT_USER_AGENT = 'launch-ready-smoke-test (+https://github.com/launch-ready)';

interface Hop {
  status?: number;
  headers: ResponseHeaders;
  body: Buffer;
  bodyBytes: number;
  truncated: boolean;
  failure?: Failure;
  firstByteAt?: number;
  phases: { dns: number; connect: number; tls: number };
  socketReused: boolean;
  httpVersion?: string;
  remoteAddress?: string;
}

interface Limits {
  maxBodyBytes: number;
  maxDecodedBytes: number;
}

interface HopInput {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  deadlineAt: number;
  timeoutMs: number;
  maxBodyBytes: number;
  drainBody: boolean;
}

export function createProbe(options: ProbeOptions = {}): Probe {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRedirects = options.maxRedirects ?? 5;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const limits: Limits = {
    maxBodyBytes,
    maxDecodedBytes: Math.max(maxBodyBytes, options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES),
  };
  const isSecret = options.isSecret ?? (() => false);
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const opening = new Map<string, Connection>();
  const agent = new Agent({
    connect: timedConnector(
      {
        connectTimeoutMs: options.connectTimeoutMs ?? timeoutMs,
        allowH2: options.allowH2 ?? true,
        ca: options.ca,
        insecure: options.insecure ?? false,
        lookup: options.lookup,
      },
      (connection) => opening.set(connection.origin, connection),
    ),
    allowH2: options.allowH2 ?? true,
    // The probe enforces its own fine-grained deadline; undici's coarse timers are only a backstop.
    headersTimeout: timeoutMs + 2_000,
    bodyTimeout: timeoutMs + 2_000,
  });

  /** One bad response (or a bug) never escapes as an exception: it is this request's failure. */
  async function request(req: ProbeRequest): Promise<ProbeResult> {
    const startedAt = performance.now();
    try {
      return await send(req, startedAt);
    } catch (error) {
      const classified = classifyError(error, req.url, 'request');
      const failure = classified.code === 'INVALID_REQUEST' ? classified : unexpectedFailure(error, req.url);
      const hop: Hop = {
        headers: {},
        body: Buffer.alloc(0),
        bodyBytes: 0,
        truncated: false,
        failure,
        phases: { dns: 0, connect: 0, tls: 0 },
        socketReused: false,
      };
      return result(req, req.method ?? 'GET', req.url, hop, [], hop.phases, startedAt, limits);
    }
  }

  async function send(req: ProbeRequest, startedAt: number): Promise<ProbeResult> {
    const budget = req.timeoutMs ?? timeoutMs;
    const deadlineAt = startedAt + budget;
    let method = (req.method ?? 'GET').toUpperCase();
    let body = req.body;
    let headers: Record<string, string> = {
      'user-agent': userAgent,
      ...(options.acceptEncoding === undefined ? {} : { 'accept-encoding': options.acceptEncoding }),
      ...lowerKeys(req.headers ?? {}),
    };
    let current = new URL(req.url);
    const credentials = urlCredentials(current);
    if (credentials !== undefined) {
      current = new URL(credentials.url);
      headers.authorization ??= credentials.authorization;
    }
    const redirects: RedirectHop[] = [];
    const visited = new Set([`${method} ${current.href}`]);
    const phases = { dns: 0, connect: 0, tls: 0 };

    for (;;) {
      const hopHeaders = withCookies(headers, current, req);
      const hop = await sendHop(agent, opening, {
        url: current,
        method,
        headers: hopHeaders,
        body,
        deadlineAt,
        timeoutMs: budget,
        maxBodyBytes,
        drainBody: options.drainBody ?? false,
      });
      phases.dns += hop.phases.dns;
      phases.connect += hop.phases.connect;
      phases.tls += hop.phases.tls;
      const setCookie = hop.headers['set-cookie'];
      if (req.cookies !== undefined && setCookie !== undefined) {
        req.cookies.store(current.href, Array.isArray(setCookie) ? setCookie : [setCookie]);
      }
      const location = firstHeader(hop.headers, 'location');
      const follow = req.followRedirects !== false && hop.failure === undefined && location !== undefined;
      if (!follow || hop.status === undefined || !REDIRECT_STATUSES.has(hop.status)) {
        // undici hands a kept-alive socket to the next request only after a full event-loop turn: yield one,
        // so back-to-back requests reuse the connection as a browser would.
        const done = result(req, method, current.href, hop, redirects, phases, startedAt, limits);
        await new Promise((resolve) => setImmediate(resolve));
        return done;
      }
      const fail = (failure: Failure): ProbeResult =>
        result(req, method, current.href, { ...hop, failure }, redirects, phases, startedAt, limits);
      const next = redirectTarget(location, current);
      if (typeof next === 'string') return fail(badRedirectFailure(current.href, hop.status, location, next));
      redirects.push({ url: current.href, status: hop.status, location: next.href });
      if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
        headers = withoutBodyHeaders(headers);
      }
      if (next.origin !== current.origin) {
        if (body !== undefined && isSecret(typeof body === 'string' ? body : Buffer.from(body).toString('utf8'))) {
          return fail(crossOriginBodyFailure(current.href, hop.status, next.href));
        }
        headers = withoutCredentials(headers, isSecret);
      }
      const key = `${method} ${next.href}`;
      const tooMany = redirects.length > maxRedirects;
      if (visited.has(key) || tooMany) {
        const chain = [...redirects.map((r) => r.url), next.href].join(' → ');
        const failure: Failure = tooMany
          ? {
              kind: 'http',
              code: 'TOO_MANY_REDIRECTS',
              message: `more than ${maxRedirects} redirects: ${chain}`,
              hint: 'the redirect chain is too long: point the link straight at the final URL',
            }
          : {
              kind: 'http',
              code: 'REDIRECT_LOOP',
              message: `redirect loop: ${chain}`,
              hint: 'two rules redirect to each other: check http→https, www and trailing-slash redirects at the host/CDN and in the app',
            };
        return fail(failure);
      }
      visited.add(key);
      current = next;
    }
  }

  return {
    request,
    async close() {
      await agent.destroy();
    },
  };
}

/** Where a redirect leads, or why it leads nowhere a browser would go. Userinfo in a Location is not used. */
function redirectTarget(location: string, current: URL): URL | string {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    return 'which is not a valid URL';
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:')
    return `which leads to a ${next.protocol} URL, not http(s)`;
  next.username = '';
  next.password = '';
  return next;
}

function result(
  req: ProbeRequest,
  method: string,
  finalUrl: string,
  hop: Hop,
  redirects: RedirectHop[],
  phases: { dns: number; connect: number; tls: number },
  startedAt: number,
  limits: Limits,
): ProbeResult {
  const decoded = decodeBody(hop, finalUrl, limits);
  const end = performance.now();
  const timings: Timings = {
    dns: round(phases.dns),
    connect: round(phases.connect),
    tls: round(phases.tls),
    firstByte: hop.firstByteAt === undefined ? 0 : round(hop.firstByteAt - startedAt),
    total: round(end - startedAt),
  };
  return {
    url: withoutUserinfo(req.url),
    finalUrl: withoutUserinfo(finalUrl),
    method,
    status: hop.status,
    headers: hop.headers,
    body: decoded.text,
    bodyBytes: hop.bodyBytes,
    bodyTruncated: hop.truncated || decoded.truncated,
    timings,
    socketReused: hop.socketReused,
    httpVersion: hop.httpVersion,
    remoteAddress: hop.remoteAddress,
    redirects,
    failure: hop.failure ?? decoded.failure,
  };
}

function sendHop(agent: Dispatcher, opening: Map<string, Connection>, input: HopInput): Promise<Hop> {
  const { url } = input;
  const https = url.protocol === 'https:';
  const maxBody = input.maxBodyBytes;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let bodyBytes = 0;
    let truncated = false;
    let settled = false;
    let phase: Phase | 'waiting' = 'waiting';
    let controller: Dispatcher.DispatchController | undefined;
    let connection: Connection | undefined;
    let status: number | undefined;
    let headers: ResponseHeaders = {};
    let firstByteAt: number | undefined;

    const finish = (failure?: Failure): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const reused = connection !== undefined && connection.requests > 1;
      const failedConnection = connection ?? opening.get(url.origin);
      resolve({
        status,
        headers,
        body: Buffer.concat(chunks),
        bodyBytes,
        truncated,
        failure,
        firstByteAt,
        phases:
          failedConnection === undefined || reused
            ? { dns: 0, connect: 0, tls: 0 }
            : connectionPhases(failedConnection),
        socketReused: reused,
        httpVersion: connection?.httpVersion,
        remoteAddress: connection?.remoteAddress,
      });
    };

    const timer = setTimeout(
      () => {
        const where: Phase = phase === 'waiting' ? connectionPhase(opening.get(url.origin), https) : phase;
        const failure = timeoutFailure(url.href, where, input.timeoutMs);
        finish(failure);
        controller?.abort(new Error(failure.message));
      },
      Math.max(0, input.deadlineAt - performance.now()),
    );

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(ctrl) {
        controller = ctrl;
        if (settled) {
          ctrl.abort(new Error('deadline passed'));
          return;
        }
        phase = 'headers';
        claimNextSocket((socket) => {
          connection = connectionOf(socket);
          if (connection !== undefined) connection.requests += 1;
        });
      },
      onResponseStart(_ctrl, statusCode, responseHeaders: IncomingHttpHeaders) {
        // 1xx interim responses (100 Continue, 103 Early Hints) are not the answer.
        if (statusCode < 200) return;
        firstByteAt ??= performance.now();
        phase = 'body';
        status = statusCode;
        headers = responseHeaders as ResponseHeaders;
      },
      onResponseData(ctrl, chunk) {
        bodyBytes += chunk.length;
        const room = maxBody - kept;
        if (room > 0) {
          const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
          chunks.push(piece);
          kept += piece.length;
        }
        if (bodyBytes > maxBody && !truncated) {
          truncated = true;
          if (input.drainBody) return;
          // Enough to check the page: do not download the rest.
          finish();
          ctrl.abort(new Error('body limit reached'));
        }
      },
      onResponseEnd() {
        finish();
      },
      onResponseError(_ctrl, error) {
        if (settled) return;
        const where: Phase = phase === 'waiting' ? connectionPhase(opening.get(url.origin), https) : phase;
        const cert = error instanceof CertificateError ? error.cert : opening.get(url.origin)?.cert;
        finish(classifyError(error, url.href, where === 'dns' ? 'connect' : where, cert));
      },
    };
    try {
      agent.dispatch(
        {
          origin: url.origin,
          path: `${url.pathname}${url.search}`,
          method: input.method as Dispatcher.HttpMethod,
          headers: input.headers,
          body: input.body,
        },
        handler,
      );
    } catch (error) {
      finish(classifyError(error, url.href, 'request'));
    }
  });
}

type Decoder = (bytes: Buffer, maxOutputLength: number) => Buffer;

// finishFlush: a body cut at maxBodyBytes is still decoded as far as it goes.
const DECODERS: Record<string, Decoder> = {
  gzip: (bytes, max) => zlib.gunzipSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: max }),
  'x-gzip': (bytes, max) => DECODERS.gzip!(bytes, max),
  deflate: (bytes, max) => zlib.inflateSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: max }),
  br: (bytes, max) =>
    zlib.brotliDecompressSync(bytes, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH, maxOutputLength: max }),
  zstd: (bytes, max) =>
    zlib.zstdDecompressSync(bytes, { finishFlush: zlib.constants.ZSTD_e_flush, maxOutputLength: max }),
};

interface Decoded {
  text: string;
  truncated: boolean;
  failure?: Failure;
}

/**
 * Undoes Content-Encoding (codings applied in order, so undone last first), never producing more than
 * maxDecodedBytes: a 1 KB response inflating to gigabytes is refused rather than read. The text kept is at
 * most maxBodyBytes, as for an uncompressed body.
 */
function decodeBody(hop: Hop, url: string, limits: Limits): Decoded {
  const codings = (firstHeader(hop.headers, 'content-encoding') ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  let bytes = hop.body;
  for (const coding of codings.reverse()) {
    const decoder = DECODERS[coding];
    // An unknown coding is checked as sent; assertions on it will fail and say so.
    if (decoder === undefined) break;
    try {
      bytes = decoder(bytes, limits.maxDecodedBytes);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        const encoding = codings.join(', ');
        return {
          text: '',
          truncated: true,
          failure: bodyTooLargeFailure(url, encoding, hop.body.length, limits.maxDecodedBytes),
        };
      }
      // An undecodable body is checked as sent; assertions on it will fail and say so.
      break;
    }
  }
  const truncated = bytes.length > limits.maxBodyBytes;
  return { text: (truncated ? bytes.subarray(0, limits.maxBodyBytes) : bytes).toString('utf8'), truncated };
}

export function firstHeader(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

function withCookies(headers: Record<string, string>, url: URL, req: ProbeRequest): Record<string, string> {
  const fromJar = req.cookies?.headerFor(url.href);
  if (fromJar === undefined) return headers;
  const own = headers.cookie;
  return { ...headers, cookie: own === undefined ? fromJar : `${own}; ${fromJar}` };
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  const { 'content-type': _type, 'content-length': _length, ...rest } = headers;
  return rest;
}

/**
 * Credentials set for one origin must not leak to another through a redirect: every header whose name says
 * credential (Authorization, Cookie, X-Api-Key, X-Auth-Token, X-Session-Id…) or whose value holds a secret.
 */
function withoutCredentials(
  headers: Record<string, string>,
  isSecret: (value: string) => boolean,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => !isSensitiveName(name) && !isSecret(value)),
  );
}

function round(ms: number): number {
  return Math.round(Math.max(0, ms) * 10) / 10;
}
