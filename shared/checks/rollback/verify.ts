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
import type { LiveState } from './platforms/types.ts';

const TERMINAL = new Set(['success', 'failure', 'error', 'inactive']);
const POLL_MS = 5_000;

export interface VerifyInput {
  options: RollbackOptions;
  context: CheckContext;
  client?: GitHubClient;
  repo?: RepoRef;
  /**
   * The rollback deployment (or, for a dispatch, the SHA and the first deployment id a new one can have), whose
   * deployer reports when the target is live.
   */
  deployment?: Deployment;
  /** A hosting provider's own record of what serves: asked until the target is live, failed, or time is up. */
  live?: { label: string; poll: () => Promise<LiveState> };
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
  // Evidence that the target, not the old version, is what serves: without it a passing site proves nothing.
  let confirmed: boolean | undefined;
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
    confirmed = deploymentState === 'success';
  } else if (input.live) {
    const state = await waitForLive(input, input.live);
    deploymentState = state.state;
    if (state.failed) {
      return { status: 'failed', url, deploymentState, message: `${input.live.label} did not go live: ${state.state}` };
    }
    confirmed = state.live;
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
  if (smoke.ok && confirmed === false) {
    return {
      status: 'unconfirmed',
      url,
      deploymentState,
      steps,
      message: `the smoke steps passed, but nothing confirmed within ${Math.round(input.options.verifyTimeoutMs / 1000)} s that the target is what serves (last state: ${deploymentState}): the old version may still be serving`,
    };
  }
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
  const sleep = sleeper(input);
  const deadline = Date.now() + input.options.verifyTimeoutMs;
  const client = input.client!;
  const repo = input.repo!;
  input.context.log(
    `waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for deployment ${deployment.id} (${deployment.sha.slice(0, 7)}) to report success`,
  );
  const maxPolls = Math.max(1, Math.ceil(input.options.verifyTimeoutMs / POLL_MS)) + 1;
  for (let poll = 1; ; poll += 1) {
    const candidates = (await listDeployments(client, repo, deployment.environment, 20)).filter(
      (d) => d.sha === deployment.sha && d.id >= deployment.id,
    );
    for (const candidate of candidates) {
      const state = (await listStatuses(client, repo, candidate.id)).find((s) => TERMINAL.has(s.state))?.state;
      if (state) return state;
    }
    const left = deadline - Date.now();
    if (left <= 0 || poll >= maxPolls) {
      input.context.log(
        `deployment ${deployment.id} reported no final status in time: checking the site as it answers`,
      );
      return 'no status';
    }
    await sleep(Math.min(POLL_MS, left));
  }
}

function sleeper(input: VerifyInput): (ms: number) => Promise<void> {
  return input.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

/** The provider's state of the target until it is live or failed, or the last one seen when time is up. */
async function waitForLive(input: VerifyInput, live: NonNullable<VerifyInput['live']>): Promise<LiveState> {
  const sleep = sleeper(input);
  const deadline = Date.now() + input.options.verifyTimeoutMs;
  input.context.log(`waiting up to ${Math.round(input.options.verifyTimeoutMs / 1000)} s for ${live.label} to serve`);
  // Bounded twice: by the deadline, and by a count of polls (a test's instant sleep must not spin for ever).
  const maxPolls = Math.max(1, Math.ceil(input.options.verifyTimeoutMs / POLL_MS)) + 1;
  for (let poll = 1; ; poll += 1) {
    const state = await live.poll();
    if (state.live || state.failed) return state;
    if (Date.now() >= deadline || poll >= maxPolls) {
      input.context.log(
        `${live.label} was not confirmed live in time (${state.state}): checking the site as it answers`,
      );
      return state;
    }
    await sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
  }
}
