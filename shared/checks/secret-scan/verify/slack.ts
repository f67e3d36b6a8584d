// Slack: POST auth.test answers HTTP 200 to nearly everything; the JSON `ok` and `error` fields carry the verdict.
import type { ProbeResult } from '../../../http/types.ts';
import { bearer, endpoint, type Provider, type Verdict } from './types.ts';

/** auth.test errors that mean the token no longer works. */
const REVOKED_ERRORS = new Set(['invalid_auth', 'token_revoked', 'account_inactive', 'token_expired']);

export const slack: Provider = {
  name: 'Slack',
  rules: ['slack-token'],
  defaultBaseUrl: 'https://slack.com/api',
  envVar: 'LAUNCH_READY_VERIFY_SLACK_URL',
  // Refresh tokens (xoxe-, xoxr-), app-level (xapp-) and legacy workspace tokens are refused by auth.test even
  // when valid: the refusal would read as "revoked". Only bot and user access tokens are asked about.
  accepts: ({ value }) => /^(?:xox[bp]-|xoxe\.xox[bp]-)/.test(value),
  request: ({ value }, base) => ({
    url: endpoint(base, '/auth.test'),
    method: 'POST',
    headers: { ...bearer(value), 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  }),
  classify: classifySlack,
};

function classifySlack(result: ProbeResult): Verdict {
  if (result.status !== 200) return 'unknown';
  let answer: unknown;
  try {
    answer = JSON.parse(result.body);
  } catch {
    return 'unknown';
  }
  if (typeof answer !== 'object' || answer === null) return 'unknown';
  const { ok, error } = answer as { ok?: unknown; error?: unknown };
  if (ok === true) return 'live';
  if (ok === false && typeof error === 'string' && REVOKED_ERRORS.has(error)) return 'revoked';
  return 'unknown';
}
