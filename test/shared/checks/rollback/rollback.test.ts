// rollback against the fake GitHub: the safety rules a rollback never breaks, each as a user relies on it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGitHub, startFakeGitHub } from '../../../helpers/fake-github.ts';
import { BAD, FAILED, GOOD, rollbackWith, seedHistory, TOKEN } from './harness.ts';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
});
afterEach(async () => {
  await gh.close();
  expect(gh.invalid).toEqual([]);
});

const created = () => gh.writes().filter((c) => c.method === 'POST' && c.path.endsWith('/deployments'));

describe('rollback (github, deployment strategy)', () => {
  it('creates one deployment of the last good SHA, skipping the failed one, and marks the bad one', async () => {
    const ids = seedHistory(gh);
    const { report } = await rollbackWith(gh, { reason: 'smoke-test failed: checkout' });
    expect(report.ok).toBe(true);
    const newest = gh.deployments.at(-1)!;
    expect(gh.deployments.filter((d) => d.id > ids.bad)).toHaveLength(1);
    expect(newest).toMatchObject({ sha: GOOD, environment: 'production' });
    expect(newest.payload).toMatchObject({ 'launch-ready': { rollbackOf: ids.bad, fromSha: BAD, toSha: GOOD } });
    expect(created()[0]!.body).toMatchObject({ ref: GOOD, auto_merge: false, required_contexts: [] });
    const latest = gh.statusesOf(ids.bad).at(-1)!;
    expect(latest.state).toBe('inactive');
    expect(latest.description).toContain('rolled back to 1111111');
    expect(latest.description).toContain('smoke-test failed: checkout');
    expect(report.details).toMatchObject({
      current: { id: ids.bad, sha: BAD },
      target: { id: ids.good, sha: GOOD },
      rolledBack: true,
      deploymentId: newest.id,
      alreadyRolledBack: false,
    });
    expect(report.details!.target!.sha).not.toBe(FAILED);
  });

  it('a second run writes nothing and says the environment was already rolled back', async () => {
    seedHistory(gh);
    await rollbackWith(gh, {});
    const writes = gh.writes().length;
    const { report } = await rollbackWith(gh, {});
    expect(gh.writes()).toHaveLength(writes);
    expect(report.ok).toBe(true);
    expect(report.details).toMatchObject({ alreadyRolledBack: true, rolledBack: false });
    expect(report.summary).toMatch(/^already rolled back/);
  });

  it('two runs at the same moment redeploy exactly once (the claim decides)', async () => {
    await gh.close();
    gh = await startFakeGitHub({ token: TOKEN, latencyMs: 15 });
    seedHistory(gh);
    const [a, b] = await Promise.all([rollbackWith(gh, {}), rollbackWith(gh, {})]);
    expect(created()).toHaveLength(1);
    const rolled = [a, b].filter((r) => r.report.details!.rolledBack);
    expect(rolled).toHaveLength(1);
    expect([a, b].filter((r) => r.report.details!.alreadyRolledBack)).toHaveLength(1);
  });

  it('a dry run makes only GET calls and names the target', async () => {
    const ids = seedHistory(gh);
    const { report } = await rollbackWith(gh, { 'dry-run': true });
    expect(gh.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(report.details!.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(report.summary).toContain(`to 1111111 (deployment ${ids.good})`);
    expect(report.details!.plan.join('\n')).toContain(`create a deployment of ${GOOD}`);
  });

  it('without a good deployment: a blocker, exit-worthy, and no write at all', async () => {
    gh.addDeployment({ sha: FAILED, states: ['failure'] });
    gh.addDeployment({ sha: BAD, states: ['success'] });
    const { report } = await rollbackWith(gh, {});
    expect(gh.writes()).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['rollback/no-target', 'blocker']]);
  });

  it('refuses --to a deployment whose latest status is failure, and writes nothing', async () => {
    seedHistory(gh);
    const { report } = await rollbackWith(gh, { to: FAILED.slice(0, 7) });
    expect(report.findings[0]!.ruleId).toBe('rollback/target-refused');
    expect(gh.writes()).toEqual([]);
  });

  it('--to an explicit good SHA or deployment id rolls back to it', async () => {
    const ids = seedHistory(gh);
    const { report } = await rollbackWith(gh, { to: String(ids.good) });
    expect(report.details!.target!.sha).toBe(GOOD);
    expect(gh.deployments.at(-1)!.sha).toBe(GOOD);
  });

  it('never returns to a deployment that was itself rolled back from', async () => {
    const old = gh.addDeployment({ sha: '4'.repeat(40), states: ['success'], createdAt: new Date(Date.now() - 9e6) });
    const left = gh.addDeployment({ sha: GOOD, states: ['success'], createdAt: new Date(Date.now() - 8e6) });
    gh.addStatus(left.id, 'inactive', 'launch-ready rolled back to 4444444 (deployment 1)');
    gh.addDeployment({ sha: BAD, states: ['success'] });
    const { report } = await rollbackWith(gh, {});
    expect(report.details!.target!.id).toBe(old.id);
  });

  it('the loop guard stops a rollback after max-rollbacks within the window; --force overrides and is recorded', async () => {
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    gh.addDeployment({ sha: GOOD, states: ['success'], createdAt: minutesAgo(200) });
    for (let i = 0; i < 2; i++) {
      const bad = gh.addDeployment({ sha: `${i}`.repeat(40), states: ['success'], createdAt: minutesAgo(50 - i) });
      gh.addStatus(bad.id, 'inactive', 'launch-ready rolled back to 1111111 (deployment 1)', minutesAgo(45 - i));
    }
    gh.addDeployment({ sha: BAD, states: ['success'] });
    const guarded = await rollbackWith(gh, { 'max-rollbacks': '2' });
    expect(guarded.report.findings.map((f) => f.ruleId)).toEqual(['rollback/loop-guard']);
    expect(gh.writes()).toEqual([]);
    const forced = await rollbackWith(gh, { 'max-rollbacks': '2', force: true, reason: 'founder' });
    expect(forced.report.details!.rolledBack).toBe(true);
    expect(forced.report.findings.map((f) => f.ruleId)).toEqual(['rollback/forced']);
    expect(gh.deployments.at(-1)!.payload).toMatchObject({ 'launch-ready': { forced: true } });
  });

  it('an existing claim by another run counts as already rolled back', async () => {
    const ids = seedHistory(gh);
    gh.addStatus(ids.bad, 'in_progress', 'launch-ready rollback claim 77.1-abcdef: to 1111111');
    const { report } = await rollbackWith(gh, {});
    expect(report.details!.alreadyRolledBack).toBe(true);
    expect(report.details!.alreadyReason).toContain('77.1-abcdef');
    expect(gh.writes()).toEqual([]);
  });
});

describe('rollback (dispatch strategy)', () => {
  it('dispatches the workflow once on the default branch with the target SHA in input sha', async () => {
    seedHistory(gh);
    const { report } = await rollbackWith(gh, { strategy: 'dispatch', workflow: 'deploy.yml' });
    expect(gh.dispatches).toEqual([{ workflow: 'deploy.yml', ref: 'main', inputs: { sha: GOOD } }]);
    expect(report.details!.rolledBack).toBe(true);
    const again = await rollbackWith(gh, { strategy: 'dispatch', workflow: 'deploy.yml' });
    expect(gh.dispatches).toHaveLength(1);
    expect(again.report.details!.alreadyRolledBack).toBe(true);
  });

  it('names the missing workflow as a usage error', async () => {
    seedHistory(gh);
    await expect(rollbackWith(gh, { strategy: 'dispatch' })).rejects.toThrow(/--workflow deploy\.yml/);
  });
});

describe('rollback and the GitHub API', () => {
  it('waits out a 429 with retry-after within the bound, then goes on', async () => {
    seedHistory(gh);
    gh.fail({ method: 'POST', path: /\/deployments$/, status: 429, headers: { 'retry-after': '2' } });
    const { report, log } = await rollbackWith(gh, {});
    expect(report.details!.rolledBack).toBe(true);
    expect(log.join('\n')).toMatch(/rate limit .* waiting 2 s/);
    expect(created().map((c) => c.status)).toEqual([429, 201]);
  });

  it('a rate limit that asks for longer than the bound is a clear blocker, not a hang', async () => {
    seedHistory(gh);
    gh.fail({ method: 'GET', path: /\/deployments\?/, status: 429, headers: { 'retry-after': '3600' } });
    const { report } = await rollbackWith(gh, {});
    expect(report.findings[0]).toMatchObject({ ruleId: 'rollback/github-error', severity: 'blocker' });
    expect(report.findings[0]!.message).toMatch(/rate limit.*3600 s.*60 s/);
  });

  it('a read-only token (403) is a blocker that names the permission', async () => {
    seedHistory(gh);
    gh.fail({ method: 'POST', path: /statuses$/, status: 403, message: 'Resource not accessible by integration' });
    const { report } = await rollbackWith(gh, {});
    expect(report.findings[0]!.remediation).toContain('deployments: write');
    expect(created()).toEqual([]);
  });
});

describe('rollback verification', () => {
  let site: Server | undefined;
  afterEach(() => new Promise<void>((done) => (site ? site.close(() => done()) : done())));
  async function startSite(status: number): Promise<string> {
    site = createServer((_, res) => {
      res.writeHead(status, { 'content-type': 'text/html' });
      res.end('<html>shop</html>');
    });
    await new Promise<void>((done) => site!.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(site!.address() as AddressInfo).port}`;
  }

  it('waits for the rollback deployment to succeed, then runs the smoke steps', async () => {
    seedHistory(gh);
    gh.onDeploymentCreated = (d) => gh.addStatus(d.id, 'success');
    const url = await startSite(200);
    const { report } = await rollbackWith(gh, { 'verify-url': url });
    expect(report.details!.verification).toMatchObject({ status: 'passed', deploymentState: 'success', url });
    expect(report.ok).toBe(true);
  });

  it('a site that answers before the rollback deployment reports any status is not a pass', async () => {
    seedHistory(gh);
    const url = await startSite(200);
    const { report } = await rollbackWith(gh, { 'verify-url': url, 'verify-timeout-ms': '1' });
    expect(report.details!.verification).toMatchObject({ status: 'unconfirmed', deploymentState: 'no status' });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['rollback/unconfirmed', 'high']]);
    expect(report.ok).toBe(false);
  });

  it('a dispatched redeploy is confirmed by the deployment its workflow records for the target SHA', async () => {
    seedHistory(gh);
    gh.onDispatch = ({ inputs }) => gh.addDeployment({ sha: String(inputs.sha), states: ['success'] });
    const url = await startSite(200);
    const { report } = await rollbackWith(gh, { strategy: 'dispatch', workflow: 'deploy.yml', 'verify-url': url });
    expect(report.details!.verification).toMatchObject({ status: 'passed', deploymentState: 'success' });
    expect(report.ok).toBe(true);
  });

  it('a site still failing after the rollback is the blocker "rollback did not restore service"', async () => {
    seedHistory(gh);
    gh.onDeploymentCreated = (d) => gh.addStatus(d.id, 'success');
    const url = await startSite(500);
    const { report } = await rollbackWith(gh, { 'verify-url': url }, { sections: { smoke: { waitTimeoutMs: 500 } } });
    expect(report.findings.map((f) => [f.ruleId, f.title])).toContainEqual([
      'rollback/not-restored',
      'rollback did not restore service',
    ]);
    expect(report.ok).toBe(false);
  });
});

describe('rollback (command provider)', () => {
  it('runs the command with the target and current SHAs in its environment', async () => {
    seedHistory(gh);
    const { log, report } = await rollbackWith(gh, {
      provider: 'command',
      command: 'echo "deploying $LAUNCH_READY_TARGET_SHA over $LAUNCH_READY_CURRENT_SHA in $LAUNCH_READY_ENVIRONMENT"',
    });
    expect(log.join('\n')).toContain(`deploying ${GOOD} over ${BAD} in production`);
    expect(report.details!.rolledBack).toBe(true);
    expect(created()).toEqual([]);
  });
});

describe('rollback records written by others', () => {
  it('a later deployment of the rolled-back-to SHA without our payload still counts as already rolled back', async () => {
    const ids = seedHistory(gh);
    gh.addStatus(ids.bad, 'inactive', 'launch-ready rolled back to 1111111 (deployment 1001)');
    gh.addDeployment({ sha: GOOD }); // what a job with `environment: production` records when it deploys the target
    const { report } = await rollbackWith(gh, {});
    expect(report.details!.alreadyRolledBack).toBe(true);
    expect(gh.writes()).toEqual([]);
  });

  it('launch-ready all never runs a rollback, even with a rollback section', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runCli } = await import('../../../../shared/cli/main.ts');
    const { captureIo } = await import('../../../helpers/capture-io.ts');
    const dir = mkdtempSync(join(tmpdir(), 'lr-rollback-all-'));
    try {
      writeFileSync(join(dir, 'launch-ready.yml'), 'rollback:\n  environment: production\nsecrets:\n  ignore: []\n');
      seedHistory(gh);
      const io = captureIo({
        cwd: dir,
        env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'founder/shop', GITHUB_TOKEN: TOKEN },
      });
      await runCli(['all', '--format', 'json'], io);
      expect(gh.calls).toEqual([]);
      expect(io.out.stdout).not.toContain('"check": "rollback"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
