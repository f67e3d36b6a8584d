// Which provider, with what token, project and API address: options first, then the variables each provider's own
// CLI and docs use, so a workflow that already deploys with them needs nothing more.
import { UsageError } from '../../../errors.ts';
import type { CheckContext } from '../../definition.ts';
import type { RollbackOptions } from '../options.ts';
import { createApiClient } from './api.ts';
import { HEROKU_API, herokuPlatform } from './heroku.ts';
import { NETLIFY_API, netlifyPlatform } from './netlify.ts';
import { PLATFORM_PROVIDERS, type Platform, type PlatformProvider, type PlatformSettings } from './types.ts';
import { VERCEL_API, vercelPlatform } from './vercel.ts';

export { PLATFORM_PROVIDERS, type PlatformProvider };

export function isPlatform(provider: string): provider is PlatformProvider {
  return (PLATFORM_PROVIDERS as readonly string[]).includes(provider);
}

interface Names {
  name: string;
  token: string;
  project: string;
  projectWords: string;
  url: string;
  base: string;
  headers: (token: string) => Record<string, string>;
}

const NAMES: Record<PlatformProvider, Names> = {
  vercel: {
    name: 'Vercel',
    token: 'VERCEL_TOKEN',
    project: 'VERCEL_PROJECT_ID',
    projectWords: 'the project id or name',
    url: 'VERCEL_API_URL',
    base: VERCEL_API,
    headers: (token) => ({ authorization: `Bearer ${token}` }),
  },
  netlify: {
    name: 'Netlify',
    token: 'NETLIFY_AUTH_TOKEN',
    project: 'NETLIFY_SITE_ID',
    projectWords: 'the site id',
    url: 'NETLIFY_API_URL',
    base: NETLIFY_API,
    headers: (token) => ({ authorization: `Bearer ${token}` }),
  },
  heroku: {
    name: 'Heroku',
    token: 'HEROKU_API_KEY',
    project: 'HEROKU_APP_NAME',
    projectWords: 'the app name',
    url: 'HEROKU_API_URL',
    base: HEROKU_API,
    headers: (token) => ({ authorization: `Bearer ${token}`, accept: 'application/vnd.heroku+json; version=3' }),
  },
};

const first = (...values: (string | undefined)[]): string =>
  values.map((v) => (v ?? '').trim()).find((v) => v !== '') ?? '';

export function settingsFor(
  provider: PlatformProvider,
  options: RollbackOptions,
  env: Readonly<Record<string, string | undefined>>,
): PlatformSettings {
  const names = NAMES[provider];
  const token = first(options.providerToken, env[names.token]);
  if (token === '') {
    throw new UsageError(
      `--provider ${provider} needs a ${names.name} API token: set ${names.token} (or the provider-token input) from a secret`,
    );
  }
  const project = first(options.project, env[names.project]);
  if (project === '') {
    throw new UsageError(`--provider ${provider} needs ${names.projectWords}: pass --project or set ${names.project}`);
  }
  // VERCEL_ORG_ID is a user id on a personal account, where the API takes no teamId.
  const org = (env.VERCEL_ORG_ID ?? '').trim();
  const team = provider === 'vercel' ? first(options.team, env.VERCEL_TEAM_ID, org.startsWith('team_') ? org : '') : '';
  const baseUrl = first(env[names.url], names.base).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) {
    throw new UsageError(`${names.url} must be an http(s) URL such as ${names.base}`);
  }
  return { project, team, token, baseUrl };
}

export interface PlatformRunOptions {
  readOnly: boolean;
  sleep?: (ms: number) => Promise<void>;
}

export function platformFor(
  provider: PlatformProvider,
  options: RollbackOptions,
  context: CheckContext,
  run: PlatformRunOptions,
): Platform {
  const settings = settingsFor(provider, options, context.env);
  context.redactor.add(settings.token);
  const api = createApiClient({
    provider: NAMES[provider].name,
    baseUrl: settings.baseUrl,
    headers: NAMES[provider].headers(settings.token),
    timeoutMs: options.timeoutMs,
    rateLimitWaitMs: options.rateLimitWaitMs,
    readOnly: run.readOnly,
    log: context.log,
    sleep: run.sleep,
    isSecret: (value) => value.includes(settings.token),
  });
  if (provider === 'vercel') return vercelPlatform(api, settings);
  if (provider === 'netlify') return netlifyPlatform(api, settings);
  return herokuPlatform(api, settings);
}
