// A GitHub history as the issue describes it (a good deployment, a failed one, a current bad one) on the fake
// GitHub, and runRollback pointed at it the way a workflow would (GITHUB_* env).

import type { CheckContext } from '../../../../shared/checks/definition.ts';
import type { RollbackDetails } from '../../../../shared/checks/rollback/details.ts';
import { rollback } from '../../../../shared/checks/rollback/index.ts';
import { runRollback } from '../../../../shared/checks/rollback/run.ts';
import { resolveOptions } from '../../../../shared/config/load.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { Redactor } from '../../../../shared/report/redact.ts';
import type { FakeGitHub } from '../../../helpers/fake-github.ts';

export const TOKEN = 'ghs_rollbackTESTtoken0123456789abcdefXYZ';
export const GOOD = '1111111111111111111111111111111111111111';
export const FAILED = '2222222222222222222222222222222222222222';
export const BAD = '3333333333333333333333333333333333333333';

/** good (success, since retired to inactive by GitHub), failed (failure), current bad (success, then smoke failed). */
export function seedHistory(gh: FakeGitHub): { good: number; failed: number; bad: number } {
  const minute = 60_000;
  const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * minute);
  const good = gh.addDeployment({ sha: GOOD, states: ['in_progress', 'success'], createdAt: at(120) });
  gh.addStatus(good.id, 'inactive', '', at(30));
  const failed = gh.addDeployment({ sha: FAILED, states: ['in_progress', 'failure'], createdAt: at(30) });
  const bad = gh.addDeployment({ sha: BAD, states: ['in_progress', 'success'], createdAt: at(5) });
  return { good: good.id, failed: failed.id, bad: bad.id };
}

export function githubEnv(gh: FakeGitHub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`,
    GITHUB_TOKEN: TOKEN,
    ...extra,
  };
}

export async function rollbackWith(
  gh: FakeGitHub,
  params: Record<string, string | boolean>,
  options: { env?: Record<string, string>; sections?: Record<string, unknown> } = {},
): Promise<{ report: Report<RollbackDetails>; log: string[] }> {
  const config = { path: 'launch-ready.yml', sections: options.sections ?? {} };
  const log: string[] = [];
  const context: CheckContext = {
    cwd: process.cwd(),
    env: githubEnv(gh, options.env),
    redactor: new Redactor(),
    log: (line) => log.push(line),
    config,
  };
  const resolved = resolveOptions(rollback, config, params);
  const report = await runRollback(resolved, context, { sleep: async () => {} });
  return { report: context.redactor.scrubDeep(report), log };
}
