// Probes that ask a real cache, not the headers, whether one customer's page reaches someone else:
// - served to another visitor: the route with credentials, then without; a cache hit or the same body means the
//   CDN hands the signed-in page to strangers. A cache-busted request without credentials shows what the origin
//   itself gives a stranger, so a page that is the same for everyone is not mistaken for a leak.
// - web cache deception: <route>/lr-probe.css with credentials; a CDN that caches by extension stores the
//   customer's HTML under a URL anyone can request.
import { randomBytes } from 'node:crypto';
import { firstHeader } from '../../http/probe.ts';
import { detectCdn, isCacheHit } from './cdn.ts';
import type { LeakProbe } from './details.ts';
import type { Fetched, Fetcher } from './fetcher.ts';
import { cacheFacts } from './policy.ts';

export const DECEPTION_SUFFIX = 'lr-probe.css';
const BUST_PARAM = 'lr-cache-probe';

type StrangerView = { seen: 'refused' } | { seen: 'open'; body: string } | { seen: 'unknown' };

/** What the origin gives someone without credentials, past the cache (a query string it has never seen). */
async function strangerView(fetcher: Fetcher, url: string): Promise<StrangerView> {
  const busted = new URL(url);
  busted.searchParams.set(BUST_PARAM, randomBytes(6).toString('hex'));
  const got = await fetcher.get(busted.href, { document: true });
  const status = got?.result.status;
  if (got === undefined || status === undefined || isCacheHit(detectCdn(got.result.headers)))
    return { seen: 'unknown' };
  if (status >= 200 && status < 300) return { seen: 'open', body: got.result.body };
  if (status === 401 || status === 403 || (status >= 300 && status < 400)) return { seen: 'refused' };
  return { seen: 'unknown' };
}

function contains(body: string, personal: string): boolean {
  return personal.trim() !== '' && body.includes(personal);
}

function ok(fetched: Fetched | undefined): boolean {
  const status = fetched?.result.status;
  return status !== undefined && status >= 200 && status < 300;
}

export async function servedToVisitor(fetcher: Fetcher, route: string, signedIn: Fetched): Promise<LeakProbe> {
  const base = { probe: 'served-to-visitor' as const, route, url: route };
  const anonymous = await fetcher.get(route, { document: true });
  if (anonymous === undefined) return { ...base, outcome: 'skipped', detail: 'not run: --max-urls reached' };
  if (!ok(anonymous)) {
    const status = anonymous.result.status;
    return {
      ...base,
      outcome: 'safe',
      detail: `a visitor without credentials gets ${status === undefined ? 'no answer' : `HTTP ${status}`}`,
    };
  }
  const cdn = detectCdn(anonymous.result.headers);
  const hit = isCacheHit(cdn);
  const sameBody = contains(anonymous.result.body, signedIn.result.body);
  if (!hit && !sameBody)
    return {
      ...base,
      outcome: 'safe',
      detail: 'a visitor without credentials gets another page, fresh from the origin',
    };
  const stranger = await strangerView(fetcher, route);
  const how = hit
    ? `a cache hit (${cdn?.statusHeader ?? 'age'}: ${cdn?.status ?? `Age ${cdn?.age}`})`
    : 'the signed-in body';
  if (stranger.seen === 'open' && (contains(stranger.body, signedIn.result.body) || !sameBody)) {
    return { ...base, outcome: 'safe', detail: 'the origin shows the same page to everyone: it is not personal' };
  }
  if (stranger.seen === 'unknown' && !hit) {
    return {
      ...base,
      outcome: 'safe',
      detail:
        'a visitor without credentials gets the same body, but the origin could not be asked past the cache: inconclusive',
    };
  }
  return {
    ...base,
    outcome: 'leak',
    detail: `requested without credentials right after a signed-in request, it answered HTTP ${anonymous.result.status} with ${how}${hit && sameBody ? ' and the signed-in body' : ''}${stranger.seen === 'refused' ? ', while the origin refuses a stranger' : ''}`,
  };
}

export async function webCacheDeception(
  fetcher: Fetcher,
  route: string,
  credentials: Record<string, string>,
): Promise<LeakProbe> {
  const url = `${route.replace(/\/+$/, '')}/${DECEPTION_SUFFIX}`;
  const base = { probe: 'web-cache-deception' as const, route, url };
  const signedIn = await fetcher.get(url, { document: false, credentials });
  if (signedIn === undefined) return { ...base, outcome: 'skipped', detail: 'not run: --max-urls reached' };
  const type = firstHeader(signedIn.result.headers, 'content-type') ?? '';
  const html = /html/i.test(type) || /^\s*<(!doctype|html)/i.test(signedIn.result.body);
  if (signedIn.result.status !== 200 || !html) {
    const status = signedIn.result.status;
    return {
      ...base,
      outcome: 'safe',
      detail: `answers ${status === undefined ? 'nothing' : `HTTP ${status}`}${status === 200 ? ` (${type})` : ''}, not the page`,
    };
  }
  const stranger = await strangerView(fetcher, url);
  if (stranger.seen === 'open' && contains(stranger.body, signedIn.result.body)) {
    return { ...base, outcome: 'safe', detail: 'answers 200 HTML, but the same page to everyone: it is not personal' };
  }
  const facts = cacheFacts(
    { url, headers: signedIn.sent },
    signedIn.result.status,
    signedIn.result.headers,
    signedIn.result.bodyBytes,
  );
  const anonymous = await fetcher.get(url, { document: false });
  const served =
    anonymous !== undefined &&
    ok(anonymous) &&
    (isCacheHit(detectCdn(anonymous.result.headers)) || contains(anonymous.result.body, signedIn.result.body));
  if (!facts.sharedStorable && !served) {
    return { ...base, outcome: 'safe', detail: "answers the customer's HTML, but no shared cache may store it" };
  }
  const why = served
    ? 'a visitor without credentials then got it from the cache'
    : `a CDN caching by extension may store it (${facts.storableBecause})`;
  return { ...base, outcome: 'leak', detail: `answers 200 with the customer's HTML; ${why}` };
}
