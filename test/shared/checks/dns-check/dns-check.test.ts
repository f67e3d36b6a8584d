// dns-check against a real DNS server on 127.0.0.1 serving one zone per fault: what each rule reports, at which
// severity, and that a correct domain gives nothing above low. Every query goes to that server (--dns-server).
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsOptionsSchema } from '../../../../shared/checks/dns-check/options.ts';
import { runDns } from '../../../../shared/checks/dns-check/run.ts';
import { startZoneServer, type ZoneRecord, type ZoneServer } from '../../../../shared/dns/zone-server.ts';
import { UsageError } from '../../../../shared/errors.ts';
import { isAtLeast, type Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

function dkimKey(bits: number): string {
  const der = generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' });
  return `v=DKIM1; k=rsa; p=${der.toString('base64')}`;
}

/** A domain with everything right; each faulty zone starts from it and changes one thing. */
function healthy(
  domain: string,
  overrides: { drop?: (r: ZoneRecord) => boolean; add?: ZoneRecord[] } = {},
): ZoneRecord[] {
  const records: ZoneRecord[] = [
    { name: domain, type: 'A', value: '127.0.0.1' },
    { name: `www.${domain}`, type: 'CNAME', value: domain },
    { name: domain, type: 'MX', value: `10 mx.${domain}` },
    { name: `mx.${domain}`, type: 'A', value: '127.0.0.2' },
    { name: domain, type: 'TXT', value: 'v=spf1 include:_spf.mail.test mx ~all' },
    { name: `_dmarc.${domain}`, type: 'TXT', value: `v=DMARC1; p=reject; rua=mailto:dmarc@${domain}` },
    { name: `s1._domainkey.${domain}`, type: 'TXT', value: KEY_2048 },
  ];
  return [...records.filter((r) => !overrides.drop?.(r)), ...(overrides.add ?? [])];
}

const KEY_2048 = dkimKey(2048);
const isSpf = (r: ZoneRecord) => r.type === 'TXT' && r.value.startsWith('v=spf1');
const isDmarc = (r: ZoneRecord) => r.name.startsWith('_dmarc.');
const chain = Array.from({ length: 6 }, (_, i) => [
  { name: `spf${i}.big.test`, type: 'TXT' as const, value: `v=spf1 a:h${i}.big.test mx:h${i}.big.test ~all` },
  { name: `h${i}.big.test`, type: 'A' as const, value: '127.0.0.9' },
  { name: `h${i}.big.test`, type: 'MX' as const, value: `10 h${i}.big.test` },
]).flat();

let server: ZoneServer;
beforeAll(async () => {
  server = await startZoneServer([
    { name: '_spf.mail.test', type: 'TXT', value: 'v=spf1 ip4:192.0.2.0/24 -all' },
    ...chain,
    ...healthy('good.test'),
    ...healthy('toomany.test', {
      drop: isSpf,
      add: [
        {
          name: 'toomany.test',
          type: 'TXT',
          value: `v=spf1 ${chain
            .filter((r) => r.type === 'TXT')
            .map((r) => `include:${r.name}`)
            .join(' ')} -all`,
        },
      ],
    }),
    ...healthy('plusall.test', { drop: isSpf, add: [{ name: 'plusall.test', type: 'TXT', value: 'v=spf1 mx +all' }] }),
    ...healthy('weakall.test', {
      drop: isSpf,
      add: [{ name: 'weakall.test', type: 'TXT', value: 'v=spf1 mx ptr ?all' }],
    }),
    ...healthy('twospf.test', { add: [{ name: 'twospf.test', type: 'TXT', value: 'v=spf1 -all' }] }),
    ...healthy('void.test', {
      drop: isSpf,
      add: [
        { name: 'void.test', type: 'TXT', value: 'v=spf1 a:gone1.void.test a:gone2.void.test mx:gone3.void.test ~all' },
      ],
    }),
    ...healthy('nospf.test', { drop: isSpf }),
    ...healthy('monitor.test', {
      drop: isDmarc,
      add: [{ name: '_dmarc.monitor.test', type: 'TXT', value: 'v=DMARC1; p=none' }],
    }),
    ...healthy('nodmarc.test', { drop: isDmarc }),
    ...healthy('baddmarc.test', {
      drop: isDmarc,
      add: [{ name: '_dmarc.baddmarc.test', type: 'TXT', value: 'v=DMARC1; p=maybe; rua=mailto:d@baddmarc.test' }],
    }),
    ...healthy('dkim1024.test', {
      add: [{ name: 'mail._domainkey.dkim1024.test', type: 'TXT', value: dkimKey(1024) }],
    }),
    ...healthy('dkim768.test', { add: [{ name: 'mail._domainkey.dkim768.test', type: 'TXT', value: dkimKey(768) }] }),
    ...healthy('revoked.test', { add: [{ name: 'mail._domainkey.revoked.test', type: 'TXT', value: 'v=DKIM1; p=' }] }),
    ...healthy('dangling.test', {
      add: [{ name: 'blog.dangling.test', type: 'CNAME', value: 'deleted-app.hosting.test' }],
    }),
    ...healthy('danglingwww.test', {
      drop: (r) => r.name === 'www.danglingwww.test',
      add: [{ name: 'www.danglingwww.test', type: 'CNAME', value: 'old-shop.hosting.test' }],
    }),
    ...healthy('apex.test', {
      drop: (r) => r.name === 'apex.test' && r.type === 'A',
      add: [{ name: 'apex.test', type: 'CNAME', value: 'shop.hosting.test' }],
    }),
    { name: 'shop.hosting.test', type: 'A', value: '127.0.0.3' },
    ...healthy('nomx.test', { drop: (r) => r.type === 'MX' }),
    // Subdomains without a DMARC record of their own, under parents whose record they inherit (RFC 7489 §6.6.3).
    ...healthy('shop.reject.test', { drop: isDmarc }),
    { name: '_dmarc.reject.test', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:dmarc@reject.test' },
    ...healthy('shop.spnone.test', { drop: isDmarc }),
    { name: '_dmarc.spnone.test', type: 'TXT', value: 'v=DMARC1; p=reject; sp=none; rua=mailto:dmarc@spnone.test' },
    ...healthy('news.spstrict.test', { drop: isDmarc }),
    { name: '_dmarc.spstrict.test', type: 'TXT', value: 'v=DMARC1; p=none; sp=quarantine; rua=mailto:d@spstrict.test' },
    ...healthy('shop.example.co.uk', { drop: isDmarc }),
    { name: '_dmarc.example.co.uk', type: 'TXT', value: 'v=DMARC1; p=quarantine; rua=mailto:d@example.co.uk' },
    { name: '_dmarc.co.uk', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:d@co.uk' },
    ...healthy('shop.nodmarc.test', { drop: isDmarc }),
    ...healthy('shop.override.test', {
      drop: isDmarc,
      add: [{ name: '_dmarc.shop.override.test', type: 'TXT', value: 'v=DMARC1; p=none; rua=mailto:d@override.test' }],
    }),
    { name: '_dmarc.override.test', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:d@override.test' },
    ...healthy('shop.twodmarc.test', { drop: isDmarc }),
    { name: '_dmarc.twodmarc.test', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:d@twodmarc.test' },
    { name: '_dmarc.twodmarc.test', type: 'TXT', value: 'v=DMARC1; p=none' },
    ...healthy('noaddress.test', { drop: (r) => r.name === 'noaddress.test' && r.type === 'A' }),
  ]);
});
afterAll(() => server.close());

async function check(options: Record<string, unknown>): Promise<Report> {
  const parsed = dnsOptionsSchema.parse({ server: server.address, timeoutMs: 2000, ...options });
  return runDns(parsed, { cwd: '.', env: {}, redactor: new Redactor(), log: () => {} });
}

function rules(report: Report): string[] {
  return report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.severity}`);
}

describe('dns-check', () => {
  it('finds nothing above low on a correct domain, and counts its SPF lookups', async () => {
    const report = await check({
      domain: 'good.test',
      expect: [
        'A @ 127.0.0.1',
        'CNAME www good.test',
        'MX @ mx.good.test',
        'TXT @ v=spf1 include:_spf.mail.test mx ~all',
      ],
      email: { dkimSelectors: ['s1'], receivesMail: true },
    });
    expect(report.findings.filter((f) => isAtLeast(f.severity, 'medium'))).toEqual([]);
    expect(report.ok).toBe(true);
    const details = report.details as { spf: { lookups: number }; records: { verdict: string }[] };
    expect(details.spf.lookups).toBe(2);
    expect(details.records.every((r) => r.verdict === 'ok')).toBe(true);
  });

  it('follows includes for real and reports more than 10 lookups as high', async () => {
    const report = await check({ domain: 'toomany.test' });
    expect(rules(report)).toContain('email/spf-too-many-lookups high');
    expect((report.details as { spf: { lookups: number } }).spf.lookups).toBe(18);
    // The included records were asked of this server: --dns-server covers SPF evaluation.
    expect(server.queries.map((q) => q.question)).toContain('TXT spf5.big.test');
  });

  it('reports +all as a blocker; ?all as medium and ptr as low', async () => {
    expect(rules(await check({ domain: 'plusall.test' }))).toContain('email/spf-permissive-all blocker');
    const weak = rules(await check({ domain: 'weakall.test' }));
    expect(weak).toContain('email/spf-weak-all medium');
    expect(weak).toContain('email/spf-ptr low');
  });

  it('reports a missing SPF record and two SPF records as high', async () => {
    expect(rules(await check({ domain: 'nospf.test' }))).toContain('email/spf-missing high');
    expect(rules(await check({ domain: 'twospf.test' }))).toContain('email/spf-multiple high');
  });

  it('counts void lookups (more than 2: medium)', async () => {
    // Include loops and other hostile records: test/hostile/dns-check.test.ts.
    expect(rules(await check({ domain: 'void.test' }))).toContain('email/spf-void-lookups medium');
  });

  it('reports DMARC p=none as medium (with what to move to), a missing record as high, a bad policy as invalid', async () => {
    const none = await check({ domain: 'monitor.test' });
    expect(rules(none)).toEqual(expect.arrayContaining(['email/dmarc-policy-none medium', 'email/dmarc-no-rua low']));
    expect(none.findings.find((f) => f.ruleId === 'email/dmarc-policy-none')?.remediation).toMatch(
      /quarantine.*reject/,
    );
    expect(rules(await check({ domain: 'nodmarc.test' }))).toContain('email/dmarc-missing high');
    expect(rules(await check({ domain: 'baddmarc.test' }))).toContain('email/dmarc-invalid high');
  });

  describe('DMARC of a subdomain without a record of its own (organizational-domain fallback)', () => {
    const dmarcOf = (report: Report) =>
      (report.details as { dmarc: Record<string, unknown>; mail: { what: string; verdict: string }[] }).dmarc;
    const verdictOf = (report: Report) =>
      (report.details as { mail: { what: string; verdict: string }[] }).mail.find((m) => m.what === 'DMARC')?.verdict;

    it("is protected by its parent's p=reject: no missing-DMARC alarm, and the report says where the policy comes from", async () => {
      const report = await check({ domain: 'shop.reject.test' });
      expect(rules(report)).toEqual([]);
      expect(report.ok).toBe(true);
      expect(dmarcOf(report)).toMatchObject({
        inherited: true,
        name: '_dmarc.reject.test',
        organizationalDomain: 'reject.test',
        policy: 'reject',
        policyTag: 'p',
      });
      expect(verdictOf(report)).toBe(
        'p=reject, inherited from _dmarc.reject.test (no sp=, so p=reject applies to subdomains)',
      );
      expect(report.summary).toContain('DMARC p=reject inherited from _dmarc.reject.test');
    });

    it("is weak when the parent's sp=none applies to it, though the parent's own p=reject is not", async () => {
      const report = await check({ domain: 'shop.spnone.test' });
      expect(rules(report)).toEqual(['email/dmarc-policy-none medium']);
      const finding = report.findings.find((f) => f.ruleId === 'email/dmarc-policy-none')!;
      expect(finding.title).toContain('sp=none');
      expect(finding.title).toContain('_dmarc.spnone.test');
      expect(finding.location).toEqual({ url: 'dns:_dmarc.spnone.test' });
      expect(finding.remediation).toContain('remove sp=none from _dmarc.spnone.test');
      expect(dmarcOf(report)).toMatchObject({ inherited: true, policy: 'none', policyTag: 'sp' });
      expect(verdictOf(report)).toContain('sp=none applies to subdomains');
      // The parent domain itself is judged by its p=: sp= is for its subdomains only.
      expect(rules(await check({ domain: 'spnone.test' }))).not.toContain('email/dmarc-policy-none medium');
    });

    it("takes the parent's sp=quarantine over its p=none", async () => {
      const report = await check({ domain: 'news.spstrict.test' });
      expect(rules(report)).toEqual([]);
      expect(verdictOf(report)).toBe(
        'sp=quarantine, inherited from _dmarc.spstrict.test (sp=quarantine applies to subdomains)',
      );
    });

    it('finds the organizational domain under a multi-label public suffix (example.co.uk, never co.uk)', async () => {
      const report = await check({ domain: 'shop.example.co.uk' });
      expect(rules(report)).toEqual([]);
      expect(dmarcOf(report)).toMatchObject({
        inherited: true,
        name: '_dmarc.example.co.uk',
        organizationalDomain: 'example.co.uk',
        policy: 'quarantine',
      });
      const asked = server.queries.map((q) => q.question);
      expect(asked).toContain('TXT _dmarc.example.co.uk');
      expect(asked).not.toContain('TXT _dmarc.co.uk');
    });

    it('is missing as before when neither the domain nor its organizational domain has a record', async () => {
      const sub = await check({ domain: 'shop.nodmarc.test' });
      expect(rules(sub)).toContain('email/dmarc-missing high');
      const missing = sub.findings.find((f) => f.ruleId === 'email/dmarc-missing')!;
      expect(missing.title).toContain('nor has nodmarc.test');
      expect(missing.remediation).toContain('_dmarc.nodmarc.test');
      expect(dmarcOf(sub)).toMatchObject({ inherited: false, organizationalDomain: 'nodmarc.test', records: [] });
      // The organizational domain itself: nothing further up to fall back to (test is the public suffix).
      const org = await check({ domain: 'nodmarc.test' });
      expect(rules(org)).toContain('email/dmarc-missing high');
      expect(dmarcOf(org)).not.toHaveProperty('organizationalDomain');
      expect(server.queries.map((q) => q.question)).not.toContain('TXT _dmarc.test');
    });

    it("uses the subdomain's own record when it has one, without asking the parent", async () => {
      const report = await check({ domain: 'shop.override.test' });
      expect(rules(report)).toEqual(['email/dmarc-policy-none medium']);
      expect(dmarcOf(report)).toMatchObject({ inherited: false, name: '_dmarc.shop.override.test', policy: 'none' });
      expect(server.queries.map((q) => q.question)).not.toContain('TXT _dmarc.override.test');
    });

    it('reports several records at the organizational domain as invalid, as at the domain itself', async () => {
      const report = await check({ domain: 'shop.twodmarc.test' });
      expect(rules(report)).toEqual(['email/dmarc-invalid high']);
      const finding = report.findings.find((f) => f.ruleId === 'email/dmarc-invalid')!;
      expect(finding.title).toBe('twodmarc.test has 2 DMARC records (inherited from _dmarc.twodmarc.test)');
      expect(finding.message).toContain('shop.twodmarc.test');
      expect(report.ok).toBe(false);
    });
  });

  it('reads DKIM key sizes: 1024 bits low, under 1024 high; a revoked or missing named key high', async () => {
    const dkim = { email: { dkimSelectors: ['mail'] } };
    expect(rules(await check({ domain: 'dkim1024.test', ...dkim }))).toContain('email/dkim-weak-key low');
    expect(rules(await check({ domain: 'dkim768.test', ...dkim }))).toContain('email/dkim-weak-key high');
    expect(rules(await check({ domain: 'revoked.test', ...dkim }))).toContain('email/dkim-revoked high');
    expect(rules(await check({ domain: 'good.test', ...dkim }))).toContain('email/dkim-missing high');
  });

  it('finds a common selector quietly and reads its key', async () => {
    const report = await check({ domain: 'good.test' });
    expect((report.details as { dkim: { selector: string; bits: number }[] }).dkim).toEqual([
      expect.objectContaining({ selector: 's1', bits: 2048 }),
    ]);
  });

  it('reports a dangling CNAME (expected or at www) as high', async () => {
    const blog = await check({ domain: 'dangling.test', expect: ['CNAME blog'] });
    expect(rules(blog)).toContain('dns/dangling-cname high');
    expect(rules(await check({ domain: 'danglingwww.test' }))).toContain('dns/dangling-cname high');
  });

  it('reports a different A record as a mismatch and a missing one as high', async () => {
    const report = await check({
      domain: 'good.test',
      expect: ['A @ 203.0.113.10', 'TXT @ google-site-verification=x'],
    });
    expect(rules(report)).toEqual(expect.arrayContaining(['dns/record-mismatch high']));
    const txt = report.findings.find((f) => f.ruleId === 'dns/record-mismatch' && f.title.startsWith('TXT'));
    expect(txt).toBeDefined();
    const missing = await check({ domain: 'good.test', expect: ['AAAA api 2001:db8::1'] });
    expect(rules(missing)).toContain('dns/record-missing high');
  });

  it('reports a CNAME at the apex as high and an apex with no address as a blocker', async () => {
    expect(rules(await check({ domain: 'apex.test' }))).toContain('dns/apex-cname high');
    expect(rules(await check({ domain: 'noaddress.test' }))).toContain('dns/record-missing blocker');
  });

  it('checks MX only when the domain receives mail', async () => {
    expect(rules(await check({ domain: 'nomx.test', email: { receivesMail: true } }))).toContain(
      'email/mx-missing medium',
    );
    expect(rules(await check({ domain: 'nomx.test' }))).toEqual([]);
    // A domain that sends no mail is not asked for SPF, DMARC or DKIM.
    expect(rules(await check({ domain: 'nodmarc.test', email: { sendsMail: false } }))).toEqual([]);
  });

  it('says what to pass when the domain or an --expect line is wrong', async () => {
    await expect(check({ domain: '' })).rejects.toThrow(UsageError);
    await expect(check({ domain: 'good.test', expect: ['SRV @ x'] })).rejects.toThrow(/TYPE NAME VALUE/);
  });
});
