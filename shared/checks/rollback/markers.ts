// What a rollback writes into GitHub's record so that any later run (or a person) can read what happened:
// a claim status and a "rolled back" status on the bad deployment, and a payload on the rollback deployment.
import type { Deployment, DeploymentStatus } from '../../github/deployments.ts';

const CLAIM = 'launch-ready rollback claim ';
const ROLLED_BACK = 'launch-ready rolled back';
export const PAYLOAD_KEY = 'launch-ready';

export interface RollbackPayload {
  rollbackOf: number;
  fromSha: string;
  toSha: string;
  targetDeployment: number;
  reason: string;
  run: string;
  forced: boolean;
}

export const shortSha = (sha: string): string => sha.slice(0, 7);

/** The in_progress status a run posts on the bad deployment before it acts. */
export function claimDescription(runId: string, toSha: string): string {
  return `${CLAIM}${runId}: to ${shortSha(toSha)}`;
}

/** The run id in a claim status, or undefined when the status is no claim. */
export function claimRun(status: DeploymentStatus): string | undefined {
  if (!status.description.startsWith(CLAIM)) return undefined;
  return status.description.slice(CLAIM.length).split(':')[0]!.trim();
}

/** The final status on the bad deployment: rolled back, to what, and why (GitHub keeps 140 characters). */
export function rolledBackDescription(
  to: Pick<Deployment, 'sha'> & { id: number | string },
  reason: string,
  forced: boolean,
): string {
  const why = reason.trim() === '' ? '' : `: ${reason.trim().replace(/\s+/g, ' ')}`;
  // A provider's deploy may name no commit: then its id alone says where production went.
  const where = to.sha === '' ? `${to.id}` : `${shortSha(to.sha)} (deployment ${to.id})`;
  return `${ROLLED_BACK} to ${where}${forced ? ' [forced]' : ''}${why}`;
}

export function isRolledBackMark(status: DeploymentStatus): boolean {
  return status.description.startsWith(ROLLED_BACK);
}

/** The short SHA a "rolled back" status names as the target, or undefined. */
export function rolledBackTo(status: DeploymentStatus): string | undefined {
  if (!isRolledBackMark(status)) return undefined;
  return /^launch-ready rolled back to ([0-9a-f]{7,40})\b/.exec(status.description)?.[1];
}

export function rollbackPayloadOf(deployment: Deployment): RollbackPayload | undefined {
  const value = deployment.payload[PAYLOAD_KEY];
  if (!value || typeof value !== 'object') return undefined;
  const payload = value as Partial<RollbackPayload>;
  return typeof payload.rollbackOf === 'number' ? (payload as RollbackPayload) : undefined;
}
