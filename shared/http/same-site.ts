// "Same site" as browsers decide it (HTML's schemeful same-site, which Fetch and cookies use): the same scheme and
// the same registrable domain (eTLD+1), whatever the port. www.shop.example.com and cdn.shop.example.com are one
// site; example.github.io and other.github.io are two, because github.io is on the public suffix list (its private
// section counts, as it does in browsers). A host without a registrable domain (an IP address, localhost) is the
// same site only as itself.
import { registrableDomain } from '../dns/registrable-domain.ts';

/** The two URLs are on the same site: same scheme, and the same host or the same registrable domain. */
export function sameSite(a: URL | string, b: URL | string): boolean {
  const x = typeof a === 'string' ? new URL(a) : a;
  const y = typeof b === 'string' ? new URL(b) : b;
  if (x.protocol !== y.protocol) return false;
  const hostX = x.hostname.toLowerCase().replace(/\.$/, '');
  const hostY = y.hostname.toLowerCase().replace(/\.$/, '');
  if (hostX === hostY) return true;
  const domain = registrableDomain(hostX);
  return domain !== undefined && domain === registrableDomain(hostY);
}
