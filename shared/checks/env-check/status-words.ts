// Words for a variable's state, shared by the summary line and the variables table;
// the order is the summary's (most damaging first).
import type { VariableStatus } from './evaluate.ts';

export const STATUS_WORDS: Record<VariableStatus, string> = {
  ok: 'ok',
  unset: 'not set (optional)',
  testMode: 'test-mode',
  missing: 'missing',
  empty: 'empty',
  placeholder: 'placeholder',
  local: 'local address',
  insecureUrl: 'http URL',
  invalid: 'wrong shape',
  staging: 'staging host',
  undeclared: 'undeclared',
  unused: 'unused',
  noSpec: 'no spec',
};
