// The cache audit's rule ids (stable: baselines and ignore lists name them) and their severities.
import type { Severity } from '../../report/model.ts';

export const RULES = {
  privateSharedCache: { id: 'cache/private-shared-cache', severity: 'blocker' },
  privateServedToVisitor: { id: 'cache/private-served-to-visitor', severity: 'blocker' },
  webCacheDeception: { id: 'cache/web-cache-deception', severity: 'blocker' },
  revvedShortLived: { id: 'cache/revved-short-lived', severity: 'medium' },
  revvedNotImmutable: { id: 'cache/revved-not-immutable', severity: 'medium' },
  pageStaleAfterDeploy: { id: 'cache/page-stale-after-deploy', severity: 'medium' },
  staticNoPolicy: { id: 'cache/static-no-policy', severity: 'medium' },
  uncompressedText: { id: 'cache/uncompressed-text', severity: 'medium' },
  compressedWithoutVary: { id: 'cache/compressed-without-vary', severity: 'medium' },
  heuristicFreshness: { id: 'cache/heuristic-freshness', severity: 'low' },
  varyUnreusable: { id: 'cache/vary-unreusable', severity: 'low' },
  legacyExpiry: { id: 'cache/legacy-expiry', severity: 'low' },
  unreachable: { id: 'cache/unreachable', severity: 'high' },
  requestFailed: { id: 'cache/request-failed', severity: 'low' },
  credentialsRefused: { id: 'cache/credentials-refused', severity: 'info' },
  cdnDetected: { id: 'cache/cdn', severity: 'info' },
} as const satisfies Record<string, { id: string; severity: Severity }>;

export type Rule = (typeof RULES)[keyof typeof RULES];

/** What a rule found on one URL, before it becomes a Finding (check, location, fingerprint). */
export interface Verdict {
  rule: Rule;
  title: string;
  message: string;
  remediation: string;
  evidence?: string;
}
