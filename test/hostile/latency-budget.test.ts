// latency-budget from the built bundles against the shared hostile servers: a server that echoes every credential
// back, compression bombs, redirects to another origin or to no URL at all, header floods, ports that do not speak
// HTTP or say nothing. Each endpoint ends as counted errors and a finding in bounded time; no credential is sent to
// another origin or shown in any format; the action log carries no command the servers wrote.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { commandLines, expectReport, plantedCommands } from './outputs.ts';
import { type Hostile, leaks, startHostile } from './servers.ts';

interface Endpoint {
  path: string;
  method: string;
  requests: number;
  errors: number;
}

const TOKEN = 'ltb_SECRET9f8e7d6c5b4aQwErTy';
const SESSION = 'sessid_L4t3nCy9Qq2Ww5Ee8Rr1';
const API_KEY = 'apikey_B7n4Mm1Kk8Jj5Hh2Gg0Ff';
const SECRETS = [TOKEN, SESSION, API_KEY];

let hostile: Hostile;
let dir: string;
beforeAll(async () => {
  hostile = await startHostile();
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-latency-'));
}, 60_000);
afterAll(async () => {
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  hostile.received.length = 0;
});

const path = (url: string) => new URL(url).pathname;
const credentials = { Cookie: `sid=${SESSION}`, 'X-Api-Key': API_KEY };

/** A project whose launch-ready.yml lists these endpoints (JSON is YAML). */
function project(name: string, endpoints: object[]): string {
  const folder = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(join(folder, 'launch-ready.yml'), JSON.stringify({ latency: { endpoints } }));
  return folder;
}

function hostileEndpoints(): object[] {
  return [
    { path: path(hostile.urls.reflect), headers: credentials },
    { path: path(hostile.urls.gzipBomb) },
    { path: path(hostile.urls.brotliBomb) },
    { path: path(hostile.urls.zstdBomb) },
    { path: path(hostile.urls.crossOriginRedirect), headers: credentials },
    { path: path(hostile.urls.crossOriginRedirect307), method: 'POST', json: { apiKey: API_KEY } },
    { path: path(hostile.urls.locationUnparsable) },
    { path: path(hostile.urls.hugeHeader) },
    { path: path(hostile.urls.cookieFlood) },
  ];
}

const load = ['--requests', '4', '--rate', '50', '--warmup', '0', '--timeout-ms', '2000'];
const auth = ['--auth-header', `Authorization: Bearer ${TOKEN}`];
const endpointsOf = (json: string) => (JSON.parse(json) as { details: { endpoints: Endpoint[] } }).details.endpoints;

describe('latency-budget (dist/cli) against hostile servers', () => {
  it('counts every hostile answer as an error, sends no credential to another origin, and shows none in any format', async () => {
    const cwd = project('hostile', hostileEndpoints());
    const args = ['latency-budget', '--base-url', hostile.origin, ...auth, ...load];
    const formats = ['json', 'text', 'markdown', 'sarif'];
    const results = await Promise.all(formats.map((format) => runCliBundle([...args, '--format', format], cwd)));
    for (const result of results) {
      expectReport(result);
      expect(result.code, result.stderr).toBe(1);
      expect(leaks(result.stdout + result.stderr, ...SECRETS, RUNNER_TOKEN)).toEqual([]);
      expect(commandLines(result.stdout, result.stderr)).toEqual([]);
    }
    // The reflecting server (same origin) got the credentials and echoed them: that is allowed, showing them is not.
    expect(hostile.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    // Redirects are timed, never followed: nothing reached the other origin.
    expect(hostile.received).toEqual([]);
    const endpoints = endpointsOf(results[0]!.stdout);
    // Every request is counted; each hostile answer is an error (http, status or timeout). The echo is a
    // success, but its timing shares a busy test server with the floods, so only its count is asserted. So are
    // the bombs': latency-budget times the server and drains the body without inflating it (memory stays
    // bounded), so a bomb is a fast 200 unless its first kept kilobyte alone inflates past the cap.
    expect(endpoints.map((e) => [e.path, e.requests])).toEqual(
      hostileEndpoints().map((e) => [(e as { path: string }).path, 4]),
    );
    const answered = endpoints.filter((e) => e.path !== path(hostile.urls.reflect) && !e.path.startsWith('/bomb/'));
    expect(answered).toHaveLength(5);
    expect(answered.map((e) => [e.path, e.errors])).toEqual(answered.map((e) => [e.path, 4]));
  }, 120_000);

  it.each([
    ['garbage', 'notHttp'],
    ['an SSH banner', 'sshBanner'],
    ['silence', 'silent'],
  ] as const)('a port answering with %s: every request an error within the deadline, one report', async (_, kind) => {
    const base = hostile.urls[kind].replace(/\/$/, '');
    const args = ['latency-budget', '--base-url', base, ...auth, ...load, '--timeout-ms', '500', '--format', 'json'];
    const result = await runCliBundle(args, dir);
    expectReport(result);
    expect(result.code).toBe(1);
    expect(endpointsOf(result.stdout).map((e) => [e.path, e.requests, e.errors])).toEqual([['/', 4, 4]]);
    expect(leaks(result.stdout + result.stderr, TOKEN)).toEqual([]);
  });
});

describe('latency-budget action against hostile servers', () => {
  it('fails the step with a summary; every credential masked, none in the log, summary, outputs or report', async () => {
    const cwd = project('action', hostileEndpoints());
    const result = await runActionBundle(
      'latency-budget',
      {
        'base-url': hostile.origin,
        'auth-header': `Authorization: Bearer ${TOKEN}`,
        requests: '4',
        rate: '50',
        warmup: '0',
      },
      cwd,
    );
    expectReport(result);
    expect(result.code).toBe(1);
    expect(result.outputs.passed).toBe('false');
    expect(result.summary).toContain('| GET /bomb/gzip |');
    const masked = result.stdout.split('\n').filter((line) => line.startsWith('::add-mask::'));
    for (const secret of SECRETS)
      expect(
        masked.some((line) => line.includes(secret)),
        secret,
      ).toBe(true);
    expect(plantedCommands(result.stdout)).toEqual([]);
    expect(hostile.received).toEqual([]);
    const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const outputs = JSON.stringify(result.outputs);
    expect(leaks([log, result.stderr, result.summary, outputs].join('\n'), ...SECRETS, RUNNER_TOKEN)).toEqual([]);
  }, 120_000);
});
