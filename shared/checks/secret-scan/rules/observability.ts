import { UUID, UUID_SHAPE } from './business.ts';
// Error tracking, logs, metrics and feature tooling: keys that read or write a shop's telemetry.
import { exactly, namedKey, prefixedToken, type RuleContext, rotate, type SecretRule } from './types.ts';

/** `sumo`, `Sumo`, `SUMO` but not `sumOfExposures`: the name is matched case by case. */
const isSumoName = ({ text, match }: RuleContext) => /^(?:[Ss]umo|SUMO)/.test(text.slice(match.index, match.index + 4));

export const OBSERVABILITY_RULES: readonly SecretRule[] = [
  prefixedToken(
    'new-relic-key',
    'New Relic insert, browser or admin key',
    ['NRII-', 'NRIQ-', 'NRJS-', 'NRBR-', 'NRAA-'],
    'NRII-[A-Za-z0-9_-]{32}|NRII-[A-Za-z0-9_-]{25}|NRIQ-[A-Za-z0-9_-]{32}|NRIQ-[A-Za-z0-9_-]{25}|NR(?:JS|BR)-[a-f0-9]{19}|NRAA-[a-f0-9]{27}',
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
  // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
  namedKey(
    'loggly-token',
    'Loggly customer token',
    ['loggly'],
    UUID_SHAPE,
    'Loggly > Source setup > Customer tokens: add a new token, then delete the old one',
    // Loggly shows customer tokens in lower case: a mixed-case run of that shape is something else.
    { validate: (value) => value === value.toLowerCase() },
  ),
  namedKey(
    'keen-io-key',
    'Keen API key',
    ['keenio', 'keen_io'],
    '[A-Za-z0-9]{64}',
    'Keen > Project > Access: regenerate the master and write keys',
  ),
  prefixedToken(
    'rootly-api-key',
    'Rootly API key',
    ['rootly_'],
    'rootly_[a-f0-9]{64}',
    'Rootly > Organization settings > API keys: revoke the key',
  ),
  namedKey(
    'betterstack-token',
    'Better Stack (Logtail / Better Uptime) token',
    ['betterstack', 'better_stack', 'logtail', 'betteruptime'],
    '[A-Za-z0-9]{24}',
    'Better Stack > Settings > API tokens (or the source token): reset the token',
  ),
  namedKey(
    'checkly-api-key',
    'Checkly API key',
    ['checkly'],
    'cu_[a-f0-9]{32}|[a-z0-9]{32}',
    'Checkly > User settings > API keys: revoke the key',
  ),
  namedKey(
    'thousandeyes-token',
    'ThousandEyes API token',
    ['thousandeyes'],
    '[A-Za-z0-9]{32}',
    'ThousandEyes > Account settings > Users and roles > Profile: revoke the OAuth bearer token',
  ),
  namedKey(
    'opsgenie-api-key',
    'Opsgenie API key',
    ['opsgenie'],
    UUID,
    'Opsgenie > Settings > API key management: delete the key',
  ),
  {
    id: 'new-relic-license-key',
    title: 'New Relic ingest license key',
    severity: 'high',
    keywords: ['NRAL'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9])((?:eu01xx[a-fA-F0-9]{30}|[a-fA-F0-9]{36})NRAL)(?![A-Za-z0-9])/,
    body: (value) => value.slice(0, -4),
    remediation: rotate('New Relic > API keys: create a new ingest license key, then delete the old one'),
  },
  {
    id: 'new-relic-mobile-app-token',
    title: 'New Relic mobile application token',
    severity: 'medium',
    keywords: ['-NRMA'],
    mode: 'scan',
    // A hex body cut short is taken too, then rejected (see exactly).
    pattern: /(?<![A-Za-z0-9])((?:AA[a-f0-9]{20,40}|eu01xx[a-f0-9]{20,36})-NRMA)(?![A-Za-z0-9])/,
    validate: exactly(/^(?:AA[a-f0-9]{40}|eu01xx[a-f0-9]{36})-NRMA$/),
    body: (value) => value.slice(2, -5),
    remediation: rotate('New Relic > Mobile > your app > Settings > Application: reset the application token'),
  },
  namedKey(
    'airbrake-key',
    'Airbrake project or user key',
    ['airbrake'],
    '[A-Za-z0-9]{40}|[A-Za-z0-9]{32}',
    'Airbrake > Project settings (project key) or Profile (user key): regenerate the key',
  ),
];
