// Shape of the cache audit's report details (JSON `details`), read by present() and outputs().
import type { Kind } from './options.ts';

export interface UrlAudit {
  url: string;
  kind: Kind;
  /** null when no response arrived. */
  status: number | null;
  /** Cache-Control as sent, null when absent. */
  cacheControl: string | null;
  /** The CDN-targeted field that governs the CDN, as "Name: value" (CDN-Cache-Control, Surrogate-Control…). */
  cdnCacheControl: string | null;
  /** A shared cache (CDN, proxy) may store it. */
  sharedStorable: boolean;
  /** How long each cache may reuse it without asking the origin. */
  ttlSeconds: { browser: number; shared: number };
  /** Validators sent: ETag, Last-Modified. */
  validators: string[];
  /** Content-Encoding, "identity" when none. */
  encoding: string;
  /** Body bytes as sent. */
  bytes: number;
  cdn: { name: string; status: string | null; age: number | null } | null;
  /** Rule ids of the findings on this URL. */
  findings: string[];
  /** How it came into the audit: a --paths page, a --private-paths route, an asset a page loads, a redirect. */
  source: 'path' | 'private-path' | 'asset' | 'redirect';
  /** The request carried the --auth-header/--cookie credentials. */
  credentials: boolean;
  /** Why no response arrived. */
  error?: string;
}

export interface LeakProbe {
  probe: 'served-to-visitor' | 'web-cache-deception';
  /** The private route probed. */
  route: string;
  /** The URL the probe requested. */
  url: string;
  outcome: 'leak' | 'safe' | 'skipped';
  /** What the probe saw, in a sentence. */
  detail: string;
}

export interface CacheDetails {
  baseUrl: string;
  urls: UrlAudit[];
  probes: LeakProbe[];
  maxUrls: number;
  requests: number;
  /** URLs found but not requested: on another site and not an asset host (a third party's), or over --max-urls. */
  notFetched: {
    offSite: number;
    /** The hosts of the off-site URLs (host[:port]), most referenced first, at most 20. */
    offSiteHosts: string[];
    overBudget: number;
  };
}
