// A small per-run cookie jar: enough of RFC 6265 for a smoke test (domain, path, secure, expiry),
// so a login's session cookie reaches the next request and redirect hops.
import { parseCookie } from 'undici';
import type { CookieStore } from './types.ts';

interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  /** True when the cookie had no Domain attribute: only the exact host gets it. */
  hostOnly: boolean;
  path: string;
  secure: boolean;
  expiresAt?: number;
}

function defaultPath(pathname: string): string {
  const slash = pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : pathname.slice(0, slash);
}

function domainMatches(host: string, cookie: StoredCookie): boolean {
  if (cookie.hostOnly) return host === cookie.domain;
  return host === cookie.domain || host.endsWith(`.${cookie.domain}`);
}

function pathMatches(pathname: string, cookiePath: string): boolean {
  if (pathname === cookiePath) return true;
  if (!pathname.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || pathname[cookiePath.length] === '/';
}

export class CookieJar implements CookieStore {
  readonly #cookies = new Map<string, StoredCookie>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  store(url: string, setCookie: readonly string[]): void {
    const target = new URL(url);
    for (const line of setCookie) {
      const parsed = parseCookie(line);
      if (parsed === null) continue;
      const domain = (parsed.domain ?? target.hostname).replace(/^\./, '').toLowerCase();
      if (parsed.domain !== undefined && !domainMatches(target.hostname, { domain, hostOnly: false } as StoredCookie)) {
        continue; // a site may not set cookies for another domain
      }
      const cookie: StoredCookie = {
        name: parsed.name,
        value: parsed.value,
        domain,
        hostOnly: parsed.domain === undefined,
        path: parsed.path?.startsWith('/') ? parsed.path : defaultPath(target.pathname),
        secure: parsed.secure === true,
        expiresAt: expiry(parsed.maxAge, parsed.expires, this.#now()),
      };
      const key = `${cookie.domain}\0${cookie.path}\0${cookie.name}`;
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.#now()) this.#cookies.delete(key);
      else this.#cookies.set(key, cookie);
    }
  }

  headerFor(url: string): string | undefined {
    const matches = this.#matching(url);
    if (matches.length === 0) return undefined;
    return matches.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  get(name: string, url?: string): string | undefined {
    const candidates = url === undefined ? this.#live() : this.#matching(url);
    return candidates.find((c) => c.name === name)?.value;
  }

  #live(): StoredCookie[] {
    const now = this.#now();
    return [...this.#cookies.values()].filter((c) => c.expiresAt === undefined || c.expiresAt > now);
  }

  /** Longest path first, as browsers send them. */
  #matching(url: string): StoredCookie[] {
    const target = new URL(url);
    // Browsers treat loopback as a secure context, so Secure cookies work against a local server too.
    const secure = target.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(target.hostname);
    return this.#live()
      .filter((c) => domainMatches(target.hostname, c) && pathMatches(target.pathname, c.path) && (secure || !c.secure))
      .sort((a, b) => b.path.length - a.path.length);
  }
}

function expiry(maxAge: number | undefined, expires: Date | number | undefined, now: number): number | undefined {
  if (maxAge !== undefined) return now + maxAge * 1000;
  if (expires === undefined) return undefined;
  return typeof expires === 'number' ? expires : expires.getTime();
}
