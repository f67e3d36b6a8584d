import { assignedOrNear, namedKey, rotate, type SecretRule } from './types.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const EMAIL_RULES: readonly SecretRule[] = [
  {
    id: 'sendgrid-api-key',
    title: 'SendGrid API key',
    severity: 'high',
    keywords: ['SG.'],
    // `SG.<22>.<43>` as SendGrid issues them; gitleaks' form also takes 66 characters in one run.
    pattern:
      /(?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}|SG\.[A-Za-z0-9=_.-]{66})(?![A-Za-z0-9_=.-])/,
    remediation: rotate('SendGrid > Settings > API Keys: delete the key'),
  },
  {
    id: 'mailgun-api-key',
    title: 'Mailgun API key',
    severity: 'high',
    keywords: ['mailgun'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_-])(key-[0-9a-f]{32}|[0-9a-h]{32}-[0-9a-h]{8}-[0-9a-h]{8})(?![A-Za-z0-9_-])/,
    body: (value) => value.replace(/^key-/, ''),
    remediation: rotate('Mailgun > Settings > API Security: regenerate the key'),
  },
  namedKey(
    'mailgun-public-key',
    'Mailgun public validation key',
    ['mailgun'],
    'pubkey-[a-f0-9]{32}',
    'Mailgun > Settings > API Security: regenerate the public validation key',
    { severity: 'low', body: (value) => value.slice(7) },
  ),
  {
    id: 'mailchimp-api-key',
    title: 'Mailchimp API key',
    severity: 'high',
    keywords: ['mailchimp', 'mc_api', 'mc-api'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_-])([0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(0, 32),
    remediation: rotate('Mailchimp > Account > Extras > API keys: disable the key, create a new one'),
  },
  {
    id: 'postmark-server-token',
    title: 'Postmark server token',
    severity: 'high',
    keywords: ['postmark'],
    mode: 'scan',
    ...assignedOrNear('postmark', UUID),
    remediation: rotate('Postmark > Servers > API Tokens: regenerate the token'),
  },
  {
    id: 'resend-api-key',
    title: 'Resend API key',
    severity: 'high',
    keywords: ['re_'],
    pattern: /(?<![A-Za-z0-9_])(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/,
    remediation: rotate('Resend dashboard > API Keys: delete the key'),
  },
  {
    id: 'mailersend-api-token',
    title: 'MailerSend API token',
    severity: 'high',
    keywords: ['mlsn.'],
    pattern: /(?<![A-Za-z0-9_])(mlsn\.[a-f0-9]{64})(?![A-Za-z0-9])/,
    remediation: rotate('MailerSend > Integrations > API tokens'),
  },
  namedKey(
    'mailjet-api-key',
    'Mailjet API key or secret',
    ['mailjet', 'mj_apikey', 'mj-apikey'],
    '[a-f0-9]{32}',
    'app.mailjet.com > Account settings > API key management: regenerate the secret key',
  ),
  namedKey(
    'sparkpost-api-key',
    'SparkPost API key',
    ['sparkpost'],
    '[a-f0-9]{40}',
    'SparkPost > Account > API keys: delete the key',
  ),
  namedKey(
    'mandrill-api-key',
    'Mandrill (Mailchimp Transactional) API key',
    ['mandrill'],
    'md-[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{22}',
    'Mailchimp Transactional > Settings > API keys: delete the key',
  ),
  namedKey(
    'messagebird-api-key',
    'MessageBird (Bird) API key',
    ['messagebird', 'message_bird', 'message-bird'],
    '[A-Za-z0-9]{25}',
    'MessageBird dashboard > Developers > API access: delete the key',
  ),
  // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
  namedKey('moosend-api-key', 'Moosend API key', ['moosend'], UUID, 'Moosend > Settings > API key: generate a new key'),
  namedKey(
    'courier-auth-token',
    'Courier auth token',
    ['courier'],
    'pk_[A-Za-z0-9_]{40,90}',
    'Courier > Settings > API keys: rotate the key',
  ),
  namedKey(
    'convertkit-api-secret',
    'Kit (ConvertKit) API key or secret',
    ['convertkit'],
    '[A-Za-z0-9_-]{43}|[A-Za-z0-9_-]{22}',
    'Kit > Settings > Developer: regenerate the API secret',
  ),
];
