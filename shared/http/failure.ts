// Turns an error or a status into a Failure a founder can act on: which layer broke and what to check.
import http from 'node:http';
import { oneLine } from '../report/escape.ts';
import type { Failure } from './types.ts';

/** Where a request was when it failed: decides between connect, timeout and a mid-response reset. */
export type Phase = 'dns' | 'connect' | 'tls' | 'request' | 'headers' | 'body';

export interface CertificateFacts {
  subject?: string;
  issuer?: string;
  validFrom?: string;
  validTo?: string;
  altNames?: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL', 'ENODATA']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** undici's parser error carries no code (llhttp's HPE_* code is lost): its name is what says "not HTTP". */
const NOT_HTTP = 'HPE_NOT_HTTP';

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const code = (value as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    else if ((value as { name?: unknown }).name === 'HTTPParserError') codes.push(NOT_HTTP);
    if (value instanceof AggregateError) for (const inner of value.errors) visit(inner);
    visit((value as { cause?: unknown }).cause);
  };
  visit(error);
  return codes;
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('CERT_') ||
    code.startsWith('ERR_TLS_') ||
    code.startsWith('ERR_SSL_') ||
    code.includes('SELF_SIGNED') ||
    code.startsWith('UNABLE_TO_') ||
    code === 'EPROTO' ||
    code === 'HOSTNAME_MISMATCH'
  );
}

/** The limit undici applies to response headers (Node's --max-http-header-size, 16 KiB by default). */
function maxHeaderSize(): number {
  return http.maxHeaderSize;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Classifies a transport error. `phase` is where the request was when it broke. */
export function classifyError(error: unknown, url: string, phase: Phase, cert?: CertificateFacts): Failure {
  const codes = errorCodes(error);
  const host = hostOf(url);
  const hostname = host.replace(/:\d+$/, '');
  const detail = error instanceof Error ? error.message : String(error);

  const dnsCode = codes.find((c) => DNS_CODES.has(c));
  if (dnsCode !== undefined) {
    return {
      kind: 'dns',
      code: dnsCode,
      message:
        dnsCode === 'EAI_AGAIN' ? `DNS lookup of ${hostname} failed temporarily` : `${hostname} does not resolve`,
      hint: `the domain does not resolve: check the A/CNAME record for ${hostname} at your DNS provider`,
    };
  }
  const tlsCode = codes.find(isTlsCode);
  if (tlsCode !== undefined) return tlsFailure(tlsCode, hostname, cert, detail);

  if (codes.some((c) => TIMEOUT_CODES.has(c))) return timeoutFailure(url, phase === 'body' ? 'body' : 'headers');
  // Answers that are not (readable) HTTP are the server's doing, not the network's: http, and not retried.
  const parseCode = codes.find((c) => c.startsWith('HPE_'));
  if (parseCode !== undefined) {
    return {
      kind: 'http',
      code: parseCode,
      message: `${host} did not answer with valid HTTP (${oneLine(detail, 160)})`,
      hint: 'something other than the web app answers on this host and port (SSH, a database, a plain-TLS port?) or a proxy sends broken HTTP: check the URL, the port and the proxy/load-balancer',
    };
  }
  if (codes.includes('UND_ERR_HEADERS_OVERFLOW')) {
    return {
      kind: 'http',
      code: 'UND_ERR_HEADERS_OVERFLOW',
      message: `${host} sent response headers too large to read (over ${Math.round(maxHeaderSize() / 1024)} KiB)`,
      hint: 'browsers and proxies reject oversized headers too: look for a flood of Set-Cookie headers, a huge cookie or an oversized CSP/Link header',
    };
  }
  if (codes.includes('UND_ERR_INVALID_ARG') || codes.includes('ERR_INVALID_URL')) {
    return {
      kind: 'assertion',
      code: 'INVALID_REQUEST',
      message: `the request to ${host} could not be sent: ${detail}`,
      hint: "check the step's method, headers and body (a header value with a line break, a bad URL)",
    };
  }
  const connectCode = codes.find((c) => CONNECT_CODES.has(c)) ?? codes[0];
  return connectFailure(connectCode, host, phase, detail);
}

function connectFailure(code: string | undefined, host: string, phase: Phase, detail: string): Failure {
  if (code === 'ECONNREFUSED') {
    return {
      kind: 'connect',
      code,
      message: `connection to ${host} refused`,
      hint: `nothing is listening on ${host}: is the app running, and are the host and port right?`,
    };
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return {
      kind: 'connect',
      code,
      message: `connecting to ${host} timed out`,
      hint: `${host} does not accept connections: check the firewall/security group and that the server is up`,
    };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EHOSTDOWN' || code === 'ENETDOWN') {
    return {
      kind: 'connect',
      code,
      message: `${host} is unreachable`,
      hint: 'no network route to the server: check the IP address in DNS and the hosting network',
    };
  }
  if (phase === 'body') {
    return {
      kind: 'connect',
      code,
      message: `connection to ${host} was cut mid-response (${detail})`,
      hint: 'the app or a proxy crashed or closed the connection while sending the page: check the app logs for a crash',
    };
  }
  if (phase === 'headers' || phase === 'request') {
    return {
      kind: 'connect',
      code,
      message: `${host} closed the connection without answering (${detail})`,
      hint: 'the app or a proxy dropped the request: check the app logs for a crash or restart',
    };
  }
  return {
    kind: 'connect',
    code,
    message: `could not connect to ${host} (${detail})`,
    hint: 'the connection failed: check that the server is up and reachable from the internet',
  };
}

function tlsFailure(code: string, hostname: string, cert: CertificateFacts | undefined, detail: string): Failure {
  if (code === 'CERT_HAS_EXPIRED') {
    const when = cert?.validTo ? ` on ${new Date(cert.validTo).toISOString().slice(0, 10)}` : '';
    return {
      kind: 'tls',
      code,
      message: `the certificate of ${hostname} expired${when}`,
      hint: `the certificate expired${when}: renew it (or fix the auto-renewal, e.g. Let's Encrypt/certbot) and reload the server`,
    };
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return {
      kind: 'tls',
      code,
      message: `the certificate of ${hostname} is not valid yet${cert?.validFrom ? ` (from ${cert.validFrom})` : ''}`,
      hint: "check the server's clock and the certificate's start date",
    };
  }
  if (code === 'DEPTH_ZERO_SELF_SIGNED_CERT' || code === 'SELF_SIGNED_CERT_IN_CHAIN') {
    return {
      kind: 'tls',
      code,
      message: `${hostname} serves a self-signed certificate`,
      hint: "browsers reject self-signed certificates: install one from a public CA (e.g. Let's Encrypt, or your host's managed TLS)",
    };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
    const names = cert?.altNames ? ` (it covers ${cert.altNames})` : '';
    return {
      kind: 'tls',
      code,
      message: `the certificate of ${hostname} is for another host${names}`,
      hint: `issue a certificate that includes ${hostname}, or point the domain at the server that has it`,
    };
  }
  if (code.startsWith('UNABLE_TO_')) {
    return {
      kind: 'tls',
      code,
      message: `the certificate chain of ${hostname} cannot be verified (${code})`,
      hint: 'the server does not send the intermediate certificates: configure the full chain (fullchain.pem)',
    };
  }
  return {
    kind: 'tls',
    code,
    message: `TLS handshake with ${hostname} failed (${detail})`,
    hint: 'check that the server speaks HTTPS on this port with a modern TLS version and a valid certificate',
  };
}

export function timeoutFailure(url: string, phase: Phase, timeoutMs?: number): Failure {
  const host = hostOf(url);
  const budget = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`;
  if (phase === 'dns') {
    return {
      kind: 'dns',
      code: 'DNS_TIMEOUT',
      message: `DNS lookup of ${host.replace(/:\d+$/, '')} did not finish${budget}`,
      hint: 'the DNS provider answers slowly or not at all: check the nameservers configured for the domain',
    };
  }
  if (phase === 'connect' || phase === 'tls') {
    return {
      kind: 'connect',
      code: 'UND_ERR_CONNECT_TIMEOUT',
      message: `${phase === 'tls' ? 'TLS handshake with' : 'connecting to'} ${host} did not finish${budget}`,
      hint: `${host} does not accept connections: check the firewall/security group and that the server is up`,
    };
  }
  if (phase === 'body') {
    return {
      kind: 'timeout',
      code: 'BODY_TIMEOUT',
      message: `${host} started answering but the body did not finish${budget}`,
      hint: 'the page streams too slowly or hangs half-way: check the app logs and slow queries',
    };
  }
  return {
    kind: 'timeout',
    code: 'HEADERS_TIMEOUT',
    message: `${host} accepted the connection but sent no response${budget}`,
    hint: 'the app is hanging (stuck worker, slow database, exhausted pool): check the app logs and its health',
  };
}

/** An unexpected status code, explained by its class. */
export function statusFailure(status: number, url: string, expected: string): Failure {
  const host = hostOf(url);
  const message = `HTTP ${status} from ${url}, expected ${expected}`;
  let hint: string;
  if (status === 401 || status === 403)
    hint = 'the request was refused: check the credentials (auth header, login step) the step sends';
  else if (status === 404) hint = 'the page is missing: check the path and that this deploy ships the route';
  else if (status === 429) hint = 'rate limited: allow the smoke test through the rate limiter or WAF';
  else if (status === 502 || status === 504)
    hint = `the proxy in front of the app could not reach it: check that the app on ${host} is running and healthy`;
  else if (status === 503) hint = 'the service is unavailable: still deploying, in maintenance mode, or overloaded';
  else if (status >= 500) hint = 'the app crashed on this request: check the app logs/error tracker for this URL';
  else if (status >= 300 && status < 400)
    hint = 'an unexpected redirect: check the Location and whether the step should follow it';
  else hint = 'the app answered, but not as expected: check the route and the request the step sends';
  return { kind: 'http', code: `HTTP_${status}`, message, hint };
}

/** A compressed body that inflates beyond the probe's bound: a misconfiguration or a decompression bomb. */
export function bodyTooLargeFailure(
  url: string,
  encoding: string,
  wireBytes: number,
  maxDecodedBytes: number,
): Failure {
  return {
    kind: 'http',
    code: 'BODY_TOO_LARGE',
    message: `${hostOf(url)} sent a ${encoding} body of ${wireBytes} bytes that decompresses to more than ${formatBytes(maxDecodedBytes)}; it was not read further`,
    hint: 'no page should inflate that much (a decompression bomb, or compression applied to a huge or endless response): check what this route returns and the compression settings of the app, proxy or CDN',
  };
}

/** A redirect whose Location is no URL a browser could follow (unparsable, or not http/https). */
export function badRedirectFailure(url: string, status: number, location: string, reason: string): Failure {
  return {
    kind: 'http',
    code: 'BAD_REDIRECT',
    message: `${hostOf(url)} answered ${status} with Location "${oneLine(location, 120)}", ${reason}`,
    hint: 'the redirect cannot be followed by a browser: check the redirect rule (host/CDN config or the app code that builds the Location) and make it an http(s) URL',
  };
}

/** A redirect that would carry a credential in the request body to another origin: not followed. */
export function crossOriginBodyFailure(url: string, status: number, target: string): Failure {
  return {
    kind: 'http',
    code: 'CROSS_ORIGIN_CREDENTIALS',
    message: `${hostOf(url)} answered ${status}, redirecting the request body (which holds a credential) to another origin, ${hostOf(target)}; not followed`,
    hint: `a ${status} redirect resends the body: point the step at the final URL, or fix the redirect if ${hostOf(target)} is not yours`,
  };
}

/** Anything that went wrong outside the classified paths: the step fails and says so, the run goes on. */
export function unexpectedFailure(error: unknown, url: string): Failure {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'http',
    code: 'UNEXPECTED_ERROR',
    message: `the request to ${hostOf(url)} failed unexpectedly: ${oneLine(detail, 160)}`,
    hint: 'the response could not be handled (or launch-ready hit a bug): check what this URL returns, and report it to launch-ready if it looks normal',
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}
