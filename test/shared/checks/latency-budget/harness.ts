// Runs latency-budget in process with its options as launch-ready.yml would give them.
import { type LatencyDetails, latencyOptionsSchema } from '../../../../shared/checks/latency-budget/index.ts';
import { runLatency } from '../../../../shared/checks/latency-budget/run.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

export async function measure(
  options: Record<string, unknown>,
  cwd = process.cwd(),
): Promise<{ report: Report<LatencyDetails>; log: string[]; redactor: Redactor }> {
  const log: string[] = [];
  const redactor = new Redactor();
  const report = await runLatency(latencyOptionsSchema.parse(options), {
    cwd,
    env: {},
    redactor,
    log: (line) => log.push(line),
  });
  return { report, log, redactor };
}

/**
 * Our figure is the server's own, give or take what the client adds on a busy 2-core machine: within 10 % or 5 ms.
 * The precision goal (3 % or 2 ms on loopback) is the benchmark's to report (bench/latency.bench.ts), as for speed.
 */
export function near(ours: number | null, truth: number): boolean {
  return ours !== null && Math.abs(ours - truth) <= Math.max(5, truth * 0.1);
}
