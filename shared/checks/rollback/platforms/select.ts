// Which deploy to return to on a hosting provider: the one named by --to, or the newest good deploy older than the
// live one. Never a failed one, never one a recorded rollback left, never the code that serves now.
import type { Refusal } from '../select.ts';
import type { PlatformDeploy, PlatformHistory } from './types.ts';

export type PlatformSelection = { target: PlatformDeploy } | { refusal: Refusal };

/** Why production already is a rollback, or undefined: the provider recorded one, or a newer good deploy is not live. */
export function providerAlreadyRolledBack(history: PlatformHistory, live: PlatformDeploy): string | undefined {
  if (history.liveIsRollback) return history.liveIsRollback;
  const newer = history.deploys.find(
    (d) => d.good && d.id !== live.id && Date.parse(d.createdAt) > Date.parse(live.createdAt),
  );
  if (newer) {
    return `production serves ${live.name}, older than the newest good deploy ${newer.name}: a rollback (or a person) already put an earlier deploy back`;
  }
  return undefined;
}

/** Deploys older than the live one, newest first. */
function earlier(history: PlatformHistory, live: PlatformDeploy): PlatformDeploy[] {
  const at = history.deploys.findIndex((d) => d.id === live.id);
  if (at >= 0) return history.deploys.slice(at + 1);
  return history.deploys.filter((d) => Date.parse(d.createdAt) < Date.parse(live.createdAt));
}

function matches(deploy: PlatformDeploy, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (deploy.id.toLowerCase() === w || deploy.name.toLowerCase() === w) return true;
  if (/^\d+$/.test(w) && deploy.name === `v${w}`) return true;
  return /^[0-9a-f]{7,40}$/.test(w) && deploy.sha.toLowerCase().startsWith(w);
}

export function selectPlatformTarget(
  history: PlatformHistory,
  live: PlatformDeploy,
  to: string,
  label: string,
): PlatformSelection {
  const refuse = (ruleId: string, title: string, message: string, remediation: string): PlatformSelection => ({
    refusal: { ruleId, title, message, remediation },
  });
  if (to.trim() !== '') {
    const target =
      history.deploys.find((d) => d.id !== live.id && matches(d, to)) ?? (matches(live, to) ? live : undefined);
    if (!target) {
      return refuse(
        'rollback/unknown-target',
        `--to ${to} names no production deploy of ${label}`,
        `None of the ${history.deploys.length} most recent production deploys of ${label} has the id, version or SHA ${to}. Nothing was changed.`,
        'pass the id (or Heroku version, or commit SHA) of an earlier production deploy',
      );
    }
    if (target.id === live.id) {
      return refuse(
        'rollback/target-is-current',
        `--to ${to} is what serves now`,
        `${target.name} serves production now. Nothing was changed.`,
        'name an earlier deploy',
      );
    }
    if (!target.good) {
      return refuse(
        'rollback/target-refused',
        `refused: ${target.name} is ${target.state || 'not finished'}`,
        `A rollback only returns to a deploy that finished and can serve${target.failed ? ', never to a failed one' : ''}. Nothing was changed.`,
        'name a deploy that finished successfully',
      );
    }
    if (history.left.has(target.id)) {
      return refuse(
        'rollback/target-refused',
        `refused: ${target.name} was itself rolled back from`,
        'A rollback never returns to a deploy that an earlier rollback left. Nothing was changed.',
        'name a deploy that finished successfully and was not rolled back from',
      );
    }
    return { target };
  }
  for (const candidate of earlier(history, live)) {
    if (!candidate.good || history.left.has(candidate.id)) continue;
    if (candidate.sha !== '' && candidate.sha === live.sha) continue;
    return { target: candidate };
  }
  return refuse(
    'rollback/no-target',
    `no good deploy to roll back to on ${label}`,
    `None of the production deploys older than the live one (${live.name}) finished successfully without being rolled back from. Nothing was changed.`,
    'name a known-good deploy with --to, or fix forward: deploy a fix through your normal pipeline',
  );
}
