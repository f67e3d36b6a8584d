// One response judged by what its kind needs: a customer's page must never sit in a shared cache, fingerprinted
// assets should be cached for a year, pages must not outlive a deploy, text should be compressed.

import type { Kind } from './options.ts';
import type { CacheFacts } from './policy.ts';
import { RULES, type Verdict } from './rules.ts';

export const ONE_YEAR = 31_536_000;
/** Expires-based lifetimes are computed from Date and land a little short of a round year. */
const YEAR_TOLERANCE = 86_400;
export const PAGE_MAX_SHARED_TTL = 600;
export const COMPRESS_OVER_BYTES = 1024;

const TEXT_TYPE =
  /^(text\/|application\/(javascript|ecmascript|json|[\w.+-]*\+json|xml|[\w.+-]*\+xml|manifest\+json)|image\/svg\+xml)/i;
const PRIVATE_FIX =
  'send Cache-Control: private, no-store (or private, no-cache when the browser may keep it) on every response that belongs to one customer, and no public, s-maxage or CDN-targeted max-age on it';

export function judge(kind: Kind, facts: CacheFacts): Verdict[] {
  const verdicts: Verdict[] = [];
  if (kind === 'private') {
    const stored = privateStorage(facts);
    if (stored !== undefined) verdicts.push(stored);
  }
  const ok = facts.status !== undefined && facts.status >= 200 && facts.status < 300;
  if (!ok) return verdicts;
  if (kind === 'revved') verdicts.push(...revved(facts));
  if (kind === 'page') verdicts.push(...page(facts));
  if (kind === 'static') verdicts.push(...staticAsset(facts));
  verdicts.push(...compression(facts));
  verdicts.push(...advice(kind, facts));
  return verdicts;
}

/**
 * A shared cache may store a customer's response and hand it to the next visitor when: it says public or
 * s-maxage (RFC 9111 §3.5 lets a cache store even an authenticated response then), a CDN-targeted field gives it
 * a lifetime (that field replaces Cache-Control for the CDN, private included), it stays fresh in a shared cache,
 * or it sets a cookie without private or no-store.
 */
function privateStorage(facts: CacheFacts): Verdict | undefined {
  const d = facts.directives;
  // Many CDNs store a response whatever the request's Authorization: a cookie it sets needs private or no-store.
  const cookieUnguarded = facts.setsCookie && !d.has('private') && !d.has('no-store') && facts.storableDespiteAuth;
  if (!facts.sharedStorable && !cookieUnguarded) return undefined;
  const cdn = facts.targeted.find((field) => field.storable && field.ttl > 0);
  const explicit = d.has('public') || d.has('s-maxage');
  if (cdn === undefined && !explicit && !cookieUnguarded && facts.ttl.shared <= 0) return undefined;
  const because =
    facts.storableBecause ?? `Set-Cookie with Cache-Control: ${facts.cacheControl ?? 'none'} (no private or no-store)`;
  const cookie = facts.setsCookie ? ' It also sets a cookie, which the cache would hand out with it.' : '';
  return {
    rule: RULES.privateSharedCache,
    title: 'a shared cache may store this customer-only response',
    message: `A CDN or proxy may store this response and serve it to other visitors (${because}); shared TTL ${facts.ttl.shared} s.${cookie}`,
    remediation: PRIVATE_FIX,
    evidence: because,
  };
}

function revved(facts: CacheFacts): Verdict[] {
  const immutable = facts.directives.has('immutable');
  if (facts.ttl.browser < ONE_YEAR - YEAR_TOLERANCE) {
    return [
      {
        rule: RULES.revvedShortLived,
        title: `fingerprinted asset cached for ${duration(facts.ttl.browser)}, not a year`,
        message: `Its name changes with its content, so it can be cached for a year; browsers re-download or revalidate it after ${duration(facts.ttl.browser)} (Cache-Control: ${facts.cacheControl ?? 'none'}).${immutable ? '' : ' It is not marked immutable either.'}`,
        remediation: 'serve fingerprinted files with Cache-Control: public, max-age=31536000, immutable',
        evidence: `Cache-Control: ${facts.cacheControl ?? 'none'}`,
      },
    ];
  }
  if (!immutable) {
    return [
      {
        rule: RULES.revvedNotImmutable,
        title: 'fingerprinted asset not marked immutable',
        message: `Without immutable, browsers revalidate it on every reload (Cache-Control: ${facts.cacheControl ?? 'none'}).`,
        remediation: 'add immutable: Cache-Control: public, max-age=31536000, immutable',
        evidence: `Cache-Control: ${facts.cacheControl ?? 'none'}`,
      },
    ];
  }
  return [];
}

function page(facts: CacheFacts): Verdict[] {
  if (facts.heuristic || facts.ttl.shared <= PAGE_MAX_SHARED_TTL) return [];
  const because = facts.storableBecause ?? `Cache-Control: ${facts.cacheControl}`;
  return [
    {
      rule: RULES.pageStaleAfterDeploy,
      title: `HTML page kept fresh by shared caches for ${duration(facts.ttl.shared)}`,
      message: `After a deploy, a CDN or proxy keeps serving the old page (and the old asset URLs it names) for up to ${duration(facts.ttl.shared)} without asking the origin (${because}).`,
      remediation:
        'let shared caches keep HTML at most a few minutes (s-maxage=60, stale-while-revalidate) or use no-cache with an ETag; or purge the CDN on every deploy',
      evidence: because,
    },
  ];
}

function staticAsset(facts: CacheFacts): Verdict[] {
  const anyPolicy =
    facts.cacheControl !== undefined ||
    facts.targeted.length > 0 ||
    facts.validators.length > 0 ||
    facts.legacy.expires;
  if (anyPolicy) return [];
  return [
    {
      rule: RULES.staticNoPolicy,
      title: 'asset with no Cache-Control and no validator',
      message:
        'Browsers and CDNs can neither keep it nor revalidate it cheaply: every page view downloads it again in full.',
      remediation:
        'send Cache-Control (e.g. public, max-age=3600, or no-cache with an ETag), or fingerprint the file name and cache it for a year',
    },
  ];
}

function compression(facts: CacheFacts): Verdict[] {
  const verdicts: Verdict[] = [];
  const text = TEXT_TYPE.test(facts.contentType.trim());
  if (text && facts.encoding === 'identity' && facts.bytes > COMPRESS_OVER_BYTES) {
    verdicts.push({
      rule: RULES.uncompressedText,
      title: `${kib(facts.bytes)} of text sent uncompressed`,
      message: `The request accepted br, gzip and zstd; the response (${facts.contentType || 'no content type'}) came back uncompressed.`,
      remediation: 'enable gzip or Brotli for HTML, CSS, JS, JSON and SVG at the server or CDN',
    });
  }
  if (
    facts.encoding !== 'identity' &&
    facts.sharedStorable &&
    !facts.vary.some((f) => f === 'accept-encoding' || f === '*')
  ) {
    verdicts.push({
      rule: RULES.compressedWithoutVary,
      title: `${facts.encoding} response without Vary: Accept-Encoding`,
      message:
        'A shared cache may hand this compressed copy to a client that did not ask for it (or an uncompressed one to everyone).',
      remediation: 'add Vary: Accept-Encoding to every response whose encoding depends on Accept-Encoding',
      evidence: `Content-Encoding: ${facts.encoding}; Vary: ${facts.vary.join(', ') || 'none'}`,
    });
  }
  return verdicts;
}

function advice(kind: Kind, facts: CacheFacts): Verdict[] {
  const verdicts: Verdict[] = [];
  if (facts.heuristic) {
    verdicts.push({
      rule: RULES.heuristicFreshness,
      title: 'freshness left to heuristics (Last-Modified only)',
      message:
        'With no Cache-Control or Expires, each cache guesses a lifetime from Last-Modified (often 10% of its age): after a deploy, some visitors get old copies for hours.',
      remediation: 'send an explicit Cache-Control for this URL',
    });
  }
  const unreusable = facts.vary.filter((f) => f === '*' || f === 'user-agent' || f === 'cookie');
  if ((kind === 'revved' || kind === 'static') && facts.sharedStorable && unreusable.length > 0) {
    verdicts.push({
      rule: RULES.varyUnreusable,
      title: `asset varies on ${unreusable.join(', ')}: the CDN cannot reuse it`,
      message: `Vary: ${facts.vary.join(', ')} splits the cache per browser or visitor, so nearly every request goes to the origin.`,
      remediation: 'vary assets on Accept-Encoding only',
      evidence: `Vary: ${facts.vary.join(', ')}`,
    });
  }
  if (facts.cacheControl === undefined && facts.targeted.length === 0) {
    const legacy = [facts.legacy.expires ? 'Expires' : '', facts.legacy.pragma ? 'Pragma' : ''].filter((n) => n !== '');
    if (legacy.length > 0) {
      verdicts.push({
        rule: RULES.legacyExpiry,
        title: `${legacy.join(' and ')} without Cache-Control`,
        message: 'HTTP/1.0 headers only: caches read them inconsistently, and Pragma means nothing on a response.',
        remediation: 'send Cache-Control instead (max-age=… or no-cache/no-store)',
      });
    }
  }
  return verdicts;
}

export function duration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s === 0) return '0 s';
  if (s % 86_400 === 0 || s >= 30 * 86_400) return `${Math.round(s / 86_400)} d`;
  if (s >= 3_600) return `${Math.round((s / 3_600) * 10) / 10} h`;
  if (s >= 60) return `${Math.round((s / 60) * 10) / 10} min`;
  return `${s} s`;
}

function kib(bytes: number): string {
  return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
}
