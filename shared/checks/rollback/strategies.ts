// The ways to bring the target back, once the claim is won: a GitHub deployment of its SHA (a workflow on the
// `deployment` event deploys it), a workflow dispatch with the SHA as an input, or the user's own command.
import type { GitHubClient } from '../../github/client.ts';
import { createDeployment, type Deployment, dispatchWorkflow, type RepoRef } from '../../github/deployments.ts';
import { runShell } from './command.ts';
import { PAYLOAD_KEY, type RollbackPayload, shortSha } from './markers.ts';
import type { RollbackOptions } from './options.ts';

export interface Redeploy {
  /** The deployment created, for the deployment strategy. */
  deployment?: Deployment;
  /** One line for the report: what was done. */
  done: string;
}

export interface RedeployInput {
  client: GitHubClient;
  repo: RepoRef;
  options: RollbackOptions;
  current: Deployment;
  target: Deployment;
  /** Branch or tag for dispatch, resolved before the claim (a read). */
  dispatchRef: string;
  payload: RollbackPayload;
  env: Readonly<Record<string, string | undefined>>;
  log: (line: string) => void;
}

/** What the chosen way will do, as the plan shows it. */
export function describeRedeploy(options: RollbackOptions, target: Deployment, dispatchRef: string): string {
  if (options.provider === 'command') return `run the command with LAUNCH_READY_TARGET_SHA=${target.sha}`;
  if (options.strategy === 'dispatch') {
    return `dispatch workflow ${options.workflow} on ${dispatchRef} with input ${options.shaInput}=${target.sha}`;
  }
  return `create a deployment of ${target.sha} for ${options.environment} (auto_merge false, no required contexts)`;
}

export async function redeploy(input: RedeployInput): Promise<Redeploy> {
  const { client, repo, options, current, target } = input;
  if (options.provider === 'command') {
    await runShell(
      options.command,
      options.commandTimeoutMs,
      {
        LAUNCH_READY_TARGET_SHA: target.sha,
        LAUNCH_READY_CURRENT_SHA: current.sha,
        LAUNCH_READY_ENVIRONMENT: options.environment,
        LAUNCH_READY_REASON: input.payload.reason,
        LAUNCH_READY_TARGET_DEPLOYMENT: String(target.id),
      },
      input.env,
      input.log,
    );
    return { done: `ran the command for ${shortSha(target.sha)}` };
  }
  if (options.strategy === 'dispatch') {
    await dispatchWorkflow(client, repo, options.workflow, input.dispatchRef, { [options.shaInput]: target.sha });
    return {
      done: `dispatched ${options.workflow} on ${input.dispatchRef} with ${options.shaInput}=${shortSha(target.sha)}`,
    };
  }
  const deployment = await createDeployment(client, repo, {
    ref: target.sha,
    environment: options.environment,
    description: `Rollback of deployment ${current.id} (${shortSha(current.sha)}) to ${shortSha(target.sha)} by launch-ready`,
    payload: { [PAYLOAD_KEY]: input.payload },
  });
  return { deployment, done: `created deployment ${deployment.id} of ${shortSha(target.sha)}` };
}
