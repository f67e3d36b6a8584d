// E-mail and webhook steps from the built bundles against hostile servers: an inbox API answering a compression
// bomb, a list too big to read, a list too long to scan, or nothing at all; a webhook endpoint echoing every
// header it got. Each ends its step within the deadline, in bounded memory, and no secret reaches any output.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunResult, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type Hostile, leaks, startHostile } from './servers.ts';

interface Step {
  name: string;
  verdict: string;
  timings: { total: number };
  failure?: { kind: string; message: string; hint: string };
}

const WEBHOOK_SECRET = 'whsec_hostile_Lp5Nq2Wx8Rz4Tv7';
const INBOX_KEY = 'inboxkey_hostile_Fj3Kd9Sa6Gh1';
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');
const ENV = { HOOK_SECRET: WEBHOOK_SECRET, INBOX_KEY };

let hostile: Hostile;
let dir: string;
beforeAll(async () => {
  hostile = await startHostile();
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-flows-'));
  // The lists are built on first request: build them now, not within a step's deadline.
  await Promise.all(
    [fetch(hostile.urls.hugeJsonList), fetch(hostile.urls.longJsonList)].map(async (r) => (await r).text()),
  );
}, 60_000);
afterAll(async () => {
  await hostile.close();
  rmSync(dir, { recursive: true, force: true });
});

function project(name: string, smoke: object): string {
  const folder = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(join(folder, 'launch-ready.yml'), JSON.stringify({ smoke }));
  return folder;
}

function stepsOf(result: RunResult): Step[] {
  return (JSON.parse(result.stdout) as { details: { steps: Step[] } }).details.steps;
}

/** One e-mail step reading a generic JSON inbox at `url`, with a secret header, waiting at most `timeoutMs`. */
function mailFrom(url: string, timeoutMs = 1_500): object {
  return {
    inbox: { kind: 'json', url, headers: { 'X-Inbox-Key': ENV_REF('INBOX_KEY') } },
    steps: [{ name: 'mail', kind: 'email', email: { to: 'smoke+{{runId}}@example.test', timeoutMs } }],
    timeoutMs: 5_000,
  };
}

describe('e-mail steps against hostile inboxes (dist/cli)', () => {
  it('ends on an inbox answering a compression bomb, in bounded memory and within the deadline', async () => {
    const cwd = project('inbox-bomb', mailFrom(hostile.urls.gzipBomb));
    const rssFile = join(cwd, 'max-rss');
    const started = Date.now();
    const result = await runCliBundle(['smoke-test', '--format', 'json'], cwd, {
      ...ENV,
      NODE_OPTIONS: `--max-old-space-size=256 --import ${join(import.meta.dirname, 'max-rss.ts')}`,
      LR_MAX_RSS_FILE: rssFile,
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.stderr).not.toMatch(/internal error|heap|at .*\.js:\d+/i);
    expect(result.code).toBe(1);
    const [mail] = stepsOf(result);
    expect(mail.verdict).toBe('failed');
    expect(mail.failure?.kind).toBe('http');
    expect(mail.failure?.message).toMatch(/could not read the test inbox within 1\.5 s/);
    expect(existsSync(rssFile)).toBe(true);
    expect(Number(readFileSync(rssFile, 'utf8')) / 1024).toBeLessThan(400);
    expect(leaks(result.stdout + result.stderr, INBOX_KEY)).toEqual([]);
  });

  it('says a list too big to read should be cleared, and scans a long list only so far', async () => {
    const huge = await runCliBundle(
      ['smoke-test', '--format', 'json'],
      project('huge', mailFrom(hostile.urls.hugeJsonList, 4_000)),
      ENV,
    );
    expect(huge.code).toBe(1);
    expect(stepsOf(huge)[0].failure?.message).toMatch(/answered more than the probe reads/);
    expect(stepsOf(huge)[0].failure?.hint).toMatch(/clear the test inbox/);

    const long = await runCliBundle(
      ['smoke-test', '--format', 'json'],
      project('long', mailFrom(hostile.urls.longJsonList, 4_000)),
      ENV,
    );
    expect(long.code).toBe(1);
    expect(stepsOf(long)[0].failure?.kind).toBe('timeout');
    expect(stepsOf(long)[0].failure?.message).toMatch(/no mail to smoke\+\w+@example\.test arrived within 4 s/);
  });

  it('gives up on a silent inbox by the step deadline, not the request timeout', async () => {
    const started = Date.now();
    const result = await runCliBundle(
      ['smoke-test', '--format', 'json'],
      project('silent', mailFrom(hostile.urls.silent, 1_000)),
      ENV,
    );
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(result.code).toBe(1);
    expect(stepsOf(result)[0].failure?.kind).toBe('timeout');
    expect(stepsOf(result)[0].failure?.message).toMatch(/could not read the test inbox within 1 s/);
  });
});

describe('webhook steps against an endpoint echoing every header (action)', () => {
  it('prints neither the secret nor the signatures it echoes; accepting every event is a blocker', async () => {
    const cwd = project('echo', {
      steps: [
        {
          name: 'hook',
          kind: 'webhook',
          method: 'POST',
          path: new URL(hostile.urls.reflect).pathname,
          webhook: { scheme: 'stripe', secret: ENV_REF('HOOK_SECRET') },
        },
      ],
    });
    const result = await runActionBundle('smoke-test', { 'base-url': hostile.origin }, cwd, ENV);
    expect(result.code).toBe(1);
    const signatures = hostile.requests
      .map((r) => r.headers['stripe-signature'])
      .filter((v): v is string => typeof v === 'string');
    expect(signatures.length).toBe(3);
    const digests = signatures.map((s) => /v1=([0-9a-f]+)/.exec(s)?.[1] ?? '');
    const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = [log, result.stderr, result.summary, result.reportJson, ...Object.values(result.outputs)].join(
      '\n',
    );
    expect(leaks(everything, WEBHOOK_SECRET, ...digests)).toEqual([]);
    const report = JSON.parse(result.reportJson ?? '') as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['smoke/webhook-bad-signature-accepted', 'blocker'],
      ['smoke/webhook-unsigned-accepted', 'blocker'],
      ['smoke/webhook-replay-accepted', 'high'],
    ]);
  });
});
