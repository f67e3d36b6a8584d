import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHECK_RUN_BATCH,
  type CheckRunTarget,
  checkRunAnnotations,
  checkRunTarget,
  publishCheckRun,
} from '../../../shared/github/check-run.ts';
import type { Finding, Report } from '../../../shared/report/model.ts';

interface Seen {
  method: string;
  url: string;
  body: { conclusion?: string; output: { annotations: { path: string }[]; summary: string } };
  auth: string;
  at: number;
}

let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((done) => {
      server?.closeAllConnections();
      return server ? server.close(() => done()) : done();
    }),
);
const fast = { paceMs: 0 };

/**
 * A stand-in for the GitHub REST API on 127.0.0.1 that records what it is sent. `status` answers every request,
 * or per method (`{ POST: 201, PATCH: 403 }`, or a list taken one answer per request: `{ PATCH: [429, 200] }`);
 * `null` never answers; a 429 asks for a one-second wait, as GitHub's secondary rate limit does.
 */
async function fakeGitHub(
  answer: number | null | Record<string, number | null | (number | null)[]>,
): Promise<{ apiUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({
      method: req.method!,
      url: req.url!,
      body: JSON.parse(body || '{}'),
      auth: req.headers.authorization ?? '',
      at: performance.now(),
    });
    const given =
      typeof answer === 'object' && answer !== null ? (req.method! in answer ? answer[req.method!]! : 201) : answer;
    const status = Array.isArray(given) ? (given.length > 1 ? given.shift()! : given[0]!) : given;
    if (status === null) return; // holds the connection open, as a hung proxy does
    res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '1' } : {}) });
    res.end(
      status < 300
        ? JSON.stringify({ id: 7, html_url: 'https://github.test/o/r/runs/7' })
        : '{"message":"Resource not accessible by integration"}',
    );
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return { apiUrl: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const findings: Finding[] = Array.from({ length: 120 }, (_, i) => ({
  check: 'secret-scan',
  ruleId: 'r',
  severity: i < 10 ? 'blocker' : 'medium',
  title: 'T',
  message: 'M',
  location: { file: `src/f${i}.ts`, line: i + 1 },
  fingerprint: String(i),
}));
const report: Report = { check: 'secret-scan', ok: false, summary: '120 found', findings };
const verdict = { passed: false, failOn: 'high' as const, failing: 10 };

describe('check run with every annotation', () => {
  it('creates the run with the first 50 and adds the rest in batches of 50', async () => {
    const { apiUrl, seen } = await fakeGitHub(201);
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const result = await publishCheckRun(target, report, verdict, 'summary', checkRunAnnotations(findings), fast);
    expect(result).toEqual({ url: 'https://github.test/o/r/runs/7', annotated: 120, omitted: 0 });
    expect(seen.map((s) => `${s.method} ${s.url} ${s.body.output.annotations.length}`)).toEqual([
      'POST /repos/o/r/check-runs 50',
      'PATCH /repos/o/r/check-runs/7 50',
      'PATCH /repos/o/r/check-runs/7 20',
    ]);
    expect(seen[0]!.body.conclusion).toBe('failure');
    expect(seen[0]!.body.output.annotations[0]).toMatchObject({
      annotation_level: 'failure',
      path: 'src/f0.ts',
      start_line: 1,
    });
    expect(seen[0]!.auth).toBe('token ghs_test');
  });

  it('degrades with a reason, not a crash, when the token is read-only (fork pull requests)', async () => {
    const { apiUrl, seen } = await fakeGitHub(403);
    const target: CheckRunTarget = { token: 'ghs_ro', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const result = await publishCheckRun(target, report, verdict, 'summary', checkRunAnnotations(findings), fast);
    expect(result.url).toBeUndefined();
    expect(result.error).toContain('checks: write');
    expect(seen).toHaveLength(1);
  });

  it('reports a 403 after a successful create as a failed update, and keeps the run and its URL', async () => {
    const { apiUrl, seen } = await fakeGitHub({ POST: 201, PATCH: 403 });
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const result = await publishCheckRun(target, report, verdict, 'summary', checkRunAnnotations(findings), fast);
    expect(result.url).toBe('https://github.test/o/r/runs/7');
    expect(result).toMatchObject({ annotated: 50, omitted: 70 });
    expect(result.error).toMatch(/was created with 50 of 120 annotations, then adding more failed: .*403/);
    expect(result.error).not.toContain('cannot create');
    expect(seen.map((s) => s.method)).toEqual(['POST', 'PATCH']);
  });

  it('gives up on a server that never answers within the request timeout', async () => {
    const { apiUrl } = await fakeGitHub(null);
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const started = performance.now();
    const result = await publishCheckRun(target, report, verdict, 's', checkRunAnnotations(findings), {
      ...fast,
      timeoutMs: 300,
    });
    expect(result.error).toMatch(/creating the check run failed: POST \S+: no answer within 300 ms/);
    expect(result.url).toBeUndefined();
    // Bounded: the timeout, not the job's limit (generous margin for a loaded machine).
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('times out an update that hangs, keeping the run created before it', async () => {
    const { apiUrl } = await fakeGitHub({ POST: 201, PATCH: null });
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const result = await publishCheckRun(target, report, verdict, 's', checkRunAnnotations(findings), {
      ...fast,
      timeoutMs: 300,
    });
    expect(result.url).toBe('https://github.test/o/r/runs/7');
    expect(result.error).toMatch(/adding more failed: PATCH \S+: no answer within 300 ms/);
  });

  it('waits out a rate limit on an update (Retry-After) and still sends every annotation', async () => {
    const { apiUrl, seen } = await fakeGitHub({ POST: 201, PATCH: [429, 200] });
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
    };
    const result = await publishCheckRun(target, report, verdict, 's', checkRunAnnotations(findings), {
      ...fast,
      sleep,
    });
    expect(result).toMatchObject({ url: 'https://github.test/o/r/runs/7', annotated: 120, omitted: 0 });
    expect(result.error).toBeUndefined();
    expect(waits).toEqual([1000]);
    expect(seen.map((s) => s.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
  });

  it('gives up on a rate limit that asks for longer than its budget, keeping the run', async () => {
    const { apiUrl } = await fakeGitHub({ POST: 201, PATCH: 429 });
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const result = await publishCheckRun(target, report, verdict, 's', checkRunAnnotations(findings), {
      ...fast,
      budgetMs: 500,
      sleep: async () => {},
    });
    expect(result.url).toBe('https://github.test/o/r/runs/7');
    expect(result).toMatchObject({ annotated: 50, omitted: 70 });
    expect(result.error).toMatch(/adding more failed: GitHub's rate limit/);
  });

  it('sends at most maxBatches requests, the most severe annotations first, and says how many it left out', async () => {
    const many: Finding[] = Array.from({ length: 30_000 }, (_, i) => ({
      ...findings[0]!,
      severity: i % 1000 === 999 ? 'blocker' : 'low',
      location: { file: `src/f${i}.ts`, line: 1 },
      fingerprint: String(i),
    }));
    const { apiUrl, seen } = await fakeGitHub(201);
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    const manyReport = { ...report, findings: many };
    const result = await publishCheckRun(target, manyReport, verdict, 'summary', checkRunAnnotations(many), {
      ...fast,
      maxBatches: 4,
    });
    expect(seen).toHaveLength(4);
    expect(result).toMatchObject({ url: 'https://github.test/o/r/runs/7', annotated: 200, omitted: 29_800 });
    expect(result.error).toContain('the 200 most severe of 30000 annotations');
    // The 30 blockers lead the first batch.
    const first = seen[0]!.body.output.annotations as unknown as { annotation_level: string }[];
    expect(first.slice(0, 30).every((a) => a.annotation_level === 'failure')).toBe(true);
    expect(seen[0]!.body.output.summary).toContain('29800 of 30000 annotations are not on this check run');
  });

  it('paces the requests', async () => {
    const { apiUrl, seen } = await fakeGitHub(201);
    const target: CheckRunTarget = { token: 'ghs_test', owner: 'o', repo: 'r', headSha: 'abc', apiUrl };
    await publishCheckRun(target, report, verdict, 's', checkRunAnnotations(findings), { paceMs: 100 });
    expect(seen).toHaveLength(Math.ceil(findings.length / CHECK_RUN_BATCH));
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]!.at - seen[i - 1]!.at).toBeGreaterThanOrEqual(90);
  });

  it('targets the pull request head, and nothing without a token', () => {
    const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'merge-sha', GITHUB_API_URL: 'http://api' };
    expect(checkRunTarget(env, 't', { pull_request: { head: { sha: 'head-sha' } } })?.headSha).toBe('head-sha');
    expect(checkRunTarget(env, 't', {})?.headSha).toBe('merge-sha');
    expect(checkRunTarget(env, '', {})).toBeUndefined();
  });

  it('annotates only findings that have a file', () => {
    const withUrl: Finding = { ...findings[0]!, location: { url: 'https://shop.test/checkout' } };
    expect(checkRunAnnotations([withUrl, findings[1]!])).toHaveLength(1);
  });
});
