// What Cache-Control does not say: the fields a CDN obeys instead of it (RFC 9213 and the vendors' own), and
// what the CDN in front of the site reports about each response (RFC 9211 Cache-Status and the vendors' headers).
import type { ResponseHeaders } from '../../http/types.ts';
import { type Directives, headerText, parseDirectives, seconds } from './directives.ts';

/** Most specific first: a CDN obeys its own field, then CDN-Cache-Control, then Surrogate-Control. */
export const TARGETED_FIELDS = [
  'vercel-cdn-cache-control',
  'cloudflare-cdn-cache-control',
  'netlify-cdn-cache-control',
  'cdn-cache-control',
  'surrogate-control',
] as const;

export interface TargetedField {
  name: string;
  value: string;
  directives: Directives;
  /** The CDN obeying this field may store the response. */
  storable: boolean;
  /** Seconds the CDN keeps it fresh without asking the origin (0 when it must revalidate or not store). */
  ttl: number;
}

export function targetedFields(headers: ResponseHeaders): TargetedField[] {
  const fields: TargetedField[] = [];
  for (const name of TARGETED_FIELDS) {
    const value = headerText(headers, name);
    if (value === undefined) continue;
    const directives = parseDirectives(value);
    // RFC 9213 §2.1: the targeted field replaces Cache-Control for that cache, with the same directives.
    const refused = directives.has('no-store') || directives.has('private');
    const lifetime = seconds(directives, 's-maxage') ?? seconds(directives, 'max-age') ?? 0;
    const storable = !refused && (lifetime > 0 || directives.has('public') || directives.has('no-cache'));
    const ttl = refused || directives.has('no-cache') ? 0 : lifetime;
    fields.push({ name, value, directives, storable, ttl });
  }
  return fields;
}

export interface CdnInfo {
  /** Who answered: "Cloudflare", "Vercel", …, "a cache" when only generic headers say so. */
  name: string;
  /** As the CDN reported it, e.g. "HIT", "MISS", "DYNAMIC"; undefined when it reports none. */
  status?: string;
  /** The header the status came from. */
  statusHeader?: string;
  /** Age header, seconds. */
  age?: number;
}

const VENDORS: { name: string; detect: (h: ResponseHeaders) => boolean }[] = [
  { name: 'Cloudflare', detect: (h) => has(h, 'cf-ray') || has(h, 'cf-cache-status') || serverIs(h, /cloudflare/) },
  { name: 'Vercel', detect: (h) => has(h, 'x-vercel-id') || has(h, 'x-vercel-cache') || serverIs(h, /^vercel/) },
  { name: 'Netlify', detect: (h) => has(h, 'x-nf-request-id') || serverIs(h, /^netlify/) },
  { name: 'CloudFront', detect: (h) => has(h, 'x-amz-cf-id') || /cloudfront/i.test(headerText(h, 'via') ?? '') },
  {
    name: 'Fastly',
    detect: (h) => has(h, 'x-fastly-request-id') || /^cache-/i.test(headerText(h, 'x-served-by') ?? ''),
  },
  { name: 'Akamai', detect: (h) => has(h, 'akamai-cache-status') || serverIs(h, /akamai/) },
  { name: 'Bunny', detect: (h) => has(h, 'cdn-cache') || serverIs(h, /bunnycdn/) },
  { name: 'Azure Front Door', detect: (h) => has(h, 'x-azure-ref') },
  { name: 'Varnish', detect: (h) => has(h, 'x-varnish') || /varnish/i.test(headerText(h, 'via') ?? '') },
];

/** Status headers, the most specific first. */
const STATUS_HEADERS = ['cf-cache-status', 'x-vercel-cache', 'akamai-cache-status', 'cdn-cache', 'x-cache'] as const;

export function detectCdn(headers: ResponseHeaders): CdnInfo | undefined {
  const vendor = VENDORS.find((v) => v.detect(headers))?.name;
  const cacheStatus = parseCacheStatus(headerText(headers, 'cache-status'));
  const statusHeader = STATUS_HEADERS.find((name) => has(headers, name));
  const ageText = headerText(headers, 'age')?.trim();
  const age = ageText !== undefined && /^\d+$/.test(ageText) ? Number(ageText) : undefined;
  const name =
    vendor ?? cacheStatus?.cache ?? (statusHeader !== undefined || age !== undefined ? 'a cache' : undefined);
  if (name === undefined) return undefined;
  if (statusHeader !== undefined) {
    const raw = headerText(headers, statusHeader) ?? '';
    // "MISS, HIT" (shield, then edge): the last one is the cache nearest the visitor.
    const last = raw.split(',').at(-1)?.trim() ?? raw;
    return { name, status: last.toUpperCase(), statusHeader, age };
  }
  if (cacheStatus !== undefined) return { name, status: cacheStatus.status, statusHeader: 'cache-status', age };
  return { name, age };
}

/** RFC 9211: a list of caches, the last nearest the visitor; `hit` or `fwd=<reason>`. */
function parseCacheStatus(value: string | undefined): { cache: string; status: string } | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const last = value.split(',').at(-1)!.trim();
  const [cacheName, ...params] = last.split(';').map((p) => p.trim());
  const cache = (cacheName ?? '').replace(/^"(.*)"$/, '$1') || 'a cache';
  const hit = params.some((p) => p.toLowerCase() === 'hit');
  const fwd = params.find((p) => p.toLowerCase().startsWith('fwd='))?.slice(4);
  const status = hit ? 'HIT' : fwd !== undefined ? `MISS (fwd=${fwd})` : 'MISS';
  return { cache, status };
}

/** True when the cache answered from storage rather than asking the origin. */
export function isCacheHit(cdn: CdnInfo | undefined): boolean {
  if (cdn === undefined) return false;
  if ((cdn.age ?? 0) > 0) return true;
  const status = (cdn.status ?? '').toLowerCase();
  return /^(tcp_|tcp_mem_)?(hit|stale|updating|refreshhit|revalidated)\b/.test(status) || /\bhit from\b/.test(status);
}

function has(headers: ResponseHeaders, name: string): boolean {
  return headers[name] !== undefined;
}

function serverIs(headers: ResponseHeaders, pattern: RegExp): boolean {
  return pattern.test((headerText(headers, 'server') ?? '').toLowerCase());
}
