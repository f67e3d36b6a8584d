import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CheckRunTarget,
  checkRunAnnotations,
  checkRunTarget,
  publishCheckRun,
} from '../../../shared/github/check-run.ts';
import type { Finding, Report } from '../../../shared/report/model.ts';

interface Seen {
  method: string;
  url: string;
  body: { conclusion?: string; output: { annotations: unknown[] } };
  auth: string;
}

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A stand-in for the GitHub REST API on 127.0.0.1 that records what it is sent. */
async function fakeGitHub(status: number): Promise<{ apiUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer(async (req: IncomingMessage, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({
      method: req.method!,
      url: req.url!,
      body: JSON.parse(body || '{}'),
      auth: req.headers.authorization ?? '',
    });
    res.writeHead(status, { 'content-type': 'application/json' });
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
    const result = await publishCheckRun(target, report, verdict, 'summary', checkRunAnnotations(findings));
    expect(result.url).toBe('https://github.test/o/r/runs/7');
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
    const result = await publishCheckRun(target, report, verdict, 'summary', checkRunAnnotations(findings));
    expect(result.url).toBeUndefined();
    expect(result.error).toContain('checks: write');
    expect(seen).toHaveLength(1);
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
