// dns-check against a zone an attacker (or a careless DNS host) controls: huge TXT records, control characters,
// `::` workflow commands in record text and CNAME targets, SPF include loops, and a DNS server that never answers.
// The built CLI in every format and the action as the runner runs it: a report, one line per text, no command.
import dgram from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dnsOptionsSchema } from '../../shared/checks/dns-check/options.ts';
import { runDns } from '../../shared/checks/dns-check/run.ts';
import { startZoneServer, type ZoneRecord, type ZoneServer } from '../../shared/dns/zone-server.ts';
import type { Report } from '../../shared/report/model.ts';
import { Redactor } from '../../shared/report/redact.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { commandLines, expectReport, PWNED, plantedCommands } from './outputs.ts';

const HUGE_SPF = `v=spf1 ${Array.from({ length: 2500 }, (_, i) => `ip4:192.0.${i % 250}.${i % 200}`).join(' ')} -all`;
const JUNK = `${'\x00\x07\x1b[2J\x1b]0;pwned\x07\u202e'.repeat(200)}\n::error::${PWNED}-junk`;

function mailDomain(domain: string, spf: string[], extra: ZoneRecord[] = []): ZoneRecord[] {
  return [
    { name: domain, type: 'A', value: '127.0.0.1' },
    { name: domain, type: 'MX', value: `10 mx.${domain}` },
    { name: `mx.${domain}`, type: 'A', value: '127.0.0.2' },
    ...spf.map((value) => ({ name: domain, type: 'TXT' as const, value })),
    ...extra,
  ];
}

const DEEP = 40;
const ZONE: ZoneRecord[] = [
  // Record text that spells workflow commands, after a newline and after a carriage return.
  ...mailDomain(
    'hostile.test',
    [`v=spf1 mx\n::error::${PWNED} planted workflow command +all`],
    [{ name: '_dmarc.hostile.test', type: 'TXT', value: `v=DMARC1; p=none\n::warning::${PWNED}-dmarc` }],
  ),
  ...mailDomain(
    'ctl.test',
    [`v=spf1 \x1b[2J\x1b]0;title\x07 mx\r::warning::${PWNED}-cr ~all`, JUNK],
    [
      { name: '_dmarc.ctl.test', type: 'TXT', value: `v=DMARC1; p=\x1b[31mreject\n::add-mask::${PWNED}` },
      { name: 's1._domainkey.ctl.test', type: 'TXT', value: `v=DKIM1; k=rsa; p=\n::error::${PWNED}-dkim` },
    ],
  ),
  // About 40 KB of SPF in one record (TCP-only), and 20 KB of junk beside it.
  ...mailDomain('huge.test', [HUGE_SPF, JUNK.repeat(8)]),
  // A CNAME whose target label carries a newline and a command.
  ...mailDomain(
    'cname.test',
    ['v=spf1 mx -all'],
    [{ name: 'blog.cname.test', type: 'CNAME', value: `x\n::error::${PWNED}-cname.hosting.test` }],
  ),
  // Include loops: onto itself, between two names, and a chain deeper than any evaluator should walk.
  ...mailDomain('self.test', ['v=spf1 include:self.test ~all']),
  ...mailDomain(
    'loop.test',
    ['v=spf1 include:a.loop.test ~all'],
    [{ name: 'a.loop.test', type: 'TXT', value: 'v=spf1 include:loop.test ~all' }],
  ),
  ...mailDomain(
    'deep.test',
    ['v=spf1 include:d0.deep.test ~all'],
    [
      ...Array.from({ length: DEEP }, (_, i) => ({
        name: `d${i}.deep.test`,
        type: 'TXT' as const,
        value: `v=spf1 include:d${i + 1}.deep.test a:d${i}.deep.test ~all`,
      })),
    ],
  ),
];
const DOMAINS = ['hostile.test', 'ctl.test', 'huge.test', 'cname.test', 'self.test', 'loop.test', 'deep.test'];

let zone: ZoneServer;
let dir: string;
beforeAll(async () => {
  zone = await startZoneServer(ZONE);
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-dns-'));
});
afterAll(async () => {
  await zone.close();
  rmSync(dir, { recursive: true, force: true });
});

async function check(domain: string, extra: Record<string, unknown> = {}): Promise<Report> {
  const options = dnsOptionsSchema.parse({
    domain,
    server: zone.address,
    timeoutMs: 2000,
    email: { dkimSelectors: ['s1'], receivesMail: true },
    ...extra,
  });
  return runDns(options, { cwd: dir, env: {}, redactor: new Redactor(), log: () => {} });
}

const rules = (report: Report) => report.findings.map((f) => f.ruleId);

describe('dns-check on hostile records (in process)', () => {
  it.each(DOMAINS)('%s: every title, message and evidence is one line of bounded length', async (domain) => {
    const report = await check(domain, domain === 'cname.test' ? { expect: ['CNAME blog'] } : {});
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      for (const text of [f.title, f.message, f.evidence ?? '', f.remediation ?? '']) {
        expect(text).not.toMatch(/[\r\n\x00-\x08\x0b-\x1f\x7f]/);
        expect(text.length).toBeLessThan(4_000);
      }
    }
  });

  it('keeps the planted command inside the finding as text, not as a line of its own', async () => {
    const report = await check('hostile.test');
    const finding = report.findings.find((f) => f.ruleId === 'email/spf-permissive-all');
    expect(finding?.evidence).toContain(`::error::${PWNED}`);
  });

  it('stops at an include loop (onto itself, or between two names) as high, and names it', async () => {
    for (const domain of ['self.test', 'loop.test']) {
      const report = await check(domain);
      expect(report.findings.map((f) => `${f.ruleId} ${f.severity}`)).toContain('email/spf-too-many-lookups high');
      expect(report.findings.find((f) => f.ruleId === 'email/spf-too-many-lookups')?.message).toContain('loop');
    }
  });

  it('walks a 40-deep include chain only as far as SPF allows, in a bounded number of queries', async () => {
    const before = zone.queries.length;
    const report = await check('deep.test');
    expect(rules(report)).toContain('email/spf-too-many-lookups');
    expect(zone.queries.length - before).toBeLessThan(60);
  });

  it('reads a 40 KB SPF record over TCP and reports it, without copying it whole into a finding', async () => {
    const report = await check('huge.test');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(report.findings).length).toBeLessThan(HUGE_SPF.length);
  });
});

describe('dns-check on hostile records (dist/cli, every format; the action)', () => {
  it.each(DOMAINS)('%s: a report in every format, no line a workflow command', async (domain) => {
    const base = ['dns-check', '--domain', domain, '--dns-server', zone.address, '--receives-mail'];
    const extra = domain === 'cname.test' ? ['--expect', 'CNAME blog'] : ['--dkim-selector', 's1'];
    const runs = await Promise.all(
      ['text', 'json', 'markdown', 'sarif'].map((format) => runCliBundle([...base, ...extra, '--format', format], dir)),
    );
    for (const result of runs) {
      expectReport(result);
      expect(commandLines(result.stdout, result.stderr)).toEqual([]);
      // Nothing the zone wrote drives the terminal (escape sequences, bell, backspace).
      expect(result.stdout + result.stderr).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    }
    const json = JSON.parse(runs[1]!.stdout) as Report;
    expect(json.findings.length).toBeGreaterThan(0);
    JSON.parse(runs[3]!.stdout);
  });

  it('action: findings annotated and summarised, nothing the zone wrote reaches the runner as a command', async () => {
    for (const domain of ['hostile.test', 'ctl.test', 'cname.test']) {
      const result = await runActionBundle(
        'dns-check',
        {
          domain,
          'dns-server': zone.address,
          'receives-mail': 'true',
          ...(domain === 'cname.test' ? { expect: 'CNAME blog' } : { 'dkim-selector': 's1' }),
        },
        dir,
      );
      expectReport(result);
      expect(result.outputs.passed).toBeDefined();
      expect(plantedCommands(result.stdout)).toEqual([]);
      expect(result.summary).not.toMatch(/^\s*::/m);
      expect(result.summary).not.toMatch(/[\x00\x07\x1b]/);
    }
  });
});

describe('dns-check against a DNS server that never answers', () => {
  let silent: dgram.Socket;
  beforeAll(async () => {
    silent = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it('is a report of lookups that failed, within the per-query deadline, not a hang', async () => {
    const server = `127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const result = await runCliBundle(
      ['dns-check', '--domain', 'shop.test', '--dns-server', server, '--timeout-ms', '300', '--format', 'json'],
      dir,
    );
    expectReport(result);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.ok).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
