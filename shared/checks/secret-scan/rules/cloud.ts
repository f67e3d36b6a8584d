import { isPasswordDecoy } from '../filters.ts';
import { UUID } from './business.ts';
import { namedKey, prefixedToken, rotate, type SecretRule } from './types.ts';

/** API keys from Firebase SDKs' own sources and samples (gitleaks allowlists the same ones): public examples. */
const FIREBASE_EXAMPLE_KEYS = new Set([
  'AIzaSyabcdefghijklmnopqrstuvwxyz1234567',
  'AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs',
  'AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM',
  'AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU',
  'AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0',
  'AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A',
  'AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c',
  'AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4',
  'AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY',
  'AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM',
  'AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ',
  'AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g',
  'AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU',
  'AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw',
  'AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE',
  'AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY',
]);

/** A Docker `auth` value: base64 of `user:password`, with a password that is not a placeholder. */
function isDockerAuth(value: string): boolean {
  if (value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  const colon = decoded.indexOf(':');
  if (colon < 0 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const password = decoded.slice(colon + 1);
  // Registry tokens (ghp_…, glpat-…, JWTs) are passwords here too, and long random ones.
  return password.length >= 6 && !isPasswordDecoy(password);
}

/** A PEM body, its line breaks real or escaped (`\n`, or `\\n` in a JSON string inside a JSON string). */
const PEM_BODY = String.raw`(?:\\{1,8}[rn]|\s){1,8}((?:[A-Za-z-]{1,20}: ?[^\\\n]{1,200}(?:\\{1,8}[rn]|\s){1,8}){0,4}[A-Za-z0-9+/=\s\\]{40,20000})`;

export const CLOUD_RULES: readonly SecretRule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key ID',
    severity: 'blocker',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    // The 16 characters after the prefix are base32 (A-Z, 2-7): a body with 0, 1, 8 or 9 was never issued.
    pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9])/,
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
    // Any base64 run is taken, but only one of exactly 40 characters is reported: a longer or padded value under
    // the name (an encrypted blob, a KMS ciphertext) cannot be an AWS secret, and the claim keeps generic rules off it.
    pattern:
      /(?:secret[_-]?access[_-]?key|aws[_-]?secret(?:[_-]?key)?)\\?["'`]?\s{0,4}(?:=|:=|=>|:)\s{0,4}\\?["'`]?([A-Za-z0-9/+]{40,512}={0,2})(?![A-Za-z0-9/+=])/i,
    validate: (value) => value.length === 40,
    minEntropy: 4,
    remediation: rotate('AWS IAM console > Users > Security credentials: deactivate, then delete the key'),
  },
  {
    id: 'gcp-service-account-key',
    title: 'Google Cloud service-account private key',
    severity: 'blocker',
    // Also the key file stored as a JSON string (`"credentials": "{\"private_key\": \"-----BEGIN…"`).
    keywords: ['"private_key"', 'private_key\\'],
    mode: 'scan',
    pattern: new RegExp(
      String.raw`(?:"private_key"|private_key\\\\{0,6}")\s{0,4}:\s{0,4}\\{0,7}"(-----BEGIN PRIVATE KEY-----${PEM_BODY}-----END PRIVATE KEY-----(?:\\{1,8}n)?)\\{0,7}"`,
    ),
    body: pemBody,
    minEntropy: 4.5,
    pem: true,
    validate: (_value, { text }) => /"(?:private_key_id|client_email|type)\\{0,7}"\s{0,4}:/.test(text),
    remediation: rotate('Google Cloud console > IAM > Service accounts > Keys: delete the key, create a new one'),
  },
  {
    id: 'gcp-api-key',
    title: 'Google API key',
    severity: 'high',
    keywords: ['AIza'],
    pattern: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
    // Firebase web config keys are public by design: they ship in every page.
    validate: (value, { text, index }) =>
      !FIREBASE_EXAMPLE_KEYS.has(value) && !/authDomain|messagingSenderId|firebase/i.test(enclosingObject(text, index)),
    remediation: rotate('Google Cloud console > APIs & Services > Credentials: regenerate, and restrict the key'),
  },
  {
    // An OAuth access token Google issued (valid for an hour): a live one reads the user's Google data.
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    severity: 'medium',
    keywords: ['ya29.'],
    pattern: /(?<![A-Za-z0-9_.-])(ya29\.[A-Za-z0-9_-]{30,2000})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(5),
    remediation: rotate(
      'it expires within the hour; revoke it now at https://oauth2.googleapis.com/revoke, and the refresh token beside it',
    ),
  },
  {
    // WireGuard's own config (wg0.conf, wg-quick, exported tunnels): `PrivateKey = …`, `PresharedKey = …`, 32 bytes
    // in base64. The PublicKey lines beside them are not secrets.
    id: 'wireguard-private-key',
    title: 'WireGuard private or preshared key',
    severity: 'blocker',
    keywords: ['PrivateKey', 'PresharedKey'],
    pattern: /(?:PrivateKey|PresharedKey)[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/,
    remediation: rotate(
      'wg genkey for a new private key (wg genpsk for a preshared one), put the new public key on every peer, then drop the old',
    ),
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
    // Azure's identifiable keys carry a signature at a fixed place: a container registry password has `+ACR`
    // after 42 base64 characters.
    id: 'azure-container-registry-password',
    title: 'Azure Container Registry password',
    severity: 'blocker',
    keywords: ['+ACR'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6})(?![A-Za-z0-9+/=])/,
    body: (value) => value.slice(0, 42),
    minEntropy: 4,
    remediation: rotate('Azure portal > Container registry > Access keys (or the token): regenerate the password'),
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
    // 24 characters today, 16 for keys made before 2019.
    pattern: /(?<![A-Za-z0-9])(LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12}))(?![A-Za-z0-9])/,
    remediation: rotate('Alibaba Cloud RAM console > AccessKey: disable and delete it'),
  },
  {
    // `?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=…&st=…&spr=https&sig=…`: the signature is the bearer secret.
    id: 'azure-sas-token',
    title: 'Azure shared access signature (SAS) token',
    severity: 'high',
    keywords: ['sig='],
    pattern: /sig=([A-Za-z0-9%+/]{40,120}={0,2})(?![A-Za-z0-9%+/=])/,
    body: (value) => decodeSig(value),
    minEntropy: 4,
    validate: (_value, { text, index }) => isSasQuery(text.slice(Math.max(0, index - 600), index)),
    remediation: rotate(
      'Azure portal > Storage account > Access keys: rotate the key that signed it, or revoke its stored access policy',
    ),
  },
  namedKey(
    // The direct management API key of an API Management instance (88 base64 characters ending `==`), written beside
    // the instance's management host (`https://<name>.management.azure-api.net`) or under its own name. Before the
    // storage-key rule, which takes any 88-character base64 value under a `key` name and would send the owner to
    // the wrong console.
    'azure-apim-management-key',
    'Azure API Management direct management key',
    ['management.azure-api.net', 'apim_management_key', 'apimmanagementkey', 'azure_management_api_key'],
    '[A-Za-z0-9+/]{86}==',
    'Azure portal > the API Management instance > Deployment + infrastructure > Management API: regenerate the key',
    { severity: 'blocker' },
  ),
  namedKey(
    'azure-storage-key-assignment',
    'Azure storage account key',
    ['azure', 'storage_account', 'storageaccount', 'storage-account', 'account_key', 'accountkey', 'storage_key'],
    '[A-Za-z0-9+/]{86}==',
    'Azure portal > Storage account > Access keys: rotate the key',
    { severity: 'blocker', minEntropy: 4 },
  ),
  {
    // ~/.docker/config.json and Kubernetes dockerconfigjson: `"auths": {"registry": {"auth": "<base64 user:pass>"}}`.
    id: 'docker-config-auth',
    title: 'Registry credentials in a Docker config (auth)',
    severity: 'high',
    keywords: ['"auth"', 'auth\\"'],
    pattern: /(?:"auth"|auth\\")[ \t]{0,4}:[ \t]{0,4}\\?"([A-Za-z0-9+/]{8,2048}={0,2})\\?"/,
    minEntropy: 2.5,
    validate: (value) => isDockerAuth(value),
    remediation: rotate(
      'the registry: change the password or revoke the token, then use a credential helper (credsStore)',
    ),
  },
  {
    // The secret written beside its AccessKey ID with no provider name (`key=<secret>` then `id=LTAI…`).
    id: 'alibaba-secret-key-paired',
    title: 'Alibaba Cloud AccessKey secret',
    severity: 'blocker',
    keywords: ['LTAI'],
    mode: 'scan',
    pattern: /(?<![A-Za-z0-9+/_-])([A-Za-z0-9]{30})(?![A-Za-z0-9+/=_-])/,
    validate: (_value, { text, index }) =>
      /(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{10,30}(?![A-Za-z0-9])/.test(text.slice(Math.max(0, index - 300), index + 330)),
    remediation: rotate('Alibaba Cloud RAM console > AccessKey: disable and delete it'),
  },
  namedKey(
    'alibaba-secret-key',
    'Alibaba Cloud AccessKey secret',
    ['alibaba', 'aliyun'],
    '[A-Za-z0-9]{30}',
    'Alibaba Cloud RAM console > AccessKey: disable and delete it',
    { severity: 'blocker' },
  ),
  namedKey(
    'yandex-cloud-key',
    'Yandex Cloud API key or token',
    ['yandex'],
    't1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2}|AQVN[A-Za-z0-9_-]{35,38}|YC[A-Za-z0-9_-]{38}',
    'Yandex Cloud console > Service accounts: delete the key',
    { severity: 'blocker' },
  ),
  prefixedToken(
    'aws-bedrock-api-key',
    'Amazon Bedrock API key',
    ['ABSK'],
    'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
    'AWS IAM console > Users > Security credentials > API keys for Amazon Bedrock: delete it',
    { severity: 'blocker', pattern: /(?<![A-Za-z0-9_])(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?![A-Za-z0-9+/=])/ },
  ),
  {
    // A short-lived key is `bedrock-api-key-` and a base64 presigned URL, which always begins with the host.
    id: 'aws-bedrock-short-lived-key',
    title: 'Amazon Bedrock short-lived API key',
    severity: 'high',
    keywords: ['bedrock-api-key-'],
    pattern:
      /(?<![A-Za-z0-9_-])(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{0,4000})(?![A-Za-z0-9+/=%])/,
    body: (value) => value.slice('bedrock-api-key-'.length),
    remediation: rotate('it expires within 12 hours; revoke the session of the IAM identity that signed it'),
  },
  prefixedToken(
    'cloudflare-origin-ca-key',
    'Cloudflare Origin CA key',
    ['v1.0-'],
    'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}',
    'Cloudflare dashboard > My Profile > API Tokens > Origin CA Key: change it',
    { body: (value) => value.slice(30) },
  ),
  prefixedToken(
    'clickhouse-cloud-key',
    'ClickHouse Cloud API secret',
    ['4b1d'],
    '4b1d[A-Za-z0-9]{38}',
    'ClickHouse Cloud console > API keys: delete the key',
    { minEntropy: 3.8 },
  ),
  namedKey(
    'hosting-provider-token',
    'Cloud hosting API token (Linode, Vultr, Hetzner)',
    ['linode', 'vultr', 'hetzner', 'hcloud'],
    '[A-Za-z0-9]{64}|[A-Z0-9]{36}',
    'the provider console (Linode Cloud Manager, Vultr or Hetzner Cloud > Security > API tokens): revoke it',
    { severity: 'blocker' },
  ),
  // Keys with no prefix of their own, found by the provider's name in the variable or just before the value.
  {
    id: 'cloudinary-url',
    title: 'Cloudinary URL with API secret',
    severity: 'high',
    keywords: ['cloudinary://'],
    pattern: /(cloudinary:\/\/\d{12,16}:[A-Za-z0-9_-]{27}@[A-Za-z0-9_-]{1,64})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(value.lastIndexOf(':') + 1, value.indexOf('@')),
    remediation: rotate('Cloudinary Console > Settings > API Keys: generate a new key pair, then delete the old one'),
  },
  namedKey(
    'cloudinary-api-secret',
    'Cloudinary API secret',
    ['cloudinary'],
    '[A-Za-z0-9_-]{27}',
    'Cloudinary Console > Settings > API Keys: generate a new key pair, then delete the old one',
  ),
  namedKey(
    'azure-cosmosdb-key',
    'Azure Cosmos DB account key',
    ['cosmos', 'documentdb'],
    '[A-Za-z0-9+/]{86}==',
    'Azure portal > Cosmos DB account > Keys: regenerate the key',
    { severity: 'blocker' },
  ),
  prefixedToken(
    'langfuse-secret-key',
    'Langfuse secret key',
    ['sk-lf-'],
    `sk-lf-${UUID}`,
    'Langfuse > Project settings > API keys: delete the key',
  ),
  namedKey(
    'azure-apim-subscription-key',
    'Azure API Management / Cognitive Services subscription key',
    ['ocp_apim_subscription_key', 'apim_subscription_key', 'api_management_subscription_key'],
    '[a-z0-9]{32}',
    'Azure portal > the API Management (or AI services) resource > Subscriptions / Keys: regenerate the key',
    { keywords: ['apim', 'api_management', 'api-management'] },
  ),
  {
    // `https://<app>.azurewebsites.net/api/<function>?code=<key>`: the function key rides in the query string.
    id: 'azure-function-key-url',
    title: 'Azure Functions key in a function URL',
    severity: 'high',
    keywords: ['.azurewebsites.net/api/'],
    pattern:
      /\.azurewebsites\.net\/api\/[\w/.-]{0,100}\?(?:[^\s"'#<>\x60]{0,200}&)?code=([A-Za-z0-9_-]{20,100}={0,2})(?![A-Za-z0-9_=-])/i,
    remediation: rotate('Azure portal > the Function App > App keys (or the function > Function keys): renew the key'),
  },
  namedKey(
    'azure-function-key',
    'Azure Functions key',
    ['x-functions-key', 'x_functions_key', 'azurefunctionkey', 'azure_function_key', 'azure_functions_key'],
    '[A-Za-z0-9_-]{20,56}={0,2}',
    'Azure portal > the Function App > App keys (or the function > Function keys): renew the key',
  ),
  namedKey(
    'azure-search-key',
    'Azure AI Search admin or query key',
    // 52 letters and digits today; 32 uppercase hex for services created before 2023.
    [
      'azure_search',
      'azuresearch',
      'search_admin_key',
      'searchadminkey',
      'search_query_key',
      'searchquerykey',
      'azure_key',
      'azurekey',
      // `azure` alone, then the value within a few characters (`<secret>{azure …}</secret>`, `azure: …`): the
      // 52-character mixed-case shape is the Search key's own; nothing else Azure issues looks like it.
      'azure',
    ],
    '[A-Za-z0-9]{52}|[A-F0-9]{32}',
    'Azure portal > the Search service > Settings > Keys: regenerate the admin key, or delete the query key',
    // Drawn from all 62 letters and digits: a 52-character run in one case is something else (a DevOps PAT is base32).
    // The older 32-hex form is any GUID without its dashes, so it counts only in upper case (a Key Vault key version
    // in `…vault.azure.net/keys/<name>/<version>` is lower case) and under a name that says search or key.
    // Every name starts with `azure` or `search`: gated by those two, the rule runs only where one of them stands
    // instead of scanning every file that mentions Azure.
    {
      keywords: ['azure', 'search'],
      validate: (value, { match }) =>
        value.length === 32
          ? /^[A-F0-9]{32}$/.test(value) && /search|key/i.test(match[0].slice(0, match[0].lastIndexOf(value)))
          : /(?:[A-Z][^A-Z]*){4}/.test(value) && /(?:[a-z][^a-z]*){4}/.test(value),
    },
  ),
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

/**
 * The base64 part of a PEM block, without headers, escapes or whitespace, nor the joins of a key split into quoted
 * lines in code (`" +`, `",`, a `"` then a `"` on the next line).
 */
export function pemBody(value: string): string {
  return value
    .replace(/-----(?:BEGIN|END)[^-]{1,60}-----/g, '')
    .replace(/["']\s*[+,]?\s*["']?/g, '')
    .replace(/\\[rn]/g, '\n')
    .replace(/^[A-Za-z-]{1,20}:.*$/gm, '')
    .replace(/[\s\\]/g, '');
}

/** The signature of a SAS URL, URL-decoded (`%2B`, `%3D`): what its randomness is judged on. */
/** Permissions a SAS may grant (`sp=`): read, add, create, write, delete, delete version, permanent delete, list,
 * tags, find, move, execute, ownership, permissions, set immutability, process, update. */
const SAS_PERMISSIONS = /^[racwdxyltfmeopiu]+$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * The query before `sig=` is a SAS: it carries its version or validity dates, and the fields Azure checks are well
 * formed (permission letters Azure knows, `sip=` an IPv4 address or range): Azure signs nothing else.
 */
function isSasQuery(before: string): boolean {
  if (!/\bsv=\d{4}-\d{2}-\d{2}\b|\bs[ept]=\d{4}-\d{2}-\d{2}/.test(before)) return false;
  const query = before.slice(before.search(/[^\s"'<>\x60]*$/));
  const field = (name: string) => new RegExp(`(?:^|[?&=;])${name}=([^&;]*)&`).exec(query)?.[1];
  const permissions = field('sp');
  if (permissions !== undefined && !SAS_PERMISSIONS.test(permissions)) return false;
  const ip = field('sip')?.replace(/%2D/gi, '-');
  return ip === undefined || ip.split('-').every((part) => IPV4.test(part));
}

function decodeSig(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
