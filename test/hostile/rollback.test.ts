// rollback against a provider API that is not one: a port that answers garbage, an SSH banner, or nothing. Each is
// one blocker line naming the provider, within the call deadline, no crash, no write, and the token in no output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../shared/checks/definition.ts';
import { rollback } from '../../shared/checks/rollback/index.ts';
import { runRollback } from '../../shared/checks/rollback/run.ts';
import { resolveOptions } from '../../shared/config/load.ts';
import { Redactor } from '../../shared/report/redact.ts';
import { type Hostile, leaks, startHostile } from './servers.ts';

const TOKEN = 'hostileHOSTtoken0123456789abcdefXYZ';

let hostile: Hostile;
beforeAll(async () => {
  hostile = await startHostile();
});
afterAll(() => hostile.close());

describe.each(['notHttp', 'sshBanner', 'silent'] as const)('rollback --provider vercel at a %s API', (kind) => {
  it('is one blocker line naming the provider, and leaks nothing', async () => {
    const log: string[] = [];
    const context: CheckContext = {
      cwd: process.cwd(),
      env: { VERCEL_TOKEN: TOKEN, VERCEL_PROJECT_ID: 'shop', VERCEL_API_URL: hostile.urls[kind].replace(/\/$/, '') },
      redactor: new Redactor(),
      log: (line) => log.push(line),
    };
    const config = { path: '', sections: {} };
    const options = resolveOptions(rollback, config, { provider: 'vercel', 'timeout-ms': '300' });
    const report = await runRollback(options, context, { sleep: async () => {} });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['rollback/provider-error']);
    expect(report.findings[0]!.message).toMatch(/^Vercel API: GET \/v9\/projects\/shop: /);
    expect(report.findings[0]!.message).not.toContain('\n');
    expect(report.details!.calls.every((c) => c.method === 'GET')).toBe(true);
    expect(leaks(JSON.stringify(report) + log.join('\n'), TOKEN)).toEqual([]);
  });
});
