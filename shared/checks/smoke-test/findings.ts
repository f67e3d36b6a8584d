// Step results → Findings: a failed step is its own finding (blocker by default: checkout down stops a launch),
// mixed content is high (the page breaks in browsers), a slow but working step is medium.
import { createHash } from 'node:crypto';
import type { Finding } from '../../report/model.ts';
import type { StepResult, WebhookCheckName } from './details.ts';
import { HINT, WHAT } from './flow-steps.ts';

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
  if (step.kind === 'email' && kind === 'timeout') return 'no mail arrived';
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
  // A webhook step whose signed event went through fails for what it accepted: those findings say it.
  const forged = step.webhook?.signedOk === true;
  if (step.verdict === 'failed' && step.failure !== undefined && !forged) {
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
  findings.push(...webhookFindings(step));
  if (step.verdict === 'slow' && step.failure !== undefined && step.kind === 'email') {
    findings.push({
      check: CHECK,
      ruleId: 'smoke/email-slow',
      severity: 'medium',
      title: `${step.name}: the mail took ${step.email?.deliveryMs ?? 0} ms to arrive (budget ${step.email?.maxMs ?? 0} ms)`,
      message: step.failure.message,
      location,
      remediation: step.failure.hint,
      fingerprint: fingerprint('smoke/email-slow', step),
    });
  } else if (step.verdict === 'slow' && step.failure !== undefined) {
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

const WEBHOOK_RULES: Record<WebhookCheckName, { ruleId: string; severity: Finding['severity']; title: string }> = {
  unsigned: {
    ruleId: 'smoke/webhook-unsigned-accepted',
    severity: 'blocker',
    title: 'accepts unsigned events: anyone can send it a fake "paid" event',
  },
  'wrong-signature': {
    ruleId: 'smoke/webhook-bad-signature-accepted',
    severity: 'blocker',
    title: 'accepts events with a wrong signature: the signature is not checked',
  },
  'stale-timestamp': {
    ruleId: 'smoke/webhook-replay-accepted',
    severity: 'high',
    title: 'accepts a replayed event: the signed timestamp is not checked',
  },
};

/** One finding per forged event a webhook endpoint took. */
function webhookFindings(step: StepResult): Finding[] {
  return (step.webhook?.checks ?? [])
    .filter((check) => check.accepted)
    .map((check) => {
      const rule = WEBHOOK_RULES[check.name];
      return {
        check: CHECK,
        ruleId: rule.ruleId,
        severity: rule.severity,
        title: `${step.name} ${rule.title}`,
        message: `${step.method} ${step.url} answered HTTP ${check.status} to ${WHAT[check.name]} (${step.webhook?.scheme} scheme)`,
        location: { url: step.url },
        remediation: HINT[check.name],
        fingerprint: fingerprint(rule.ruleId, step),
      };
    });
}
