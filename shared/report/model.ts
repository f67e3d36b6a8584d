// The Finding/Report model every check returns and every writer reads.

export const SEVERITIES = ['blocker', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Lower is more severe: blocker = 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** True when `severity` is at least as severe as `threshold`. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export type FileLocation = { file: string; line: number; column?: number; endLine?: number };
export type UrlLocation = { url: string };
export type Location = FileLocation | UrlLocation;

export function isFileLocation(location: Location | undefined): location is FileLocation {
  return location !== undefined && 'file' in location;
}

export interface Finding {
  check: string;
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  location?: Location;
  /** Already redacted by the check: never a raw secret. */
  evidence?: string;
  remediation?: string;
  /** Stable across runs (for baselines): must not depend on line numbers or timestamps. */
  fingerprint: string;
  /** Check-specific facts about this finding (secret-scan: `verification`); copied into SARIF result properties. Never a secret. */
  properties?: Record<string, string | number | boolean>;
}

export interface Report<Details = unknown> {
  check: string;
  ok: boolean;
  /** One line a founder reads first. */
  summary: string;
  findings: Finding[];
  metrics?: Record<string, number | string>;
  details?: Details;
}

/** Most severe first, then by location so output is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      locationKey(a).localeCompare(locationKey(b)) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

function locationKey(finding: Finding): string {
  const location = finding.location;
  if (location === undefined) return '';
  if ('url' in location) return location.url;
  return `${location.file}\0${String(location.line).padStart(9, '0')}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Findings at or above the gate threshold: the ones that fail the step. */
export function gateFailures(findings: readonly Finding[], failOn: Severity | 'never'): Finding[] {
  if (failOn === 'never') return [];
  return findings.filter((f) => isAtLeast(f.severity, failOn));
}
