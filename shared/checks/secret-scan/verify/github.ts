// GitHub: GET /user answers 200 for a working token, 401 "Bad credentials" for a revoked or unknown one.
import { bearer, byStatus, endpoint, type Provider } from './types.ts';

export const github: Provider = {
  name: 'GitHub',
  rules: ['github-token', 'github-fine-grained-token'],
  defaultBaseUrl: 'https://api.github.com',
  envVar: 'LAUNCH_READY_VERIFY_GITHUB_URL',
  request: ({ value }, base) => ({
    url: endpoint(base, '/user'),
    headers: { ...bearer(value), accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
  }),
  classify(result) {
    // A 403 on /user comes from a working token /user is closed to (an app installation token), unless it is the
    // rate limit, which says nothing about the token.
    if (result.status === 403) return result.headers['x-ratelimit-remaining'] === '0' ? 'unknown' : 'live';
    return byStatus(result);
  },
};
