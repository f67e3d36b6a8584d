// What rollback needs from a hosting provider, in the same words for Vercel, Netlify and Heroku: its production
// history, which deploy serves now, which deploys a rollback already left, a way to put an earlier one back, and a
// way to ask whether it serves yet.
import type { ApiClient } from './api.ts';

export const PLATFORM_PROVIDERS = ['vercel', 'netlify', 'heroku'] as const;
export type PlatformProvider = (typeof PLATFORM_PROVIDERS)[number];

export interface PlatformDeploy {
  /** The provider's id (Vercel dpl_…, Netlify deploy id, Heroku release id). */
  id: string;
  /** What people call it: "v42" for a Heroku release, the id otherwise. */
  name: string;
  /** The git commit, '' when the provider does not say. */
  sha: string;
  createdAt: string;
  creator: string;
  /** The provider's own word (READY, ready, succeeded, ERROR…). */
  state: string;
  /** Finished and able to serve. */
  good: boolean;
  /** Failed or errored: never a target. */
  failed: boolean;
}

export interface PlatformHistory {
  /** Production deploys (releases), newest first; includes the live one when the provider lists it. */
  deploys: PlatformDeploy[];
  /** The deploy that serves production now; undefined when there is none. */
  live?: PlatformDeploy;
  /** Why the live deploy is itself a rollback the provider recorded, or undefined. */
  liveIsRollback?: string;
  /** Ids of deploys a recorded rollback left: never targets. */
  left: Set<string>;
  /** When the rollbacks the provider records happened (epoch ms), for the loop guard. */
  rollbacksAt: number[];
}

export interface LiveState {
  /** The target is what serves production. */
  live: boolean;
  /** The provider gave up on it (a failed release, a failed alias job): it will not serve. */
  failed: boolean;
  /** The provider's word, for the report. */
  state: string;
}

export interface Platform {
  provider: PlatformProvider;
  /** "Vercel project shop", "Netlify site 1234", "Heroku app shop". */
  label: string;
  api: ApiClient;
  read(): Promise<PlatformHistory>;
  /** The git commit of a deploy the history could not name one for (Heroku: the slug's commit), else ''. */
  commitOf?(deploy: PlatformDeploy): Promise<string>;
  /** The plan's line for the write. */
  describe(target: PlatformDeploy): string;
  /** Puts the target back in production; returns what the report says was done and what to watch. */
  rollBack(target: PlatformDeploy, reason: string): Promise<{ done: string; created?: PlatformDeploy }>;
  /** Whether the target serves yet, from the provider's own record. */
  liveState(target: PlatformDeploy, created?: PlatformDeploy): Promise<LiveState>;
}

export interface PlatformSettings {
  /** Vercel project id or name, Netlify site id, Heroku app name. */
  project: string;
  /** Vercel team id; '' for a personal account. */
  team: string;
  token: string;
  baseUrl: string;
}
