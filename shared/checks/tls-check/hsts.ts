// Strict-Transport-Security on the https response: without it the first http request of every visit can be
// intercepted; a short max-age lapses between visits; includeSubDomains + preload close the first-visit gap.
import type { Finding } from '../../report/model.ts';
import type { HstsFacts } from './details.ts';
import { tlsFinding } from './findings.ts';

const YEAR = 31_536_000;

export function parseHsts(header: string | undefined): HstsFacts {
  if (header === undefined) return { includeSubDomains: false, preload: false };
  const directives = header.split(';').map((d) => d.trim().toLowerCase());
  const maxAge = directives.map((d) => /^max-age\s*=\s*"?(\d+)"?$/.exec(d)?.[1]).find((v) => v !== undefined);
  return {
    header,
    ...(maxAge === undefined ? {} : { maxAge: Number(maxAge) }),
    includeSubDomains: directives.includes('includesubdomains'),
    preload: directives.includes('preload'),
  };
}

export function hstsFindings(url: string, hsts: HstsFacts): Finding[] {
  if (hsts.header === undefined || hsts.maxAge === undefined || hsts.maxAge === 0) {
    return [
      tlsFinding(
        'hsts/missing',
        'medium',
        url,
        hsts.header === undefined
          ? 'no Strict-Transport-Security header'
          : `Strict-Transport-Security is unusable ("${hsts.header.slice(0, 80)}")`,
        "Without HSTS a visitor's first http request can be intercepted and downgraded (e.g. on public Wi-Fi).",
        'send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every https response',
      ),
    ];
  }
  const findings: Finding[] = [];
  if (hsts.maxAge < YEAR) {
    findings.push(
      tlsFinding(
        'hsts/short-max-age',
        'low',
        url,
        `HSTS max-age is ${hsts.maxAge} s (${Math.round(hsts.maxAge / 86_400)} days), under a year`,
        'Browsers forget the rule between visits; preload lists require at least a year.',
        'raise max-age to 31536000 (one year) once https works everywhere',
        { evidence: hsts.header },
      ),
    );
  }
  if (!hsts.includeSubDomains || !hsts.preload) {
    findings.push(
      tlsFinding(
        'hsts/preload',
        'info',
        url,
        `HSTS without ${[!hsts.includeSubDomains && 'includeSubDomains', !hsts.preload && 'preload'].filter(Boolean).join(' and ')}`,
        'includeSubDomains protects every subdomain (and cookies set for the domain); preload (with hstspreload.org) protects even the very first visit.',
        'add includeSubDomains once every subdomain serves https, then preload',
        { evidence: hsts.header },
      ),
    );
  }
  return findings;
}
