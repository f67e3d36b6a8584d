// The shared GitHub client: deadlines, bounded rate-limit waits, read-only runs, pagination, and the fake's own
// strictness (a body GitHub's description rejects is rejected here too).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createGitHubClient, GitHubApiError, repoFromEnv, tokenFrom } from '../../../shared/github/client.ts';
import { createStatus, listDeployments } from '../../../shared/github/deployments.ts';
import { rateLimitWaitMs, SECONDARY_LIMIT_WAIT_MS } from '../../../shared/github/rate-limit.ts';
import { type FakeGitHub, startFakeGitHub } from '../../helpers/fake-github.ts';

const repo = { owner: 'founder', repo: 'shop' };
let gh: FakeGitHub | undefined;
let hanging: Server | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
  hanging?.closeAllConnections();
  await new Promise<void>((done) => (hanging ? hanging.close(() => done()) : done()));
  hanging = undefined;
});

describe('rate-limit waits', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('honours retry-after, then x-ratelimit-reset, then GitHub’s one minute', () => {
    expect(rateLimitWaitMs(429, { 'retry-after': '7' }, '', now)).toBe(7_000);
    expect(
      rateLimitWaitMs(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 30) }, '', now),
    ).toBe(31_000);
    expect(rateLimitWaitMs(429, {}, '', now)).toBe(SECONDARY_LIMIT_WAIT_MS);
    expect(rateLimitWaitMs(403, {}, 'You have exceeded a secondary rate limit', now)).toBe(SECONDARY_LIMIT_WAIT_MS);
  });
  it('a 403 without rate-limit signs is a permission problem: no wait', () => {
    expect(rateLimitWaitMs(403, {}, 'Resource not accessible by integration')).toBeUndefined();
    expect(rateLimitWaitMs(404, { 'retry-after': '1' }, '')).toBeUndefined();
  });
});

describe('GitHub client', () => {
  it('gives up on a server that never answers within its deadline, after a bounded number of tries', async () => {
    hanging = createServer(() => {});
    await new Promise<void>((done) => hanging!.listen(0, '127.0.0.1', done));
    const apiUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const client = createGitHubClient({
      token: 't0ken-value',
      apiUrl,
      timeoutMs: 150,
      maxAttempts: 2,
      sleep: async () => {},
    });
    const error = await listDeployments(client, repo, 'production', 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).kind).toBe('timeout');
    expect(client.calls).toHaveLength(2);
  });

  it('a read-only client refuses a write before it leaves', async () => {
    gh = await startFakeGitHub();
    const deployment = gh.addDeployment({ sha: 'b'.repeat(40), states: ['success'] });
    const client = createGitHubClient({ token: 'ghs_x123456', apiUrl: gh.url, readOnly: true });
    await expect(createStatus(client, repo, deployment.id, 'inactive', 'x')).rejects.toMatchObject({
      kind: 'read-only',
    });
    expect(gh.calls).toEqual([]);
  });

  it('waits out a reset-based rate limit within the bound and records every try', async () => {
    gh = await startFakeGitHub();
    const reset = String(Math.ceil(Date.now() / 1000) + 2);
    gh.fail({
      path: /deployments/,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    const waits: number[] = [];
    const client = createGitHubClient({
      token: 'ghs_x123456',
      apiUrl: gh.url,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await listDeployments(client, repo, 'production', 10);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1_000);
    expect(waits[0]).toBeLessThanOrEqual(4_000);
    expect(client.calls.map((c) => c.status)).toEqual([403, 200]);
  });

  it('pages through long lists and stops at the bound', async () => {
    gh = await startFakeGitHub();
    for (let i = 0; i < 150; i++) gh.addDeployment({ sha: `${i % 10}`.repeat(40) });
    const client = createGitHubClient({ token: 'ghs_x123456', apiUrl: gh.url });
    expect(await listDeployments(client, repo, 'production', 120)).toHaveLength(120);
    expect(client.calls.map((c) => c.path)).toEqual([
      '/repos/founder/shop/deployments?environment=production&per_page=100',
      '/repos/founder/shop/deployments?environment=production&per_page=100&page=2',
    ]);
  });

  it('reads the repository and token the way a workflow sets them', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'founder/shop' })).toEqual(repo);
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'nonsense' })).toBeUndefined();
    expect(tokenFrom({ GITHUB_TOKEN: 'env-token' }, '')).toBe('env-token');
    expect(tokenFrom({ GITHUB_TOKEN: 'env-token' }, 'input-token')).toBe('input-token');
  });
});

describe('fake GitHub', () => {
  it("rejects a body GitHub's OpenAPI description rejects, and lists it", async () => {
    gh = await startFakeGitHub();
    const deployment = gh.addDeployment({ sha: 'c'.repeat(40) });
    const response = await fetch(`${gh.url}/repos/founder/shop/deployments/${deployment.id}/statuses`, {
      method: 'POST',
      headers: { authorization: 'token abc', 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'rolled-back' }),
    });
    expect(response.status).toBe(422);
    expect(gh.invalid).toHaveLength(1);
    expect(gh.invalid[0]!.problem).toMatch(/state.*allowed values/);
    gh.invalid.length = 0;
  });
});
