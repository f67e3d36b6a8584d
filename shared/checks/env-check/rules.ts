// Every env-check rule: its id, its title, and how findings from it are fingerprinted.
import { createHash } from 'node:crypto';

export const CHECK_NAME = 'env-check';

export const RULES = {
  missing: { id: 'env/missing', title: 'Required variable is not set' },
  empty: { id: 'env/empty', title: 'Required variable is empty' },
  placeholder: { id: 'env/placeholder', title: 'Variable holds a placeholder value' },
  invalid: { id: 'env/invalid-value', title: 'Value does not have the expected shape' },
  testMode: { id: 'env/test-mode', title: 'Test, sandbox or debug mode in production' },
  local: { id: 'env/local-value', title: 'Production points at a local address' },
  staging: { id: 'env/staging-value', title: 'Production points at a staging or sandbox host' },
  insecureUrl: { id: 'env/insecure-url', title: 'Plain http:// URL in production' },
  undeclared: { id: 'env/undeclared', title: 'Variable read in code but not declared' },
  unused: { id: 'env/unused', title: 'Declared variable never read in code' },
  noSpec: { id: 'env/no-spec', title: 'No spec of the environment variables' },
} as const;

export type RuleKey = keyof typeof RULES;

/** Stable across runs and line moves: rule, environment and variable (plus a file where that matters). */
export function fingerprint(ruleId: string, ...parts: string[]): string {
  return createHash('sha256')
    .update([ruleId, ...parts].join('\0'))
    .digest('hex')
    .slice(0, 16);
}
