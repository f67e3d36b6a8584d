// The environment's deployment history as a rollback reads it: which deployment is current, which were rolled
// back from or claimed, how many rollbacks happened lately. Statuses load lazily (one call per deployment) and
// only as far back as the answer needs.
import type { Deployment, DeploymentStatus } from '../../github/deployments.ts';
import { claimRun, isRolledBackMark, rollbackPayloadOf } from './markers.ts';

export type StatusLoader = (deploymentId: number) => Promise<DeploymentStatus[]>;

const BAD_STATES = new Set(['failure', 'error']);

export class History {
  readonly deployments: readonly Deployment[];
  readonly #load: StatusLoader;
  readonly #statuses = new Map<number, Promise<DeploymentStatus[]>>();

  /** `deployments` newest first. */
  constructor(deployments: readonly Deployment[], load: StatusLoader) {
    this.deployments = deployments;
    this.#load = load;
  }

  get current(): Deployment | undefined {
    return this.deployments[0];
  }

  /** Newest first. */
  statuses(deploymentId: number): Promise<DeploymentStatus[]> {
    let pending = this.#statuses.get(deploymentId);
    if (!pending) {
      pending = this.#load(deploymentId);
      this.#statuses.set(deploymentId, pending);
    }
    return pending;
  }

  /** Forgets what was read of a deployment's statuses (after writing one). */
  forget(deploymentId: number): void {
    this.#statuses.delete(deploymentId);
  }

  async latestState(deploymentId: number): Promise<string | undefined> {
    return (await this.statuses(deploymentId))[0]?.state;
  }

  async isBad(deploymentId: number): Promise<boolean> {
    return BAD_STATES.has((await this.latestState(deploymentId)) ?? '');
  }

  /** A rollback deployment made for this one, if any. */
  rollbackDeploymentOf(deploymentId: number): Deployment | undefined {
    return this.deployments.find((d) => rollbackPayloadOf(d)?.rollbackOf === deploymentId);
  }

  /** Rolled back from: marked so, claimed by a run, or a rollback deployment names it. */
  async wasRolledBackFrom(deployment: Deployment): Promise<boolean> {
    if (this.rollbackDeploymentOf(deployment.id)) return true;
    const statuses = await this.statuses(deployment.id);
    return statuses.some((s) => isRolledBackMark(s) || claimRun(s) !== undefined);
  }

  /**
   * Good to return to: it reached success, nothing failed after (an `inactive` after success is GitHub retiring it
   * when a newer deployment succeeded), and no rollback left it.
   */
  async isGood(deployment: Deployment): Promise<boolean> {
    const statuses = await this.statuses(deployment.id);
    const latest = statuses[0]?.state;
    const fine = latest === 'success' || (latest === 'inactive' && statuses.some((s) => s.state === 'success'));
    return fine && !(await this.wasRolledBackFrom(deployment));
  }

  /** Deployments rolled back from within the last `windowMs` (by the time of the rollback). */
  async rollbacksSince(sinceMs: number, scanLimit: number): Promise<number> {
    const rolledBack = new Set<number>();
    for (const deployment of this.deployments) {
      const payload = rollbackPayloadOf(deployment);
      if (payload && Date.parse(deployment.createdAt) >= sinceMs) rolledBack.add(payload.rollbackOf);
    }
    // A dispatch rollback leaves no deployment, only the mark: read the marks of recent deployments, down to the
    // first one older than the window (it may have been rolled back inside it).
    for (const deployment of this.deployments.slice(0, scanLimit)) {
      const statuses = await this.statuses(deployment.id);
      if (statuses.some((s) => isRolledBackMark(s) && Date.parse(s.createdAt) >= sinceMs))
        rolledBack.add(deployment.id);
      if (Date.parse(deployment.createdAt) < sinceMs) break;
    }
    return rolledBack.size;
  }
}
