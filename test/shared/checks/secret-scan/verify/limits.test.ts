// Verification's bounds, with the runner called directly and small limits: a provider that never answers, more
// keys than the cap, and a reflector that echoes the key back in every form it can.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type VerifyItem,
  type VerifyLimits,
  verifyFindings,
} from '../../../../../shared/checks/secret-scan/verify/run.ts';
import type { Finding } from '../../../../../shared/report/model.ts';
import { bearerOf, type FakeProvider, startFakeProvider, verifyKeys } from './fake-providers.ts';

const LIMITS: VerifyLimits = { timeoutMs: 200, budgetMs: 600, concurrency: 2, maxKeys: 100, maxRetries: 2 };

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function item(value: string, index: number): VerifyItem {
  const finding: Finding = {
    check: 'secret-scan',
    ruleId: 'github-token',
    severity: 'high',
    title: 'GitHub token',
    message: `GitHub token found in f${index}.env at line 1.`,
    location: { file: `f${index}.env`, line: 1 },
    fingerprint: `fp${index}`,
  };
  return { finding, value, file: `f${index}.env`, line: 1 };
}

const quiet = (env: Record<string, string>) => ({ env, log: () => {} });

describe('verification bounds', () => {
  it('gives up on a provider that never answers within the per-request and total deadlines', async () => {
    fake = await startFakeProvider(() => undefined);
    const items = Array.from({ length: 6 }, (_, i) => item(verifyKeys.github(), i));
    const started = performance.now();
    const { findings, summary } = await verifyFindings(
      items,
      quiet({ LAUNCH_READY_VERIFY_GITHUB_URL: fake.url }),
      LIMITS,
    );
    const elapsed = performance.now() - started;
    // 6 hanging keys, 2 at a time, 200 ms each, 600 ms in all: the budget ends it, not the server.
    expect(elapsed).toBeLessThan(3_000);
    expect(summary).toMatchObject({ keys: 6, live: 0, revoked: 0, unknown: 6 });
    expect(fake.calls.length).toBeLessThanOrEqual(6);
    for (const finding of findings) {
      expect(finding.severity).toBe('high');
      expect(finding.message).toMatch(/could not verify with GitHub \((timed out|time budget spent)\)/i);
    }
  });

  it('asks about at most maxKeys distinct keys', async () => {
    fake = await startFakeProvider(() => ({ status: 200 }));
    const items = Array.from({ length: 5 }, (_, i) => item(verifyKeys.github(), i));
    const { findings, summary } = await verifyFindings(items, quiet({ LAUNCH_READY_VERIFY_GITHUB_URL: fake.url }), {
      ...LIMITS,
      budgetMs: 5_000,
      maxKeys: 2,
    });
    expect(fake.calls).toHaveLength(2);
    expect(summary).toMatchObject({ keys: 5, live: 2, unknown: 3 });
    expect(findings.filter((f) => /more than 2 keys/.test(f.message))).toHaveLength(3);
  });

  it('never repeats a reflected key: no response text reaches a finding or the log', async () => {
    // A hostile "provider" echoing the request (headers, body, the key itself) in its status body and headers.
    fake = await startFakeProvider((request) => ({
      status: 401,
      headers: { 'x-echo': bearerOf(request), 'retry-after': bearerOf(request) },
      body: JSON.stringify({ message: `Bad credentials ${bearerOf(request)}`, request }),
    }));
    const key = verifyKeys.github();
    const lines: string[] = [];
    const { findings, summary } = await verifyFindings(
      [item(key, 0)],
      { env: { LAUNCH_READY_VERIFY_GITHUB_URL: fake.url }, log: (line) => lines.push(line) },
      // Generous bounds: this test is about what the answer leaks, and a loaded machine must not turn it unknown.
      { ...LIMITS, timeoutMs: 10_000, budgetMs: 20_000 },
    );
    expect(fake.calls).toHaveLength(1);
    expect(bearerOf(fake.calls[0]!)).toBe(key);
    expect(summary.revoked).toBe(1);
    const everything = JSON.stringify({ findings, summary, lines });
    expect(everything).not.toContain(key);
    expect(everything).not.toContain(key.slice(4));
    expect(everything).not.toContain(Buffer.from(key).toString('base64').slice(0, 20));
  });
});
