// The HTTP probe shared by smoke-test, cache-audit and latency-budget.
export { CookieJar } from './cookies.ts';
export { classifyError, statusFailure, timeoutFailure } from './failure.ts';
export { ACCEPT_ENCODING, createProbe, firstHeader, type Probe, type ProbeOptions } from './probe.ts';
export { backoffMs, isIdempotent, isTransient } from './retry.ts';
export { isSensitiveName } from './sensitive-names.ts';
export type {
  CookieStore,
  Failure,
  FailureKind,
  ProbeRequest,
  ProbeResult,
  RedirectHop,
  ResponseHeaders,
  Timings,
} from './types.ts';
export { FAILURE_KINDS } from './types.ts';
export { type UrlCredentials, urlCredentials, withoutUserinfo } from './userinfo.ts';
export { type WaitForOptions, type WaitForResult, waitFor } from './wait-for.ts';
