// tls-check against ports that are not the HTTPS server it expects (garbage, an SSH banner, plain HTTP, silence),
// a certificate whose subject, issuer and names spell workflow commands and terminal escapes, and plain-HTTP
// starts that redirect somewhere hostile. Each ends as a classified finding in bounded time, never a crash, and
// no text the server chose reaches the runner as a command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCert, makeCa, pemChain } from '../../shared/demo/pki.ts';
import type { Report } from '../../shared/report/model.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { commandLines, expectReport, PWNED, plantedCommands } from './outputs.ts';
import { type Hostile, startHostile } from './servers.ts';

interface Details {
  connectError?: string;
  certificate?: { subject: string; issuer: string; names: string[] };
  redirects: { url: string; status?: number; location?: string; problem?: string }[];
}

const HOSTILE_CN = `evil\n::error::${PWNED}-cn\x1b]0;title\x07`;
const HOSTILE_NAME = `x\n::warning::${PWNED}-san.test`;

let hostile: Hostile;
let dir: string;
let certServer: https.Server;
let certUrl: string;
beforeAll(async () => {
  hostile = await startHostile();
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-tls-'));
  const root = await makeCa(`Root\n::add-mask::${PWNED}-issuer`);
  writeFileSync(join(dir, 'ca.pem'), root.cert);
  const leaf = await issueCert({ issuer: root, names: [HOSTILE_CN, HOSTILE_NAME, 'shop.test'] });
  certServer = https.createServer({ cert: pemChain(leaf.cert, root.cert), key: leaf.key }, (_req, res) => {
    res.setHeader('strict-transport-security', `max-age=oops; ::error::${PWNED}-hsts`);
    res.end('ok');
  });
  await new Promise<void>((resolve) => certServer.listen(0, '127.0.0.1', resolve));
  certUrl = `https://127.0.0.1:${(certServer.address() as AddressInfo).port}/`;
}, 60_000);
afterAll(async () => {
  certServer.closeAllConnections();
  certServer.close();
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});

const httpsAt = (url: string) => url.replace(/^http:/, 'https:');
const findingsOf = (stdout: string) => (JSON.parse(stdout) as Report).findings.map((f) => `${f.ruleId} ${f.severity}`);

function expectOneLineFindings(stdout: string): void {
  for (const f of (JSON.parse(stdout) as Report).findings) {
    for (const text of [f.title, f.message, f.evidence ?? '']) expect(text).not.toMatch(/[\r\n\x00-\x1f\x7f]/);
  }
}

describe('tls-check at a port that does not speak TLS', () => {
  it.each([
    ['garbage', 'notHttp'],
    ['an SSH banner', 'sshBanner'],
    ['plain HTTP', 'reflect'],
    ['silence', 'silent'],
  ] as const)('%s: one tls/untrusted blocker saying the handshake failed, within the deadline', async (_, kind) => {
    const url = httpsAt(hostile.urls[kind]);
    const result = await runCliBundle(['tls-check', '--url', url, '--timeout-ms', '1000', '--format', 'json'], dir);
    expectReport(result);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report<Details>;
    expect(findingsOf(result.stdout)).toEqual(['tls/untrusted blocker']);
    expect(report.findings[0]!.title).toMatch(/^no TLS connection to 127\.0\.0\.1:\d+ \(\w+\)$/);
    expect(report.details!.connectError).toBeDefined();
    if (kind === 'silent') expect(report.details!.connectError).toMatch(/^ETIMEDOUT: .*timed out/);
    expectOneLineFindings(result.stdout);
  });
});

describe('tls-check on a certificate whose subject, issuer and names are hostile text', () => {
  it('reports the mismatch in every format; the names stay text on one line, no command, no escape', async () => {
    const base = ['tls-check', '--url', certUrl, '--ca-file', 'ca.pem'];
    const [text, json, markdown, sarif] = await Promise.all(
      ['text', 'json', 'markdown', 'sarif'].map((format) => runCliBundle([...base, '--format', format], dir)),
    );
    for (const result of [text!, json!, markdown!, sarif!]) {
      expectReport(result);
      expect(result.code).toBe(1);
      expect(commandLines(result.stdout, result.stderr)).toEqual([]);
      expect(result.stdout + result.stderr).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
    }
    expect(findingsOf(json!.stdout)).toContain('tls/hostname-mismatch blocker');
    expectOneLineFindings(json!.stdout);
    const details = (JSON.parse(json!.stdout) as Report<Details>).details!;
    // Node quotes and \u-escapes a hostile subjectAltName, so its commas and control characters stay inside one
    // name; the hostile common name is not shown at all.
    expect(details.certificate!.names).toHaveLength(3);
    expect(details.certificate!.names[2]).toBe('shop.test');
    expect(details.certificate!.names.join(' ')).toContain(`\\u000a::error::${PWNED}-cn`);
    expect(details.certificate!.names.join(' ')).not.toMatch(/[\n\x1b]/);
    JSON.parse(sarif!.stdout);
  });

  it('action: the summary and annotations carry the text, the runner executes none of it', async () => {
    const result = await runActionBundle('tls-check', { url: certUrl, 'ca-file': 'ca.pem' }, dir);
    expectReport(result);
    expect(result.code).toBe(1);
    expect(plantedCommands(result.stdout)).toEqual([]);
    expect(result.stdout).not.toContain(`::add-mask::${PWNED}`);
    expect(result.summary).toContain('Certificate');
    expect(result.summary).not.toMatch(/^\s*::/m);
    expect(result.summary).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/);
  });
});

describe('tls-check when plain HTTP redirects somewhere hostile', () => {
  it.each([
    ['an unparsable Location', 'locationUnparsable', /redirects nowhere a browser can go/],
    ['a javascript: Location', 'locationJavascript', /redirects nowhere a browser can go/],
    ['a file: Location', 'locationFile', /redirects nowhere a browser can go/],
    ['another origin', 'crossOriginRedirect', /ends on http/],
    ['a gzip bomb', 'gzipBomb', /does not redirect to https/],
    ['garbage', 'notHttp', /nothing answers/],
    ['silence', 'silent', /nothing answers/],
  ] as const)('%s: an https/ finding naming the hop, not a crash', async (_, kind, title) => {
    const args = ['tls-check', '--url', certUrl, '--ca-file', 'ca.pem', '--http-url', hostile.urls[kind]];
    const result = await runCliBundle([...args, '--timeout-ms', '1000', '--format', 'json'], dir);
    expectReport(result);
    const report = JSON.parse(result.stdout) as Report<Details>;
    const https = report.findings.filter((f) => f.ruleId.startsWith('https/') && f.ruleId !== 'https/hsts-invalid');
    expect(https.map((f) => f.title).join('\n')).toMatch(title);
    if (kind.startsWith('location')) {
      expect(https.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['https/no-redirect high']);
      expect(https[0]!.message).toMatch(/Its 302 answer is unusable: its Location ".+" is not an http\(s\) URL/);
    }
    expect(report.details!.redirects.length).toBeGreaterThan(0);
    expectOneLineFindings(result.stdout);
  });
});
