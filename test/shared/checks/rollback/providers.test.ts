// rollback on Vercel, Netlify and Heroku against local fakes of their APIs: the same safety rules as the github
// provider, each as a user relies on it, with the provider's own record as the truth of what serves.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../../shared/checks/definition.ts';
import type { RollbackDetails } from '../../../../shared/checks/rollback/details.ts';
import { rollback } from '../../../../shared/checks/rollback/index.ts';
import { rollbackOutputs } from '../../../../shared/checks/rollback/present.ts';
import { runRollback } from '../../../../shared/checks/rollback/run.ts';
import { resolveOptions } from '../../../../shared/config/load.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';
import { startFakeGitHub } from '../../../helpers/fake-github.ts';
import { type FakeHost, startFakeHeroku, startFakeNetlify, startFakeVercel } from '../../../helpers/fake-hosts.ts';
import { BAD, FAILED, GOOD, githubEnv, seedHistory, TOKEN } from './harness.ts';

const HOST_TOKEN = 'hostTOKENsecret0123456789abcdefXYZ';

interface Provider {
  name: 'vercel' | 'netlify' | 'heroku';
  start: (token: string) => Promise<FakeHost>;
  env: (host: FakeHost, token: string) => Record<string, string>;
  /** How --to names the failed deploy. */
  failedRef: (failed: string) => string;
}

const PROVIDERS: Provider[] = [
  {
    name: 'vercel',
    start: (token) => startFakeVercel({ token, team: 'team_shop' }),
    env: (host, token) => ({
      VERCEL_TOKEN: token,
      VERCEL_PROJECT_ID: 'shop',
      VERCEL_ORG_ID: 'team_shop',
      VERCEL_API_URL: host.url,
    }),
    failedRef: () => FAILED.slice(0, 7),
  },
  {
    name: 'netlify',
    start: (token) => startFakeNetlify({ token }),
    env: (host, token) => ({ NETLIFY_AUTH_TOKEN: token, NETLIFY_SITE_ID: 'site-1234', NETLIFY_API_URL: host.url }),
    failedRef: () => FAILED.slice(0, 7),
  },
  {
    name: 'heroku',
    start: (token) => startFakeHeroku({ token }),
    env: (host, token) => ({ HEROKU_API_KEY: token, HEROKU_APP_NAME: 'shop', HEROKU_API_URL: host.url }),
    failedRef: () => 'v2',
  },
];

async function run(
  provider: Provider,
  host: FakeHost,
  params: Record<string, string | boolean>,
  options: { env?: Record<string, string>; token?: string } = {},
): Promise<{ report: Report<RollbackDetails>; log: string[]; raw: string }> {
  const config = { path: 'launch-ready.yml', sections: {} };
  const log: string[] = [];
  const context: CheckContext = {
    cwd: process.cwd(),
    env: { ...provider.env(host, options.token ?? HOST_TOKEN), ...options.env },
    redactor: new Redactor(),
    log: (line) => log.push(line),
    config,
  };
  const resolved = resolveOptions(rollback, config, { provider: provider.name, ...params });
  const report = await runRollback(resolved, context, { sleep: async () => {} });
  const scrubbed = context.redactor.scrubDeep(report);
  return { report: scrubbed, log, raw: JSON.stringify(report) + log.join('\n') };
}

/** good, failed, then the live bad one. */
function seed(host: FakeHost): { good: string; failed: string; bad: string } {
  const good = host.add({ sha: GOOD, state: 'good', minutesAgo: 120 });
  const failed = host.add({ sha: FAILED, state: 'failed', minutesAgo: 30 });
  const bad = host.add({ sha: BAD, state: 'good', minutesAgo: 5 });
  return { good: good.id, failed: failed.id, bad: bad.id };
}

const liveSha = (host: FakeHost) => host.deploys.find((d) => d.id === host.liveId)!.sha;

describe.each(PROVIDERS.map((p) => [p.name, p] as const))('rollback --provider %s', (_name, provider) => {
  let host: FakeHost;
  beforeEach(async () => {
    host = await provider.start(HOST_TOKEN);
  });
  afterEach(() => host.close());

  it('rolls back once to the newest good deploy, skipping the failed one', async () => {
    const ids = seed(host);
    const { report, raw } = await run(provider, host, { reason: 'smoke-test failed: checkout' });
    expect(report.ok, report.summary).toBe(true);
    expect(host.writes()).toHaveLength(1);
    expect(liveSha(host)).toBe(GOOD);
    expect(report.details).toMatchObject({
      current: { id: ids.bad, sha: BAD },
      target: { id: ids.good, sha: GOOD },
      rolledBack: true,
      alreadyRolledBack: false,
      strategy: provider.name,
    });
    expect(rollbackOutputs(report)).toMatchObject({ 'rolled-back': 'true', 'from-sha': BAD, 'to-sha': GOOD });
    expect(report.details!.calls.filter((c) => c.method === 'POST').map((c) => c.api)).toEqual([provider.name]);
    expect(raw).not.toContain(HOST_TOKEN);
  });

  it('a second run writes nothing, says already rolled back and passes', async () => {
    seed(host);
    await run(provider, host, {});
    const writes = host.writes().length;
    const { report } = await run(provider, host, {});
    expect(host.writes()).toHaveLength(writes);
    expect(report.ok).toBe(true);
    expect(report.details).toMatchObject({ alreadyRolledBack: true, rolledBack: false });
    expect(report.summary).toMatch(/^already rolled back/);
  });

  it('a dry run makes only GET calls and names the target', async () => {
    const ids = seed(host);
    const { report } = await run(provider, host, { 'dry-run': true });
    expect(host.calls.length).toBeGreaterThan(0);
    expect(host.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(report.details!.target!.id).toBe(ids.good);
    expect(report.summary).toMatch(/^dry run: would roll back/);
    expect(host.liveId).toBe(ids.bad);
  });

  it('without a good deploy to return to: a blocker and no write at all', async () => {
    host.add({ sha: FAILED, state: 'failed' });
    host.add({ sha: BAD, state: 'good' });
    const { report } = await run(provider, host, {});
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['rollback/no-target', 'blocker']]);
    expect(host.writes()).toEqual([]);
  });

  it('refuses --to a failed deploy and writes nothing', async () => {
    seed(host);
    const { report } = await run(provider, host, { to: provider.failedRef(FAILED) });
    expect(report.findings[0]!.ruleId).toBe('rollback/target-refused');
    expect(host.writes()).toEqual([]);
  });

  it('a bad token is one clear line, no write, and the token is in no output', async () => {
    seed(host);
    const wrong = 'wrongTOKENsecret0123456789abcdefQRS';
    const { report, raw } = await run(provider, host, {}, { token: wrong });
    expect(report.ok).toBe(false);
    const [first] = report.findings;
    expect(first).toMatchObject({ ruleId: 'rollback/provider-error', severity: 'blocker' });
    expect(first!.message).toMatch(/HTTP 40[13]/);
    expect(first!.message).not.toContain('\n');
    expect(host.writes()).toEqual([]);
    expect(raw).not.toContain(wrong);
  });

  it('waits out a 429 with retry-after, then rolls back', async () => {
    seed(host);
    host.fail({ method: 'GET', path: /./, status: 429, headers: { 'retry-after': '1' } });
    const { report, log } = await run(provider, host, {});
    expect(report.details!.rolledBack).toBe(true);
    expect(log.join('\n')).toMatch(/rate limit .* waiting 1 s/);
  });

  it('a 404 (wrong project, site or app) names what to check', async () => {
    seed(host);
    host.fail({ path: /./, status: 404, message: 'Not Found' });
    const { report } = await run(provider, host, {});
    expect(report.findings[0]!.remediation).toMatch(/--project/);
    expect(host.writes()).toEqual([]);
  });

  describe('verification', () => {
    let site: Server | undefined;
    afterEach(() => new Promise<void>((done) => (site ? site.close(() => done()) : done())));
    async function startSite(): Promise<string> {
      site = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>shop</html>'));
      await new Promise<void>((done) => site!.listen(0, '127.0.0.1', done));
      return `http://127.0.0.1:${(site!.address() as AddressInfo).port}`;
    }

    it('waits until the provider serves the target, then runs the smoke steps', async () => {
      seed(host);
      const url = await startSite();
      const { report } = await run(provider, host, { 'verify-url': url });
      expect(report.details!.verification).toMatchObject({ status: 'passed', url });
      expect(report.ok).toBe(true);
    });

    it('a site that answers while the provider never shows the target live is not a pass', async () => {
      seed(host);
      host.holdRollback = true;
      const url = await startSite();
      const { report } = await run(provider, host, { 'verify-url': url, 'verify-timeout-ms': '1' });
      expect(report.details!.verification.status).toBe('unconfirmed');
      expect(report.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['rollback/unconfirmed', 'high']);
      expect(report.summary).toContain('NOT CONFIRMED');
      expect(report.ok).toBe(false);
    });
  });
});

describe('rollback on a provider, claimed through GitHub', () => {
  it('two runs at the same moment roll back once, and the GitHub deployment of the bad commit is marked', async () => {
    const gh = await startFakeGitHub({ token: TOKEN, latencyMs: 15 });
    const heroku = PROVIDERS.find((p) => p.name === 'heroku')!;
    const host = await heroku.start(HOST_TOKEN);
    try {
      const ids = seedHistory(gh);
      seed(host);
      const env = githubEnv(gh);
      const [a, b] = await Promise.all([run(heroku, host, {}, { env }), run(heroku, host, {}, { env })]);
      expect(host.writes()).toHaveLength(1);
      expect([a, b].filter((r) => r.report.details!.rolledBack)).toHaveLength(1);
      expect([a, b].filter((r) => r.report.details!.alreadyRolledBack)).toHaveLength(1);
      const mark = gh.statusesOf(ids.bad).at(-1)!;
      expect(mark.state).toBe('inactive');
      expect(mark.description).toContain('rolled back to 1111111');
      expect(gh.invalid).toEqual([]);
      for (const r of [a, b]) expect(r.raw).not.toContain(TOKEN);
    } finally {
      await host.close();
      await gh.close();
    }
  });
});

describe('rollback --provider heroku and its release history', () => {
  let host: FakeHost;
  const heroku = PROVIDERS.find((p) => p.name === 'heroku')!;
  beforeEach(async () => {
    host = await heroku.start(HOST_TOKEN);
  });
  afterEach(() => host.close());

  /** v1 good; v2 bad, v3 "Rollback to v1"; v4 bad, v5 "Rollback to v1"; v6 bad and live. */
  function flapping(): void {
    host.add({ sha: GOOD, state: 'good', minutesAgo: 120 });
    for (const [bad, at] of [
      ['4'.repeat(40), 50],
      ['5'.repeat(40), 20],
    ] as const) {
      host.add({ sha: bad, state: 'good', minutesAgo: at });
      host.add({ sha: GOOD, state: 'good', minutesAgo: at - 5 }).description = 'Rollback to v1';
    }
    host.add({ sha: BAD, state: 'good', minutesAgo: 5 });
  }

  it('the loop guard counts the "Rollback to" releases in the window; --force overrides it', async () => {
    flapping();
    const guarded = await run(heroku, host, { 'max-rollbacks': '2' });
    expect(guarded.report.findings.map((f) => f.ruleId)).toEqual(['rollback/loop-guard']);
    expect(guarded.report.details!.loopGuard.rollbacksInWindow).toBe(2);
    expect(host.writes()).toEqual([]);
    const forced = await run(heroku, host, { 'max-rollbacks': '2', force: true });
    expect(forced.report.details!.rolledBack).toBe(true);
    // v5 runs v1's code and no rollback left it; v4, v3 and v2 were left by rollbacks.
    expect(forced.report.details!.target).toMatchObject({ name: 'v5', sha: GOOD });
    expect(host.writes().map((c) => c.body)).toEqual([{ release: host.deploys[4]!.id }]);
  });

  it('never returns to a release a rollback left, even when named with --to', async () => {
    flapping();
    const { report } = await run(heroku, host, { to: 'v4', force: true });
    expect(report.findings.map((f) => f.ruleId)).toContain('rollback/target-refused');
    expect(report.findings.find((f) => f.ruleId === 'rollback/target-refused')!.title).toContain('rolled back from');
    expect(host.writes()).toEqual([]);
  });
});

describe('rollback --provider vercel and rollback candidacy', () => {
  it('never picks a deployment Vercel says it cannot roll back to', async () => {
    const vercel = PROVIDERS.find((p) => p.name === 'vercel')!;
    const host = await vercel.start(HOST_TOKEN);
    try {
      const older = host.add({ sha: '4'.repeat(40), state: 'good', minutesAgo: 200 });
      const good = host.add({ sha: GOOD, state: 'good', minutesAgo: 120 });
      host.add({ sha: BAD, state: 'good', minutesAgo: 5 });
      host.notCandidates.add(good.id);
      const { report } = await run(vercel, host, {});
      expect(report.details!.target!.id).toBe(older.id);
    } finally {
      await host.close();
    }
  });
});
