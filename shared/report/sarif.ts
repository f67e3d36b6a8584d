// SARIF 2.1.0 for github/codeql-action/upload-sarif: code scanning alerts that track across runs.
import { type Finding, isFileLocation, type Report, type Severity } from './model.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  blocker: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};
/** GitHub orders code scanning alerts by this (0.1 to 10). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  blocker: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/** One SARIF log with a run per report (a run is one tool: one check). */
export function renderSarif(reports: readonly Report[], toolVersion: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: reports.map((report) => sarifRun(report, toolVersion)),
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRun(report: Report, toolVersion: string): object {
  const rules = new Map<string, Finding>();
  for (const f of report.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
  return {
    tool: {
      driver: {
        name: `launch-ready ${report.check}`,
        version: toolVersion,
        informationUri: 'https://github.com/launch-ready/launch-ready',
        rules: [...rules.values()].map((f) => ({
          id: f.ruleId,
          name: f.ruleId,
          shortDescription: { text: f.title },
          help: { text: f.remediation ?? f.title },
          defaultConfiguration: { level: LEVEL[f.severity] },
          properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: [report.check] },
        })),
      },
    },
    results: report.findings.map((f) => ({
      ruleId: f.ruleId,
      level: LEVEL[f.severity],
      message: { text: f.evidence ? `${f.message} (${f.evidence})` : f.message },
      locations: sarifLocations(f),
      // Our fingerprint ignores line numbers, so an alert follows its secret when lines move.
      partialFingerprints: { primaryLocationLineHash: f.fingerprint },
      properties: { severity: f.severity },
    })),
  };
}

function sarifLocations(f: Finding): object[] {
  if (!isFileLocation(f.location)) return [];
  const { file, line, column, endLine } = f.location;
  return [
    {
      physicalLocation: {
        artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
        region: { startLine: line, ...(column ? { startColumn: column } : {}), ...(endLine ? { endLine } : {}) },
      },
    },
  ];
}
