// GitHub: GET /user answers 200 for a working token, 401 "Bad credentials" for a revoked or unknown one.
import type { ProbeResult } from '../../../http/types.ts';
import { bearer, byStatus, endpoint, type Provider, type Verdict } from './types.ts';

export const github: Provider = {
  name: 'GitHub',
  rules: ['github-token', 'github-fine-grained-token', 'github-app-installation-token'],
  defaultBaseUrl: 'https://api.github.com',
  envVar: 'LAUNCH_READY_VERIFY_GITHUB_URL',
  request: ({ value }, base) => ({
    url: endpoint(base, '/user'),
    headers: { ...bearer(value), accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  }),
  classify: classifyGitHub,
};

/**
 * A 403 is live only when it is the answer a working app installation token gets from /user ("Resource not
 * accessible by integration"); GitHub also answers 403 to rate-limited clients and, after many bad attempts, to
 * every attempt, which say nothing about the token.
 */
function classifyGitHub(result: ProbeResult): Verdict {
  if (result.status !== 403) return byStatus(result);
  let message: unknown;
  try {
    message = (JSON.parse(result.body) as { message?: unknown }).message;
  } catch {
    return 'unknown';
  }
  return message === 'Resource not accessible by integration' ? 'live' : 'unknown';
}
