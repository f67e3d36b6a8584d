// Every action as the GitHub runner runs it (every input sent with its action.yml default): zero-config in an
// empty repository, launch-ready.yml honoured, and file paths named from the repository root whatever the
// working-directory.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../shared/checks/registry.ts';
import { issueCert, makeCa, pemChain } from '../../shared/demo/pki.ts';
import { type Storefront, startStorefront } from '../../shared/demo/storefront.ts';
import { startZoneServer, type ZoneServer } from '../../shared/dns/zone-server.ts';
import { RUNNER_TOKEN, runActionBundle } from '../helpers/dist.ts';
import { startFakeGitHub } from '../helpers/fake-github.ts';
import { addIssues } from '../helpers/fake-issues.ts';
import { closedPort } from '../shared/http/servers.ts';

let shop: Storefront;
let repo: string;
let domain: ZoneServer;
let secure: https.Server;
let ca: string;
beforeAll(async () => {
  shop = await startStorefront();
  // A domain with nothing wrong, for the checks that need one: its DNS (mail authenticated) and its HTTPS site.
  domain = await startZoneServer([
    { name: 'shop.test', type: 'A', value: '127.0.0.1' },
    { name: 'www.shop.test', type: 'A', value: '127.0.0.1' },
    { name: 'shop.test', type: 'TXT', value: 'v=spf1 ip4:192.0.2.1 -all' },
    { name: '_dmarc.shop.test', type: 'TXT', value: 'v=DMARC1; p=reject; rua=mailto:dmarc@shop.test' },
  ]);
  const root = await makeCa('Runner Test Root');
  ca = root.cert;
  const leaf = await issueCert({ issuer: root, names: ['shop.test'] });
  secure = https.createServer({ cert: pemChain(leaf.cert), key: leaf.key }, (_req, res) => {
    res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    res.end('ok');
  });
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  secure.closeAllConnections();
  secure.close();
  await Promise.all([shop.close(), domain.close()]);
});
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'lr-e2e-runner-'));
  execFileSync('git', ['init', '-q', repo]);
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
}

/** `::warning file=web/src/index.js,line=3,...::message` → the files the annotations point at. */
function annotatedFiles(stdout: string): string[] {
  return [...stdout.matchAll(/^::(?:error|warning|notice) [^\n]*?\bfile=([^,:\n]+)/gm)].map((m) => m[1]!);
}

describe('every action with no launch-ready.yml in an empty repository', () => {
  it.each(CHECKS.map((check) => check.name))('%s passes zero-config', async (name) => {
    // What a check of a live site cannot run without: the site. Everything else stays at its default.
    const target: Record<string, Record<string, string>> = {
      'smoke-test': { 'base-url': shop.url },
      'cache-audit': { 'base-url': shop.url },
      monitor: { 'base-url': shop.url },
      'latency-budget': { 'base-url': shop.url, requests: '20', rate: '20', warmup: '2' },
      'dns-check': { domain: 'shop.test', 'dns-server': domain.address },
      'tls-check': {
        url: `https://shop.test:${(secure.address() as AddressInfo).port}/`,
        'dns-server': domain.address,
        'ca-file': 'ca.pem',
      },
    };
    if (name === 'tls-check') writeFileSync(join(repo, 'ca.pem'), ca);
    const inputs = target[name] ?? {};
    // rollback's zero-config run needs what it acts on: a GitHub with a good deployment and a bad current one.
    // monitor reads its open incidents before deciding: a GitHub with none.
    const github = ['rollback', 'monitor'].includes(name) ? await startFakeGitHub({ token: RUNNER_TOKEN }) : undefined;
    if (name === 'monitor' && github) addIssues(github);
    if (name === 'rollback') {
      github?.addDeployment({ sha: 'a'.repeat(40), states: ['success'] });
      github?.addDeployment({ sha: 'b'.repeat(40), states: ['failure'] });
    }
    const env: Record<string, string> = github ? { GITHUB_API_URL: github.url } : {};
    const result = await runActionBundle(name, inputs, repo, env).finally(() => github?.close());
    expect(result.stdout).not.toMatch(/^::error::/m);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(JSON.parse(result.reportJson ?? '')).toMatchObject({ check: name });
  });
});

describe('launch-ready.yml under the action', () => {
  it('smoke: { retries: 0 } is honoured: a closed port fails after one attempt', async () => {
    write({ 'launch-ready.yml': 'smoke:\n  retries: 0\n' });
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runActionBundle('smoke-test', { 'base-url': url }, repo);
    expect(result.code).toBe(1);
    const steps = JSON.parse(result.reportJson!).details.steps as { attempts: number; failure?: { kind: string } }[];
    expect(steps[0]).toMatchObject({ attempts: 1, failure: { kind: 'connect' } });
  });

  it('env: { environment } is honoured when the input is left to its default', async () => {
    write({
      'launch-ready.yml': 'env:\n  environment: staging\n  scanCode: false\n',
      '.env.example': 'APP_URL=https://example.com\n',
    });
    const result = await runActionBundle('env-check', {}, repo, { APP_URL: 'https://staging.shop.example' });
    expect(result.code, result.stdout).toBe(0);
    expect(JSON.parse(result.reportJson!).details.environment).toBe('staging');
  });

  it('an input wins over the file, and a bad input is named as the input', async () => {
    write({ 'launch-ready.yml': 'smoke:\n  timeoutMs: 5000\n' });
    const result = await runActionBundle('smoke-test', { 'base-url': shop.url, 'timeout-ms': '3000000000' }, repo);
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::input 'timeout-ms': timeoutMs must be at most 600000 ms/);
  });
});

describe('working-directory is a subfolder', () => {
  it('annotations, SARIF and the JSON report name files from the repository root', async () => {
    write({
      'web/.env.example': 'APP_URL=https://example.com\nUNUSED_FLAG=1 # optional\n',
      'web/src/index.js': 'export const url = process.env.APP_URL;\nexport const key = process.env.UNDECLARED_KEY;\n',
    });
    const result = await runActionBundle(
      'env-check',
      { 'working-directory': 'web', 'sarif-file': 'env.sarif', 'fail-on': 'never' },
      repo,
      { APP_URL: 'https://shop.example.com' },
    );
    expect(result.code, result.stdout).toBe(0);
    const files = annotatedFiles(result.stdout);
    expect(files).toContain('web/src/index.js');
    expect(files).toContain('web/.env.example');
    for (const file of files) expect(existsSync(join(repo, file)), file).toBe(true);

    const report = JSON.parse(result.reportJson!) as { findings: { location?: { file?: string } }[] };
    const reported = report.findings.flatMap((f) => (f.location?.file ? [f.location.file] : []));
    expect(reported.length).toBeGreaterThan(0);
    for (const file of reported) expect(existsSync(join(repo, file)), file).toBe(true);

    const sarif = JSON.parse(readFileSync(join(repo, 'web', 'env.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('web/src/index.js');
    for (const uri of uris) expect(existsSync(join(repo, uri)), uri).toBe(true);
    expect(result.summary).toContain('web/src/index.js');
  });

  it('secret-scan in a subfolder names files from the repository root too', async () => {
    const key = ['ghp', '_', 'R8kQ2vLx9TzW4mNc7PbY1sHd6JfG3aEu0VoK'].join('');
    write({ 'apps/shop/config.js': `export const token = '${key}';\n` });
    const result = await runActionBundle('secret-scan', { 'working-directory': 'apps' }, repo);
    expect(result.code).toBe(1);
    expect(annotatedFiles(result.stdout)).toEqual(['apps/shop/config.js']);
    // The runner masks the value it is told to (::add-mask::); nothing else may print it.
    const printed = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain(key);
  });

  it('a working-directory that does not exist is one clear line', async () => {
    const result = await runActionBundle('env-check', { 'working-directory': 'nope' }, repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::input 'working-directory': the folder nope does not exist$/m);
  });
});
