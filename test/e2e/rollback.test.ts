// rollback from the committed bundles against the fake GitHub, as a deploy workflow and a founder's shell run it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.ts';
import { BAD, FAILED, GOOD, githubEnv, seedHistory, TOKEN } from '../shared/checks/rollback/harness.ts';

let dir: string;
let gh: FakeGitHub;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-rollback-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  gh = await startFakeGitHub({ token: TOKEN });
});
afterEach(async () => {
  await gh.close();
  expect(gh.invalid).toEqual([]);
});

const ROLLBACK = ['rollback', '--provider', 'github', '--environment', 'production', '--strategy', 'deployment'];
const newDeployments = () => gh.writes().filter((c) => c.method === 'POST' && c.path.endsWith('/deployments'));
const cli = (args: string[]) => runCliBundle([...ROLLBACK, ...args], dir, githubEnv(gh));

describe('launch-ready rollback (dist/cli)', () => {
  it('creates exactly one deployment, of the last good SHA, marks the bad one; a second run creates nothing', async () => {
    const ids = seedHistory(gh);
    const first = await cli(['--format', 'json']);
    expect(first.code, first.stderr).toBe(0);
    expect(newDeployments()).toHaveLength(1);
    expect(gh.deployments.at(-1)!.sha).toBe(GOOD);
    expect(gh.statusesOf(ids.bad).at(-1)!.state).toBe('inactive');
    const details = JSON.parse(first.stdout).details;
    expect(details).toMatchObject({ current: { sha: BAD }, target: { sha: GOOD }, rolledBack: true });
    expect(details.calls[0]).toEqual({
      method: 'GET',
      path: '/repos/founder/shop/deployments?environment=production&per_page=100',
      status: 200,
    });

    const writes = gh.writes().length;
    const second = await cli([]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('already rolled back');
    expect(gh.writes()).toHaveLength(writes);
  });

  it('two runs started together create exactly one deployment', async () => {
    seedHistory(gh);
    const results = await Promise.all([cli(['--format', 'json']), cli(['--format', 'json'])]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(newDeployments()).toHaveLength(1);
    const outcomes = results.map((r) => JSON.parse(r.stdout).details).map((d) => [d.rolledBack, d.alreadyRolledBack]);
    expect(outcomes.sort()).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('--dry-run makes only GET calls and names the target', async () => {
    const ids = seedHistory(gh);
    const result = await cli(['--dry-run']);
    expect(result.code).toBe(0);
    expect(gh.calls.length).toBeGreaterThan(0);
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
    expect(result.stdout).toContain(GOOD);
    expect(result.stdout).toContain(`deployment ${ids.good}`);
  });

  it('with no good deployment it exits 1 and writes nothing', async () => {
    gh.addDeployment({ sha: FAILED, states: ['failure'] });
    gh.addDeployment({ sha: BAD, states: ['success'] });
    const result = await cli([]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rollback/no-target');
    expect(gh.writes()).toEqual([]);
  });

  it('--strategy dispatch --workflow deploy.yml dispatches once with the target SHA in input sha', async () => {
    seedHistory(gh);
    const result = await runCliBundle(
      ['rollback', '--strategy', 'dispatch', '--workflow', 'deploy.yml'],
      dir,
      githubEnv(gh),
    );
    expect(result.code, result.stderr).toBe(0);
    expect(gh.dispatches).toEqual([{ workflow: 'deploy.yml', ref: 'main', inputs: { sha: GOOD } }]);
  });

  it('the token never appears in any output, even when the API fails and debug is on', async () => {
    seedHistory(gh);
    gh.fail({ method: 'POST', path: /statuses$/, status: 403, message: `token ${TOKEN} is read-only`, times: 10 });
    const env = { ...githubEnv(gh), LAUNCH_READY_DEBUG: '1' };
    const outputs = await Promise.all([
      runCliBundle([...ROLLBACK, '--format', 'json'], dir, env),
      runCliBundle([...ROLLBACK, '--format', 'markdown'], dir, env),
      runCliBundle([...ROLLBACK], dir, env),
    ]);
    for (const output of outputs) {
      expect(output.code).toBe(1);
      expect(`${output.stdout}${output.stderr}`).not.toContain(TOKEN);
    }
    expect(outputs[2]!.stdout).toContain('deployments: write');
  });

  it('a missing token or repository is a one-line usage error (exit 2)', async () => {
    const result = await runCliBundle(['rollback'], dir, { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'founder/shop' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('GITHUB_TOKEN');
  });
});

describe('rollback action (dist/rollback)', () => {
  it('rolls back with the runner token and sets rolled-back, from-sha, to-sha and deployment-id', async () => {
    await gh.close();
    gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    const ids = seedHistory(gh);
    const result = await runActionBundle('rollback', { reason: 'smoke-test failed: checkout' }, dir, {
      GITHUB_API_URL: gh.url,
    });
    expect(result.code, result.stdout).toBe(0);
    const created = gh.deployments.at(-1)!;
    expect(result.outputs).toMatchObject({
      passed: 'true',
      'rolled-back': 'true',
      'from-sha': BAD,
      'to-sha': GOOD,
      'deployment-id': String(created.id),
    });
    expect(created.id).toBeGreaterThan(ids.bad);
    expect(result.summary).toContain('Rollback of production');
    expect(result.summary).toContain('smoke-test failed: checkout');
    // ::add-mask:: is how the runner learns the token; everything else must be free of it.
    expect(result.stdout).toContain(`::add-mask::${RUNNER_TOKEN}`);
    const shown = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = `${shown}${result.stderr}${result.summary}${JSON.stringify(result.outputs)}`;
    expect(everything).not.toContain(RUNNER_TOKEN);
    expect(JSON.parse(result.reportJson!).details.calls.length).toBeGreaterThan(0);
  });

  it('a dry run from the action makes only GET calls and reports rolled-back false', async () => {
    await gh.close();
    gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    seedHistory(gh);
    const result = await runActionBundle('rollback', { 'dry-run': 'true' }, dir, { GITHUB_API_URL: gh.url });
    expect(result.code).toBe(0);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.outputs['to-sha']).toBe(GOOD);
    expect(gh.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });
});
