// Shape of rollback's report details (JSON `details`), read by present() and outputs().
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
