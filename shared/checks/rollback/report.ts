// The rollback's outcome as a Report: one line a founder reads first, blockers for every rule a rollback refused
// to break or could not finish, and the details the JSON report, the summary and the outputs are made of.
import { createHash } from 'node:crypto';
import type { GitHubApiError } from '../../github/client.ts';
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

/**
 * A GitHub API failure as the run's blocker: which call kind failed, whether a rollback had already been asked for
 * (`afterRollback` says how), and the fix for that kind (`remediation`), else a retry.
 */
export function githubErrorFinding(
  details: Pick<RollbackDetails, 'environment' | 'current' | 'rolledBack'>,
  error: GitHubApiError,
  afterRollback: string,
  remediation: Partial<Record<string, string>>,
): Finding {
  const stage = details.rolledBack ? ` ${afterRollback}` : '; nothing was rolled back';
  return finding(
    details,
    'rollback/github-error',
    'blocker',
    `GitHub API: ${error.kind}${stage}`,
    error.message,
    remediation[error.kind] ?? 'run again; if it persists, check https://www.githubstatus.com',
  );
}

const describe = (ref: DeploymentRef | null): string =>
  ref === null
    ? 'nothing'
    : ref.sha === ''
      ? `${ref.name ?? ref.id}`
      : `${shortSha(ref.sha)} (${typeof ref.id === 'number' ? 'deployment' : 'deploy'} ${ref.name ?? ref.id})`;

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
          : details.verification.status === 'unconfirmed'
            ? 'NOT CONFIRMED that the target serves (the old version may still be serving)'
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

/** The findings a verification result calls for (none when it passed or was skipped). */
export function verificationFindings(details: RollbackDetails, target: string): Finding[] {
  const verification = details.verification;
  if (verification.status === 'failed') {
    return [
      finding(
        details,
        'rollback/not-restored',
        'blocker',
        'rollback did not restore service',
        `After rolling back to ${target}: ${verification.message}`,
        'the fault may not be in the code (a database migration, configuration, a third-party service): read the failing steps below and the deploy logs; roll back further with --to <older SHA> --force, or fix forward',
      ),
    ];
  }
  if (verification.status === 'unconfirmed') {
    return [
      finding(
        details,
        'rollback/unconfirmed',
        'high',
        'rollback not confirmed: which version serves is unknown',
        `After rolling back to ${target}: ${verification.message}.`,
        'check in the provider (or the Deployments page) which version serves production; raise --verify-timeout-ms if deploys take longer',
      ),
    ];
  }
  return [];
}

export function alreadyFinding(details: RollbackDetails, tail: string): Finding {
  return finding(
    details,
    'rollback/already-rolled-back',
    'info',
    'already rolled back',
    `${details.alreadyReason}. ${tail}`,
  );
}

export function loopGuardFinding(details: RollbackDetails, environment: string): Finding {
  const { rollbacksInWindow, max, window } = details.loopGuard;
  return finding(
    details,
    'rollback/loop-guard',
    'blocker',
    `loop guard: ${rollbacksInWindow} rollbacks of ${environment} within ${window} already`,
    `At most ${max} rollbacks within ${window} run by themselves; more usually means the fault is not in the code (data, config, a third party). Nothing was changed.`,
    'look at what failed before rolling back again; a person can override with --force (recorded on the deployment)',
  );
}

export function forcedFinding(details: RollbackDetails, overridden: string, recorded: string): Finding {
  const { rollbacksInWindow, max, window } = details.loopGuard;
  return finding(
    details,
    'rollback/forced',
    'info',
    'forced by a person',
    `--force: the loop guard (${rollbacksInWindow} of ${max} within ${window}) and ${overridden} were overridden; ${recorded}`,
  );
}
