import { assignedTo, rotate, type SecretRule } from './types.ts';

export const MESSAGING_RULES: readonly SecretRule[] = [
  {
    id: 'slack-token',
    title: 'Slack token',
    severity: 'high',
    keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xoxe.', 'xapp-'],
    pattern:
      /(?<![A-Za-z0-9_-])((?:xox[abposre]|xoxe\.xox[bp]|xapp)-(?:\d-)?(?:[A-Za-z0-9]{1,40}-){1,6}[A-Za-z0-9]{6,200})(?![A-Za-z0-9_-])/,
    // The numeric team and user ids carry no randomness: judge the last part.
    body: (value) => value.slice(value.lastIndexOf('-') + 1),
    minEntropy: 3,
    validate: (value) => value.length >= 24,
    remediation: rotate('api.slack.com/apps > your app > OAuth & Permissions: revoke and reinstall'),
  },
  {
    id: 'slack-webhook-url',
    title: 'Slack incoming webhook URL',
    severity: 'high',
    keywords: ['hooks.slack.com/'],
    pattern:
      /hooks\.slack\.com\/((?:services|workflows|triggers)\/T[A-Za-z0-9_]{4,40}\/[A-Za-z0-9_]{4,40}\/[A-Za-z0-9_]{16,64})(?![A-Za-z0-9_])/,
    body: (value) => value.slice(value.lastIndexOf('/') + 1),
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
    pattern: assignedTo('twilio', '[0-9a-f]{32}'),
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
];
