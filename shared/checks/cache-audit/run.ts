// The cache audit: fetch the pages and private routes, the assets their HTML loads, run the leak probes, and judge
// every response by its kind.

import { UsageError } from '../../errors.ts';
import { parseAuthHeader, parseCookieHeader } from '../../http/credentials.ts';
import { createProbe, firstHeader, type ProbeOptions } from '../../http/probe.ts';
import { siteUrl } from '../../http/site-url.ts';
import { oneLine } from '../../report/escape.ts';
import { type Finding, type Report, sortFindings } from '../../report/model.ts';
import type { Redactor } from '../../report/redact.ts';
import { type CheckContext, paramLabel } from '../definition.ts';
import type { CacheDetails, LeakProbe, UrlAudit } from './details.ts';
import { discoverAssets, discoverInCss } from './discover.ts';
import { type Fetched, Fetcher } from './fetcher.ts';
import { CHECK, toFinding } from './findings.ts';
import { judge } from './judge.ts';
import { classify } from './kinds.ts';
import { servedToVisitor, webCacheDeception } from './leak-probes.ts';
import type { CacheOptions } from './options.ts';
import { cacheFacts, displayName } from './policy.ts';
import { RULES, type Verdict } from './rules.ts';
import { AuditScope } from './scope.ts';

/** What tests (and only tests) change: DNS, trusted CAs. */
export interface CacheOverrides {
  probe?: Pick<ProbeOptions, 'lookup' | 'ca' | 'insecure' | 'allowH2'>;
}

type Source = UrlAudit['source'];

interface State {
  options: CacheOptions;
  context: CheckContext;
  fetcher: Fetcher;
  /** The base URL's origin: pages and private routes live here, and only here go credentials. */
  origin: string;
  /** Where assets may be fetched from: the base URL's site and the asset hosts. */
  scope: AuditScope;
  urls: UrlAudit[];
  findings: Finding[];
  probes: LeakProbe[];
  seen: Set<string>;
  assets: string[];
  /** Found but never requested: on another site, not an asset host (a third party). */
  offSite: Set<string>;
  /** Found but not requested: --max-urls reached. */
  overBudget: Set<string>;
}

const USER_AGENT = 'launch-ready-cache-audit (+https://github.com/launch-ready)';

export async function runCacheAudit(
  options: CacheOptions,
  context: CheckContext,
  overrides: CacheOverrides = {},
): Promise<Report<CacheDetails>> {
  const site = siteUrl(options.baseUrl, { param: 'base-url', config: 'cache.baseUrl' }, context, {
    check: 'cache-audit',
    verb: 'audit',
  });
  const base = site.href.replace(/\/+$/, '');
  const credentials = {
    ...parseAuthHeader(options.authHeader, context.redactor),
    ...cookieHeader(options.cookie, context.redactor),
  };
  const pages = options.paths.map((p) => sameOriginUrl(base, p, '--paths'));
  const privates = options.privatePaths.map((p) => sameOriginUrl(base, p, '--private-paths'));
  const probe = createProbe({
    timeoutMs: options.timeoutMs,
    maxRedirects: 0,
    userAgent: USER_AGENT,
    ...overrides.probe,
  });
  const state: State = {
    options,
    context,
    fetcher: new Fetcher(probe, options.maxUrls, options.timeoutMs),
    origin: new URL(base).origin,
    scope: new AuditScope(base, options.assetHosts),
    urls: [],
    findings: [],
    probes: [],
    seen: new Set(),
    assets: [],
    offSite: new Set(),
    overBudget: new Set(),
  };
  try {
    // Private routes first: within --max-urls, the leak checks matter most.
    for (const url of privates) await visitPrivate(state, url, credentials);
    const queue: { url: string; source: Source }[] = pages
      .filter((url) => !privates.includes(url))
      .map((url) => ({ url, source: 'path' }));
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const visited = await visit(state, next.url, next.source, {});
      const target = visited === undefined ? undefined : sameOriginRedirect(state, visited.fetched);
      if (target !== undefined) queue.push({ url: target, source: 'redirect' });
    }
    for (let asset = state.assets.shift(); asset !== undefined; asset = state.assets.shift()) {
      await visit(state, asset, 'asset', {});
    }
  } finally {
    await probe.close();
  }
  if (state.offSite.size > 0) {
    state.context.log(
      `  not audited: ${state.offSite.size} URL(s) on another site (${offSiteHosts(state).join(', ')}); list a host that serves your own assets in ${paramLabel('asset-hosts', state.context.source)}`,
    );
  }
  return buildReport(state, base);
}

function cookieHeader(raw: string, redactor: Redactor): Record<string, string> {
  const cookie = parseCookieHeader(raw, redactor);
  return cookie === undefined ? {} : { cookie };
}

async function visitPrivate(state: State, url: string, credentials: Record<string, string>): Promise<void> {
  const visited = await visit(state, url, 'private-path', credentials);
  if (visited === undefined) return;
  const { fetched: signedIn, row } = visited;
  const status = signedIn.result.status;
  if (Object.keys(credentials).length === 0) {
    state.context.log(`  ${url}: no --auth-header or --cookie, so the leak probes did not run`);
    return;
  }
  if (status === undefined) return;
  if (status < 200 || status >= 300) {
    addFinding(
      state,
      url,
      {
        rule: RULES.credentialsRefused,
        title: `the private route answered HTTP ${status} with the credentials given`,
        message: 'The leak probes need the signed-in page: check --auth-header/--cookie (a fresh session or token).',
        remediation: 'pass credentials the site accepts for this route',
      },
      row,
    );
    return;
  }
  for (const run of [
    () => servedToVisitor(state.fetcher, url, signedIn),
    () => webCacheDeception(state.fetcher, url, credentials),
  ]) {
    const probe = await run();
    state.probes.push(probe);
    state.context.log(`  ${probe.probe} ${probe.url}: ${probe.outcome} (${probe.detail})`);
    if (probe.outcome === 'leak') addFinding(state, url, leakVerdict(probe), row);
  }
}

function leakVerdict(probe: LeakProbe): Verdict {
  if (probe.probe === 'served-to-visitor') {
    return {
      rule: RULES.privateServedToVisitor,
      title: "a customer's page reaches visitors without credentials",
      message: `The CDN serves this private route to others: ${probe.detail}.`,
      remediation:
        'send Cache-Control: private, no-store on it, make the CDN bypass its cache for signed-in routes (or vary on the session cookie/Authorization), then purge the CDN',
      evidence: probe.detail,
    };
  }
  return {
    rule: RULES.webCacheDeception,
    title: `web cache deception: ${probe.url} returns the customer's page`,
    message: `${probe.url}, requested with credentials, ${probe.detail}. Anyone can lure a customer to such a URL and then read it from the cache.`,
    remediation:
      'answer 404 for unknown paths under private routes (no catch-all that ignores the extension), send Cache-Control: private, no-store, and do not let the CDN cache by file extension alone',
    evidence: probe.detail,
  };
}

interface Visited {
  fetched: Fetched;
  row: UrlAudit;
}

async function visit(
  state: State,
  url: string,
  source: Source,
  credentials: Record<string, string>,
): Promise<Visited | undefined> {
  if (state.seen.has(url) && source !== 'private-path') return undefined;
  state.seen.add(url);
  const fetched = await state.fetcher.get(url, { document: source !== 'asset', credentials });
  if (fetched === undefined) {
    state.overBudget.add(url);
    return undefined;
  }
  const { result } = fetched;
  const withCredentials = Object.keys(credentials).length > 0;
  if (result.status === undefined) {
    const row = recordFailure(state, url, source, withCredentials, result.failure?.message ?? 'no response');
    return { fetched, row };
  }
  const facts = cacheFacts({ url, headers: fetched.sent }, result.status, result.headers, result.bodyBytes);
  const kind = classify({
    pathname: new URL(url).pathname,
    contentType: facts.contentType,
    discoveredAsAsset: source === 'asset',
    privateRoute: source === 'private-path' || withCredentials,
    setsCookie: facts.setsCookie,
    overrides: state.options.kinds,
  });
  const verdicts = judge(kind, facts);
  for (const verdict of verdicts) addFinding(state, url, verdict);
  const governing = facts.targeted[0];
  const row: UrlAudit = {
    url,
    kind,
    status: result.status,
    cacheControl: facts.cacheControl ?? null,
    cdnCacheControl: governing === undefined ? null : `${displayName(governing.name)}: ${governing.value}`,
    sharedStorable: facts.sharedStorable,
    ttlSeconds: facts.ttl,
    validators: facts.validators,
    encoding: facts.encoding,
    bytes: facts.bytes,
    cdn:
      facts.cdn === undefined
        ? null
        : { name: facts.cdn.name, status: facts.cdn.status ?? null, age: facts.cdn.age ?? null },
    findings: verdicts.map((v) => v.rule.id),
    source,
    credentials: withCredentials,
  };
  state.urls.push(row);
  state.context.log(
    `${verdicts.length === 0 ? '✓' : '!'} ${kind} ${result.status} ${url} (${facts.cacheControl ?? 'no Cache-Control'})`,
  );
  if (!state.options.noCrawl) discover(state, fetched, facts.contentType);
  return { fetched, row };
}

function discover(state: State, fetched: Fetched, contentType: string): void {
  const { status, body } = fetched.result;
  if (status === undefined || status < 200 || status >= 300) return;
  const found = /html/i.test(contentType)
    ? discoverAssets(body, fetched.url, state.scope.fetches)
    : /css/i.test(contentType)
      ? discoverInCss(body, fetched.url, state.scope.fetches)
      : undefined;
  if (found === undefined) return;
  for (const url of found.elsewhere) state.offSite.add(url);
  for (const asset of found.assets) {
    if (!state.seen.has(asset) && !state.assets.includes(asset)) state.assets.push(asset);
  }
}

function sameOriginRedirect(state: State, fetched: Fetched): string | undefined {
  const status = fetched.result.status ?? 0;
  const location = firstHeader(fetched.result.headers, 'location');
  if (status < 300 || status >= 400 || location === undefined) return undefined;
  try {
    const target = new URL(location, fetched.url);
    target.hash = '';
    if (target.origin !== state.origin || state.seen.has(target.href)) return undefined;
    return target.href;
  } catch {
    return undefined;
  }
}

function recordFailure(state: State, url: string, source: Source, credentials: boolean, message: string): UrlAudit {
  const named = source !== 'asset';
  addFinding(state, url, {
    rule: named ? RULES.unreachable : RULES.requestFailed,
    title: named ? 'page could not be fetched' : 'asset could not be fetched',
    message: `${message}: its caching could not be checked.`,
    remediation: named
      ? 'check that the site is up and the path is right (smoke-test says where it breaks)'
      : 'check the asset URL the page references',
  });
  const row: UrlAudit = {
    url,
    kind: source === 'private-path' ? 'private' : source === 'asset' ? 'static' : 'page',
    status: null,
    cacheControl: null,
    cdnCacheControl: null,
    sharedStorable: false,
    ttlSeconds: { browser: 0, shared: 0 },
    validators: [],
    encoding: 'identity',
    bytes: 0,
    cdn: null,
    findings: [named ? RULES.unreachable.id : RULES.requestFailed.id],
    source,
    credentials,
    error: message,
  };
  state.urls.push(row);
  state.context.log(`✗ ${url}: ${message}`);
  return row;
}

/** A finding on a URL, and its rule id on the URL's row when there is one. */
function addFinding(state: State, url: string, verdict: Verdict, row?: UrlAudit): void {
  state.findings.push(toFinding(verdict, url));
  if (row !== undefined && !row.findings.includes(verdict.rule.id)) row.findings.push(verdict.rule.id);
}

function cdnFindings(state: State): Finding[] {
  const byName = new Map<string, UrlAudit[]>();
  for (const row of state.urls) {
    if (row.cdn === null) continue;
    byName.set(row.cdn.name, [...(byName.get(row.cdn.name) ?? []), row]);
  }
  return [...byName].map(([name, rows]) => {
    const statuses = new Map<string, number>();
    for (const row of rows)
      statuses.set(row.cdn?.status ?? 'no status', (statuses.get(row.cdn?.status ?? 'no status') ?? 0) + 1);
    const counts = [...statuses].map(([status, count]) => `${status} ×${count}`).join(', ');
    return toFinding(
      {
        rule: RULES.cdnDetected,
        title: `CDN: ${name}`,
        message: `${name} answered ${rows.length} of the URLs audited (${counts}); the status of each URL is in the table.`,
        remediation: 'nothing to fix: for information',
      },
      rows[0]!.url,
    );
  });
}

/** The third-party hosts the pages load from, most referenced first: what a founder checks for a CDN of their own. */
function offSiteHosts(state: State): string[] {
  const counts = new Map<string, number>();
  for (const url of state.offSite) {
    const host = new URL(url).host;
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_LISTED_HOSTS)
    .map(([host]) => host);
}

const MAX_LISTED_HOSTS = 20;

function buildReport(state: State, base: string): Report<CacheDetails> {
  const findings = sortFindings([...state.findings, ...cdnFindings(state)]);
  const blockers = findings.filter((f) => f.severity === 'blocker');
  const blockedPaths = [
    ...new Set(
      blockers.map((f) => ('url' in (f.location ?? {}) ? new URL((f.location as { url: string }).url).pathname : '')),
    ),
  ];
  const overBudget = state.overBudget.size;
  const budgetNote = overBudget > 0 ? ` (${overBudget} more not fetched: --max-urls ${state.options.maxUrls})` : '';
  const summary =
    blockers.length > 0
      ? `${blockedPaths.length} customer-only route(s) may be served from a shared cache: ${blockedPaths.join(', ')} — ${state.urls.length} URLs audited on ${base}${budgetNote}`
      : `${state.urls.length} URLs audited on ${base}: no customer-only response in a shared cache${budgetNote}`;
  return {
    check: CHECK,
    ok: blockers.length === 0,
    summary,
    findings,
    metrics: {
      urls: state.urls.length,
      requests: state.fetcher.used,
      blockers: blockers.length,
      offSite: state.offSite.size,
      overBudget,
    },
    details: {
      baseUrl: base,
      urls: state.urls,
      probes: state.probes,
      maxUrls: state.options.maxUrls,
      requests: state.fetcher.used,
      notFetched: { offSite: state.offSite.size, offSiteHosts: offSiteHosts(state), overBudget },
    },
  };
}

/** A path joins the base URL (keeping a base path such as /shop); a full URL must be on the same origin. */
function sameOriginUrl(base: string, pathOrUrl: string, flag: string): string {
  const raw = pathOrUrl.trim();
  let url: URL;
  try {
    url = /^https?:\/\//i.test(raw) ? new URL(raw) : new URL(`${base}${raw.startsWith('/') ? '' : '/'}${raw}`);
  } catch {
    throw new UsageError(`${flag}: "${oneLine(raw, 60)}" is not a path such as /account`);
  }
  if (url.origin !== new URL(base).origin) {
    throw new UsageError(
      `${flag}: ${oneLine(raw, 60)} is not on ${new URL(base).origin}: give paths on the base URL's site`,
    );
  }
  url.hash = '';
  return url.href;
}
