// Heroku through the Platform API (https://devcenter.heroku.com/articles/platform-api-reference, v3): the
// release marked current serves; a rollback is Release Rollback, POST /apps/{app}/releases {"release": id}, which
// creates a new release ("Rollback to vN") running the earlier slug and config. Plain calls, bounded by our client.
import type { ApiClient } from './api.ts';
import type { LiveState, Platform, PlatformDeploy, PlatformHistory, PlatformSettings } from './types.ts';

export const HEROKU_API = 'https://api.heroku.com';

interface RawRelease {
  id: string;
  version: number;
  status?: string;
  current?: boolean;
  description?: string;
  created_at?: string;
  user?: { email?: string } | null;
  slug?: { id?: string } | null;
}

const ROLLBACK = /^Rollback to v(\d+)\b/;

function toDeploy(raw: RawRelease): PlatformDeploy {
  const state = raw.status ?? '';
  return {
    id: raw.id,
    name: `v${raw.version}`,
    sha: '',
    createdAt: raw.created_at ?? new Date(0).toISOString(),
    creator: raw.user?.email ?? '',
    state,
    good: state === 'succeeded',
    failed: state === 'failed',
  };
}

export function herokuPlatform(api: ApiClient, settings: PlatformSettings): Platform {
  const app = `/apps/${encodeURIComponent(settings.project)}`;
  const slugs = new Map<string, string>();
  const versions = new Map<string, number>();
  return {
    provider: 'heroku',
    label: `Heroku app ${settings.project}`,
    api,
    async read(): Promise<PlatformHistory> {
      const raw = await api.request<RawRelease[]>({
        path: `${app}/releases`,
        headers: { range: 'version ..; order=desc, max=100' },
      });
      const releases = (Array.isArray(raw) ? raw : []).sort((a, b) => b.version - a.version);
      const left = new Set<string>();
      const rollbacksAt: number[] = [];
      for (const release of releases) {
        versions.set(release.id, release.version);
        if (release.slug?.id) slugs.set(release.id, release.slug.id);
        const to = ROLLBACK.exec(release.description ?? '');
        if (!to) continue;
        rollbacksAt.push(Date.parse(release.created_at ?? ''));
        // Every release between the one rolled back to and the rollback itself was left by it.
        for (const other of releases)
          if (other.version > Number(to[1]) && other.version < release.version) left.add(other.id);
      }
      const current = releases.find((r) => r.current);
      const rollbackOf = ROLLBACK.exec(current?.description ?? '');
      return {
        deploys: releases.map(toDeploy),
        live: current ? toDeploy(current) : undefined,
        liveIsRollback: rollbackOf
          ? `the current release v${current!.version} is itself a rollback ("${current!.description}")`
          : undefined,
        left,
        rollbacksAt,
      };
    },
    async commitOf(deploy) {
      const slug = slugs.get(deploy.id);
      if (!slug) return '';
      const data = await api.request<{ commit?: string | null }>({ path: `${app}/slugs/${encodeURIComponent(slug)}` });
      return data.commit ?? '';
    },
    describe: (target) => `POST ${app}/releases {"release": "${target.id}"}: a new release running ${target.name}`,
    async rollBack(target) {
      const created = await api.request<RawRelease>({
        method: 'POST',
        path: `${app}/releases`,
        body: { release: target.id },
      });
      const release = created && typeof created.version === 'number' ? toDeploy(created) : undefined;
      if (release) versions.set(release.id, created.version);
      return {
        done: `created Heroku release ${release?.name ?? '(no answer)'}: rollback to ${target.name}`,
        created: release,
      };
    },
    async liveState(target, created): Promise<LiveState> {
      const watched = created ?? target;
      const version = versions.get(watched.id);
      const raw = await api.request<RawRelease>({
        path: `${app}/releases/${version ?? encodeURIComponent(watched.id)}`,
      });
      return {
        live: raw.status === 'succeeded' && raw.current === true,
        failed: raw.status === 'failed',
        state: `release v${raw.version} ${raw.status ?? 'unknown'}${raw.current ? ', current' : ''}`,
      };
    },
  };
}
