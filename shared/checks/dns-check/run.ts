// dns-check: the domain resolves where it should and its mail is authenticated. Every query goes through one
// DNS client (the --dns-server when given), so what is checked is what that server answers.
import { createDnsClient, hostName } from '../../dns/resolver.ts';
import { UsageError } from '../../errors.ts';
import { describeCounts } from '../../report/describe.ts';
import { isAtLeast, type Report, sortFindings } from '../../report/model.ts';
import type { CheckContext } from '../definition.ts';
import type { DnsDetails } from './details.ts';
import { checkEmail } from './email.ts';
import { CHECK } from './findings.ts';
import type { DnsOptions } from './options.ts';
import { cachedQuery, checkRecords, parseShortExpectation, toExpectations } from './records.ts';

export function validateDomain(raw: string): string {
  const domain = hostName(
    raw
      .trim()
      .replace(/^https?:\/\//i, '')
      .replace(/\/.*$/, ''),
  );
  if (domain === '') {
    throw new UsageError('dns-check needs the domain to check: pass --domain shop.example.com (or set dns.domain)');
  }
  if (!/^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)+[a-z0-9-]{2,63}$/.test(domain)) {
    throw new UsageError(`--domain expects a domain name such as shop.example.com, got '${raw.slice(0, 80)}'`);
  }
  return domain;
}

export async function runDns(options: DnsOptions, context: CheckContext): Promise<Report<DnsDetails>> {
  const domain = validateDomain(options.domain);
  const client = createDnsClient({ server: options.server, timeoutMs: options.timeoutMs, tries: 2 });
  const expectations = toExpectations([...options.records, ...options.expect.map(parseShortExpectation)], domain);
  const query = cachedQuery(client);
  context.log(`dns-check: ${domain} via ${client.server}`);

  const [records, email] = await Promise.all([
    checkRecords(query, domain, expectations),
    checkEmail(query, domain, options.email),
  ]);
  const findings = sortFindings([...records.findings, ...email.findings]);
  const details: DnsDetails = {
    domain,
    server: client.server,
    records: records.rows,
    ...(email.spf === undefined ? {} : { spf: email.spf }),
    ...(email.dmarc === undefined ? {} : { dmarc: email.dmarc }),
    dkim: email.dkim,
    mx: email.mx,
    mail: email.verdicts,
    queries: client.queryCount,
  };
  const spf = email.spf;
  const spfText =
    spf === undefined
      ? ''
      : spf.records.length === 1
        ? `, SPF ${spf.truncated ? '>' : ''}${spf.lookups}/10 lookups`
        : '';
  // A subdomain protected (or not) by its parent's record says so up front: the founder asked about the subdomain.
  const dmarc = email.dmarc;
  const dmarcText = dmarc?.inherited
    ? `, DMARC ${dmarc.policy === undefined ? 'record' : `${dmarc.policyTag}=${dmarc.policy}`} inherited from ${dmarc.name}`
    : '';
  return {
    check: CHECK,
    ok: !findings.some((f) => isAtLeast(f.severity, 'high')),
    summary: `${domain}: ${describeCounts(findings)}${spfText}${dmarcText} (${client.queryCount} DNS queries via ${client.server})`,
    findings,
    metrics: { queries: client.queryCount, ...(spf?.records.length === 1 ? { spfLookups: spf.lookups } : {}) },
    details,
  };
}
