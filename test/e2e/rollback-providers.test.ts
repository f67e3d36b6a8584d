// rollback on Vercel, Netlify and Heroku from the committed bundles, against local fakes of their APIs: the CLI
// as a founder's shell runs it, and the action as a workflow does (with GitHub holding the claim).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { startFakeGitHub } from '../helpers/fake-github.ts';
import { type FakeHost, startFakeHeroku, startFakeNetlify, startFakeVercel } from '../helpers/fake-hosts.ts';
import { BAD, FAILED, GOOD, seedHistory } from '../shared/checks/rollback/harness.ts';

const HOST_TOKEN = 'hostTOKENsecret0123456789abcdefXYZ';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-rollback-hosts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seed(host: FakeHost): void {
  host.add({ sha: GOOD, state: 'good', minutesAgo: 120 });
  host.add({ sha: FAILED, state: 'failed', minutesAgo: 30 });
  host.add({ sha: BAD, state: 'good', minutesAgo: 5 });
}

const CASES = [
  {
    name: 'vercel',
    start: () => startFakeVercel({ token: HOST_TOKEN }),
    env: (h: FakeHost) => ({ VERCEL_TOKEN: HOST_TOKEN, VERCEL_PROJECT_ID: 'shop', VERCEL_API_URL: h.url }),
  },
  {
    name: 'netlify',
    start: () => startFakeNetlify({ token: HOST_TOKEN }),
    env: (h: FakeHost) => ({ NETLIFY_AUTH_TOKEN: HOST_TOKEN, NETLIFY_SITE_ID: 'site-1234', NETLIFY_API_URL: h.url }),
  },
  {
    name: 'heroku',
    start: () => startFakeHeroku({ token: HOST_TOKEN }),
    env: (h: FakeHost) => ({ HEROKU_API_KEY: HOST_TOKEN, HEROKU_APP_NAME: 'shop', HEROKU_API_URL: h.url }),
  },
];

describe.each(CASES.map((c) => [c.name, c] as const))('launch-ready rollback --provider %s (dist/cli)', (name, c) => {
  it('rolls back once to the last good deploy; a second run writes nothing; the token is in no output', async () => {
    const host = await c.start();
    try {
      seed(host);
      const first = await runCliBundle(['rollback', '--provider', name, '--format', 'json'], dir, c.env(host));
      expect(first.code, first.stderr).toBe(0);
      const details = JSON.parse(first.stdout).details;
      expect(details).toMatchObject({ current: { sha: BAD }, target: { sha: GOOD }, rolledBack: true });
      expect(host.writes()).toHaveLength(1);
      const second = await runCliBundle(['rollback', '--provider', name], dir, c.env(host));
      expect(second.code).toBe(0);
      expect(second.stdout).toContain('already rolled back');
      expect(host.writes()).toHaveLength(1);
      for (const out of [first, second]) expect(`${out.stdout}${out.stderr}`).not.toContain(HOST_TOKEN);
    } finally {
      await host.close();
    }
  });

  it('without its token: one usage line naming the variable (exit 2)', async () => {
    const result = await runCliBundle(['rollback', '--provider', name], dir, {});
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/VERCEL_TOKEN|NETLIFY_AUTH_TOKEN|HEROKU_API_KEY/);
  });
});

describe('rollback action with provider netlify (dist/rollback)', () => {
  it('restores the last good deploy, claims it on GitHub, and sets the outputs', async () => {
    const gh = await startFakeGitHub({ token: RUNNER_TOKEN });
    const host = await startFakeNetlify({ token: HOST_TOKEN });
    try {
      const ids = seedHistory(gh);
      seed(host);
      const result = await runActionBundle(
        'rollback',
        { provider: 'netlify', 'provider-token': HOST_TOKEN, project: 'site-1234', reason: 'smoke-test failed' },
        dir,
        { GITHUB_API_URL: gh.url, NETLIFY_API_URL: host.url },
      );
      expect(result.code, result.stdout).toBe(0);
      expect(result.outputs).toMatchObject({ 'rolled-back': 'true', 'from-sha': BAD, 'to-sha': GOOD });
      expect(host.writes()).toHaveLength(1);
      expect(gh.statusesOf(ids.bad).at(-1)!.description).toContain('rolled back to 1111111');
      expect(result.summary).toContain('Rollback of production');
      const shown = result.stdout.replace(/^::add-mask::.*$/gm, '');
      const everything = `${shown}${result.stderr}${result.summary}${JSON.stringify(result.outputs)}`;
      expect(everything).not.toContain(HOST_TOKEN);
      expect(everything).not.toContain(RUNNER_TOKEN);
    } finally {
      await host.close();
      await gh.close();
    }
  });
});
