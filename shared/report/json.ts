// `--format json` and the action's report file: the Report as the design describes it, plus the gate's verdict
// and the launch-ready version that wrote it. `launch-ready report` reads these files back (parseJsonReports), so
// the format is written and read in this one module.
import { z } from 'zod';
import { UsageError } from '../errors.ts';
import { VERSION } from '../version.ts';
import type { Verdict } from './describe.ts';
import { type Report, SEVERITIES } from './model.ts';

/** Who wrote a report: `launch-ready report` merges only reports of its own version. */
export interface ToolStamp {
  name: 'launch-ready';
  version: string;
}

export function renderJson(report: Report, verdict: Verdict, version: string = VERSION): string {
  const tool: ToolStamp = { name: 'launch-ready', version };
  return `${JSON.stringify({ ...report, gate: verdict, tool }, null, 2)}\n`;
}

const location = z.union([
  z.object({
    file: z.string(),
    line: z.number(),
    column: z.number().optional(),
    endLine: z.number().optional(),
  }),
  z.object({ url: z.string() }),
]);

const finding = z.object({
  check: z.string(),
  ruleId: z.string().min(1),
  severity: z.enum(SEVERITIES),
  title: z.string(),
  message: z.string(),
  location: location.optional(),
  evidence: z.string().optional(),
  remediation: z.string().optional(),
  fingerprint: z.string(),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

const reportFile = z.object({
  tool: z.object({ name: z.literal('launch-ready'), version: z.string() }),
  check: z.string().min(1),
  ok: z.boolean(),
  summary: z.string(),
  findings: z.array(finding),
  metrics: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  details: z.unknown().optional(),
  gate: z
    .object({
      passed: z.boolean(),
      failOn: z.enum([...SEVERITIES, 'never']),
      failing: z.number(),
    })
    .optional(),
});

export interface ParsedReport {
  report: Report;
  /** The gate the step that wrote it applied (the merged report applies its own). */
  verdict?: Verdict;
}

/**
 * The reports in a JSON report file: one report, or an array of them (`launch-ready all --format json`).
 * `shown` names the file in messages. Anything else, or a report of another launch-ready version, is a
 * UsageError naming the file: merging reports whose rules and fields may differ would gate on the wrong thing.
 */
export function parseJsonReports(text: string, shown: string, version: string = VERSION): ParsedReport[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`report ${shown} is not valid JSON (${why})`);
  }
  const items = Array.isArray(data) ? data : [data];
  if (items.length === 0) throw new UsageError(`report ${shown} holds no report (an empty array)`);
  return items.map((item, index) => {
    const where = Array.isArray(data) ? `${shown} [${index}]` : shown;
    const tool = (item as { tool?: { name?: unknown; version?: unknown } } | null)?.tool;
    if (
      item !== null &&
      typeof item === 'object' &&
      tool?.name === 'launch-ready' &&
      typeof tool.version === 'string'
    ) {
      if (tool.version !== version) {
        throw new UsageError(
          `report ${where} was written by launch-ready ${tool.version}, this is ${version}: run every step with the same version`,
        );
      }
    }
    if (item === null || typeof item !== 'object' || tool === undefined) {
      throw new UsageError(
        `report ${where} is not a launch-ready JSON report (no "tool" field): write it with launch-ready ${version} --format json, or take the report output of its action`,
      );
    }
    const parsed = reportFile.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length > 0 ? issue.path.join('.') : 'the top level';
      throw new UsageError(
        `report ${where} is not a launch-ready JSON report: ${field}: ${issue.message} (write it with --format json or take it from the action's report output)`,
      );
    }
    const { tool: _tool, gate, ...report } = parsed.data;
    return { report: report as Report, verdict: gate };
  });
}
