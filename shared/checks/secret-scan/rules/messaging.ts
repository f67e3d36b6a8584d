import { assignedOrNear, namedId, namedKey, rotate, type SecretRule } from './types.ts';

/** Teams webhook URLs hold GUIDs, in gitleaks' samples any 8-4-4-4-12 run of letters and digits. */
const ID = '[A-Za-z0-9]{8}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{12}';

/**
 * Slack's own shapes: team, user and bot ids are numbers of five digits or more (four is typed by hand),
 * a configuration token carries some 160 characters, a legacy workspace token at least twelve.
 */
function isSlackShape(value: string): boolean {
  if (value.startsWith('xoxe.')) return value.length >= 120;
  if (/^xox[ar]-(?:\d-)?[A-Za-z0-9]+$/.test(value)) return true;
  const ids = value
    .split('-')
    .slice(1, -1)
    .filter((part) => /^\d+$/.test(part) && part.length > 1);
  return value.length >= 24 && ids.every((id) => id.length >= 5);
}

export const MESSAGING_RULES: readonly SecretRule[] = [
  {
    id: 'slack-token',
    title: 'Slack token',
    severity: 'high',
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.', 'xapp-'],
    pattern:
      /(?<![A-Za-z0-9_.-])((?:xox[abposre]|xoxe\.xox[bp]|xapp)-(?:\d-)?(?:[A-Za-z0-9]{1,40}-){1,6}[A-Za-z0-9]{6,200}|xox[ar]-(?:\d-)?[A-Za-z0-9]{12,48})(?![A-Za-z0-9_-])/,
    // The numeric ids carry little randomness: judge the last part, or ids and all where a legacy token's last
    // part is as short as ten hex digits.
    body: (value) => {
      const last = value.slice(value.lastIndexOf('-') + 1);
      return last.length >= 16 ? last : value.slice(value.indexOf('-') + 1).replace(/-/g, '');
    },
    minEntropy: 3,
    validate: isSlackShape,
    remediation: rotate('api.slack.com/apps > your app > OAuth & Permissions: revoke and reinstall'),
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    severity: 'high',
    keywords: ['hooks.slack.com/'],
    // `services/T…/B…/<secret>` as Slack issues them; gitleaks also accepts the path as one opaque run.
    pattern: /hooks\.slack\.com\/((?:services|workflows|triggers)\/[A-Za-z0-9+/_]{43,120})(?![A-Za-z0-9+/_])/,
    body: (value) => {
      const parts = value.split('/');
      return parts.length >= 4 ? parts[parts.length - 1] : parts.slice(1).join('');
    },
    validate: (value) => value.split('/').every((part) => part.length > 0),
    remediation: rotate('api.slack.com/apps > Incoming Webhooks: remove the webhook, add a new one'),
  },
  {
    id: 'twilio-api-key',
    title: 'Twilio API key',
    severity: 'high',
    keywords: ['SK'],
    pattern: /(?<![A-Za-z0-9_])(SK[0-9a-f]{32})(?![A-Za-z0-9_])/,
    remediation: rotate('Twilio Console > Account > API keys & tokens: delete the key'),
  },
  {
    id: 'twilio-auth-token',
    title: 'Twilio auth token',
    severity: 'high',
    keywords: ['twilio'],
    mode: 'scan',
    ...assignedOrNear('twilio', '[0-9a-f]{32}'),
    remediation: rotate('Twilio Console > Account > API keys & tokens: rotate the auth token'),
  },
  {
    id: 'telegram-bot-token',
    title: 'Telegram bot token',
    severity: 'high',
    keywords: [':AA'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_:])(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(value.indexOf(':') + 3),
    remediation: rotate('@BotFather: /revoke the token'),
  },
  {
    id: 'discord-webhook-url',
    title: 'Discord webhook URL',
    severity: 'high',
    keywords: ['/api/webhooks/'],
    pattern: /\/api\/webhooks\/(\d{17,20}\/[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(value.indexOf('/') + 1),
    validate: (_value, { text, index }) =>
      /discord(?:app)?\.com$/.test(text.slice(Math.max(0, index - 40), index - 14)),
    remediation: rotate('Discord > Server Settings > Integrations > Webhooks: delete the webhook'),
  },
  {
    id: 'discord-bot-token',
    title: 'Discord bot token',
    severity: 'high',
    keywords: ['discord'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
    body: (value) => value.slice(value.lastIndexOf('.') + 1),
    remediation: rotate('Discord Developer Portal > your application > Bot: reset the token'),
  },
  {
    id: 'microsoft-teams-webhook',
    title: 'Microsoft Teams incoming webhook URL',
    severity: 'high',
    // `<tenant>.webhook.office.com/webhookb2/…`, and the connector URLs made before 2021 on `outlook.office.com/webhook/…`.
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    mode: 'scan',
    pattern: new RegExp(
      `(https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office\\.com/webhook)/${ID}@${ID}/IncomingWebhook/[A-Za-z0-9]{32}/${ID}(?:/[A-Za-z0-9_-]{20,80})?)`,
    ),
    body: (value) => value.split('/IncomingWebhook/')[1] ?? value,
    remediation: rotate('Teams > the channel > Connectors / Workflows: remove the webhook and create a new one'),
  },
  namedKey(
    'discord-client-secret',
    'Discord client secret or API key',
    ['discord'],
    '[a-f0-9]{64}|[A-Za-z0-9=_-]{32}',
    'Discord Developer Portal > your application > OAuth2: reset the client secret',
  ),
  namedKey(
    'telegram-bot-token-assignment',
    'Telegram bot token',
    ['telegr'],
    // Wider than the format, so that a malformed token under a Telegram name (a bot id too short or too long, a
    // secret part with a word glued on) is claimed and rejected here rather than reported by its name alone.
    '[A-Za-z0-9]{0,20}:A[A-Za-z0-9_-]{20,80}',
    '@BotFather: /revoke the token',
    {
      body: (value) => value.slice(value.indexOf(':') + 2),
      validate: (value) => /^\d{5,16}:A[A-Za-z0-9_-]{34}$/.test(value),
    },
  ),
  namedKey(
    'mattermost-access-token',
    'Mattermost access token',
    ['mattermost'],
    '[A-Za-z0-9]{26}',
    'Mattermost > Profile > Security > Personal access tokens: delete the token',
  ),
  {
    // A stream key lets anyone broadcast on the channel: `live_<channel id>_<30 characters>`.
    id: 'twitch-stream-key',
    title: 'Twitch stream key',
    severity: 'high',
    keywords: ['live_'],
    pattern: /(?<![A-Za-z0-9_])(live_[0-9]{6,12}_[A-Za-z0-9]{30})(?![A-Za-z0-9_])/,
    body: (value) => value.slice(value.lastIndexOf('_') + 1),
    remediation: rotate('Twitch Creator Dashboard > Settings > Stream: reset the primary stream key'),
  },
  namedKey(
    'twitch-api-token',
    'Twitch API token or client secret',
    ['twitch'],
    '[A-Za-z0-9]{30}',
    'dev.twitch.tv/console/apps: generate a new client secret',
  ),
  namedKey(
    'gitter-access-token',
    'Gitter access token',
    ['gitter'],
    '[A-Za-z0-9_-]{40}',
    'developer.gitter.im/apps: revoke the token',
  ),
  namedKey(
    'sendbird-api-token',
    'Sendbird API token',
    ['sendbird'],
    '[a-f0-9]{40}',
    'Sendbird dashboard > Settings > General > API tokens: revoke the token',
  ),
  // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
  namedKey(
    'plivo-auth-token',
    'Plivo auth token',
    ['plivo'],
    '[A-Za-z0-9_-]{40}',
    'Plivo console > Overview > Account: regenerate the Auth Token',
  ),
  namedKey(
    'vonage-api-secret',
    'Vonage (Nexmo) API secret',
    ['vonage', 'nexmo'],
    '[A-Za-z0-9]{16}',
    'Vonage API dashboard > API settings: create a new secret, then delete the old one',
  ),
  namedKey(
    'sinch-api-secret',
    'Sinch API token',
    ['sinch'],
    '[a-z0-9]{32}',
    'Sinch Customer Dashboard > SMS > APIs: regenerate the API token',
  ),
  namedKey(
    'signalwire-api-token',
    'SignalWire API token',
    ['signalwire'],
    'PT[a-f0-9]{48}|[A-Za-z0-9]{50}',
    'SignalWire space > API > API tokens: delete the token',
  ),
  namedKey(
    'zulip-api-key',
    'Zulip API key',
    ['zulip'],
    '[A-Za-z0-9]{32}',
    'Zulip > Personal settings > Account & privacy > API key: generate a new key',
  ),
  namedKey(
    'webex-client-secret',
    'Webex integration client secret',
    ['webex'],
    '[a-f0-9]{64}',
    'developer.webex.com > My Webex Apps: regenerate the client secret',
  ),
  {
    id: 'zapier-webhook-url',
    title: 'Zapier catch-hook URL',
    severity: 'medium',
    keywords: ['hooks.zapier.com/hooks/catch/'],
    mode: 'scan',
    pattern:
      /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/[A-Za-z0-9]{3,40}(?:\/[A-Za-z0-9]{3,20})?)\/?(?![A-Za-z0-9])/,
    body: (value) => value.slice(value.indexOf('/catch/') + 7),
    minEntropy: 2.5,
    remediation: rotate('Zapier > the Zap > Catch Hook trigger: turn the Zap off or replace the trigger for a new URL'),
  },
  {
    id: 'tines-webhook-url',
    title: 'Tines webhook URL',
    severity: 'medium',
    keywords: ['.tines.com/webhook/'],
    mode: 'scan',
    pattern: /(https:\/\/[\w-]{1,40}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9])/,
    body: (value) => value.slice(value.indexOf('/webhook/') + 9),
    remediation: rotate('Tines > the story > Webhook action: change the secret in its path'),
  },
  // Application ids are not secrets alone, but beside a secret they name the app it unlocks: reported low.
  namedId(
    'discord-client-id',
    'Discord application (client) ID',
    ['discord'],
    '\\d{17,20}',
    'Discord Developer Portal > your application > OAuth2: reset the client secret paired with this ID',
    { severity: 'low', minEntropy: 2.2 },
  ),
  namedId(
    'sendbird-app-id',
    'Sendbird application ID',
    ['sendbird'],
    '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
    'Sendbird dashboard > Settings > General: revoke the API tokens issued for this application',
    { severity: 'low' },
  ),
  namedId(
    'messagebird-client-id',
    'MessageBird (Bird) client ID',
    ['messagebird', 'message_bird', 'message-bird'],
    '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}',
    'MessageBird dashboard > Developers > API access: delete the keys issued for this client',
    { severity: 'low' },
  ),
];
