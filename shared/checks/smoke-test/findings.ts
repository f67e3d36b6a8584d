// Step results → Findings: a failed step is its own finding (blocker by default: checkout down stops a launch),
// mixed content is high (the page breaks in browsers), a slow but working step is medium.
import { createHash } from 'node:crypto';
import type { Finding } from '../../report/model.ts';
import type { StepResult } from './details.ts';

export const CHECK = 'smoke-test';

const KIND_LABEL: Record<string, string> = {
  dns: 'DNS does not resolve',
  connect: 'connection failed',
  tls: 'TLS/certificate error',
  timeout: 'timed out',
  http: 'HTTP error',
  assertion: 'unexpected response',
};

function failureLabel(step: StepResult): string {
  const kind = step.failure?.kind ?? 'assertion';
  if (kind === 'http' && step.status !== undefined && step.status >= 300) return `HTTP ${step.status}`;
  return KIND_LABEL[kind];
}

/** Stable across runs: the step and what it requests, never timings or line numbers. */
function fingerprint(ruleId: string, step: StepResult): string {
  const target = step.url.replace(/[?#].*$/, '');
  return createHash('sha256')
    .update(`${CHECK}\0${ruleId}\0${step.name}\0${step.method}\0${target}`)
    .digest('hex')
    .slice(0, 16);
}

export function stepFindings(step: StepResult): Finding[] {
  const findings: Finding[] = [];
  const location = { url: step.url };
  if (step.verdict === 'failed' && step.failure !== undefined) {
    const ruleId = `smoke/${step.failure.kind}`;
    findings.push({
      check: CHECK,
      ruleId,
      severity: step.severity,
      title: `${step.name} failed: ${failureLabel(step)}`,
      message: step.failure.message,
      location,
      remediation: step.failure.hint,
      fingerprint: fingerprint(ruleId, step),
    });
  }
  if (step.verdict === 'slow' && step.failure !== undefined) {
    findings.push({
      check: CHECK,
      ruleId: 'smoke/slow',
      severity: 'medium',
      title: `${step.name} is slow: ${Math.round(step.timings.total)} ms`,
      message: step.failure.message,
      location,
      remediation: step.failure.hint,
      fingerprint: fingerprint('smoke/slow', step),
    });
  }
  if (step.mixedContent !== undefined && step.mixedContent.length > 0) {
    const shown = step.mixedContent.slice(0, 5);
    const more = step.mixedContent.length - shown.length;
    findings.push({
      check: CHECK,
      ruleId: 'smoke/mixed-content',
      severity: 'high',
      title: `${step.name} loads ${step.mixedContent.length} resource(s) over http:// on an https page`,
      message: `Browsers block or flag these: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      location,
      evidence: shown[0],
      remediation:
        'load every script, style, frame and image over https:// (or a relative URL); check hard-coded asset and CDN URLs',
      fingerprint: fingerprint('smoke/mixed-content', step),
    });
  }
  return findings;
}
