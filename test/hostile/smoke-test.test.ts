// smoke-test from the built bundles (the CLI, and the action as the runner runs it) against the shared hostile
// servers: a hostile answer fails its own step with a report, in bounded memory, and no credential reaches
// another origin or any output.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunResult, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type Hostile, leaks, startHostile } from './servers.ts';

interface Step {
  name: string;
  ok: boolean;
  verdict: string;
  attempts: number;
  timings: { total: number };
  failure?: { kind: string; message: string; hint: string };
}

const TOKEN = 'tok_live_Q7w2Er9Ty4Ui1Op6As3Df8Gh';
const API_KEY = 'apikey_Z5x8Cv1Bn4Mm7Lk0Jh3Gf';
const AUTH_TOKEN = 'authtok_P2o5Ii8Uu1Yy4Tt7Rr0Ee';
const SESSION = 'sessid_W3e6Rr9Tt2Yy5Uu8Ii1Oo';
const USER = 'stageuser';
const PASSWORD = 'Staging-Pa55word-91';
const BASIC = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
const SECRETS = [TOKEN, API_KEY, AUTH_TOKEN, SESSION, PASSWORD, BASIC];
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');

let hostile: Hostile;
let dir: string;
beforeAll(async () => {
  hostile = await startHostile();
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-'));
}, 60_000);
afterAll(async () => {
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  hostile.received.length = 0;
});

const path = (url: string) => new URL(url).pathname;

/** A project folder whose launch-ready.yml holds these smoke steps (JSON is YAML). */
function project(name: string, steps: object[]): string {
  const folder = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(join(folder, 'launch-ready.yml'), JSON.stringify({ smoke: { steps } }));
  return folder;
}

function stepsOf(result: RunResult): Step[] {
  return (JSON.parse(result.stdout) as { details: { steps: Step[] } }).details.steps;
}

/** A secret shown anywhere but the ::add-mask:: lines that hand it to the runner. */
function shown(...outputs: string[]): string[] {
  const text = outputs.join('\n').replace(/^::add-mask::.*$/gm, '');
  return [...leaks(text, ...SECRETS), ...(text.includes(USER) ? [USER] : [])];
}

/** Steps that send every kind of credential to another origin (and to a reflecting server that echoes them). */
function credentialSteps(): object[] {
  return [
    { name: 'echo', path: path(hostile.urls.reflect) },
    {
      name: 'away',
      path: path(hostile.urls.crossOriginRedirect),
      headers: {
        'X-Api-Key': ENV_REF('API_KEY'),
        'X-Auth-Token': AUTH_TOKEN,
        'X-Session-Id': SESSION,
        'X-Shop-Key': TOKEN,
        Cookie: `sid=${SESSION}`,
      },
    },
    {
      name: 'away-with-body',
      method: 'POST',
      path: path(hostile.urls.crossOriginRedirect307),
      json: { apiKey: ENV_REF('API_KEY') },
      expect: { status: '2xx' },
    },
  ];
}

const credentialEnv = { API_KEY };
const protectedBase = () => hostile.origin.replace('http://', `http://${USER}:${PASSWORD}@`);

describe('smoke-test CLI (dist/cli) against hostile servers', () => {
  it('ends a gzip, brotli and zstd bomb as http step failures with a report, in bounded memory', async () => {
    const cwd = project('bombs', [
      { name: 'gzip-bomb', path: path(hostile.urls.gzipBomb) },
      { name: 'brotli-bomb', path: path(hostile.urls.brotliBomb) },
      { name: 'zstd-bomb', path: path(hostile.urls.zstdBomb) },
      { name: 'fine', path: path(hostile.urls.reflect) },
    ]);
    const rssFile = join(cwd, 'max-rss');
    const result = await runCliBundle(['smoke-test', '--base-url', hostile.origin, '--format', 'json'], cwd, {
      NODE_OPTIONS: `--max-old-space-size=256 --import ${join(import.meta.dirname, 'max-rss.ts')}`,
      LR_MAX_RSS_FILE: rssFile,
    });
    expect(result.stderr).not.toMatch(/internal error|heap|at .*\.js:\d+/i);
    expect(result.code).toBe(1);
    expect(stepsOf(result).map((s) => [s.name, s.verdict, s.failure?.kind, s.attempts])).toEqual([
      ['gzip-bomb', 'failed', 'http', 1],
      ['brotli-bomb', 'failed', 'http', 1],
      ['zstd-bomb', 'failed', 'http', 1],
      ['fine', 'passed', undefined, 1],
    ]);
    expect(stepsOf(result)[0]?.failure?.message).toMatch(/gzip body of \d+ bytes that decompresses to more than/);
    // Three gigabytes of bombs, read with the probe's 16 MiB bound: the whole run stays a small process.
    expect(existsSync(rssFile)).toBe(true);
    const peakMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    expect(peakMiB).toBeLessThan(400);
  });

  it('sends no credential to another origin and prints none, in any format', async () => {
    const cwd = project('credentials', credentialSteps());
    const flags = ['smoke-test', '--base-url', protectedBase(), '--auth-header', `X-Shop-Key: ${TOKEN}`];
    const json = await runCliBundle([...flags, '--format', 'json'], cwd, credentialEnv);
    const text = await runCliBundle(flags, cwd, credentialEnv);
    const markdown = await runCliBundle([...flags, '--format', 'markdown'], cwd, credentialEnv);
    expect([json.code, text.code, markdown.code]).toEqual([1, 1, 1]);
    // The reflecting server is the same origin: it got the Basic header, and echoed everything back.
    expect(hostile.requests.some((r) => r.headers.authorization === `Basic ${BASIC}`)).toBe(true);
    // Three runs, each: `away` arrived without its credentials; `away-with-body` was not followed.
    expect(hostile.received.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
    expect(leaks(hostile.received, ...SECRETS)).toEqual([]);
    expect(JSON.stringify(hostile.received)).not.toContain(USER);
    const steps = stepsOf(json);
    expect(steps.map((s) => [s.name, s.verdict])).toEqual([
      ['echo', 'passed'],
      ['away', 'passed'],
      ['away-with-body', 'failed'],
    ]);
    expect(steps[2]?.failure?.message).toMatch(/holds a credential\) to another origin.*not followed/);
    expect(shown(json.stdout, json.stderr, text.stdout, text.stderr, markdown.stdout, markdown.stderr)).toEqual([]);
  });

  it('an unusable redirect is exit 1 with a report naming the Location, not a crash', async () => {
    const cwd = project('locations', [
      { name: 'unparsable', path: path(hostile.urls.locationUnparsable) },
      { name: 'javascript', path: path(hostile.urls.locationJavascript) },
      { name: 'file', path: path(hostile.urls.locationFile) },
      { name: 'data', path: path(hostile.urls.locationData) },
      { name: 'fine', path: path(hostile.urls.reflect) },
    ]);
    const result = await runCliBundle(['smoke-test', '--base-url', hostile.origin, '--format', 'json'], cwd);
    expect(result.code).toBe(1);
    const steps = stepsOf(result);
    expect(steps.map((s) => [s.name, s.verdict, s.failure?.kind])).toEqual([
      ['unparsable', 'failed', 'http'],
      ['javascript', 'failed', 'http'],
      ['file', 'failed', 'http'],
      ['data', 'failed', 'http'],
      ['fine', 'passed', undefined],
    ]);
    expect(steps.map((s) => s.failure?.message.match(/Location "([^"]*)"/)?.[1])).toEqual([
      'http://[::1',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:,x',
      undefined,
    ]);
    const text = await runCliBundle(['smoke-test', '--base-url', hostile.origin], cwd);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('4 of 5 smoke steps failed');
  });

  it('answers that are not HTTP or have oversized headers are http, not retried; silence is a bounded timeout', async () => {
    const cwd = project('not-http', [
      { name: 'garbage', url: hostile.urls.notHttp },
      { name: 'ssh', url: hostile.urls.sshBanner },
      { name: 'huge-header', path: path(hostile.urls.hugeHeader) },
      { name: 'cookie-flood', path: path(hostile.urls.cookieFlood) },
      { name: 'silent', url: hostile.urls.silent },
    ]);
    const result = await runCliBundle(
      ['smoke-test', '--base-url', hostile.origin, '--retries', '3', '--timeout-ms', '500', '--format', 'json'],
      cwd,
    );
    expect(result.code).toBe(1);
    const steps = stepsOf(result);
    expect(steps.map((s) => [s.name, s.failure?.kind, s.attempts])).toEqual([
      ['garbage', 'http', 1],
      ['ssh', 'http', 1],
      ['huge-header', 'http', 1],
      ['cookie-flood', 'http', 1],
      ['silent', 'timeout', 1],
    ]);
    expect(steps[1]?.failure?.message).toMatch(/did not answer with valid HTTP/);
    expect(steps[3]?.failure?.message).toMatch(/headers too large/);
    expect(steps[4]?.timings.total).toBeLessThan(500 + 1_000);
  });
});

describe('smoke-test action (dist/smoke-test) against hostile servers', () => {
  it('fails the step with a summary and outputs, and no credential reaches another origin or any output', async () => {
    const cwd = project('action', [
      ...credentialSteps(),
      { name: 'bomb', path: path(hostile.urls.brotliBomb) },
      { name: 'unparsable', path: path(hostile.urls.locationUnparsable) },
    ]);
    const result = await runActionBundle(
      'smoke-test',
      { 'base-url': protectedBase(), 'auth-header': `X-Shop-Key: ${TOKEN}`, retries: '1' },
      cwd,
      credentialEnv,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/internal error/i);
    expect(result.outputs.passed).toBe('false');
    expect(result.outputs['failed-steps']).toBe('away-with-body,bomb,unparsable');
    expect(result.summary).toMatch(/\| bomb \|/);
    expect(result.summary).toMatch(/\| unparsable \|/);
    const report = JSON.parse(result.reportJson ?? '{}') as { details: { steps: Step[] } };
    expect(report.details.steps.map((s) => s.failure?.kind)).toEqual([undefined, undefined, 'http', 'http', 'http']);
    // The runner is told to mask every credential, including the base URL's password and its Basic form.
    for (const secret of [TOKEN, API_KEY, PASSWORD, BASIC]) expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(leaks(hostile.received, ...SECRETS)).toEqual([]);
    const outputs = JSON.stringify(result.outputs);
    expect(shown(result.stdout, result.stderr, result.summary, outputs)).toEqual([]);
  });
});
