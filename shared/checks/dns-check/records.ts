// Expected records (A/AAAA/CNAME/MX/TXT/CAA/NS) against what DNS answers, plus the two faults found without any
// expectation: a CNAME at the apex (illegal beside its SOA/NS; many providers then break mail) and a CNAME
// whose target does not exist (a dangling record: whoever claims the target serves your subdomain).
import type { Answer, DnsClient, RecordType } from '../../dns/resolver.ts';
import { hostName } from '../../dns/resolver.ts';
import { UsageError } from '../../errors.ts';
import type { Finding } from '../../report/model.ts';
import type { RecordRow } from './details.ts';
import { dnsFinding } from './findings.ts';
import { RECORD_TYPE_VALUES, type RecordExpectation } from './options.ts';

export interface Expectation extends RecordExpectation {
  /** Fully qualified, lower case. */
  fqdn: string;
}

/** "A @ 203.0.113.10" / "TXT @ v=spf1 include:x ~all" / "CNAME www" (any value). */
export function parseShortExpectation(text: string): RecordExpectation {
  const match = /^\s*(\S+)\s+(\S+)(?:\s+(.*?))?\s*$/.exec(text);
  const type = match?.[1]?.toUpperCase();
  if (match === null || !(RECORD_TYPE_VALUES as readonly string[]).includes(type ?? '')) {
    throw new UsageError(
      `--expect takes "TYPE NAME VALUE" with TYPE one of ${RECORD_TYPE_VALUES.join(', ')}, e.g. "A @ 203.0.113.10", got '${text.slice(0, 80)}'`,
    );
  }
  const value = match[3] === undefined || match[3] === '' ? undefined : match[3].replace(/^"(.*)"$/, '$1');
  return { type: type as RecordType, name: match[2]!, ...(value === undefined ? {} : { value }) };
}

/** "@" → the domain; "www" → www.<domain>; a name already under the domain (or ending in ".") stays. */
export function qualify(name: string, domain: string): string {
  const n = name.trim().toLowerCase();
  if (n === '@' || n === '') return domain;
  if (n.endsWith('.')) return hostName(n);
  if (n === domain || n.endsWith(`.${domain}`)) return n;
  return `${n}.${domain}`;
}

export function toExpectations(records: readonly RecordExpectation[], domain: string): Expectation[] {
  return records.map((record) => {
    if (record.matches !== undefined) {
      try {
        new RegExp(record.matches);
      } catch {
        throw new UsageError(`dns.records: '${record.matches}' is not a valid regular expression`);
      }
    }
    return { ...record, fqdn: qualify(record.name, domain) };
  });
}

type Query = (name: string, type: RecordType) => Promise<Answer>;

/** Memoises answers for one run: the same name is asked about by several rules. */
export function cachedQuery(client: DnsClient): Query {
  const cache = new Map<string, Promise<Answer>>();
  return (name, type) => {
    const key = `${type} ${hostName(name)}`;
    let answer = cache.get(key);
    if (answer === undefined) {
      answer = client.query(hostName(name), type);
      cache.set(key, answer);
    }
    return answer;
  };
}

const normalise: Record<RecordType, (value: string) => string> = {
  A: (v) => v.trim(),
  AAAA: (v) => v.trim().toLowerCase(),
  CNAME: hostName,
  NS: hostName,
  MX: (v) => v.trim().toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '),
  TXT: (v) => v.trim(),
  CAA: (v) => v.trim().toLowerCase().replace(/"/g, '').replace(/\s+/g, ' '),
};

function valueMatches(expectation: Expectation, found: string): boolean {
  const norm = normalise[expectation.type];
  if (expectation.value !== undefined) {
    const want = norm(expectation.value);
    // "mx.example.com" matches "10 mx.example.com": the priority is optional in an expectation.
    if (expectation.type === 'MX' && !/^\d+\s/.test(want)) return norm(found).split(' ')[1] === hostName(want);
    return norm(found) === want;
  }
  if (expectation.contains !== undefined) return found.toLowerCase().includes(expectation.contains.toLowerCase());
  if (expectation.matches !== undefined) return new RegExp(expectation.matches, 'i').test(found);
  return true;
}

function describeExpected(expectation: Expectation): string {
  if (expectation.value !== undefined) return expectation.value;
  if (expectation.contains !== undefined) return `contains "${expectation.contains}"`;
  if (expectation.matches !== undefined) return `matches /${expectation.matches}/`;
  return 'any value';
}

interface NameFacts {
  cname?: string;
  addresses: string[];
  /** The CNAME target does not exist (NXDOMAIN, or the server refuses it). */
  dangling: boolean;
  targetStatus?: string;
}

async function factsOf(query: Query, name: string): Promise<NameFacts> {
  const [cname, a, aaaa] = await Promise.all([query(name, 'CNAME'), query(name, 'A'), query(name, 'AAAA')]);
  const target = cname.values[0];
  const addresses = [...a.values, ...aaaa.values];
  if (target === undefined) return { addresses, dangling: false };
  const [ta, taaaa] = await Promise.all([query(target, 'A'), query(target, 'AAAA')]);
  const gone = (answer: Answer): boolean =>
    answer.status === 'nxdomain' || (answer.status === 'error' && answer.code !== 'ETIMEOUT');
  const dangling = ta.status !== 'ok' && taaaa.status !== 'ok' && (gone(ta) || gone(taaaa));
  const targetStatus = ta.status === 'error' ? (ta.code ?? 'error') : ta.status;
  return { cname: target, addresses, dangling, targetStatus };
}

export interface RecordsResult {
  rows: RecordRow[];
  findings: Finding[];
}

export async function checkRecords(
  query: Query,
  domain: string,
  expectations: readonly Expectation[],
): Promise<RecordsResult> {
  const rows: RecordRow[] = [];
  const findings: Finding[] = [];
  const www = `www.${domain}`;
  const names = [...new Set([domain, www, ...expectations.map((e) => e.fqdn)])];
  const facts = new Map(await Promise.all(names.map(async (name) => [name, await factsOf(query, name)] as const)));
  const label = (name: string): string =>
    name === domain ? '@' : name.endsWith(`.${domain}`) ? name.slice(0, -domain.length - 1) : name;

  const apex = facts.get(domain)!;
  if (apex.cname !== undefined) {
    rows.push({
      name: '@',
      type: 'CNAME',
      expected: 'no CNAME at the apex',
      found: [apex.cname],
      verdict: 'apex-cname',
    });
    findings.push(
      dnsFinding({
        ruleId: 'dns/apex-cname',
        severity: 'high',
        name: domain,
        title: `${domain} is a CNAME (to ${apex.cname})`,
        message: `A CNAME at the apex sits beside the zone's SOA and NS records, which RFC 1034 forbids: resolvers may drop the MX, TXT (SPF, verification) records there, and mail and certificates break.`,
        evidence: `${domain} CNAME ${apex.cname}`,
        remediation:
          'use A/AAAA records, or your DNS provider\'s ALIAS/ANAME/"CNAME flattening" at the apex, and keep CNAMEs for subdomains such as www',
      }),
    );
  }
  if (
    apex.addresses.length === 0 &&
    apex.cname === undefined &&
    !expectations.some((e) => e.fqdn === domain && ['A', 'AAAA', 'CNAME'].includes(e.type))
  ) {
    rows.push({ name: '@', type: 'A/AAAA', expected: 'an address', found: [], verdict: 'missing' });
    findings.push(unreachable(domain, '@'));
  }

  for (const [name, fact] of facts) {
    if (fact.cname === undefined || !fact.dangling) continue;
    rows.push({
      name: label(name),
      type: 'CNAME',
      expected: 'a target that exists',
      found: [fact.cname],
      verdict: 'dangling-cname',
    });
    findings.push(
      dnsFinding({
        ruleId: 'dns/dangling-cname',
        severity: 'high',
        name,
        title: `${name} points to ${fact.cname}, which does not exist`,
        message: `The CNAME target answers ${fact.targetStatus}: visitors get an error, and whoever registers or claims ${fact.cname} (a deleted app, bucket or site at a hosting provider) can serve content on ${name}.`,
        evidence: `${name} CNAME ${fact.cname}`,
        remediation: `delete the CNAME for ${name}, or point it at a resource you control (re-create the app/site it named)`,
      }),
    );
  }

  for (const expectation of expectations) {
    const fact = facts.get(expectation.fqdn)!;
    const answer = await query(expectation.fqdn, expectation.type);
    const expected = describeExpected(expectation);
    const base = { name: label(expectation.fqdn), type: expectation.type, expected, found: answer.values };
    if (fact.dangling && expectation.type !== 'CNAME') {
      rows.push({ ...base, verdict: 'dangling-cname' });
      continue;
    }
    if (answer.values.length === 0) {
      rows.push({ ...base, verdict: 'missing' });
      const siteName = expectation.fqdn === domain || expectation.fqdn === www;
      const noAddress = fact.addresses.length === 0 && fact.cname === undefined;
      if (siteName && noAddress && ['A', 'AAAA', 'CNAME'].includes(expectation.type)) {
        findings.push(unreachable(expectation.fqdn, base.name));
        continue;
      }
      const why =
        answer.status === 'error'
          ? `the query failed (${answer.code})`
          : answer.status === 'nxdomain'
            ? 'the name does not exist'
            : `the name has no ${expectation.type} record`;
      findings.push(
        dnsFinding({
          ruleId: 'dns/record-missing',
          severity: 'high',
          name: expectation.fqdn,
          key: `${expectation.type} ${expected}`,
          title: `${expectation.type} record for ${base.name} is missing`,
          message: `Expected ${expectation.type} ${expectation.fqdn} ${expected}, but ${why}.`,
          remediation: `add the ${expectation.type} record for ${expectation.fqdn} at your DNS provider (${expected})`,
        }),
      );
      continue;
    }
    if (answer.values.some((found) => valueMatches(expectation, found))) {
      rows.push({ ...base, verdict: 'ok' });
      continue;
    }
    rows.push({ ...base, verdict: 'mismatch' });
    findings.push(
      dnsFinding({
        ruleId: 'dns/record-mismatch',
        severity: 'high',
        name: expectation.fqdn,
        key: `${expectation.type} ${expected}`,
        title: `${expectation.type} ${base.name} is ${answer.values.slice(0, 3).join(', ')}, expected ${expected}`,
        message: `${expectation.fqdn} answers ${expectation.type} ${answer.values.join(', ')}; expected ${expected}. Traffic or mail goes to the wrong place (an old host, a previous provider).`,
        evidence: answer.values.join(', '),
        remediation: `change the ${expectation.type} record for ${expectation.fqdn} to ${expected} (and remove stale ones)`,
      }),
    );
  }
  return { rows, findings };
}

function unreachable(fqdn: string, label: string): Finding {
  return dnsFinding({
    ruleId: 'dns/record-missing',
    severity: 'blocker',
    name: fqdn,
    key: 'address',
    title: `${label === '@' ? fqdn : label} has no A, AAAA or CNAME record: the site is unreachable`,
    message: `${fqdn} does not resolve to any address, so browsers cannot reach the site at this name.`,
    remediation: `add an A/AAAA record (or ALIAS at the apex, CNAME for a subdomain) for ${fqdn} pointing at your host`,
  });
}
