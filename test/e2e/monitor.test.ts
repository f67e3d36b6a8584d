// monitor from the committed bundles: a broken storefront opens one incident, the next failure comments on it,
// the healed storefront comments with the downtime and closes it; a webhook hears the open and the close.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Storefront, startStorefront } from '../../shared/demo/storefront.ts';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.ts';
import { addIssues, type FakeIssues } from '../helpers/fake-issues.ts';

const TOKEN = 'ghs_monitorTOKENneverPrinted0123456789ab';
const HOOK_SECRET = 'T000HOOKsecretPATHneverPrinted99';

let dir: string;
let gh: FakeGitHub;
let issues: FakeIssues;
let hook: { url: string; bodies: string[]; server: Server };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-monitor-'));
  writeFileSync(join(dir, 'launch-ready.yml'), 'smoke:\n  retries: 0\n  timeoutMs: 3000\n');
  gh = await startFakeGitHub({ token: TOKEN });
  issues = addIssues(gh);
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      bodies.push(`${req.url} ${raw}`);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  hook = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/${HOOK_SECRET}`, bodies, server };
});
afterEach(async () => {
  await gh.close();
  await new Promise<void>((resolve) => hook.server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
  expect(gh.invalid).toEqual([]);
});

const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_TOKEN: TOKEN });
const posts = (suffix: RegExp) => gh.writes().filter((c) => c.method === 'POST' && suffix.test(c.path));

async function withSite<T>(checkoutDown: boolean, fn: (site: Storefront) => Promise<T>): Promise<T> {
  const site = await startStorefront({ checkoutDown });
  try {
    return await fn(site);
  } finally {
    await site.close();
  }
}

describe('launch-ready monitor (dist/cli)', () => {
  it('opens one incident after two failures, comments on the next, closes it when healed; the webhook hears open and close', async () => {
    const cli = (site: Storefront) =>
      runCliBundle(
        [
          'monitor',
          '--base-url',
          site.url,
          '--webhook-url',
          hook.url,
          '--history-file',
          'history.json',
          '--format',
          'json',
        ],
        dir,
        env(),
      );
    const outputs: string[] = [];
    const first = await withSite(true, cli);
    outputs.push(first.stdout, first.stderr);
    expect(first.code, first.stderr).toBe(1);
    // The flapping guard: one failure opens nothing.
    expect(issues.list).toHaveLength(0);
    expect(JSON.parse(first.stdout).details.runs[0]).toMatchObject({
      ok: false,
      kind: 'http',
      incident: { action: 'waiting' },
    });

    const second = await withSite(true, cli);
    outputs.push(second.stdout, second.stderr);
    expect(issues.list).toHaveLength(1);
    const incident = issues.list[0]!;
    expect(incident.labels).toEqual(['launch-ready-incident']);
    expect(issues.labels).toEqual(['launch-ready-incident']);
    expect(incident.body).toMatch(/^<!-- launch-ready-incident check="smoke-test" environment="production" since="/);
    expect(incident.body).toContain('**Failure class:** http');
    expect(incident.body).toContain('```mermaid\nxychart-beta');
    expect(incident.body).toContain('| smoke-test | 2 | 2 | 0% |');

    const third = await withSite(true, cli);
    outputs.push(third.stdout, third.stderr);
    expect(issues.list).toHaveLength(1);
    expect(incident.comments).toHaveLength(1);
    expect(incident.comments[0]).toContain('Still failing: 3 run(s) in a row');

    const healed = await withSite(false, cli);
    outputs.push(healed.stdout, healed.stderr);
    expect(healed.code, healed.stderr).toBe(0);
    expect(incident.state).toBe('closed');
    expect(incident.comments).toHaveLength(2);
    expect(incident.comments[1]).toMatch(/passes again in production .* Down for \d+ (s|min)/);
    expect(posts(/\/issues$/)).toHaveLength(1);
    expect(posts(/\/labels$/)).toHaveLength(1);

    expect(hook.bodies).toHaveLength(2);
    expect(JSON.parse(hook.bodies[0]!.split(' ').slice(1).join(' ')).text).toMatch(
      /smoke-test is failing in production/,
    );
    expect(JSON.parse(hook.bodies[1]!.split(' ').slice(1).join(' ')).text).toMatch(
      /smoke-test recovered in production/,
    );
    for (const body of hook.bodies) expect(body.split(' ').slice(1).join(' ')).not.toContain(HOOK_SECRET);
    const everything = [...outputs, ...issues.list.flatMap((i) => [i.title, i.body, ...i.comments])].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(HOOK_SECRET);
  }, 60_000);

  it('with failures-before-alert 1, the first failure opens the incident', async () => {
    const result = await withSite(true, (site) =>
      runCliBundle(
        ['monitor', '--base-url', site.url, '--failures-before-alert', '1', '--history-file', 'h.json'],
        dir,
        env(),
      ),
    );
    expect(result.code).toBe(1);
    expect(issues.list).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('names an unknown or writing check in one line (exit 2)', async () => {
    const result = await runCliBundle(['monitor', '--checks', 'rollback'], dir, env());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /monitor checks: 'rollback' is not a check the monitor can run: expected one of .*smoke-test/,
    );
    expect(gh.calls).toEqual([]);
  });
});

describe('monitor action (dist/monitor)', () => {
  it('opens once and comments once over two failing runs with failures-before-alert 1, then closes; summary has the chart', async () => {
    const action = (site: Storefront) =>
      runActionBundle(
        'monitor',
        { 'base-url': site.url, 'failures-before-alert': '1', 'history-file': 'history.json', 'webhook-url': hook.url },
        dir,
        { GITHUB_API_URL: gh.url, GITHUB_TOKEN: '' },
        { event: { name: 'schedule', payload: { schedule: '*/10 * * * *' } } },
      );
    // The action's github-token input defaults to the job token: the fake accepts only that one here.
    await gh.close();
    gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    issues = addIssues(gh);
    const first = await withSite(true, action);
    expect(first.outputs.passed).toBe('false');
    const second = await withSite(true, action);
    expect(issues.list).toHaveLength(1);
    expect(issues.list[0]!.comments).toHaveLength(1);
    expect(second.summary).toContain('```mermaid\nxychart-beta');
    expect(second.summary).toContain('Last 7 days in production');
    expect(second.outputs.failing).toBe('smoke-test');
    const healed = await withSite(false, action);
    expect(healed.outputs.passed).toBe('true');
    expect(issues.list[0]!.state).toBe('closed');
    expect(hook.bodies).toHaveLength(2);
    for (const run of [first, second, healed]) {
      // ::add-mask:: is how a secret is handed to the runner (which consumes the line); nothing else may hold it.
      const printed = `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      const all = `${printed.join('\n')}${run.summary}${JSON.stringify(run.outputs)}`;
      expect(all).not.toContain(RUNNER_TOKEN);
      expect(all).not.toContain(HOOK_SECRET);
    }
  }, 60_000);
});
