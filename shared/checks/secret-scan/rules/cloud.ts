import { rotate, type SecretRule } from './types.ts';

const PEM_BODY = String.raw`(?:\\[rn]|\s){1,8}((?:[A-Za-z-]{1,20}: ?[^\\\n]{1,200}(?:\\[rn]|\s){1,8}){0,4}[A-Za-z0-9+/=\s\\]{40,20000})`;

export const CLOUD_RULES: readonly SecretRule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    severity: 'blocker',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})(?![A-Za-z0-9])/,
    // 16 characters from 32: even a random body often repeats letters.
    minEntropy: 2.3,
    remediation: rotate('AWS IAM console > Users > Security credentials: deactivate, then delete the key'),
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'blocker',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
    mode: 'scan',
    pattern:
      /(?:secret[_-]?access[_-]?key|aws[_-]?secret(?:[_-]?key)?)\\?["'`]?\s{0,4}(?:=|:=|=>|:)\s{0,4}\\?["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i,
    minEntropy: 4,
    remediation: rotate('AWS IAM console > Users > Security credentials: deactivate, then delete the key'),
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service-account private key',
    severity: 'blocker',
    keywords: ['"private_key"'],
    mode: 'scan',
    pattern: new RegExp(
      String.raw`"private_key"\s{0,4}:\s{0,4}"(-----BEGIN PRIVATE KEY-----${PEM_BODY}-----END PRIVATE KEY-----(?:\\n)?)"`,
    ),
    body: pemBody,
    minEntropy: 4.5,
    pem: true,
    validate: (_value, { text }) => /"(?:private_key_id|client_email|type)"\s{0,4}:/.test(text),
    remediation: rotate('Google Cloud console > IAM > Service accounts > Keys: delete the key, create a new one'),
  },
  {
    id: 'gcp-api-key',
    title: 'Google API key',
    severity: 'high',
    keywords: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    // Firebase web config keys are public by design: they ship in every page.
    validate: (_value, { text, index }) => !/authDomain|messagingSenderId|firebase/i.test(enclosingObject(text, index)),
    remediation: rotate('Google Cloud console > APIs & Services > Credentials: regenerate, and restrict the key'),
  },
  {
    id: 'gcp-oauth-client-secret',
    title: 'Google OAuth client secret',
    severity: 'high',
    keywords: ['GOCSPX-'],
    pattern: /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
    remediation: rotate('Google Cloud console > APIs & Services > Credentials: reset the client secret'),
  },
  {
    id: 'azure-storage-account-key',
    title: 'Azure storage or Service Bus access key',
    severity: 'blocker',
    keywords: ['accountkey', 'sharedaccesskey'],
    pattern: /(?:AccountKey|SharedAccessKey)\s{0,2}=\s{0,2}([A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/i,
    minEntropy: 4,
    remediation: rotate('Azure portal > Storage account > Access keys: rotate the key'),
  },
  {
    id: 'azure-ad-client-secret',
    title: 'Azure AD (Entra ID) client secret',
    severity: 'blocker',
    keywords: ['Q~'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9_~.-])([A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/,
    body: (value) => value.slice(5),
    remediation: rotate('Azure portal > App registrations > Certificates & secrets: delete the secret, add a new one'),
  },
  {
    id: 'digitalocean-token',
    title: 'DigitalOcean token',
    severity: 'blocker',
    keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
    pattern: /(?<![A-Za-z0-9_])(do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/,
    remediation: rotate('DigitalOcean control panel > API > Tokens: delete the token'),
  },
  {
    id: 'alibaba-access-key-id',
    title: 'Alibaba Cloud AccessKey ID',
    severity: 'blocker',
    keywords: ['LTAI'],
    pattern: /(?<![A-Za-z0-9])(LTAI[A-Za-z0-9]{20})(?![A-Za-z0-9])/,
    remediation: rotate('Alibaba Cloud RAM console > AccessKey: disable and delete it'),
  },
];

/** The `{…}` literal around `index` (bounded) and the name before it, without nested objects. */
function enclosingObject(text: string, index: number): string {
  let start = index;
  for (let depth = 0; start > 0 && start > index - 1000; start--) {
    const char = text[start - 1];
    if (char === '}') depth++;
    else if (char === '{' && depth-- === 0) break;
  }
  let end = index;
  for (let depth = 0; end < text.length && end < index + 1000; end++) {
    const char = text[end];
    if (char === '{') depth++;
    else if (char === '}' && depth-- === 0) break;
  }
  // Sibling keys only: a Firebase block nested next to the key says nothing about it.
  let own = text.slice(start, end);
  for (let i = 0; i < 5 && own.includes('{'); i++) own = own.replace(/[\w$"']*\s{0,3}:?\s{0,3}\{[^{}]*\}?/g, '');
  return text.slice(Math.max(0, start - 40), start) + own;
}

/** The base64 part of a PEM block, without headers, escapes or whitespace. */
export function pemBody(value: string): string {
  return value
    .replace(/-----(?:BEGIN|END)[^-]{1,60}-----/g, '')
    .replace(/\\[rn]/g, '\n')
    .replace(/^[A-Za-z-]{1,20}:.*$/gm, '')
    .replace(/[\s\\]/g, '');
}
