// Every rule, most specific first: when two rules match the same text, the earlier one reports it.
import { AI_RULES } from './ai.ts';
import { BUSINESS_RULES } from './business.ts';
import { CICD_RULES } from './cicd.ts';
import { CLOUD_RULES } from './cloud.ts';
import { DEVTOOLS_RULES } from './devtools.ts';
import { EMAIL_RULES } from './email.ts';
import { GENERIC_RULES } from './generic.ts';
import { KEY_RULES } from './keys.ts';
import { MESSAGING_RULES } from './messaging.ts';
import { OBSERVABILITY_RULES } from './observability.ts';
import { PAYMENT_RULES } from './payment.ts';
import { SERVICE_RULES } from './services.ts';
import { SERVICE_MORE_RULES } from './services-more.ts';
import type { SecretRule } from './types.ts';

/** Rules with a prefix of their own come before those that recognise a key by the name it is assigned to. */
const byPrefixFirst = (rules: readonly SecretRule[]) => [
  ...rules.filter((rule) => rule.mode !== 'scan'),
  ...rules.filter((rule) => rule.mode === 'scan'),
];

export const RULES: readonly SecretRule[] = [
  ...CLOUD_RULES,
  ...KEY_RULES.filter((rule) => rule.id !== 'jwt'),
  ...PAYMENT_RULES,
  ...EMAIL_RULES,
  ...MESSAGING_RULES,
  ...DEVTOOLS_RULES,
  ...AI_RULES,
  // The long tail of services known by name alone (services.ts, services-more.ts) after the categories' rules.
  ...byPrefixFirst([...CICD_RULES, ...BUSINESS_RULES, ...OBSERVABILITY_RULES, ...SERVICE_RULES, ...SERVICE_MORE_RULES]),
  ...KEY_RULES.filter((rule) => rule.id === 'jwt'),
  ...GENERIC_RULES,
];

export type { SecretRule } from './types.ts';
