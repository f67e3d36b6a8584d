// The probe's contract: one request in, one plain-data result out (JSON-serialisable, for reports).

export const FAILURE_KINDS = ['dns', 'connect', 'tls', 'timeout', 'http', 'assertion'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Why a request (or a check on its response) failed, in words a founder can act on. */
export interface Failure {
  kind: FailureKind;
  /** What happened, one line. */
  message: string;
  /** What to check or fix, one line. */
  hint: string;
  /** The underlying error code when there is one (ENOTFOUND, CERT_HAS_EXPIRED, UND_ERR_SOCKET…). */
  code?: string;
}

/**
 * Milliseconds. dns, connect and tls are the durations of those phases for a new connection (0 on a reused
 * socket); firstByte is from the start of the request to the first byte of the final response (like curl's
 * time_starttransfer); total runs to the end of the body. Across redirects, phases add up and firstByte/total
 * run from the first hop.
 */
export interface Timings {
  dns: number;
  connect: number;
  tls: number;
  firstByte: number;
  total: number;
}

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

export type ResponseHeaders = Record<string, string | string[]>;

export interface ProbeRequest {
  url: string;
  /** Default GET. */
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Deadline for the whole request, redirects included; defaults to the probe's timeoutMs. */
  timeoutMs?: number;
  /** Default true. */
  followRedirects?: boolean;
  /** Sends and stores cookies across requests and redirect hops. */
  cookies?: CookieStore;
}

export interface ProbeResult {
  /** The URL asked for. */
  url: string;
  /** The URL that answered last (after redirects). */
  finalUrl: string;
  method: string;
  /** Undefined when no response arrived. */
  status?: number;
  headers: ResponseHeaders;
  /** Decoded as UTF-8, at most maxBodyBytes. */
  body: string;
  bodyBytes: number;
  bodyTruncated: boolean;
  timings: Timings;
  /** True when the final response came over a connection opened for an earlier request. */
  socketReused: boolean;
  /** '1.1' or '2'; undefined when no connection was made. */
  httpVersion?: string;
  remoteAddress?: string;
  redirects: RedirectHop[];
  /** Transport failures (dns, connect, tls, timeout) and redirect trouble (http); undefined when a response arrived. */
  failure?: Failure;
}

export interface CookieStore {
  /** The Cookie header value for this URL, or undefined. */
  headerFor(url: string): string | undefined;
  /** Stores the Set-Cookie header values a response sent for this URL. */
  store(url: string, setCookie: readonly string[]): void;
  /** Value of a cookie by name (the most specific match), for captures. */
  get(name: string, url?: string): string | undefined;
}
