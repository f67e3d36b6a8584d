// Mail authentication verdicts: SPF, DMARC, DKIM, MX, and the optional MTA-STS / TLS-RPT / BIMI records.
// Gmail and Yahoo reject unauthenticated bulk mail since 2024: receipts and password resets must pass.
import type { Answer, RecordType } from '../../dns/resolver.ts';
import type { Finding } from '../../report/model.ts';
import type { DkimResult, DmarcResult, MailVerdict, SpfResult } from './details.ts';
import { COMMON_SELECTORS, lookupDkim } from './dkim.ts';
import { type DmarcLookup, lookupDmarc } from './dmarc.ts';
import { dnsFinding } from './findings.ts';
import type { DnsOptions } from './options.ts';
import { evaluateSpf, permissiveIncludes, SPF_LOOKUP_LIMIT, SPF_VOID_LIMIT, usesPtr } from './spf.ts';

type Query = (name: string, type: RecordType) => Promise<Answer>;

export interface EmailResult {
  spf?: SpfResult;
  dmarc?: DmarcResult;
  dkim: DkimResult[];
  mx: string[];
  verdicts: MailVerdict[];
  findings: Finding[];
}

export async function checkEmail(query: Query, domain: string, email: DnsOptions['email']): Promise<EmailResult> {
  const findings: Finding[] = [];
  const verdicts: MailVerdict[] = [];
  const result: EmailResult = { dkim: [], mx: [], verdicts, findings };

  const mx = await query(domain, 'MX');
  result.mx = mx.values;
  if (email.receivesMail) {
    verdicts.push({ what: 'MX', verdict: mx.values.length > 0 ? mx.values.join(', ') : 'missing' });
    if (mx.values.length === 0) {
      findings.push(
        dnsFinding({
          ruleId: 'email/mx-missing',
          severity: 'medium',
          name: domain,
          title: `${domain} has no MX record: mail to it bounces`,
          message: `Replies to receipts and mail to support@${domain} cannot be delivered.`,
          remediation: 'add the MX records your mail provider gives you (Google Workspace, Fastmail, Microsoft 365…)',
        }),
      );
    }
  }
  if (!email.sendsMail) {
    verdicts.push({
      what: 'SPF / DMARC / DKIM',
      verdict: 'not checked: the domain does not send mail (sendsMail: false)',
    });
    return result;
  }

  result.spf = await evaluateSpf(query, domain);
  findings.push(...spfFindings(domain, result.spf));
  verdicts.push({ what: 'SPF', verdict: spfVerdict(result.spf) });

  const dmarc = await lookupDmarc(query, domain);
  result.dmarc = dmarc;
  findings.push(...dmarcFindings(domain, dmarc));
  verdicts.push({ what: 'DMARC', verdict: dmarcVerdict(domain, dmarc) });

  const named = new Set(email.dkimSelectors);
  const selectors = [...named, ...COMMON_SELECTORS.filter((s) => !named.has(s))];
  const keys = await Promise.all(selectors.map((s) => lookupDkim(query, domain, s, named.has(s))));
  result.dkim = keys.filter((k) => k.named || k.status !== 'missing');
  for (const key of result.dkim) findings.push(...dkimFindings(domain, key));
  verdicts.push({
    what: 'DKIM',
    verdict:
      result.dkim.length === 0
        ? `no key at the common selectors (${COMMON_SELECTORS.join(', ')}): name yours with --dkim-selector`
        : result.dkim
            .map((k) => `${k.selector}: ${k.status}${k.bits ? ` (${k.keyType} ${k.bits} bits)` : ''}`)
            .join('; '),
  });

  const [mtaSts, tlsRpt, bimi] = await Promise.all([
    query(`_mta-sts.${domain}`, 'TXT'),
    query(`_smtp._tls.${domain}`, 'TXT'),
    query(`default._bimi.${domain}`, 'TXT'),
  ]);
  const extras: [string, Answer, RegExp, string][] = [
    [
      'MTA-STS',
      mtaSts,
      /^v=STSv1/i,
      'forces TLS for mail sent to you (with a policy at https://mta-sts.<domain>/.well-known/mta-sts.txt)',
    ],
    ['TLS-RPT', tlsRpt, /^v=TLSRPTv1/i, 'sends you reports when mail to you fails TLS'],
    ['BIMI', bimi, /^v=BIMI1/i, 'shows your logo in Gmail/Yahoo inboxes (needs DMARC quarantine or reject)'],
  ];
  for (const [what, answer, pattern, gain] of extras) {
    const record = answer.values.find((v) => pattern.test(v.trim()));
    verdicts.push({ what, verdict: record ?? 'not published' });
    if (record === undefined) {
      findings.push(
        dnsFinding({
          ruleId: `email/${what.toLowerCase()}-missing`,
          severity: 'info',
          name: domain,
          title: `no ${what} record`,
          message: `${what} is optional: it ${gain}.`,
          remediation: `consider publishing ${what} once SPF, DKIM and DMARC pass`,
        }),
      );
    }
  }
  return result;
}

function spfVerdict(spf: SpfResult): string {
  if (spf.records.length === 0) return 'missing';
  if (spf.records.length > 1) return `${spf.records.length} records (permerror)`;
  const count = `${spf.truncated ? 'over ' : ''}${spf.lookups} of ${SPF_LOOKUP_LIMIT} lookups`;
  return `${spf.all ?? 'no all'}, ${count}, ${spf.voidLookups} void`;
}

function spfFindings(domain: string, spf: SpfResult): Finding[] {
  const findings: Finding[] = [];
  const add = (ruleId: string, severity: Finding['severity'], title: string, message: string, remediation: string) =>
    findings.push(
      dnsFinding({ ruleId, severity, name: domain, title, message, remediation, evidence: spf.records[0] }),
    );
  if (spf.records.length === 0) {
    add(
      'email/spf-missing',
      'high',
      `${domain} has no SPF record`,
      'Without SPF, Gmail, Yahoo and Outlook junk or reject your receipts and password resets, and anyone can send as your domain.',
      'publish one TXT record at the domain, e.g. "v=spf1 include:<your mail provider> ~all"',
    );
    return findings;
  }
  if (spf.records.length > 1) {
    add(
      'email/spf-multiple',
      'high',
      `${domain} has ${spf.records.length} SPF records`,
      'More than one v=spf1 record is a permanent error (RFC 7208 §4.5): receivers treat SPF as failed for every message.',
      'merge them into one record: one v=spf1, every include, one all at the end',
    );
    return findings;
  }
  if (spf.lookups > SPF_LOOKUP_LIMIT || spf.loop !== undefined) {
    add(
      'email/spf-too-many-lookups',
      'high',
      `SPF needs ${spf.truncated ? 'more than ' : ''}${spf.lookups} DNS lookups (limit ${SPF_LOOKUP_LIMIT})`,
      spf.loop !== undefined
        ? `The includes loop (${spf.loop}): evaluation never ends, so receivers stop at 10 lookups with a permanent error.`
        : `include, a, mx, ptr, exists and redirect each cost a lookup, nested ones too; past ${SPF_LOOKUP_LIMIT} receivers return permerror and SPF fails for every message.`,
      'remove includes of services you no longer use, replace a/mx with ip4:/ip6: ranges, or flatten the record',
    );
  }
  if (spf.voidLookups > SPF_VOID_LIMIT) {
    add(
      'email/spf-void-lookups',
      'medium',
      `SPF has ${spf.voidLookups} void lookups (limit ${SPF_VOID_LIMIT})`,
      'Terms that point at names with no records waste lookups; past 2 receivers may return permerror (RFC 7208 §4.6.4).',
      'remove include/a/mx/exists terms whose names no longer exist',
    );
  }
  const permissive = permissiveIncludes(spf.chain);
  if (spf.all === '+all' || permissive.length > 0) {
    add(
      'email/spf-permissive-all',
      'blocker',
      spf.all === '+all'
        ? `SPF ends in +all: every server on the internet may send as ${domain}`
        : `SPF includes ${permissive.join(', ')}, which ends in +all`,
      'A +all (or an include that has one) makes SPF pass for any sender: phishing mail in your name passes too.',
      'end the record with ~all (or -all once every sender is listed)',
    );
  } else if (spf.all === undefined || spf.all === '?all') {
    add(
      'email/spf-weak-all',
      'medium',
      spf.all === undefined ? 'SPF has no "all" at the end' : 'SPF ends in ?all (neutral)',
      'Mail from servers you did not list gets a neutral result, so SPF protects nothing.',
      'end the record with ~all (soft fail) or -all (fail)',
    );
  }
  if (usesPtr(spf.chain)) {
    add(
      'email/spf-ptr',
      'low',
      'SPF uses the ptr mechanism',
      'ptr is slow, unreliable and deprecated (RFC 7208 §5.5); some receivers ignore it.',
      'replace ptr with ip4:/ip6: ranges or an include of your provider',
    );
  }
  return findings;
}

/** "p=reject", or for an inheriting subdomain "sp=quarantine, inherited from _dmarc.example.com (…)". */
export function dmarcVerdict(domain: string, dmarc: DmarcLookup): string {
  const where = dmarc.inherited ? ` (in ${dmarc.name}, inherited)` : '';
  if (dmarc.policy === undefined) {
    if (dmarc.problem !== undefined) return `${dmarc.problem}${where}`;
    if (dmarc.records.length > 1) return `${dmarc.records.length} records${where}`;
    return dmarc.organizationalDomain === undefined
      ? 'missing'
      : `missing at _dmarc.${domain} and at _dmarc.${dmarc.organizationalDomain}`;
  }
  const policy = `${dmarc.policyTag ?? 'p'}=${dmarc.policy}${dmarc.tags?.rua ? '' : ', no rua'}`;
  if (!dmarc.inherited) return policy;
  return `${policy}, inherited from ${dmarc.name} (${inheritedRule(dmarc)})`;
}

/** Why the inherited policy is the one that applies. */
function inheritedRule(dmarc: DmarcLookup): string {
  return dmarc.policyTag === 'sp'
    ? `sp=${dmarc.policy} applies to subdomains`
    : `no sp=, so p=${dmarc.policy} applies to subdomains`;
}

function dmarcFindings(domain: string, dmarc: DmarcLookup): Finding[] {
  // Findings about a record sit at the name that holds it: for an inheriting subdomain, the parent's record.
  const name = dmarc.name;
  const org = dmarc.organizationalDomain;
  const owner = dmarc.inherited && org !== undefined ? org : domain;
  const inherited = dmarc.inherited ? ` (inherited from ${name})` : '';
  const evidence = dmarc.records[0];
  const add = (ruleId: string, severity: Finding['severity'], title: string, message: string, remediation: string) =>
    dnsFinding({
      ruleId,
      severity,
      name,
      title,
      message,
      remediation,
      ...(evidence === undefined ? {} : { evidence }),
    });
  if (dmarc.records.length === 0) {
    const fix = org === undefined ? domain : org;
    return [
      add(
        'email/dmarc-missing',
        'high',
        `${domain} has no DMARC record${org === undefined ? '' : ` (nor has ${org}, whose record it would inherit)`}`,
        dmarc.status === 'error'
          ? `The DMARC lookup failed (${dmarc.code}).`
          : 'Gmail and Yahoo require DMARC from bulk senders since 2024; without it your mail is junked and spoofing goes unnoticed.',
        `publish TXT at _dmarc.${fix}: "v=DMARC1; p=none; rua=mailto:dmarc@${fix}"${org === undefined ? '' : ` (it covers ${domain} too)`}, then move to quarantine and reject`,
      ),
    ];
  }
  if (dmarc.records.length > 1 || dmarc.problem !== undefined) {
    const heirs = dmarc.inherited ? `, and to ${domain}, which has no record of its own` : '';
    return [
      add(
        'email/dmarc-invalid',
        'high',
        dmarc.records.length > 1
          ? `${owner} has ${dmarc.records.length} DMARC records${inherited}`
          : `the DMARC record of ${owner} is invalid${inherited}`,
        dmarc.records.length > 1
          ? `With more than one record receivers apply no DMARC at all (RFC 7489 §6.6.3)${heirs}.`
          : `Receivers ignore it${heirs}: ${dmarc.problem}.`,
        `keep one record at ${name}, e.g. "v=DMARC1; p=quarantine; rua=mailto:dmarc@${owner}"`,
      ),
    ];
  }
  const findings: Finding[] = [];
  if (dmarc.policy === 'none')
    findings.push(add('email/dmarc-policy-none', 'medium', ...policyNoneText(domain, dmarc)));
  if (!dmarc.tags?.rua) {
    findings.push(
      add(
        'email/dmarc-no-rua',
        'low',
        `DMARC asks for no aggregate reports (no rua=)${inherited}`,
        'Without reports you cannot see who sends as your domain, or whether your own mail passes, before tightening the policy.',
        `add rua=mailto:dmarc@${owner} to ${name} (or a DMARC report service's address)`,
      ),
    );
  }
  return findings;
}

/** Title, message and remediation of a monitoring-only policy: p=none, or sp=none inherited by a subdomain. */
function policyNoneText(domain: string, dmarc: DmarcLookup): [string, string, string] {
  const move = 'once the rua reports show your own senders pass SPF/DKIM (usually 2-4 weeks)';
  const delivers =
    'tells receivers to deliver mail that fails authentication: it reports spoofing but stops none of it.';
  if (!dmarc.inherited) {
    return [
      'DMARC policy is p=none (monitoring only)',
      `p=none ${delivers}`,
      `${move}, move to p=quarantine, then p=reject`,
    ];
  }
  const own = `or publish a record of its own at _dmarc.${domain}`;
  if (dmarc.policyTag === 'sp') {
    const p = dmarc.tags?.p?.toLowerCase();
    return [
      `DMARC policy for ${domain} is sp=none, inherited from ${dmarc.name} (monitoring only)`,
      `${domain} has no DMARC record of its own, so receivers apply the sp= (subdomain policy) of ${dmarc.name}; sp=none ${delivers}`,
      p === 'none'
        ? `${move}, move sp= and p= to quarantine, then reject at ${dmarc.name}, ${own}`
        : `remove sp=none from ${dmarc.name} so its p=${p} covers subdomains too, ${own}`,
    ];
  }
  return [
    `DMARC policy for ${domain} is p=none, inherited from ${dmarc.name} (monitoring only)`,
    `${domain} has no DMARC record of its own and ${dmarc.name} has no sp=, so its p=none applies to subdomains; p=none ${delivers}`,
    `${move}, move ${dmarc.name} to p=quarantine, then p=reject, ${own}`,
  ];
}

function dkimFindings(domain: string, key: DkimResult): Finding[] {
  const name = `${key.selector}._domainkey.${domain}`;
  const base = { name, key: key.selector };
  if (key.status === 'missing' && key.named) {
    return [
      dnsFinding({
        ...base,
        ruleId: 'email/dkim-missing',
        severity: 'high',
        title: `no DKIM key for selector ${key.selector}`,
        message: `${name} has no DKIM record: mail signed with this selector fails DKIM, and DMARC fails unless SPF aligns.`,
        remediation: 'publish the DKIM record (TXT or CNAME) your mail provider shows for this selector',
      }),
    ];
  }
  if ((key.status === 'revoked' || key.status === 'invalid') && key.named) {
    return [
      dnsFinding({
        ...base,
        ruleId: 'email/dkim-revoked',
        severity: 'high',
        title:
          key.status === 'revoked'
            ? `DKIM key ${key.selector} is revoked (empty p=)`
            : `DKIM key ${key.selector} cannot be read`,
        message: `Signatures with selector ${key.selector} fail: ${key.status === 'revoked' ? 'an empty p= means the key was withdrawn' : 'p= is not a valid public key'}.`,
        remediation: 'copy the current DKIM record from your mail provider, or stop signing with this selector',
      }),
    ];
  }
  if (key.status === 'found' && key.keyType === 'rsa' && key.bits !== undefined && key.bits <= 1024) {
    return [
      dnsFinding({
        ...base,
        ruleId: 'email/dkim-weak-key',
        severity: key.bits < 1024 ? 'high' : 'low',
        title: `DKIM key ${key.selector} is RSA ${key.bits} bits`,
        message:
          key.bits < 1024
            ? 'Keys under 1024 bits can be factored, and receivers treat such signatures as failing (RFC 8301).'
            : '1024-bit keys are the minimum receivers accept; 2048 bits is advised (RFC 8301).',
        remediation:
          'rotate to a 2048-bit key: publish it under a new selector, switch signing, then remove the old one',
      }),
    ];
  }
  return [];
}
