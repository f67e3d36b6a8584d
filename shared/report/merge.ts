// Reports of the same check from several steps or jobs (a matrix's shards) become one report per check: one
// SARIF run per tool, one headline per check. The findings are the union; a finding two parts both reported
// (same rule, fingerprint and place) is kept once.
import type { Verdict } from './describe.ts';
import { type Finding, gateFailures, type Report, type Severity } from './model.ts';

/** One report per check, in the order the checks first appear. */
export function combineReports(reports: readonly Report[]): Report[] {
  const byCheck = new Map<string, Report[]>();
  for (const report of reports) {
    const group = byCheck.get(report.check);
    if (group) group.push(report);
    else byCheck.set(report.check, [report]);
  }
  return [...byCheck.values()].map((group) => (group.length === 1 ? group[0]! : combine(group)));
}

function combine(group: readonly Report[]): Report {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const finding of group.flatMap((r) => r.findings)) {
    const key = JSON.stringify([finding.ruleId, finding.fingerprint, finding.location ?? null]);
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  const summaries = [...new Set(group.map((r) => r.summary))];
  // Details are check-specific (steps, scanned commits): parts of one run cannot be added up blindly.
  return {
    check: group[0]!.check,
    ok: group.every((r) => r.ok),
    summary: `${group.length} reports: ${summaries.join('; ')}`,
    findings,
  };
}

/** The gate over one report. */
export function verdictOf(report: Report, failOn: Severity | 'never'): Verdict {
  const failing = gateFailures(report.findings, failOn).length;
  return { passed: failing === 0, failOn, failing };
}

/** Every finding of every report under one name: what the merged headline counts. */
export function overallReport(reports: readonly Report[]): Report {
  return {
    check: 'launch-ready',
    ok: reports.every((r) => r.ok),
    summary: `${reports.length} ${reports.length === 1 ? 'check' : 'checks'}: ${reports.map((r) => r.check).join(', ')}`,
    findings: reports.flatMap((r) => r.findings),
  };
}
