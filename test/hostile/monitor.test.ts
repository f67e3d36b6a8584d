// monitor from the built bundles against a live site that is hostile (silent, a compression bomb, an echo of every
// credential, a redirect to another origin) and a GitHub that answers with hostile issues, malformed lists or
// nothing at all. Each run ends as a classified failure or finding in bounded time; no credential reaches another
// origin, an incident issue, the webhook or any output; no text from the site or the issues becomes a command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/report/model.ts';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.ts';
import { addIssues, type FakeIssues } from '../helpers/fake-issues.ts';
import { commandLines, expectReport, PWNED, plantedCommands } from './outputs.ts';
import { type Hostile, leaks, startHostile } from './servers.ts';

interface Run {
  check: string;
  ok: boolean;
  kind?: string;
  what?: string;
  incident?: { action: string; number?: number };
}
interface Details {
  incidents: string;
  runs: Run[];
  webhook: { sent: number; failed: number };
}

const GH_TOKEN = 'ghs_Mq7Zx2Vb9Nk4Lp8Rt3Wy6Hd1Fs5Gj0Aa';
const SITE_TOKEN = 'stk_Q9w8E7r6T5y4U3i2O1p0Zk';
const SESSION = 'sid_Hq1Ln9Xx8Cc7Vv6Bb5Nn4';
const HOOK_SECRET = 'T0Hk7Qz3Xw9Pv2Rn5Ls8Mc4';
const SECRETS = [GH_TOKEN, SITE_TOKEN, SESSION, HOOK_SECRET, RUNNER_TOKEN];

let hostile: Hostile;
let dir: string;
beforeAll(async () => {
  hostile = await startHostile();
}, 60_000);
afterAll(() => hostile.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-hostile-monitor-'));
  hostile.received.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const path = (url: string) => new URL(url).pathname;
/** A webhook on the capture origin: what it receives is recorded in `hostile.received`. */
const hookUrl = () => `${hostile.captureOrigin}/services/${HOOK_SECRET}`;

/** launch-ready.yml: smoke steps that send credentials to hostile paths, quickly given up on. */
function config(steps: object[]): void {
  const smoke = { retries: 0, timeoutMs: 1000, authHeader: `Authorization: Bearer ${SITE_TOKEN}`, steps };
  writeFileSync(join(dir, 'launch-ready.yml'), JSON.stringify({ smoke }));
}

function detailsOf(stdout: string): Details {
  return (JSON.parse(stdout) as Report<Details>).details!;
}

/** A secret shown anywhere but the ::add-mask:: lines that hand it to the runner. */
function shown(...outputs: string[]): string[] {
  return leaks(outputs.join('\n').replace(/^::add-mask::.*$/gm, ''), ...SECRETS);
}

describe('monitor (dist/cli) against a hostile site, incidents off', () => {
  it.each([
    ['a silent site', 'silent', 'timeout'],
    ['a site answering garbage', 'notHttp', 'http'],
    ['a gzip bomb', 'gzipBomb', 'http'],
  ] as const)('%s: one classified failure (%s) in bounded time, no credential shown', async (_, kind, failure) => {
    config([{ name: 'home', path: '/', headers: { Cookie: `sid=${SESSION}` } }]);
    const base = hostile.urls[kind].replace(/\/$/, '');
    const args = ['monitor', '--base-url', base, '--history-file', 'h.json', '--format', 'json'];
    const result = await runCliBundle(args, dir);
    expectReport(result);
    expect(result.code).toBe(1);
    const details = detailsOf(result.stdout);
    expect(details.incidents).toMatch(/^off: /);
    expect(details.runs.map((r) => [r.check, r.ok, r.kind])).toEqual([['smoke-test', false, failure]]);
    expect(shown(result.stdout, result.stderr)).toEqual([]);
  });
});

describe('monitor with incidents against a hostile site', () => {
  let gh: FakeGitHub;
  let issues: FakeIssues;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: GH_TOKEN });
    issues = addIssues(gh);
  });
  afterEach(() => gh.close());
  const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_TOKEN: GH_TOKEN });

  it('opens the incident and calls the webhook; no credential in the issue, the webhook, another origin or any output', async () => {
    config([
      { name: 'echo', path: path(hostile.urls.reflect), expect: { bodyNotContains: 'Bearer' } },
      { name: 'away', path: path(hostile.urls.crossOriginRedirect), headers: { Cookie: `sid=${SESSION}` } },
      { name: 'bomb', path: path(hostile.urls.brotliBomb) },
    ]);
    const args = ['monitor', '--base-url', hostile.origin, '--failures-before-alert', '1', '--history-file', 'h.json'];
    const [json, text] = [
      await runCliBundle([...args, '--webhook-url', hookUrl(), '--format', 'json'], dir, env()),
      await runCliBundle([...args, '--format', 'text'], dir, env()),
    ];
    for (const result of [json, text]) {
      expectReport(result);
      expect(result.code).toBe(1);
      expect(commandLines(result.stdout, result.stderr)).toEqual([]);
    }
    expect(detailsOf(json.stdout).runs[0]).toMatchObject({ ok: false, incident: { action: 'opened' } });
    expect(detailsOf(json.stdout).webhook).toEqual({ sent: 1, failed: 0 });
    expect(issues.list).toHaveLength(1);
    // Both runs followed the redirect without its cookie, the webhook got one message: none holds a credential.
    expect(hostile.received.map((r) => r.url).sort()).toEqual(['/captured', '/captured', `/services/${HOOK_SECRET}`]);
    const toOtherOrigin = hostile.received.map((r) => ({ ...r, url: '' }));
    expect(leaks(JSON.stringify(toOtherOrigin), ...SECRETS)).toEqual([]);
    const filed = issues.list.flatMap((i) => [i.title, i.body, ...i.comments]).join('\n');
    expect(shown(json.stdout, json.stderr, text.stdout, text.stderr, filed)).toEqual([]);
  });
});

describe('monitor against a hostile GitHub', () => {
  let gh: FakeGitHub;
  let issues: FakeIssues;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    issues = addIssues(gh);
    config([{ name: 'home', path: path(hostile.urls.gzipBomb) }]);
  });
  afterEach(() => gh.close());

  const action = (apiUrl: string, inputs: Record<string, string> = {}) =>
    runActionBundle(
      'monitor',
      { 'base-url': hostile.origin, 'failures-before-alert': '1', 'history-file': 'h.json', ...inputs },
      dir,
      { GITHUB_API_URL: apiUrl, GITHUB_TOKEN: '' },
      { event: { name: 'schedule', payload: { schedule: '*/10 * * * *' } } },
    );

  it('an open incident whose title and body spell workflow commands: commented on, nothing executed', async () => {
    const since = `2026-01-01T00:00:00Z\n::error::${PWNED}-since`;
    issues.list.push({
      number: 7,
      title: `Incident\n::warning::${PWNED}-title`,
      body: `<!-- launch-ready-incident check="smoke-test" environment="production" since="${since}" -->\n::error::${PWNED}-body\n${'\x1b[2J'.repeat(10_000)}`,
      state: 'open',
      state_reason: null,
      labels: ['launch-ready-incident'],
      created_at: '2026-01-01T00:00:00Z',
      comments: [],
    });
    issues.labels.push('launch-ready-incident');
    const result = await action(gh.url);
    expectReport(result);
    expect(result.code).toBe(1);
    expect(issues.list).toHaveLength(1);
    expect(issues.list[0]!.comments).toHaveLength(1);
    expect(plantedCommands(result.stdout)).toEqual([]);
    expect(result.summary).not.toMatch(/^\s*::/m);
    expect(result.summary).not.toContain('\x1b');
    expect(shown(result.stdout, result.stderr, result.summary, issues.list[0]!.comments[0]!)).toEqual([]);
  });

  it('a list of issues with nulls and wrong types: those entries are skipped, the incident opened', async () => {
    // This list route is registered before the fake issues' own, so it is the one that answers.
    await gh.close();
    gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    gh.route('GET', '/repos/{owner}/{repo}/issues', () => ({
      status: 200,
      body: [
        null,
        42,
        'x',
        { number: 'one', title: 'Incident' },
        { number: 9, title: null, body: { text: `::error::${PWNED}` }, state: 'open', created_at: 3 },
      ],
    }));
    issues = addIssues(gh);
    const result = await action(gh.url);
    expectReport(result);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.reportJson ?? '{}') as Report<Details>;
    expect(report.details!.runs[0]).toMatchObject({ ok: false, incident: { action: 'opened' } });
    expect(issues.list).toHaveLength(1);
    expect(plantedCommands(result.stdout)).toEqual([]);
  });

  it.each([
    ['answers garbage', 'notHttp'],
    ['never answers', 'silent'],
  ] as const)('a GitHub API that %s: the incident is not recorded, said once, in bounded time', async (_, kind) => {
    const result = await action(hostile.urls[kind].replace(/\/$/, ''), { 'timeout-ms': '300' });
    expectReport(result);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.reportJson ?? '{}') as Report<Details>;
    expect(report.findings.map((f) => f.ruleId)).toContain('monitor/incident-not-recorded');
    expect(shown(result.stdout, result.stderr, result.summary, result.reportJson ?? '')).toEqual([]);
  });
});
