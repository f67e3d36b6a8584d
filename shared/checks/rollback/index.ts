// rollback: a failed post-deploy check, or a person, restores the last good deploy — once, safely, and verified.
// Light on purpose (zod and types): the GitHub client and the runner load only when it runs.
import type { CheckDefinition } from '../definition.ts';
import { type RollbackOptions, rollbackOptionsSchema } from './options.ts';
import { presentRollback, rollbackOutputs } from './present.ts';

export type { RollbackDetails } from './details.ts';
export type { RollbackOptions } from './options.ts';
export { rollbackOptionsSchema } from './options.ts';

export const rollback: CheckDefinition<RollbackOptions> = {
  name: 'rollback',
  description: 'Restore the last good deploy after a failed one: once, never to a bad target, and verified.',
  configSection: 'rollback',
  schema: rollbackOptionsSchema,
  onlyWhenNamed: true,
  params: [
    {
      name: 'provider',
      key: 'provider',
      type: 'string',
      description:
        'What rolls back: github (GitHub Deployments), command (your --command), vercel, netlify or heroku (their APIs).',
    },
    {
      name: 'environment',
      key: 'environment',
      type: 'string',
      description: 'GitHub environment to roll back (with vercel, netlify or heroku: where the claim is recorded).',
    },
    {
      name: 'strategy',
      key: 'strategy',
      type: 'string',
      description:
        'deployment (a new GitHub deployment of the target SHA) or dispatch (runs --workflow with the SHA as an input).',
    },
    {
      name: 'to',
      key: 'to',
      type: 'string',
      description:
        'Target SHA (7+ hex digits) or deployment id instead of the newest good deployment; refused when it failed.',
    },
    {
      name: 'workflow',
      key: 'workflow',
      type: 'string',
      description: 'Workflow file (e.g. deploy.yml) the dispatch strategy runs.',
    },
    {
      name: 'ref',
      key: 'ref',
      type: 'string',
      description: "Branch or tag the dispatched workflow runs on. Default: the repository's default branch.",
    },
    {
      name: 'sha-input',
      key: 'shaInput',
      type: 'string',
      description: 'Input of the dispatched workflow that receives the target SHA.',
    },
    {
      name: 'reason',
      key: 'reason',
      type: 'string',
      description: 'Why (shown in the summary and on the rolled-back deployment), e.g. "smoke-test failed: checkout".',
    },
    { name: 'dry-run', key: 'dryRun', type: 'boolean', description: 'Print the plan and make only read calls.' },
    {
      name: 'force',
      key: 'force',
      type: 'boolean',
      description: "A person's override of the loop guard and of a dead run's claim (recorded).",
    },
    {
      name: 'max-rollbacks',
      key: 'maxRollbacks',
      type: 'number',
      description: 'Loop guard: no rollback after this many within window.',
    },
    {
      name: 'window',
      key: 'window',
      type: 'string',
      description: 'Loop guard window, e.g. 1h, 45m, 1h30m.',
    },
    {
      name: 'mark-state',
      key: 'markState',
      type: 'string',
      description: 'Status given to the rolled-back deployment: inactive or failure.',
    },
    {
      name: 'command',
      key: 'command',
      type: 'string',
      description:
        'Shell command for the command provider; gets LAUNCH_READY_TARGET_SHA, LAUNCH_READY_CURRENT_SHA, LAUNCH_READY_ENVIRONMENT.',
    },
    {
      name: 'project',
      key: 'project',
      type: 'string',
      description:
        'Vercel project id or name, Netlify site id or Heroku app name. When empty: VERCEL_PROJECT_ID, NETLIFY_SITE_ID or HEROKU_APP_NAME.',
    },
    {
      name: 'team',
      key: 'team',
      type: 'string',
      description: 'Vercel team id (team_…). When empty: VERCEL_TEAM_ID, else VERCEL_ORG_ID if it is a team.',
    },
    {
      name: 'provider-token',
      key: 'providerToken',
      type: 'string',
      description:
        'Vercel, Netlify or Heroku API token, from a secret. When empty: VERCEL_TOKEN, NETLIFY_AUTH_TOKEN or HEROKU_API_KEY.',
    },
    {
      name: 'verify-url',
      key: 'verifyUrl',
      type: 'string',
      description:
        'After rolling back, wait for this site and run the smoke steps against it (default: smoke.baseUrl).',
    },
    { name: 'skip-verify', key: 'skipVerify', type: 'boolean', description: 'Do not verify after rolling back.' },
    {
      name: 'verify-timeout-ms',
      key: 'verifyTimeoutMs',
      type: 'number',
      description:
        "How long to wait for evidence that the target serves (the deployment status, or the provider's state), in ms.",
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline of each GitHub or provider API call in ms.',
    },
  ],
  async run(options, context) {
    const { runRollback } = await import('./run.ts');
    return runRollback(options, context);
  },
  present: presentRollback,
  outputs: rollbackOutputs,
};

export default rollback;
