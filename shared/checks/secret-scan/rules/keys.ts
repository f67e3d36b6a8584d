import { createHmac } from 'node:crypto';
import { pemBody } from './cloud.ts';
import { rotate, type SecretRule } from './types.ts';

export const KEY_RULES: readonly SecretRule[] = [
  {
    // Also inside JSON strings and env files, where the newlines are `\n` escapes, inside a JSON string held in
    // another (a key file pasted into a tfvars or a `jsonencode` output), where they are `\\n`, and split into quoted
    // lines joined in code (`"-----BEGIN…-----" +` then `"MIIE…" +`, or Python's adjacent literals).
    id: 'private-key',
    title: 'Private key',
    severity: 'blocker',
    keywords: ['-----BEGIN'],
    pattern:
      /(-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----(?:\\{1,3}[rn]|[\s"'+,]){1,16}(?:[A-Za-z-]{1,20}: ?[^\\\n]{1,200}(?:\\{1,3}[rn]|\s){1,8}){0,4}[A-Za-z0-9+/=\s\\"',]{40,20000}-----END[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----)/,
    body: pemBody,
    minEntropy: 4.5,
    pem: true,
    validate: (value) => pemBody(value).length >= 64,
    remediation: rotate('replace the key pair wherever its public half is trusted: servers, CAs, deploy keys'),
  },
  {
    // The same key stored base64-encoded once more: a Kubernetes Secret's `data`, a kubeconfig's `client-key-data`,
    // a GitHub App key in one env variable (`PRIVATE_KEY_B64=LS0tLS1CRUdJTi…`). `LS0tLS1CRUdJTi` is `-----BEGIN`.
    // Certificates and public keys start the same way: the decoded text must be a private key's header and body.
    id: 'private-key-base64',
    title: 'Private key (base64-encoded PEM)',
    severity: 'blocker',
    keywords: ['LS0tLS1CRUdJTi'],
    pattern: /(LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,40000}={0,2})(?![A-Za-z0-9+/=])/,
    body: (value) => pemBody(decodedPem(value)),
    minEntropy: 4.5,
    pem: true,
    validate: (value) => isPrivateKeyPem(decodedPem(value)),
    remediation: rotate('replace the key pair wherever its public half is trusted: servers, CAs, deploy keys'),
  },
  {
    id: 'putty-private-key',
    title: 'PuTTY private key',
    severity: 'blocker',
    keywords: ['PuTTY-User-Key-File'],
    pattern:
      /(PuTTY-User-Key-File-\d: [^\n]{1,60}\r?\n(?:[^\n]{0,200}\r?\n){2,40}?Private-Lines: \d{1,3}\r?\n[A-Za-z0-9+/=\r\n]{40,8000})/,
    body: (value) => value.slice(value.indexOf('Private-Lines')).replace(/^.*\n/, '').replace(/\s/g, ''),
    remediation: rotate('replace the key pair and remove the public half from authorized_keys'),
  },
  {
    id: 'age-secret-key',
    title: 'age secret key',
    severity: 'blocker',
    keywords: ['AGE-SECRET-KEY-1'],
    pattern: /(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/,
    remediation: rotate('generate a new age identity and re-encrypt what the old one protected'),
  },
  {
    id: 'jwt',
    title: 'JSON Web Token',
    severity: 'medium',
    keywords: ['eyJ'],
    pattern:
      /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{12,2000}\.eyJ[A-Za-z0-9_-]{4,8000}\.[A-Za-z0-9_-]{22,1000})(?![A-Za-z0-9_-])/,
    body: (value) => value.slice(value.lastIndexOf('.') + 1),
    validate: isLiveJwt,
    remediation: rotate('revoke the token or rotate the key that signed it'),
  },
];

/** A base64 value decoded as text; not valid UTF-8 where it is not a PEM block, which the checks then reject. */
function decodedPem(value: string): string {
  return Buffer.from(value, 'base64').toString('latin1');
}

/**
 * A private key's PEM header, its optional `Proc-Type:`/`DEK-Info:` lines, then at least 64 characters of base64
 * body: not a certificate or a public key, and not a document's `MIIE…` stand-in.
 */
const PRIVATE_KEY_PEM =
  /^-----BEGIN (?:[A-Z0-9]{1,20} ){0,2}PRIVATE KEY(?: BLOCK)?-----\r?\n(?:[A-Za-z-]{1,20}: ?[^\n]{1,200}\r?\n){0,4}(?:\r?\n)?(?:[A-Za-z0-9+/=]\r?\n?){64}/;

function isPrivateKeyPem(text: string): boolean {
  return PRIVATE_KEY_PEM.test(text.slice(0, 8192)) && pemBody(text).length >= 64;
}

/** Secrets jwt.io pre-fills to sign its example tokens: a token they verify is documentation, not a credential. */
const JWT_IO_SECRETS = [
  'a-string-secret-at-least-256-bits-long',
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
];

/** Claim names of a library's example token (`{"foo":"bar"}`, `{"some":"payload"}`): metasyntactic, about no one. */
const TOY_CLAIMS = new Set(['foo', 'bar', 'baz', 'qux', 'quux', 'some', 'hello', 'test']);
/** JWT (RFC 7519) is from 2015: a token that expired before 2015 was made up for a test. */
const JWT_EPOCH = Date.UTC(2015, 0, 1) / 1000;

/**
 * A signed JWT that grants something: not `alg: none`, not a public anon key, not the jwt.io example, and not a
 * library's test token (only metasyntactic claims, or an `exp` before JWTs existed).
 */
export function isLiveJwt(value: string): boolean {
  const [header, payload] = value.split('.').slice(0, 2).map(decodeJson);
  if (!header || !payload || typeof header.alg !== 'string' || header.alg.toLowerCase() === 'none') return false;
  if (payload.role === 'anon' || payload.name === 'John Doe' || payload.sub === '1234567890') return false;
  const claims = Object.keys(payload);
  if (claims.length > 0 && claims.every((claim) => TOY_CLAIMS.has(claim.toLowerCase()))) return false;
  if (typeof payload.exp === 'number' && payload.exp < JWT_EPOCH) return false;
  return !isSignedWithJwtIoSecret(value, header.alg);
}

/**
 * A value that decodes as a signed JWT (header and claims both JSON) but is not one the `jwt` rule reports: a
 * library's test token or a documentation example stays one when it is found under a secret's name, not by its
 * shape. An unsigned (`alg: none`) token is left to the name's judgment: a server that accepts it grants access.
 */
export function isExampleJwt(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !value.startsWith('eyJ')) return false;
  const header = decodeJson(parts[0]);
  if (!header || String(header.alg).toLowerCase() === 'none') return false;
  return decodeJson(parts[1]) !== undefined && !isLiveJwt(value);
}

function isSignedWithJwtIoSecret(value: string, alg: string): boolean {
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  if (!hash) return false;
  const dot = value.lastIndexOf('.');
  const signed = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  return JWT_IO_SECRETS.some((secret) => createHmac(hash, secret).update(signed).digest('base64url') === signature);
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
