// Words and counts every writer shares, so the terminal, markdown and summary say the same thing.
import { countBySeverity, type Finding, isFileLocation, type Report, SEVERITIES, type Severity } from './model.ts';

export function describeLocation(finding: Finding): string {
  const location = finding.location;
  if (location === undefined) return '';
  if (!isFileLocation(location)) return location.url;
  return location.column === undefined
    ? `${location.file}:${location.line}`
    : `${location.file}:${location.line}:${location.column}`;
}

/** "2 blockers, 1 high, 3 medium" — only the severities present. */
export function describeCounts(findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
  return parts.length === 0 ? 'no findings' : parts.join(', ');
}

function plural(count: number, severity: Severity): string {
  if (severity === 'blocker') return `${count} ${count === 1 ? 'blocker' : 'blockers'}`;
  return `${count} ${severity}`;
}

export interface Verdict {
  passed: boolean;
  failOn: Severity | 'never';
  /** Findings at or above fail-on. */
  failing: number;
}

/** "env-check failed: 2 blockers, 1 medium (fails on high or worse)". */
export function headline(report: Report, verdict: Verdict): string {
  const gate = verdict.failOn === 'never' ? 'gate off' : `fails on ${verdict.failOn} or worse`;
  const state = verdict.passed ? 'passed' : 'failed';
  return `${report.check} ${state}: ${describeCounts(report.findings)} (${gate})`;
}
