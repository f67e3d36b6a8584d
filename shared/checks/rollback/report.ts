// The rollback's outcome as a Report: one line a founder reads first, blockers for every rule a rollback refused
// to break or could not finish, and the details the JSON report, the summary and the outputs are made of.
import { createHash } from 'node:crypto';
import type { Deployment } from '../../github/deployments.ts';
import type { Finding, Report, Severity } from '../../report/model.ts';
import { sortFindings } from '../../report/model.ts';
import type { DeploymentRef, RollbackDetails } from './details.ts';
import { shortSha } from './markers.ts';

export const CHECK = 'rollback';

export function deploymentRef(deployment: Deployment, state?: string): DeploymentRef {
  return {
    id: deployment.id,
    sha: deployment.sha,
    ref: deployment.ref,
    createdAt: deployment.createdAt,
    creator: deployment.creator,
    ...(state === undefined ? {} : { state }),
  };
}

export function finding(
  details: Pick<RollbackDetails, 'environment' | 'current'>,
  ruleId: string,
  severity: Severity,
  title: string,
  message: string,
  remediation?: string,
): Finding {
  const fingerprint = createHash('sha256')
    .update(`${CHECK}\0${ruleId}\0${details.environment}\0${details.current?.id ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return {
    check: CHECK,
    ruleId,
    severity,
    title,
    message,
    ...(remediation === undefined ? {} : { remediation }),
    fingerprint,
  };
}

const describe = (ref: DeploymentRef | null): string =>
  ref === null ? 'nothing' : `${shortSha(ref.sha)} (deployment ${ref.id})`;

function summaryOf(details: RollbackDetails, findings: Finding[]): string {
  const env = details.environment;
  const blocker = findings.find((f) => f.severity === 'blocker');
  if (details.alreadyRolledBack) return `already rolled back, nothing written: ${details.alreadyReason}`;
  if (details.dryRun && !blocker) {
    return `dry run: would roll back ${env} from ${describe(details.current)} to ${describe(details.target)} (${details.plan.at(-1) ?? ''}); nothing was changed`;
  }
  if (details.rolledBack) {
    const verified =
      details.verification.status === 'skipped'
        ? 'not verified'
        : details.verification.status === 'passed'
          ? `verified: ${details.verification.message}`
          : 'verification FAILED: rollback did not restore service';
    return `rolled back ${env} from ${describe(details.current)} to ${describe(details.target)}; ${verified}`;
  }
  return `no rollback of ${env}: ${blocker?.title ?? 'nothing to do'}`;
}

export function buildReport(details: RollbackDetails, findings: Finding[]): Report<RollbackDetails> {
  const sorted = sortFindings(findings);
  return {
    check: CHECK,
    ok: !sorted.some((f) => f.severity === 'blocker' || f.severity === 'high'),
    summary: summaryOf(details, sorted),
    findings: sorted,
    metrics: {
      rolledBack: details.rolledBack ? 1 : 0,
      calls: details.calls.length,
      writes: details.calls.filter((c) => c.method !== 'GET' && c.method !== 'HEAD').length,
      elapsedMs: details.elapsedMs,
    },
    details,
  };
}
