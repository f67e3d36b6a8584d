// Error tracking, logs, metrics and feature tooling: keys that read or write a shop's telemetry.
import { namedKey, prefixedToken, type RuleContext, type SecretRule } from './types.ts';

/** `sumo`, `Sumo`, `SUMO` but not `sumOfExposures`: the name is matched case by case. */
const isSumoName = ({ text, match }: RuleContext) => /^(?:[Ss]umo|SUMO)/.test(text.slice(match.index, match.index + 4));

export const OBSERVABILITY_RULES: readonly SecretRule[] = [
  prefixedToken(
    'new-relic-key',
    'New Relic insert, browser or admin key',
    ['NRII-', 'NRJS-', 'NRAA-'],
    'NRII-[A-Za-z0-9-]{32}|NRJS-[a-f0-9]{19}|NRAA-[a-f0-9]{27}',
    'New Relic > API keys: delete the key',
  ),
  namedKey(
    'new-relic-user-api-id',
    'New Relic user API key',
    ['new-relic', 'newrelic', 'new_relic'],
    '[A-Za-z0-9]{64}',
    'New Relic > API keys: delete the key',
  ),
  namedKey(
    'sentry-legacy-token',
    'Sentry auth token',
    ['sentry'],
    '[a-f0-9]{64}',
    'sentry.io > Settings > Auth Tokens: revoke the token',
  ),
  prefixedToken(
    'dynatrace-api-token',
    'Dynatrace API token',
    ['dt0c01.'],
    'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}',
    'Dynatrace > Access tokens: delete the token',
    { body: (value) => value.slice(32) },
  ),
  namedKey(
    'sumologic-access-key',
    'Sumo Logic access key',
    ['sumo'],
    '[A-Za-z0-9]{64}',
    'Sumo Logic > Preferences > Access keys: delete the key',
    { validate: (_, context) => isSumoName(context) },
  ),
  namedKey(
    'sumologic-access-id',
    'Sumo Logic access ID',
    ['sumo'],
    'su[A-Za-z0-9]{12}',
    'Sumo Logic > Preferences > Access keys: delete the access key this ID belongs to',
    { severity: 'medium', minEntropy: 2.5, validate: (_, context) => isSumoName(context) },
  ),
  namedKey(
    'honeycomb-api-key',
    'Honeycomb API key',
    ['honeycomb'],
    'hc[a-z]{3}_[A-Za-z0-9]{58}|[A-Za-z0-9]{32}|[A-Za-z0-9]{22}',
    'Honeycomb > Environment settings > API keys: delete the key',
  ),
  namedKey(
    'rollbar-access-token',
    'Rollbar access token',
    ['rollbar'],
    '[a-f0-9]{32}',
    'Rollbar > Project settings > Project access tokens: disable the token',
  ),
  namedKey(
    'bugsnag-api-key',
    'Bugsnag API key',
    ['bugsnag'],
    '[a-f0-9]{32}',
    'Bugsnag > Project settings: regenerate the notifier API key',
  ),
  namedKey(
    'datadog-access-token',
    'Datadog access token',
    ['datadog'],
    '[A-Za-z0-9]{40}',
    'Datadog > Organization settings > Application keys: revoke the key',
  ),
  namedKey(
    'cisco-meraki-api-key',
    'Cisco Meraki API key',
    ['meraki'],
    '[0-9a-f]{40}',
    'Meraki dashboard > My profile > API access: revoke the key',
    // Dashboard keys are lower-case hex: a mixed-case 40-character run is something else.
    { validate: (value) => value === value.toLowerCase() },
  ),
];
