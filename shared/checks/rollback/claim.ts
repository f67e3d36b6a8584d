// Exactly once per bad deployment. `concurrency:` in a workflow groups runs by name only, so two triggers (two
// failing jobs, a person pressing the button during an automatic rollback) can still meet. Each run posts a claim
// status on the bad deployment, reads the statuses back, and acts only if its claim is the oldest: GitHub gives
// statuses increasing ids, so every run reaches the same verdict.
import type { GitHubClient } from '../../github/client.ts';
import { createStatus, type Deployment, type RepoRef } from '../../github/deployments.ts';
import type { History } from './history.ts';
import { claimDescription, claimRun, isRolledBackMark, rollbackPayloadOf, rolledBackTo, shortSha } from './markers.ts';

/** How many deployments below the current one are read for a rollback that already brought its SHA back. */
const RECENT_MARKS = 5;

/** A claim this old with no rollback after it was left by a run that died; only --force takes over from it. */
export const STALE_CLAIM_MS = 30 * 60_000;

/** Why the bad deployment needs no rollback from this run, or undefined when it does. */
export async function alreadyRolledBack(
  history: History,
  current: Deployment,
  force: boolean,
  now: number,
): Promise<string | undefined> {
  const rollback = history.rollbackDeploymentOf(current.id);
  if (rollback)
    return `deployment ${rollback.id} already rolls back deployment ${current.id} (to ${shortSha(rollback.sha)})`;
  const payload = rollbackPayloadOf(current);
  if (payload && !(await history.isBad(current.id))) {
    return `the current deployment ${current.id} is itself the rollback of deployment ${payload.rollbackOf} (to ${shortSha(current.sha)})`;
  }
  const statuses = await history.statuses(current.id);
  const mark = statuses.find(isRolledBackMark);
  if (mark) return `deployment ${current.id} was already rolled back: "${mark.description}"`;
  // A claim by a run that died would block every later run: a person's --force takes over from a stale one, never
  // from one that may still be at work (a person pressing the button during an automatic rollback).
  const live = statuses.find(
    (s) => claimRun(s) !== undefined && !(force && now - Date.parse(s.createdAt) > STALE_CLAIM_MS),
  );
  if (live) {
    const stale =
      now - Date.parse(live.createdAt) > STALE_CLAIM_MS ? ' (if that run died, run again with --force)' : '';
    return `run ${claimRun(live)} already claimed the rollback of deployment ${current.id} at ${live.createdAt}${stale}`;
  }
  // The current deployment runs the SHA an earlier deployment was rolled back to: that rollback's own deploy
  // (whatever recorded it: our deployment, or a job with `environment:` that deployed it).
  for (const older of history.deployments.slice(1, 1 + RECENT_MARKS)) {
    const to = (await history.statuses(older.id)).map(rolledBackTo).find((sha) => sha !== undefined);
    if (to && current.sha.startsWith(to) && !(await history.isBad(current.id))) {
      return `the current deployment ${current.id} runs ${shortSha(current.sha)}, what deployment ${older.id} was rolled back to`;
    }
  }
  return undefined;
}

export interface ClaimResult {
  won: boolean;
  /** The run whose claim is the oldest. */
  winner: string;
}

export async function claimRollback(
  client: GitHubClient,
  repo: RepoRef,
  history: History,
  current: Deployment,
  target: Pick<Deployment, 'sha'>,
  runId: string,
): Promise<ClaimResult> {
  // Claims already there when this run looked (only stale ones, taken over with --force) are not competitors.
  const before = new Set((await history.statuses(current.id)).filter((s) => claimRun(s)).map((s) => s.id));
  await createStatus(client, repo, current.id, 'in_progress', claimDescription(runId, target.sha));
  history.forget(current.id);
  const claims = (await history.statuses(current.id))
    .filter((s) => claimRun(s) !== undefined && !before.has(s.id))
    .sort((a, b) => a.id - b.id);
  const winner = claims[0] ? claimRun(claims[0])! : runId;
  return { won: winner === runId, winner };
}
