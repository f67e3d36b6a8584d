// Which URLs the audit fetches: those on the base URL's site (its origin, its subdomains such as a CDN at
// cdn.shop.example.com, its other ports), and those on the asset hosts the founder named (a CloudFront or Bunny
// host on another site). Everything else is a third party whose caching the founder cannot change: never fetched.
import { sameSite } from '../../http/same-site.ts';

export type Reach = 'site' | 'asset-host' | 'elsewhere';

/** `cdn.example.net` is that host; `*.example.net` any host under example.net (not example.net itself). */
export function matchesAssetHost(hostname: string, pattern: string): boolean {
  const host = normalise(hostname);
  const wanted = normalise(pattern);
  if (wanted.startsWith('*.')) return host.endsWith(wanted.slice(1));
  return host === wanted;
}

function normalise(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export class AuditScope {
  readonly #base: URL;
  readonly #assetHosts: readonly string[];

  constructor(base: string, assetHosts: readonly string[]) {
    this.#base = new URL(base);
    this.#assetHosts = assetHosts;
  }

  reach(url: string | URL): Reach {
    const target = typeof url === 'string' ? new URL(url) : url;
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'elsewhere';
    if (sameSite(target, this.#base)) return 'site';
    if (this.#assetHosts.some((pattern) => matchesAssetHost(target.hostname, pattern))) return 'asset-host';
    return 'elsewhere';
  }

  /** The audit fetches it (without credentials: those go only to --private-paths on the base URL's origin). */
  fetches = (url: string | URL): boolean => this.reach(url) !== 'elsewhere';
}
