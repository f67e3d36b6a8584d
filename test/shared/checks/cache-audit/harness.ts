// Runs the cache audit the way the pipeline does: options parsed by the schema, a fresh context per run.

import type { UrlAudit } from '../../../../shared/checks/cache-audit/details.ts';
import { cacheOptionsSchema } from '../../../../shared/checks/cache-audit/options.ts';
import { type CacheOverrides, runCacheAudit } from '../../../../shared/checks/cache-audit/run.ts';
import type { CheckContext } from '../../../../shared/checks/definition.ts';
import type { Severity } from '../../../../shared/report/model.ts';
import { SEVERITIES } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

export interface Audit {
  report: Awaited<ReturnType<typeof runCacheAudit>>;
  logs: string[];
  redactor: Redactor;
}

export async function audit(input: Record<string, unknown>, overrides: CacheOverrides = {}): Promise<Audit> {
  const logs: string[] = [];
  const redactor = new Redactor();
  const context: CheckContext = { cwd: process.cwd(), env: {}, redactor, log: (line) => logs.push(line) };
  const report = await runCacheAudit(cacheOptionsSchema.parse(input), context, overrides);
  return { report, logs, redactor };
}

/** The audited row of a path. */
export function row(run: Audit, path: string): UrlAudit {
  const found = run.report.details?.urls.find((u) => new URL(u.url).pathname === path);
  if (found === undefined)
    throw new Error(`${path} was not audited: ${run.report.details?.urls.map((u) => u.url).join(', ')}`);
  return found;
}

/** Worst severity per path ('none' when no finding), as a launch review reads the report. */
export function worstByPath(run: Audit): Record<string, Severity | 'none'> {
  const worst: Record<string, Severity | 'none'> = {};
  for (const u of run.report.details?.urls ?? []) worst[new URL(u.url).pathname] = 'none';
  for (const f of run.report.findings) {
    if (f.location === undefined || !('url' in f.location) || f.ruleId === 'cache/cdn') continue;
    const path = new URL(f.location.url).pathname;
    const current = worst[path] ?? 'none';
    if (current === 'none' || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(current)) worst[path] = f.severity;
  }
  return worst;
}
