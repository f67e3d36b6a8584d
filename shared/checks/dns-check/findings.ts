// One way to make dns-check findings: stable fingerprints from the rule and the name, never from values found.
import { createHash } from 'node:crypto';
import { oneLine } from '../../report/escape.ts';
import type { Finding, Severity } from '../../report/model.ts';

export const CHECK = 'dns-check';

export interface FindingInput {
  ruleId: string;
  severity: Severity;
  /** The DNS name the finding is about (locates it, and keys its fingerprint). */
  name: string;
  title: string;
  message: string;
  evidence?: string;
  remediation?: string;
  /** Distinguishes two findings of one rule on one name (e.g. the record type or selector). */
  key?: string;
}

export function dnsFinding(input: FindingInput): Finding {
  return {
    check: CHECK,
    ruleId: input.ruleId,
    severity: input.severity,
    title: oneLine(input.title),
    message: oneLine(input.message),
    location: { url: `dns:${input.name}` },
    ...(input.evidence === undefined ? {} : { evidence: oneLine(input.evidence) }),
    ...(input.remediation === undefined ? {} : { remediation: input.remediation }),
    fingerprint: createHash('sha256')
      .update(`${CHECK}\0${input.ruleId}\0${input.name}\0${input.key ?? ''}`)
      .digest('hex')
      .slice(0, 16),
  };
}
