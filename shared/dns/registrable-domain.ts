// The registrable domain (eTLD+1) of a host name by the Public Suffix List: what browsers call a site and DMARC an
// organizational domain. The list's private section counts too (myapp.herokuapp.com and example.github.io are their
// own), as browsers and receivers that load the whole list treat them.
import { parse } from 'tldts';

/** example.co.uk for shop.example.co.uk, lower case; undefined for an IP address, a single label or a public suffix. */
export function registrableDomain(hostname: string): string | undefined {
  const parsed = parse(hostname.toLowerCase().replace(/\.$/, ''), { allowPrivateDomains: true });
  if (parsed.isIp) return undefined;
  return parsed.domain ?? undefined;
}
