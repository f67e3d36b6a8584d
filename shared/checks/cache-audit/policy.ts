// What caches may do with one response: storability and freshness as a shared cache (CDN, proxy) and as the
// browser's private cache, from http-cache-semantics (RFC 9111), plus the CDN-targeted fields it does not know.
import CachePolicy from 'http-cache-semantics';
import type { ResponseHeaders } from '../../http/types.ts';
import { type CdnInfo, detectCdn, type TargetedField, targetedFields } from './cdn.ts';
import { type Directives, flatHeaders, headerText, parseDirectives, seconds, varyFields } from './directives.ts';

export interface CacheFacts {
  status?: number;
  contentType: string;
  /** The Cache-Control header as sent, or undefined. */
  cacheControl?: string;
  directives: Directives;
  /** CDN-Cache-Control, Surrogate-Control and the vendors' fields present, most specific first. */
  targeted: TargetedField[];
  /** A shared cache (a CDN, a proxy) may store it: by Cache-Control (RFC 9111) or by a CDN-targeted field. */
  sharedStorable: boolean;
  /**
   * A shared cache that ignores the request's Authorization (RFC 9111 §3.5 says it must not; many CDNs do) may
   * store it: what matters for a response that sets a cookie.
   */
  storableDespiteAuth: boolean;
  /** The header that lets a shared cache store it (for the finding), when it may. */
  storableBecause?: string;
  /** Seconds each cache may reuse it without asking the origin. */
  ttl: { browser: number; shared: number };
  /** The only freshness is the heuristic one (Last-Modified, no Cache-Control or Expires). */
  heuristic: boolean;
  validators: string[];
  /** Content-Encoding, "identity" when none. */
  encoding: string;
  /** Body bytes as sent (compressed when compressed). */
  bytes: number;
  vary: string[];
  setsCookie: boolean;
  /** HTTP/1.0 caching headers present. */
  legacy: { expires: boolean; pragma: boolean };
  cdn?: CdnInfo;
}

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
}

export function cacheFacts(
  request: SentRequest,
  status: number | undefined,
  headers: ResponseHeaders,
  bytes: number,
): CacheFacts {
  const flat = flatHeaders(headers);
  const cacheControl = headerText(headers, 'cache-control');
  const directives = parseDirectives(cacheControl);
  const targeted = targetedFields(headers);
  const policyOf = (shared: boolean, requestHeaders = request.headers) =>
    new CachePolicy(
      { url: request.url, method: 'GET', headers: requestHeaders },
      { status: status ?? 0, headers: flat },
      { shared },
    );
  const shared = policyOf(true);
  const browser = policyOf(false);
  const { authorization: _authorization, ...withoutAuth } = request.headers;
  const httpStorable = status !== undefined && shared.storable();
  const cdnField = targeted.find((field) => field.storable);
  const heuristic =
    cacheControl === undefined &&
    flat.expires === undefined &&
    flat['last-modified'] !== undefined &&
    targeted.length === 0;
  const sharedTtl = Math.max(
    httpStorable ? shared.maxAge() : 0,
    ...targeted.filter((f) => f.storable).map((f) => f.ttl),
  );
  const validators = [
    flat.etag === undefined ? '' : 'ETag',
    flat['last-modified'] === undefined ? '' : 'Last-Modified',
  ];
  return {
    status,
    contentType: flat['content-type'] ?? '',
    cacheControl,
    directives,
    targeted,
    sharedStorable: httpStorable || cdnField !== undefined,
    storableDespiteAuth: status !== undefined && policyOf(true, withoutAuth).storable(),
    storableBecause: cdnField
      ? `${displayName(cdnField.name)}: ${cdnField.value}`
      : httpStorable
        ? storableReason(directives, flat)
        : undefined,
    ttl: {
      browser: status !== undefined && browser.storable() ? Math.round(browser.maxAge()) : 0,
      shared: Math.round(sharedTtl),
    },
    heuristic,
    validators: validators.filter((v) => v !== ''),
    encoding: (flat['content-encoding'] ?? '').trim().toLowerCase() || 'identity',
    bytes,
    vary: varyFields(headers),
    setsCookie: headers['set-cookie'] !== undefined,
    legacy: { expires: flat.expires !== undefined, pragma: flat.pragma !== undefined },
    cdn: detectCdn(headers),
  };
}

/** The header a shared cache reads as permission to store, in the order RFC 9111 §3 weighs them. */
function storableReason(directives: Directives, flat: Record<string, string>): string {
  const cc = flat['cache-control'];
  if (directives.has('public')) return `Cache-Control: ${cc}`;
  const sMaxAge = seconds(directives, 's-maxage');
  if (sMaxAge !== undefined) return `Cache-Control: ${cc}`;
  if (cc !== undefined) return `Cache-Control: ${cc} (no private or no-store)`;
  if (flat.expires !== undefined) return `Expires: ${flat.expires} (no Cache-Control)`;
  if (flat['last-modified'] !== undefined)
    return 'no Cache-Control (a cache may keep it by heuristic, from Last-Modified)';
  return 'no Cache-Control (a cache may store a 200 by default)';
}

const DISPLAY: Record<string, string> = {
  'vercel-cdn-cache-control': 'Vercel-CDN-Cache-Control',
  'cloudflare-cdn-cache-control': 'Cloudflare-CDN-Cache-Control',
  'netlify-cdn-cache-control': 'Netlify-CDN-Cache-Control',
  'cdn-cache-control': 'CDN-Cache-Control',
  'surrogate-control': 'Surrogate-Control',
};

export function displayName(field: string): string {
  return DISPLAY[field] ?? field;
}
