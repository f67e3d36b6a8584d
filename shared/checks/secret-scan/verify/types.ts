// The contract between the verification runner and each provider: what to ask, and how to read the answer.
import type { ProbeRequest, ProbeResult } from '../../../http/types.ts';

/** live: the provider accepted the key; revoked: it refused it; unknown: no answer worth trusting. */
export type Verdict = 'live' | 'revoked' | 'unknown';

export interface Verification {
  verdict: Verdict;
  /** Provider name as people know it ("GitHub"). */
  provider: string;
  /** unknown only: why, in a few words (never response text, which a fake or hostile server controls). */
  reason?: string;
}

/** What a provider needs to check a key: the value, and for a key pair (AWS) the other half. */
export interface Credential {
  value: string;
  /** AWS: the secret access key found near the key id in the same file. */
  secret?: string;
}

export interface Provider {
  /** Provider name shown in findings. */
  name: string;
  /** Rule ids whose findings this provider checks: the rule decides where a key may be sent. */
  rules: readonly string[];
  /** Default API origin (and base path); the only host the key is sent to unless `envVar` overrides it for tests or GHES. */
  defaultBaseUrl: string;
  envVar: string;
  /** Some values a rule matches cannot be checked (a Slack refresh token): skip them rather than call them revoked. */
  accepts?: (credential: Credential) => boolean;
  /** The one read-only request that tells whether the key works. `base` has no trailing slash. */
  request(credential: Credential, base: URL): ProbeRequest;
  /** Reads status and, where the provider answers 200 to everything (Slack), a field of the JSON body. */
  classify(result: ProbeResult): Verdict;
}

/** Joins a base URL (which may carry a path, e.g. GHES's /api/v3) and an endpoint path. */
export function endpoint(base: URL, path: string): string {
  return `${base.href.replace(/\/+$/, '')}${path}`;
}

/** The usual REST reading: 2xx live, 401 revoked, anything else unknown. */
export function byStatus(result: ProbeResult, revoked: readonly number[] = [401]): Verdict {
  if (result.status === undefined) return 'unknown';
  if (result.status >= 200 && result.status < 300) return 'live';
  if (revoked.includes(result.status)) return 'revoked';
  return 'unknown';
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, accept: 'application/json' };
}
