// After a rollback: wait until the target serves, then run the smoke steps against it (the smoke-test check
// itself, with launch-ready.yml's smoke section). A failure here means the customers still see a broken site.
import { resolveOptions } from '../../config/load.ts';
import type { GitHubClient } from '../../github/client.ts';
import { type Deployment, listDeployments, listStatuses, type RepoRef } from '../../github/deployments.ts';
import type { CheckContext } from '../definition.ts';
import { smokeTest } from '../smoke-test/index.ts';
import type { SmokeOptions } from '../smoke-test/options.ts';
import type { Verification } from './details.ts';
import type { RollbackOptions } from './options.ts';

const TERMINAL = new Set(['success', 'failure', 'error', 'inactive']);
const POLL_MS = 5_000;

export interface VerifyInput {
  options: RollbackOptions;
  context: CheckContext;
  client?: GitHubClient;
  repo?: RepoRef;
  /** The rollback deployment, whose deployer reports when the target is live. */
  deployment?: Deployment;
  sleep?: (ms: number) => Promise<void>;
}

function smokeSection(context: CheckContext): Record<string, unknown> {
  const section = context.config?.sections[smokeTest.configSection];
  return section && typeof section === 'object' && !Array.isArray(section) ? (section as Record<string, unknown>) : {};
}

/** The site to verify: --verify-url, else smoke.baseUrl; '' when there is none. */
export function verifyUrlOf(options: RollbackOptions, context: CheckContext): string {
  const fromSmoke = smokeSection(context).baseUrl;
  return options.verifyUrl.trim() || (typeof fromSmoke === 'string' ? fromSmoke.trim() : '');
}

export async function verifyRollback(input: VerifyInput): Promise<Verification> {
  const { options, context } = input;
  const url = verifyUrlOf(options, context);
  if (options.skipVerify) return { status: 'skipped', message: 'not verified: --skip-verify' };
  if (url === '') {
    return {
      status: 'skipped',
      message:
        'not verified: pass --verify-url (or set smoke.baseUrl in launch-ready.yml) to check the site after a rollback',
    };
  }
  let deploymentState: string | undefined;
  if (input.deployment && input.client && input.repo) {
    deploymentState = await waitForDeployment(input, input.deployment);
    if (deploymentState === 'failure' || deploymentState === 'error') {
      return {
        status: 'failed',
        url,
        deploymentState,
        message: `the rollback deployment ${input.deployment.id} ended in ${deploymentState}: the target was not deployed`,
      };
    }
  }
  // Wait for the site to serve before judging it (the redeploy may still be rolling out): smoke.waitFor, else the URL.
  const ownWait = smokeSection(context).waitFor;
  const smokeOptions: SmokeOptions = resolveOptions(smokeTest, context.config ?? { path: '', sections: {} }, {
    'base-url': url,
    'wait-for': typeof ownWait === 'string' && ownWait !== '' ? undefined : url,
  });
  context.log(`verifying the rollback: smoke steps against ${url}`);
  const { runSmoke } = await import('../smoke-test/run.ts');
  const smoke = await runSmoke(smokeOptions, context);
  const steps = smoke.details?.steps ?? [];
  return {
    status: smoke.ok ? 'passed' : 'failed',
    url,
    deploymentState,
    steps,
    message: smoke.summary,
  };
}

/**
 * The first terminal state of the rollback deployment, or of a later deployment of the same SHA (a job with
 * `environment:` that deploys it records its own deployment); 'no status' when none reported in time.
 */
async function waitForDeployment(input: VerifyInput, deployment: Deployment): Promise<string> {
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + input.options.verifyTimeoutMs;
  const client = input.client!;
  const repo = input.repo!;
  input.context.log(
    `waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for deployment ${deployment.id} (${deployment.sha.slice(0, 7)}) to report success`,
  );
  for (;;) {
    const candidates = (await listDeployments(client, repo, deployment.environment, 20)).filter(
      (d) => d.sha === deployment.sha && d.id >= deployment.id,
    );
    for (const candidate of candidates) {
      const state = (await listStatuses(client, repo, candidate.id)).find((s) => TERMINAL.has(s.state))?.state;
      if (state) return state;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      input.context.log(
        `deployment ${deployment.id} reported no final status in time: checking the site as it answers`,
      );
      return 'no status';
    }
    await sleep(Math.min(POLL_MS, left));
  }
}
