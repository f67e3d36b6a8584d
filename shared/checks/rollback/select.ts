// Which deployment to return to: the one named by --to, or the newest earlier good one. Never one whose latest
// status is failure or error, never one a rollback left, never the code that is running now.
import type { Deployment } from '../../github/deployments.ts';
import type { History } from './history.ts';
import { shortSha } from './markers.ts';

export interface Refusal {
  ruleId: string;
  title: string;
  message: string;
  remediation: string;
}

export type Selection = { target: Deployment } | { refusal: Refusal };

function find(history: History, current: Deployment, to: string): Deployment | undefined {
  const wanted = to.trim().toLowerCase();
  if (/^\d+$/.test(wanted)) {
    const byId = history.deployments.find((d) => d.id === Number(wanted));
    if (byId) return byId;
  }
  if (!/^[0-9a-f]{7,40}$/.test(wanted)) return undefined;
  // The newest deployment of that SHA other than the current one.
  return history.deployments.find((d) => d.id !== current.id && d.sha.toLowerCase().startsWith(wanted));
}

export async function selectTarget(
  history: History,
  current: Deployment,
  to: string,
  environment: string,
): Promise<Selection> {
  if (to.trim() !== '') return chosen(history, current, to, environment);
  for (const candidate of history.deployments.slice(1)) {
    if (candidate.sha === current.sha) continue;
    if (await history.isGood(candidate)) return { target: candidate };
  }
  return {
    refusal: {
      ruleId: 'rollback/no-target',
      title: `no good deployment to roll back to in ${environment}`,
      message: `None of the ${history.deployments.length - 1} earlier deployments of ${environment} looked at ended in success without being rolled back from (deployment ${current.id}, ${shortSha(current.sha)}, is current). Nothing was changed.`,
      remediation:
        'name a known-good commit with --to SHA (or a deployment id), or fix forward: deploy a fix through your normal pipeline',
    },
  };
}

async function chosen(history: History, current: Deployment, to: string, environment: string): Promise<Selection> {
  const target = find(history, current, to);
  const refuse = (ruleId: string, title: string, message: string, remediation: string): Selection => ({
    refusal: { ruleId, title, message, remediation },
  });
  if (!target) {
    return refuse(
      'rollback/unknown-target',
      `--to ${to} names no deployment of ${environment}`,
      `No deployment of ${environment} among the ${history.deployments.length} most recent has the id or SHA ${to}. Nothing was changed.`,
      'pass the SHA (7+ hex digits) or id of an earlier deployment of this environment (see the Deployments page of the repository)',
    );
  }
  if (target.id === current.id) {
    return refuse(
      'rollback/target-is-current',
      `--to ${to} is the current deployment`,
      `Deployment ${target.id} (${shortSha(target.sha)}) is what ${environment} runs now. Nothing was changed.`,
      'name an earlier deployment',
    );
  }
  const state = await history.latestState(target.id);
  if (state === 'failure' || state === 'error') {
    return refuse(
      'rollback/target-refused',
      `refused: deployment ${target.id} (${shortSha(target.sha)}) ended in ${state}`,
      `A rollback never returns to a deployment whose latest status is failure or error. Nothing was changed.`,
      'name a deployment that ended in success',
    );
  }
  if (await history.wasRolledBackFrom(target)) {
    return refuse(
      'rollback/target-refused',
      `refused: deployment ${target.id} (${shortSha(target.sha)}) was itself rolled back from`,
      'A rollback never returns to a deployment that an earlier rollback left. Nothing was changed.',
      'name a deployment that ended in success and was not rolled back from',
    );
  }
  return { target };
}
