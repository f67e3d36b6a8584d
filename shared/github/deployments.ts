// GitHub Deployments and workflow dispatch over the shared client: plain data in, plain data out.
import { type GitHubClient, listAll } from './client.ts';

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  creator: string;
  description: string;
  /** The payload as an object ({} when it was not JSON). */
  payload: Record<string, unknown>;
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  createdAt: string;
  creator: string;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

interface RawDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  created_at: string;
  creator?: { login?: string } | null;
  description?: string | null;
  payload?: unknown;
}

interface RawStatus {
  id: number;
  state: string;
  description?: string | null;
  created_at: string;
  creator?: { login?: string } | null;
}

function payloadObject(payload: unknown): Record<string, unknown> {
  if (payload && typeof payload === 'object' && !Array.isArray(payload)) return payload as Record<string, unknown>;
  if (typeof payload === 'string' && payload.trim().startsWith('{')) {
    try {
      return JSON.parse(payload) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return {};
}

function toDeployment(raw: RawDeployment): Deployment {
  return {
    id: raw.id,
    sha: raw.sha,
    ref: raw.ref,
    environment: raw.environment,
    createdAt: raw.created_at,
    creator: raw.creator?.login ?? '',
    description: raw.description ?? '',
    payload: payloadObject(raw.payload),
  };
}

/** Newest first (by creation, then id: GitHub's timestamps have one-second resolution). */
export function newestFirst<T extends { id: number; createdAt: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
}

/** The environment's deployments, newest first, at most `max`. */
export async function listDeployments(
  client: GitHubClient,
  repo: RepoRef,
  environment: string,
  max: number,
): Promise<Deployment[]> {
  const raw = await listAll<RawDeployment>(
    client,
    'GET /repos/{owner}/{repo}/deployments',
    { ...repo, environment },
    max,
  );
  // Filtered here too: the environment query is a filter GitHub applies, and a record of another environment
  // must never be rolled back by mistake.
  return newestFirst(raw.map(toDeployment).filter((d) => d.environment === environment));
}

/** A deployment's statuses, newest first (ids grow with time, so they order statuses created in one second). */
export async function listStatuses(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
): Promise<DeploymentStatus[]> {
  const raw = await listAll<RawStatus>(
    client,
    'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    { ...repo, deployment_id: deploymentId },
    100,
  );
  return raw
    .map((s) => ({
      id: s.id,
      state: s.state,
      description: s.description ?? '',
      createdAt: s.created_at,
      creator: s.creator?.login ?? '',
    }))
    .sort((a, b) => b.id - a.id);
}

export type StatusState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** GitHub refuses a status description over 140 characters. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export async function createStatus(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
  state: StatusState,
  description: string,
  logUrl?: string,
): Promise<DeploymentStatus> {
  const text =
    description.length > STATUS_DESCRIPTION_LIMIT
      ? `${description.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…`
      : description;
  const { data } = await client.octokit.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deploymentId,
    state,
    description: text,
    ...(logUrl ? { log_url: logUrl } : {}),
  });
  return {
    id: data.id,
    state: data.state,
    description: data.description ?? '',
    createdAt: data.created_at,
    creator: data.creator?.login ?? '',
  };
}

export interface NewDeployment {
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
}

/**
 * A deployment of exactly `ref`: no auto-merge of the default branch into it, and no commit-status contexts
 * required (during an incident they are often red, which is why we are here).
 */
export async function createDeployment(
  client: GitHubClient,
  repo: RepoRef,
  request: NewDeployment,
): Promise<Deployment> {
  const response = await client.octokit.rest.repos.createDeployment({
    ...repo,
    ref: request.ref,
    environment: request.environment,
    description: request.description,
    payload: request.payload,
    auto_merge: false,
    required_contexts: [],
  });
  const data = response.data as unknown;
  if (response.status !== 201 || !data || typeof data !== 'object' || !('id' in data)) {
    const message = (data as { message?: string } | undefined)?.message ?? `HTTP ${response.status}`;
    throw new Error(`GitHub did not create the deployment: ${message}`);
  }
  return toDeployment(data as RawDeployment);
}

export async function defaultBranch(client: GitHubClient, repo: RepoRef): Promise<string> {
  const { data } = await client.octokit.rest.repos.get({ owner: repo.owner, repo: repo.repo });
  return data.default_branch;
}

/** Runs a workflow_dispatch workflow on a branch or tag with these inputs. */
export async function dispatchWorkflow(
  client: GitHubClient,
  repo: RepoRef,
  workflow: string,
  ref: string,
  inputs: Record<string, string>,
): Promise<void> {
  await client.octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs });
}
