// Every provider verification can ask, and which rule's findings each one checks.
import { aws } from './aws.ts';
import { github } from './github.ts';
import { openai } from './openai.ts';
import { sendgrid } from './sendgrid.ts';
import { slack } from './slack.ts';
import { stripe } from './stripe.ts';
import type { Provider } from './types.ts';

export const PROVIDERS: readonly Provider[] = [github, stripe, aws, slack, openai, sendgrid];

const BY_RULE = new Map(PROVIDERS.flatMap((provider) => provider.rules.map((rule) => [rule, provider] as const)));

export function providerFor(ruleId: string): Provider | undefined {
  return BY_RULE.get(ruleId);
}
