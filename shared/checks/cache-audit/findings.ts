// Verdicts → Findings: located at the full URL, fingerprinted by rule and path so baselines survive a new
// deploy URL, a port or a cache-busting query string.
import { createHash } from 'node:crypto';
import type { Finding } from '../../report/model.ts';
import type { Verdict } from './rules.ts';

export const CHECK = 'cache-audit';

export function fingerprint(ruleId: string, url: string): string {
  const path = new URL(url).pathname;
  return createHash('sha256').update(`${CHECK}\0${ruleId}\0${path}`).digest('hex').slice(0, 16);
}

export function toFinding(verdict: Verdict, url: string): Finding {
  return {
    check: CHECK,
    ruleId: verdict.rule.id,
    severity: verdict.rule.severity,
    title: verdict.title,
    message: verdict.message,
    location: { url },
    ...(verdict.evidence === undefined ? {} : { evidence: verdict.evidence }),
    remediation: verdict.remediation,
    fingerprint: fingerprint(verdict.rule.id, url),
  };
}
