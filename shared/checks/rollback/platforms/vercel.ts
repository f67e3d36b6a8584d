// Vercel through its REST API (https://vercel.com/docs/rest-api, as @vercel/sdk describes it): the project's
// production target is what serves; a rollback is POST /v1/projects/{projectId}/rollback/{deploymentId}, which
// points the production domains at an earlier deployment without rebuilding it. Plain calls rather than
// @vercel/sdk: four endpoints do not need a 20 MB dependency, and our client bounds every wait.
import type { ApiClient } from './api.ts';
import type { LiveState, Platform, PlatformDeploy, PlatformHistory, PlatformSettings } from './types.ts';

export const VERCEL_API = 'https://api.vercel.com';

interface RawDeployment {
  uid?: string;
  id?: string;
  created?: number;
  createdAt?: number;
  readyState?: string;
  state?: string;
  target?: string | null;
  meta?: Record<string, string>;
  creator?: { username?: string; uid?: string } | null;
  /** Vercel's own word on whether production may be rolled back to it (plans limit how far back). */
  isRollbackCandidate?: boolean | null;
}

interface RawProject {
  id: string;
  name?: string;
  targets?: Record<string, RawDeployment | null>;
  lastAliasRequest?: {
    fromDeploymentId?: string | null;
    toDeploymentId?: string;
    jobStatus?: string;
    requestedAt?: number;
    type?: string;
  } | null;
}

const COMMIT_KEYS = ['githubCommitSha', 'gitlabCommitSha', 'bitbucketCommitSha'];

function toDeploy(raw: RawDeployment): PlatformDeploy {
  const id = raw.uid ?? raw.id ?? '';
  const state = raw.readyState ?? raw.state ?? '';
  const sha = COMMIT_KEYS.map((k) => raw.meta?.[k]).find((v) => typeof v === 'string' && v !== '') ?? '';
  return {
    id,
    name: id,
    sha,
    createdAt: new Date(raw.createdAt ?? raw.created ?? 0).toISOString(),
    creator: raw.creator?.username ?? '',
    state,
    good: state === 'READY' && raw.isRollbackCandidate !== false,
    failed: state === 'ERROR',
  };
}

export function vercelPlatform(api: ApiClient, settings: PlatformSettings): Platform {
  const team = settings.team ? `teamId=${encodeURIComponent(settings.team)}` : '';
  const withTeam = (path: string) => (team ? `${path}${path.includes('?') ? '&' : '?'}${team}` : path);
  const projectPath = withTeam(`/v9/projects/${encodeURIComponent(settings.project)}`);
  let projectId = settings.project;
  const project = async () => {
    const data = await api.request<RawProject>({ path: projectPath });
    projectId = data.id;
    return data;
  };

  return {
    provider: 'vercel',
    label: `Vercel project ${settings.project}`,
    api,
    async read(): Promise<PlatformHistory> {
      const data = await project();
      const list = await api.request<{ deployments?: RawDeployment[] }>({
        path: withTeam(`/v7/deployments?projectId=${encodeURIComponent(projectId)}&target=production&limit=100`),
      });
      const deploys = (list.deployments ?? [])
        .map(toDeploy)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      const production = data.targets?.production;
      const live = production
        ? (deploys.find((d) => d.id === (production.id ?? production.uid)) ?? toDeploy(production))
        : undefined;
      const request = data.lastAliasRequest;
      const rolledBack = request?.type === 'rollback';
      return {
        deploys,
        live,
        liveIsRollback:
          rolledBack && live && request?.toDeploymentId === live.id
            ? `Vercel's last alias request rolled production back to ${live.id} (from ${request.fromDeploymentId ?? 'an unknown deployment'}, ${request.jobStatus ?? 'status unknown'})`
            : undefined,
        left: new Set(rolledBack && request?.fromDeploymentId ? [request.fromDeploymentId] : []),
        rollbacksAt: rolledBack && request?.requestedAt ? [request.requestedAt] : [],
      };
    },
    describe: (target) =>
      `POST /v1/projects/${projectId}/rollback/${target.id}: point the production domains at ${target.id} (no rebuild)`,
    async rollBack(target, reason) {
      const query = reason ? `?description=${encodeURIComponent(reason.slice(0, 200))}` : '';
      await api.request({
        method: 'POST',
        path: withTeam(
          `/v1/projects/${encodeURIComponent(projectId)}/rollback/${encodeURIComponent(target.id)}${query}`,
        ),
      });
      return { done: `asked Vercel to roll production back to ${target.id}` };
    },
    async liveState(target): Promise<LiveState> {
      const data = await project();
      const serving = data.targets?.production;
      const servingId = serving?.id ?? serving?.uid;
      const job = data.lastAliasRequest?.toDeploymentId === target.id ? data.lastAliasRequest?.jobStatus : undefined;
      return {
        live: servingId === target.id && (job === undefined || job === 'succeeded'),
        failed: job === 'failed',
        state: job
          ? `alias job ${job}`
          : servingId === target.id
            ? 'production target'
            : `production is ${servingId ?? 'unknown'}`,
      };
    },
  };
}
