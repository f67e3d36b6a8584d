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
import { classifyError, type Phase, timeoutFailure } from './failure.ts';
import { claimNextSocket } from './socket-attribution.ts';
import type { Failure, ProbeRequest, ProbeResult, RedirectHop, ResponseHeaders, Timings } from './types.ts';

export interface ProbeOptions {
  /** Deadline per request, redirects included. Default 10 000 ms. */
  timeoutMs?: number;
  /** Default: timeoutMs. */
  connectTimeoutMs?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Body bytes kept per response; the rest is not downloaded (unless drainBody). Default 1 MiB. */
  maxBodyBytes?: number;
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

  async function request(req: ProbeRequest): Promise<ProbeResult> {
    const startedAt = performance.now();
    const budget = req.timeoutMs ?? timeoutMs;
    const deadlineAt = startedAt + budget;
    let method = (req.method ?? 'GET').toUpperCase();
    let body = req.body;
    let headers: Record<string, string> = { 'user-agent': userAgent, ...lowerKeys(req.headers ?? {}) };
    let current = new URL(req.url);
    if ((current.username !== '' || current.password !== '') && headers.authorization === undefined) {
      // undici sends no userinfo: turn https://user:pass@host into the Basic header a browser would send.
      const pair = `${decodeURIComponent(current.username)}:${decodeURIComponent(current.password)}`;
      headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
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
        const done = result(req, method, current, hop, redirects, phases, startedAt);
        await new Promise((resolve) => setImmediate(resolve));
        return done;
      }
      const next = new URL(location, current);
      redirects.push({ url: current.href, status: hop.status, location: next.href });
      if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
        headers = withoutBodyHeaders(headers);
      }
      if (next.origin !== current.origin) headers = withoutCredentials(headers);
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
        return result(req, method, current, { ...hop, failure }, redirects, phases, startedAt);
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

function result(
  req: ProbeRequest,
  method: string,
  finalUrl: URL,
  hop: Hop,
  redirects: RedirectHop[],
  phases: { dns: number; connect: number; tls: number },
  startedAt: number,
): ProbeResult {
  const end = performance.now();
  const timings: Timings = {
    dns: round(phases.dns),
    connect: round(phases.connect),
    tls: round(phases.tls),
    firstByte: hop.firstByteAt === undefined ? 0 : round(hop.firstByteAt - startedAt),
    total: round(end - startedAt),
  };
  return {
    url: req.url,
    finalUrl: finalUrl.href,
    method,
    status: hop.status,
    headers: hop.headers,
    body: decodeBody(hop),
    bodyBytes: hop.bodyBytes,
    bodyTruncated: hop.truncated,
    timings,
    socketReused: hop.socketReused,
    httpVersion: hop.httpVersion,
    remoteAddress: hop.remoteAddress,
    redirects,
    failure: hop.failure,
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

function decodeBody(hop: Hop): string {
  const encoding = firstHeader(hop.headers, 'content-encoding')?.trim().toLowerCase();
  let bytes = hop.body;
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') {
      bytes = zlib.gunzipSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } else if (encoding === 'deflate') {
      bytes = zlib.inflateSync(bytes, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } else if (encoding === 'br') {
      bytes = zlib.brotliDecompressSync(bytes, {
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
      });
    }
  } catch {
    // An undecodable body is checked as sent; assertions on it will fail and say so.
  }
  return bytes.toString('utf8');
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

/** Credentials set for one origin must not leak to another through a redirect. */
function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const { authorization: _auth, cookie: _cookie, 'proxy-authorization': _proxy, ...rest } = headers;
  return rest;
}

function round(ms: number): number {
  return Math.round(Math.max(0, ms) * 10) / 10;
}
