// latency-budget against real servers on 127.0.0.1 (each in its own process) whose service times are logged by
// the server itself: the figures match that truth, the budget verdicts say how sure they are, a stall shows.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LatencyServerProcess, startLatencyServerProcess, truth } from '../../../helpers/latency-server.ts';
import { measure, near } from './harness.ts';

const servers: LatencyServerProcess[] = [];
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-latency-'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function server(...args: Parameters<typeof startLatencyServerProcess>): Promise<LatencyServerProcess> {
  const started = await startLatencyServerProcess(...args);
  servers.push(started);
  return started;
}

describe('accuracy against the server-side truth', () => {
  it("p50/p95/p99 of a uniform and a bimodal endpoint are what the server logged (the 3 % / 2 ms goal is the bench's)", async () => {
    const site = await server({
      '/uniform': { delay: { kind: 'uniform', lo: 5, hi: 60 } },
      '/bimodal': { delay: { kind: 'bimodal', fast: [5, 20], slow: [250, 350], slowShare: 0.15 } },
    });
    const { report } = await measure({
      baseUrl: site.url,
      endpoints: ['/uniform', '/bimodal'],
      rate: 50,
      requests: 200,
      p95: 1000,
    });
    const log = await site.log();
    for (const endpoint of report.details!.endpoints) {
      // The server logs the warm-up requests too: compare like with like.
      const served = log.get(endpoint.path)!.slice(10);
      expect(endpoint.requests).toBe(200);
      expect(served).toHaveLength(200);
      for (const [name, p] of [
        ['p50', 0.5],
        ['p95', 0.95],
        ['p99', 0.99],
      ] as const) {
        const expected = truth(served, p);
        expect(
          near(endpoint.latencyMs[name], expected),
          `${endpoint.path} ${name}: ours ${endpoint.latencyMs[name]} vs server ${expected.toFixed(1)}`,
        ).toBe(true);
      }
    }
  });
});

describe('budgets', () => {
  it('passes a fast endpoint, fails a slow one with certainty, and calls a borderline one likely over', async () => {
    // /borderline: every 15th request is slow (about 6.7 %), so the p95 lands among the slow ones, but so few
    // samples above the budget cannot prove the true p95 is: its interval reaches down into the fast ones.
    const site = await server({
      '/fast': { delay: { kind: 'uniform', lo: 5, hi: 15 } },
      '/slow': { delay: { kind: 'fixed', ms: 150 } },
      '/borderline': { delay: { kind: 'every', n: 15, slow: 300, fast: 10 } },
    });
    const { report } = await measure({
      baseUrl: site.url,
      endpoints: ['/fast', '/slow', '/borderline'],
      p95: 100,
      rate: 50,
      requests: 200,
    });
    const verdicts = Object.fromEntries(report.details!.endpoints.map((e) => [e.path, e.verdict]));
    expect(verdicts).toEqual({ '/fast': 'within budget', '/slow': 'over budget', '/borderline': 'likely over budget' });
    const rules = report.findings.map((f) => [
      f.ruleId,
      f.severity,
      (f.location as { url: string }).url.replace(site.url, ''),
    ]);
    expect(rules).toEqual([
      ['latency/over-budget', 'high', '/slow'],
      ['latency/likely-over-budget', 'medium', '/borderline'],
    ]);
    expect(report.findings[1]!.remediation).toContain('raise --requests to be sure');
    const slow = report.details!.endpoints.find((e) => e.path === '/slow')!;
    expect(slow.intervals.p95!.lower).toBeGreaterThan(100);
    expect(report.ok).toBe(false);
  });
});

describe('coordinated omission', () => {
  it('a one-second stall shows in the open model p99 and hides in the closed model', async () => {
    const routes = { '/stall': { delay: { kind: 'uniform', lo: 5, hi: 10 } as const, stallAt: 60, stallMs: 1000 } };
    const open = await server(routes);
    const closed = await server(routes);
    const [openRun, closedRun] = await Promise.all([
      measure({ baseUrl: open.url, endpoints: ['/stall'], rate: 50, requests: 150, p95: 0 }),
      measure({ baseUrl: closed.url, endpoints: ['/stall'], concurrency: 1, requests: 150, p95: 0 }),
    ]);
    const openP99 = openRun.report.details!.endpoints[0]!.latencyMs.p99!;
    const closedP99 = closedRun.report.details!.endpoints[0]!.latencyMs.p99!;
    // Open: every request scheduled during the stall waits for it (about 50 of 150). Closed: one request did.
    expect(openP99).toBeGreaterThan(500);
    expect(closedP99).toBeLessThan(100);
    expect(closedRun.report.findings.map((f) => f.ruleId)).toContain('latency/closed-model');
  });
});

describe('baseline', () => {
  it('a 50 % slower p95 is a real regression; a 10 % wobble is not', async () => {
    // Long enough that a busy test machine's few milliseconds of noise stay small beside a 10 % change.
    const base = { kind: 'uniform', lo: 100, hi: 200 } as const;
    const before = await server({ '/api': { delay: base } }, 1);
    const file = join(dir, 'baseline.json');
    await measure({ baseUrl: before.url, endpoints: ['/api'], rate: 50, requests: 150, saveBaseline: file });
    expect(JSON.parse(readFileSync(file, 'utf8')).details.samples['GET /api']).toHaveLength(150);

    const slower = await server({ '/api': { delay: { kind: 'scaled', by: 1.5, of: base } } }, 2);
    const wobble = await server({ '/api': { delay: { kind: 'scaled', by: 1.1, of: base } } }, 3);
    const [regressed, wobbled] = await Promise.all([
      measure({ baseUrl: slower.url, endpoints: ['/api'], rate: 50, requests: 150, baseline: file }),
      measure({ baseUrl: wobble.url, endpoints: ['/api'], rate: 50, requests: 150, baseline: file }),
    ]);
    const real = regressed.report.details!.endpoints[0]!;
    expect(real.baseline).toMatchObject({ significant: true, regressed: true });
    expect(real.verdict).toBe('regressed');
    expect(regressed.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['latency/regression', 'medium']]);

    const noise = wobbled.report.details!.endpoints[0]!;
    expect(noise.baseline?.regressed).toBe(false);
    expect(noise.verdict).toBe('within budget');
    expect(wobbled.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['latency/baseline', 'info']]);
  });
});

describe('bounded load', () => {
  it('stops by itself at --max-requests and says so', async () => {
    const site = await server({ '/': { delay: { kind: 'fixed', ms: 1 } } });
    const { report } = await measure({ baseUrl: site.url, rate: 200, requests: 100_000, maxRequests: 50 });
    expect((await site.log()).get('/')).toHaveLength(50);
    expect(report.details!.plan.cappedBy).toBe('max-requests');
    expect(report.findings.map((f) => f.ruleId)).toContain('latency/load-capped');
  });

  it('counts requests past the in-flight cap as "over capacity" errors, never skips them', async () => {
    const site = await server({ '/slow': { delay: { kind: 'fixed', ms: 300 } } });
    const { report } = await measure({
      baseUrl: site.url,
      endpoints: ['/slow'],
      rate: 50,
      requests: 40,
      warmup: 0,
      maxInFlight: 3,
      p95: 0,
    });
    const endpoint = report.details!.endpoints[0]!;
    expect(endpoint.requests).toBe(40);
    expect(endpoint.errors).toBeGreaterThan(20);
    const finding = report.findings.find((f) => f.ruleId === 'latency/error-rate')!;
    expect(finding.severity).toBe('high');
    expect(finding.message).toContain('over-capacity');
  });

  it('a dry run prints the schedule and sends nothing', async () => {
    const site = await server({ '/': { delay: { kind: 'fixed', ms: 1 } } });
    const { report, log } = await measure({
      baseUrl: site.url,
      endpoints: ['/a', '/b'],
      rate: 20,
      requests: 100,
      dryRun: true,
    });
    expect(report.summary).toContain('would send 220 requests');
    expect(report.details!.plan.expectedSeconds).toBeCloseTo(5.5, 0);
    expect(log.join('\n')).toContain('nothing sent');
    expect((await site.log()).size).toBe(0);
  });
});

describe('rate-limit probe', () => {
  it('reports the first 429 and its Retry-After', async () => {
    const site = await server({
      '/api/login': { delay: { kind: 'fixed', ms: 1 }, limitAfter: 5, headers: { 'retry-after': '30' } },
    });
    const { report } = await measure({
      baseUrl: site.url,
      endpoints: ['/'],
      requests: 5,
      warmup: 0,
      rate: 100,
      p95: 0,
      rateLimitProbe: 'POST /api/login',
      burst: 20,
    });
    const limit = report.details!.rateLimit!;
    expect(limit).toMatchObject({ method: 'POST', path: '/api/login', sent: 20, limited: 15, retryAfter: '30' });
    expect(report.findings.map((f) => f.ruleId)).toContain('latency/rate-limited');
  });
});
