// Runs the smoke test the way the pipeline does: options parsed by the schema, a fresh context per run.

import type { CheckContext } from '../../../../shared/checks/definition.ts';
import { smokeOptionsSchema } from '../../../../shared/checks/smoke-test/options.ts';
import { runSmoke, type SmokeOverrides } from '../../../../shared/checks/smoke-test/run.ts';
import { Redactor } from '../../../../shared/report/redact.ts';
import { testLookup } from '../../http/servers.ts';

export interface Run {
  report: Awaited<ReturnType<typeof runSmoke>>;
  logs: string[];
  redactor: Redactor;
}

export async function smoke(
  input: Record<string, unknown>,
  env: Record<string, string> = {},
  overrides: SmokeOverrides = {},
): Promise<Run> {
  const logs: string[] = [];
  const redactor = new Redactor();
  const context: CheckContext = { cwd: process.cwd(), env, redactor, log: (line) => logs.push(line) };
  // Retries pause for real in production; here they only need to happen.
  const report = await runSmoke(smokeOptionsSchema.parse(input), context, {
    sleep: async () => {},
    waitIntervalMs: 5,
    ...overrides,
    probe: { lookup: testLookup, ...overrides.probe },
  });
  return { report, logs, redactor };
}

export function step(run: Run, name: string) {
  const found = run.report.details?.steps.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no step ${name}`);
  return found;
}
