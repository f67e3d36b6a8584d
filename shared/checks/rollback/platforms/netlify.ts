// Netlify through its API (https://open-api.netlify.com, @netlify/open-api's swagger.json): the site's
// published_deploy is what serves; a rollback is restoreSiteDeploy, POST /api/v1/sites/{site_id}/deploys/{deploy_id}/restore,
// which publishes an earlier deploy again. Plain calls: three endpoints, bounded by our client.
import type { ApiClient } from './api.ts';
import type { LiveState, Platform, PlatformDeploy, PlatformHistory, PlatformSettings } from './types.ts';

export const NETLIFY_API = 'https://api.netlify.com';

interface RawDeploy {
  id: string;
  state?: string;
  context?: string;
  commit_ref?: string | null;
  created_at?: string;
  published_at?: string | null;
  title?: string | null;
  user_id?: string;
}

interface RawSite {
  id: string;
  name?: string;
  published_deploy?: RawDeploy | null;
}

function toDeploy(raw: RawDeploy): PlatformDeploy {
  const state = raw.state ?? '';
  return {
    id: raw.id,
    name: raw.id,
    sha: raw.commit_ref ?? '',
    createdAt: raw.created_at ?? new Date(0).toISOString(),
    creator: '',
    state,
    good: state === 'ready',
    failed: state === 'error' || state === 'rejected',
  };
}

export function netlifyPlatform(api: ApiClient, settings: PlatformSettings): Platform {
  const site = `/api/v1/sites/${encodeURIComponent(settings.project)}`;
  return {
    provider: 'netlify',
    label: `Netlify site ${settings.project}`,
    api,
    async read(): Promise<PlatformHistory> {
      const data = await api.request<RawSite>({ path: site });
      const raw = await api.request<RawDeploy[]>({ path: `${site}/deploys?page=1&per_page=100` });
      // Deploy previews and branch deploys never served production.
      const deploys = (Array.isArray(raw) ? raw : [])
        .filter((d) => (d.context ?? 'production') === 'production')
        .map(toDeploy)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
      const published = data.published_deploy;
      const live = published ? (deploys.find((d) => d.id === published.id) ?? toDeploy(published)) : undefined;
      return { deploys, live, left: new Set(), rollbacksAt: [] };
    },
    describe: (target) => `POST ${site}/deploys/${target.id}/restore: publish deploy ${target.id} again`,
    async rollBack(target) {
      await api.request({ method: 'POST', path: `${site}/deploys/${encodeURIComponent(target.id)}/restore` });
      return { done: `restored Netlify deploy ${target.id}` };
    },
    async liveState(target): Promise<LiveState> {
      const data = await api.request<RawSite>({ path: site });
      const published = data.published_deploy;
      return {
        live: published?.id === target.id && (published.state ?? 'ready') === 'ready',
        failed: false,
        state: published?.id === target.id ? 'published' : `published deploy is ${published?.id ?? 'none'}`,
      };
    },
  };
}
