// SARIF 2.1.0 for github/codeql-action/upload-sarif: code scanning alerts that track across runs.
//
// What code scanning accepts, and so what this writer guarantees:
// - every result has a location with `physicalLocation.artifactLocation.uri` and `region.startLine`: a result
//   without one is not shown, and an empty `locations` array fails the upload. A finding about a URL (smoke-test)
//   or about a variable declared only in launch-ready.yml has no file of its own: it is anchored on line 1 of
//   the file that configures the check (launch-ready.yml, else the workflow file), the URL kept in the message,
//   in a logical location and in the result's properties;
// - a URI is a valid URI reference: each path segment percent-encoded (spaces, `%`, `#`, `?`, non-ASCII,
//   control characters), `/` kept, relative to the repository root (`%SRCROOT%`);
// - at most 25,000 results per run (GitHub rejects more): the most severe are kept, and the run says how many
//   were left out, in its properties and in a tool notification.
import type * as Sarif from 'sarif';
import { type Finding, isFileLocation, type Report, type Severity, sortFindings } from './model.ts';

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
/** GitHub rejects a run with more results than this. */
export const MAX_SARIF_RESULTS = 25_000;
/** Where a finding with no file of its own is anchored when nothing better is known. */
export const DEFAULT_SARIF_ANCHOR = 'launch-ready.yml';

export interface SarifOptions {
  /**
   * A file, relative to the repository root, where findings without a file are anchored: the config file that
   * defines the URLs and variables, or the workflow file (see sarifAnchor). Default: launch-ready.yml.
   */
  anchor?: string;
  /** Results kept per run; default MAX_SARIF_RESULTS. */
  maxResults?: number;
}

/** One SARIF log with a run per report (a run is one tool: one check). */
export function renderSarif(reports: readonly Report[], toolVersion: string, options: SarifOptions = {}): string {
  const sarif: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: reports.map((report) => sarifRun(report, toolVersion, options)),
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRun(report: Report, toolVersion: string, options: SarifOptions): Sarif.Run {
  const max = options.maxResults ?? MAX_SARIF_RESULTS;
  const findings = sortFindings(report.findings);
  const kept = findings.slice(0, max);
  const omitted = findings.length - kept.length;
  const rules = new Map<string, Finding>();
  for (const f of kept) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
  const run: Sarif.Run = {
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
    results: kept.map((f) => sarifResult(f, options)),
  };
  if (omitted > 0) {
    const text =
      `${omitted} of ${findings.length} findings are not in this SARIF run: GitHub accepts at most ${max} results ` +
      'per run. The most severe were kept; the JSON report has every finding.';
    run.properties = { omittedResults: omitted, totalResults: findings.length };
    run.invocations = [
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text } }] },
    ];
  }
  return run;
}

function sarifResult(f: Finding, options: SarifOptions): Sarif.Result {
  const url = f.location !== undefined && !isFileLocation(f.location) ? f.location.url : undefined;
  let text = f.evidence ? `${f.message} (${f.evidence})` : f.message;
  if (url !== undefined && !text.includes(url)) text += ` (${url})`;
  return {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    message: { text: text.trim() === '' ? f.title : text },
    locations: [sarifLocation(f, url, options)],
    // Our fingerprint ignores line numbers, so an alert follows its secret when lines move.
    partialFingerprints: { primaryLocationLineHash: f.fingerprint },
    properties: { ...f.properties, severity: f.severity, ...(url === undefined ? {} : { url }) },
  };
}

function sarifLocation(f: Finding, url: string | undefined, options: SarifOptions): Sarif.Location {
  if (isFileLocation(f.location)) {
    const { file, line, column, endLine } = f.location;
    const startLine = Number.isInteger(line) && line >= 1 ? line : 1;
    return {
      physicalLocation: {
        artifactLocation: artifactLocation(file),
        region: {
          startLine,
          ...(column !== undefined && column >= 1 ? { startColumn: column } : {}),
          ...(endLine !== undefined && endLine >= startLine ? { endLine } : {}),
        },
      },
    };
  }
  const anchor = options.anchor ?? DEFAULT_SARIF_ANCHOR;
  return {
    physicalLocation: { artifactLocation: artifactLocation(anchor), region: { startLine: 1 } },
    ...(url === undefined ? {} : { logicalLocations: [{ name: url, fullyQualifiedName: url, kind: 'resource' }] }),
    message: { text: url === undefined ? `configured in ${anchor}` : `${url}, configured in ${anchor}` },
  };
}

/** Finding paths are already relative to the repository root (runCheck rebases them from the folder checked). */
function artifactLocation(path: string): Sarif.ArtifactLocation {
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return { uri: `file://${encodePath(slashed)}` };
  return { uri: encodePath(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

/**
 * A path as a URI reference: every segment percent-encoded as UTF-8 (`my file.ts` → `my%20file.ts`,
 * `100%.js` → `100%25.js`, `é` → `%C3%A9`), the `/` between segments kept. A lone surrogate (a file name that
 * is not valid UTF-16) becomes U+FFFD first: it has no UTF-8 encoding.
 */
export function encodePath(path: string): string {
  return path.toWellFormed().split('/').map(encodeURIComponent).join('/');
}
