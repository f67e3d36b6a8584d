// latency-budget from the committed bundles, as a reviewer and a workflow run it: exit codes, the JSON details,
// the action's outputs and job summary, and no credential anywhere (hostile servers: test/hostile/latency-budget.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type LatencyServerProcess, startLatencyServerProcess } from '../helpers/latency-server.ts';

const TOKEN = ['lat', 'ency-', 'SECRET-token-', '9f8e7d6c5b4a'].join('');
let site: LatencyServerProcess;
let dir: string;
beforeAll(async () => {
  site = await startLatencyServerProcess({
    '/api/products': { delay: { kind: 'uniform', lo: 2, hi: 10 } },
    '/api/search': { delay: { kind: 'bimodal', fast: [5, 20], slow: [280, 320], slowShare: 0.2 } },
  });
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-latency-'));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

const fast = ['--rate', '100', '--requests', '100', '--warmup', '5'];

describe('launch-ready latency-budget (dist/cli)', () => {
  it('fails a bimodal endpoint whose p95 is about 300 ms against a 100 ms budget (exit 1)', async () => {
    const args = ['latency-budget', '--base-url', site.url, '--endpoint', '/api/search', '--p95', '100'];
    const result = await runCliBundle([...args, ...fast, '--format', 'json'], dir);
    expect(result.code, result.stderr).toBe(1);
    const [endpoint] = JSON.parse(result.stdout).details.endpoints;
    expect(Object.keys(endpoint)).toEqual([
      'path',
      'method',
      'requests',
      'errors',
      'latencyMs',
      'serviceMs',
      'budgetMs',
      'intervals',
      'baseline',
      'verdict',
    ]);
    expect(endpoint).toMatchObject({
      path: '/api/search',
      method: 'GET',
      requests: 100,
      errors: 0,
      verdict: 'over budget',
    });
    expect(endpoint.latencyMs.p95).toBeGreaterThan(250);
    expect(Object.keys(endpoint.latencyMs)).toEqual(['p50', 'p90', 'p95', 'p99', 'max']);
    expect(endpoint.budgetMs).toEqual({ p95: 100 });
  });

  it('passes the same endpoint against a 1000 ms budget (exit 0)', async () => {
    const args = ['latency-budget', '--base-url', site.url, '--endpoint', '/api/search', '--p95', '1000'];
    const result = await runCliBundle([...args, ...fast], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Latency per endpoint');
    expect(result.stdout).toMatch(/█/);
  });

  it('sends nothing on a dry run and says what it would send', async () => {
    const args = ['latency-budget', '--base-url', site.url, '--endpoint', '/a', '--endpoint', '/b', '--dry-run'];
    const result = await runCliBundle(args, dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('would send 420 requests to 2 endpoint(s)');
    expect(result.stdout).toMatch(/GET \/a\s+200\s+10\s+10\/s\s+21 s/);
  });

  it('a bad flag is one line and exit 2', async () => {
    const result = await runCliBundle(['latency-budget', '--base-url', site.url, '--rate', '0'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--rate');
  });
  // A server that echoes the credential, compression bombs and the rest: test/hostile/latency-budget.test.ts.
});

describe('actions/latency-budget (dist)', () => {
  it('sets p95-<slug> and passed, draws the chart in the job summary, and leaks no credential', async () => {
    const result = await runActionBundle(
      'latency-budget',
      {
        'base-url': site.url,
        endpoint: '/api/products\n/api/search',
        p95: '1000',
        rate: '50',
        requests: '60',
        warmup: '5',
        'auth-header': `Authorization: Bearer ${TOKEN}`,
      },
      dir,
    );
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(Number(result.outputs['p95-api-products'])).toBeGreaterThan(0);
    expect(Number(result.outputs['p95-api-search'])).toBeGreaterThan(250);
    expect(result.summary).toContain('```mermaid\nxychart-beta');
    expect(result.summary).toContain('| GET /api/search |');
    // ::add-mask:: is how the runner learns the secret; everything else must be free of it.
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
    const everything = [log, result.stderr, result.summary, JSON.stringify(result.outputs), result.reportJson];
    for (const text of everything) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(RUNNER_TOKEN);
    }
  });
});
