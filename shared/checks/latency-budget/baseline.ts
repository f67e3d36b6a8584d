// Baselines: an earlier run's JSON report (what --save-baseline writes, or --format json / the action's report
// file), read back to compare each endpoint's p95, with the raw samples for a significance test.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorCode, UsageError } from '../../errors.ts';
import type { Report } from '../../report/model.ts';
import type { BaselineComparison, LatencyDetails } from './details.ts';
import { bootstrapDifference, REGRESSION_CONFIDENCE, round } from './stats.ts';

export interface BaselineEntry {
  p95: number | null;
  samples: number[] | null;
}

export type Baseline = Map<string, BaselineEntry>;

export async function readBaseline(cwd: string, file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(`--baseline: cannot read ${file} (${errorCode(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`--baseline: ${file} is not JSON: pass a report written by --save-baseline or --format json`);
  }
  // `launch-ready all --format json` writes an array of reports: take this check's.
  const report = (Array.isArray(parsed) ? parsed.find((r) => r?.check === 'latency-budget') : parsed) as
    | Partial<Report<Partial<LatencyDetails>>>
    | undefined;
  const endpoints = report?.details?.endpoints;
  if (report?.check !== 'latency-budget' || !Array.isArray(endpoints)) {
    throw new UsageError(`--baseline: ${file} is not a latency-budget report (no details.endpoints)`);
  }
  const baseline: Baseline = new Map();
  for (const endpoint of endpoints) {
    if (typeof endpoint?.method !== 'string' || typeof endpoint.path !== 'string') continue;
    const key = `${endpoint.method} ${endpoint.path}`;
    const samples = report.details?.samples?.[key];
    const p95 = endpoint.latencyMs?.p95;
    baseline.set(key, {
      p95: typeof p95 === 'number' ? p95 : null,
      samples: Array.isArray(samples) && samples.every((s) => typeof s === 'number') ? samples : null,
    });
  }
  return baseline;
}

export async function saveBaseline(cwd: string, file: string, report: Report<LatencyDetails>): Promise<void> {
  try {
    await writeFile(resolve(cwd, file), `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`--save-baseline: cannot write ${file} (${errorCode(error)}): does its folder exist?`);
  }
}

/**
 * A regression needs both: p95 grew by more than `regressionPct`, and the 99 % bootstrap interval of the p95
 * difference lies wholly on the slower side (the change is real, not a noisy runner's wobble).
 */
export function compareWithBaseline(
  samples: readonly number[],
  p95: number | null,
  entry: BaselineEntry,
  regressionPct: number,
): BaselineComparison {
  const changePct =
    p95 !== null && entry.p95 !== null && entry.p95 > 0 ? round(((p95 - entry.p95) / entry.p95) * 100) : null;
  const differenceInterval =
    entry.samples !== null && entry.samples.length > 0 && samples.length > 0
      ? bootstrapDifference(samples, entry.samples, 0.95, REGRESSION_CONFIDENCE)
      : null;
  const significant = differenceInterval !== null && differenceInterval[0] > 0;
  return {
    p95: entry.p95,
    changePct,
    differenceInterval,
    significant,
    regressed: significant && changePct !== null && changePct > regressionPct,
  };
}
