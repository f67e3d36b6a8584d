// Shape of rollback's report details (JSON `details`), read by present() and outputs().
import { randomBytes } from 'node:crypto';
import type { GitHubCall } from '../../github/client.ts';
import type { StepResult } from '../smoke-test/details.ts';

export interface DeploymentRef {
  /** A GitHub deployment id, or a provider's deploy id (Vercel, Netlify) or release id (Heroku). */
  id: number | string;
  /** What people call it when it is not the id: "v42" for a Heroku release. */
  name?: string;
  sha: string;
  ref: string;
  createdAt: string;
  creator: string;
  /** Latest status when the run looked. */
  state?: string;
}

export interface Verification {
  /** unconfirmed: the site passed, but nothing showed in time that the target (not the old version) serves. */
  status: 'passed' | 'failed' | 'skipped' | 'unconfirmed';
  /** What was checked, or why nothing was. */
  message: string;
  url?: string;
  /** The rollback deployment's final state, when the run waited for it. */
  deploymentState?: string;
  steps?: StepResult[];
}

export interface RollbackDetails {
  provider: string;
  environment: string;
  strategy: string;
  dryRun: boolean;
  current: DeploymentRef | null;
  target: DeploymentRef | null;
  /** Why no rollback was needed from this run (a claim, a mark or a rollback deployment already there). */
  alreadyRolledBack: boolean;
  alreadyReason?: string;
  rolledBack: boolean;
  /** The deployment this run created (deployment strategy), or the provider's deploy/release now serving. */
  deploymentId?: number | string;
  reason: string;
  forced: boolean;
  runId: string;
  loopGuard: { rollbacksInWindow: number; max: number; window: string };
  /** What the run does, or would do in a dry run, step by step. */
  plan: string[];
  /** Every API call made: method and path, never a header; `api` names the provider's API when not GitHub's. */
  calls: (GitHubCall & { api?: string })[];
  verification: Verification;
  /** From the start of the run to the end of verification. */
  elapsedMs: number;
}

/** Details before anything was looked at: what every provider's run starts from. */
export function startingDetails(
  options: {
    environment: string;
    reason: string;
    force: boolean;
    dryRun: boolean;
    maxRollbacks: number;
    window: string;
  },
  env: Record<string, string | undefined>,
  provider: string,
  strategy: string,
): RollbackDetails {
  return {
    provider,
    environment: options.environment,
    strategy,
    dryRun: options.dryRun,
    current: null,
    target: null,
    alreadyRolledBack: false,
    rolledBack: false,
    reason: options.reason.trim(),
    forced: options.force,
    // Unique per attempt and per process: two runs of one workflow attempt still tell their claims apart.
    runId: `${env.GITHUB_RUN_ID ?? 'local'}.${env.GITHUB_RUN_ATTEMPT ?? '1'}-${randomBytes(3).toString('hex')}`,
    loopGuard: { rollbacksInWindow: 0, max: options.maxRollbacks, window: options.window },
    plan: [],
    calls: [],
    verification: { status: 'skipped', message: 'not reached' },
    elapsedMs: 0,
  };
}
