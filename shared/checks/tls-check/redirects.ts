// HTTP → HTTPS, hop by hop through the one probe (redirects not followed, so each hop is seen): the first hop to
// https on the same host (the order HSTS preloading requires), then at most one more to the canonical origin;
// no loop, no way back to http, permanent (301/308) redirects.
import type { Probe } from '../../http/probe.ts';
import { firstHeader } from '../../http/probe.ts';
import { oneLine } from '../../report/escape.ts';
import type { Finding } from '../../report/model.ts';
import type { RedirectStep } from './details.ts';
import { tlsFinding } from './findings.ts';

const MAX_HOPS = 10;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function walkRedirects(probe: Probe, start: string): Promise<RedirectStep[]> {
  const steps: RedirectStep[] = [];
  const seen = new Set<string>();
  let url = start;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (seen.has(url)) {
      steps.push({ url, problem: 'loop' });
      return steps;
    }
    seen.add(url);
    const result = await probe.request({ url, followRedirects: false });
    const location = firstHeader(result.headers, 'location');
    if (result.status === undefined) {
      steps.push({ url, problem: result.failure?.message ?? 'no response' });
      return steps;
    }
    if (!REDIRECTS.has(result.status) || location === undefined) {
      steps.push({ url, status: result.status });
      return steps;
    }
    // The server chooses the Location: one that is no http(s) URL ends the walk as a finding, not a TypeError.
    const next = httpLocation(location, url);
    if (next === undefined) {
      steps.push({
        url,
        status: result.status,
        problem: `its Location "${oneLine(location, 200)}" is not an http(s) URL`,
      });
      return steps;
    }
    steps.push({ url, status: result.status, location: next });
    url = next;
  }
  steps.push({ url, problem: `more than ${MAX_HOPS} redirects` });
  return steps;
}

function httpLocation(location: string, base: string): string | undefined {
  try {
    const next = new URL(location, base);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next.href : undefined;
  } catch {
    return undefined;
  }
}

export function redirectFindings(httpUrl: string, canonical: string, steps: RedirectStep[]): Finding[] {
  const findings: Finding[] = [];
  const hops = steps.filter((s) => s.location !== undefined);
  const last = steps.at(-1);
  const chain = [httpUrl, ...hops.map((h) => h.location!)].join(' → ');
  const add = (ruleId: string, severity: Finding['severity'], title: string, message: string, remediation: string) =>
    findings.push(tlsFinding(ruleId, severity, httpUrl, title, message, remediation, { evidence: chain }));

  if (last?.problem === 'loop' || last?.problem?.startsWith('more than')) {
    add(
      'https/redirect-loop',
      'blocker',
      `${httpUrl} redirects in a loop`,
      `Browsers stop with "too many redirects": ${chain}.`,
      'two rules redirect to each other: check the http→https and www rules at the host/CDN and in the app (a proxy that hides https from the app is a common cause)',
    );
    return findings;
  }
  if (last?.status !== undefined && last.problem !== undefined) {
    add(
      'https/no-redirect',
      'high',
      `${last.url} redirects nowhere a browser can go`,
      `Its ${last.status} answer is unusable: ${last.problem}. Visitors who type the address without https:// get an error.`,
      'redirect every http:// request to an absolute https:// URL with a 301 (or 308) at the host, load balancer or CDN',
    );
    return findings;
  }
  if (hops.length === 0) {
    add(
      'https/no-redirect',
      'high',
      last?.status === undefined
        ? `nothing answers on ${httpUrl}`
        : `${httpUrl} does not redirect to https (HTTP ${last.status})`,
      last?.status === undefined
        ? `${last?.problem ?? 'No response'}: visitors who type the address without https:// get an error.`
        : 'Visitors who type the address or follow an old link stay on unencrypted http.',
      'redirect every http:// request to https:// with a 301 (or 308) at the host, load balancer or CDN',
    );
    return findings;
  }
  const downgrade = hops.find((h) => h.url.startsWith('https:') && h.location!.startsWith('http:'));
  if (downgrade !== undefined || !(last?.url ?? '').startsWith('https:')) {
    add(
      'https/no-redirect',
      'high',
      downgrade
        ? `a redirect goes back from https to http (${downgrade.url} → ${downgrade.location})`
        : `${httpUrl} ends on http, not https`,
      `The chain ${chain} leaves visitors on unencrypted http.`,
      'make every redirect target an https:// URL',
    );
  }
  const first = new URL(hops[0]!.location!);
  const start = new URL(httpUrl);
  if (first.hostname !== start.hostname) {
    add(
      'https/cross-host-first-hop',
      'medium',
      `the first redirect leaves ${start.hostname} for ${first.host}`,
      `HSTS preloading (and the HSTS header of ${start.hostname} itself) needs http://${start.hostname} to go to https://${start.hostname} first, then to the canonical host.`,
      `redirect http://${start.hostname} to https://${start.hostname} first, then to ${canonical}`,
    );
  }
  const finalOrigin = (() => {
    try {
      return new URL(last?.url ?? '').origin;
    } catch {
      return '';
    }
  })();
  const canonicalOrigin = new URL(canonical).origin;
  if (finalOrigin !== canonicalOrigin) {
    add(
      'https/redirect-chain',
      'medium',
      `${httpUrl} ends at ${finalOrigin}, not the canonical ${canonicalOrigin}`,
      `The chain is ${chain}.`,
      `redirect to ${canonicalOrigin} (or pass --canonical when that is the intended host)`,
    );
  } else if (hops.length > 2) {
    add(
      'https/redirect-chain',
      'medium',
      `${hops.length} redirects before the site (at most 2)`,
      `Each hop costs a round trip on every first visit: ${chain}.`,
      `redirect straight to https on the same host, then once to ${canonicalOrigin}`,
    );
  }
  const temporary = hops.filter((h) => h.status === 302 || h.status === 307 || h.status === 303);
  if (temporary.length > 0) {
    add(
      'https/temporary-redirect',
      'low',
      `temporary redirect${temporary.length > 1 ? 's' : ''} (${temporary.map((h) => h.status).join(', ')}) where a permanent one belongs`,
      `${temporary.map((h) => `${h.url} → ${h.location} (${h.status})`).join('; ')}: browsers and search engines do not remember a temporary redirect.`,
      'use 301 (or 308) for http→https and host redirects',
    );
  }
  return findings;
}
