// Options of rollback (launch-ready.yml section `rollback`, CLI flags, action inputs). Free of transforms so the
// config's JSON Schema can be generated from it; durations are parsed in run.ts.
import { z } from 'zod';

export const PROVIDERS = ['github', 'command', 'vercel', 'netlify', 'heroku'] as const;
export const STRATEGIES = ['deployment', 'dispatch'] as const;

/** "1h", "45m", "90s", "1h30m", "2d". */
export const DURATION = /^\s*(\d+\s*[dhms]\s*)+$/i;

export const rollbackOptionsSchema = z
  .object({
    provider: z
      .enum(PROVIDERS)
      .default('github')
      .describe(
        'What redeploys: "github" (GitHub Deployments are the record; see strategy), "command" (GitHub Deployments choose the target, your command redeploys it), or a host whose own API is the record and rolls back: "vercel" (promotes the previous production deployment), "netlify" (restores the previous published deploy), "heroku" (rolls back to the previous release). Default github.',
      ),
    environment: z
      .string()
      .min(1, 'environment names the GitHub environment, e.g. production')
      .default('production')
      .describe('GitHub environment whose newest deployment is rolled back. Default production.'),
    strategy: z
      .enum(STRATEGIES)
      .default('deployment')
      .describe(
        'How the github provider redeploys: "deployment" (a new GitHub deployment of the target SHA, for a workflow on the deployment event) or "dispatch" (runs the workflow named by workflow with the target SHA as an input). Default deployment.',
      ),
    to: z
      .string()
      .default('')
      .describe(
        'Roll back to this SHA (7 or more hex digits) or deployment id instead of the newest good one. Refused when its latest status is failure or error.',
      ),
    workflow: z
      .string()
      .default('')
      .describe('Workflow file (e.g. deploy.yml) or id the dispatch strategy runs. Required for dispatch.'),
    ref: z
      .string()
      .default('')
      .describe(
        "Branch or tag the dispatched workflow runs on (the API takes no SHAs). Default: the repository's default branch.",
      ),
    shaInput: z
      .string()
      .regex(/^[A-Za-z_][\w-]*$/, 'shaInput is a workflow input name such as sha')
      .default('sha')
      .describe('Input of the dispatched workflow that receives the target SHA. Default sha.'),
    reason: z
      .string()
      .max(500, 'reason is at most 500 characters')
      .default('')
      .describe('Why: shown in the summary and on the rolled-back deployment, e.g. "smoke-test failed: checkout".'),
    dryRun: z
      .boolean()
      .default(false)
      .describe('Print the plan (current, target, strategy, the calls it would make) and make only read calls.'),
    force: z
      .boolean()
      .default(false)
      .describe(
        'A person overriding the loop guard (and a claim left by a run that died): recorded on the deployment.',
      ),
    maxRollbacks: z
      .number()
      .int()
      .min(1, 'maxRollbacks must be 1 or more')
      .default(3)
      .describe('Loop guard: no rollback when this many already happened in the environment within window. Default 3.'),
    window: z
      .string()
      .regex(DURATION, 'window is a duration such as 1h, 45m or 1h30m')
      .default('1h')
      .describe('Loop guard window, e.g. 1h, 45m, 1h30m. Default 1h.'),
    markState: z
      .enum(['inactive', 'failure'])
      .default('inactive')
      .describe('State given to the rolled-back deployment: inactive or failure. Default inactive.'),
    command: z
      .string()
      .default('')
      .describe(
        'Shell command the command provider runs, with LAUNCH_READY_TARGET_SHA, LAUNCH_READY_CURRENT_SHA, LAUNCH_READY_ENVIRONMENT and LAUNCH_READY_REASON set.',
      ),
    project: z
      .string()
      .default('')
      .describe(
        'Vercel project id or name, Netlify site id, or Heroku app name to roll back. Default: VERCEL_PROJECT_ID, NETLIFY_SITE_ID or HEROKU_APP_NAME from the environment.',
      ),
    team: z
      .string()
      .default('')
      .describe(
        'Vercel team id (team_…) that owns the project. Default: VERCEL_TEAM_ID, else VERCEL_ORG_ID when it is a team.',
      ),
    providerToken: z
      .string()
      .default('')
      .describe(
        "API token for vercel, netlify or heroku; pass a secret, never a literal. Default: VERCEL_TOKEN, NETLIFY_AUTH_TOKEN or HEROKU_API_KEY from the environment. The API's address comes from VERCEL_API_URL, NETLIFY_API_URL or HEROKU_API_URL when set.",
      ),
    commandTimeoutMs: z
      .number()
      .int()
      .positive()
      .default(600_000)
      .describe('Deadline of the command, in ms. Default 600000 (10 minutes).'),
    verifyUrl: z
      .string()
      .default('')
      .describe(
        "After rolling back, wait for this site to serve and run the smoke steps (launch-ready.yml's smoke section) against it. Default: smoke.baseUrl when set.",
      ),
    skipVerify: z.boolean().default(false).describe('Do not verify after rolling back.'),
    verifyTimeoutMs: z
      .number()
      .int()
      .positive()
      .default(600_000)
      .describe(
        "How long to wait for evidence that the target serves (the rollback deployment's success status, or the provider's own state) before the smoke steps run, in ms; a site that passes without that evidence is reported as unconfirmed. Default 600000.",
      ),
    timeoutMs: z
      .number()
      .int()
      .positive()
      .default(10_000)
      .describe('Deadline of each GitHub (or provider) API call, in ms. Default 10000.'),
    rateLimitWaitMs: z
      .number()
      .int()
      .min(0)
      .default(60_000)
      .describe(
        "Longest total wait for GitHub's (or the provider's) rate limits before giving up with an error, in ms. Default 60000.",
      ),
  })
  .strict();

export type RollbackOptions = z.infer<typeof rollbackOptionsSchema>;

/** Milliseconds in a duration the schema accepted. */
export function durationMs(text: string): number {
  const unit: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 };
  let total = 0;
  for (const match of text.matchAll(/(\d+)\s*([dhms])/gi)) total += Number(match[1]) * unit[match[2]!.toLowerCase()]!;
  return total;
}
