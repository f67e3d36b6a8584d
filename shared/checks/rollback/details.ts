// Shape of rollback's report details (JSON `details`), read by present() and outputs().
import type { GitHubCall } from '../../github/client.ts';
import type { StepResult } from '../smoke-test/details.ts';

export interface DeploymentRef {
  id: number;
  sha: string;
  ref: string;
  createdAt: string;
  creator: string;
  /** Latest status when the run looked. */
  state?: string;
}

export interface Verification {
  status: 'passed' | 'failed' | 'skipped';
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
  /** The deployment this run created (deployment strategy). */
  deploymentId?: number;
  reason: string;
  forced: boolean;
  runId: string;
  loopGuard: { rollbacksInWindow: number; max: number; window: string };
  /** What the run does, or would do in a dry run, step by step. */
  plan: string[];
  /** Every GitHub API call made: method and path, never a header. */
  calls: GitHubCall[];
  verification: Verification;
  /** From the start of the run to the end of verification. */
  elapsedMs: number;
}
