// `--format json` and the action's report file: the Report as the design describes it, plus the gate's verdict.
import type { Verdict } from './describe.ts';
import type { Report } from './model.ts';

export function renderJson(report: Report, verdict: Verdict): string {
  return `${JSON.stringify({ ...report, gate: verdict }, null, 2)}\n`;
}
