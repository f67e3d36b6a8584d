// Files that are secrets by what they are, not by what they say: a key store or a password vault is binary, so
// no text rule ever sees the keys inside, and its name is what gives it away (gitleaks' `pkcs12-file` rule, whose
// id is kept, reports a .p12 by its path alone). A finding names the file and never reads out its content.
import type { Severity } from '../../../report/model.ts';
import type { SecretMatch } from '../types.ts';
import { rotate } from './types.ts';

export interface FileRule {
  id: string;
  title: string;
  severity: Severity;
  /** Lower-case extensions, without the dot. */
  extensions: readonly string[];
  remediation: string;
}

const STORE_ADVICE = 'keep the new store in the CI secret store (base64 in a secret), never in the repository';

export const FILE_RULES: readonly FileRule[] = [
  {
    id: 'pkcs12-file',
    title: 'PKCS#12 key store (.p12, .pfx)',
    severity: 'high',
    extensions: ['p12', 'pfx'],
    remediation: rotate(`revoke the certificate, issue a new key pair and certificate; ${STORE_ADVICE}`),
  },
  {
    id: 'java-keystore-file',
    title: 'Java key store (.jks, .jceks, .keystore)',
    severity: 'high',
    extensions: ['jks', 'jceks', 'keystore'],
    remediation: rotate(
      `replace every key in it (an Android upload key: reset it in Play Console > App integrity); ${STORE_ADVICE}`,
    ),
  },
  {
    id: 'keepass-database-file',
    title: 'KeePass password database (.kdbx)',
    severity: 'high',
    extensions: ['kdbx'],
    remediation: rotate(
      'change every password in it: anyone with a copy can guess the master password offline, without limit',
    ),
  },
];

/**
 * Named like a key store, yet public: Android's debug key (`debug.keystore`, the same well-known password
 * `android` on every machine, shipped in React Native's app template) and trust stores, which hold only the CA
 * certificates a client trusts (`truststore.jks`, `kafka.client.truststore.p12`, `cacerts.jks`).
 */
const PUBLIC_STORE = /^(?:debug\.keystore|cacerts\..*|.*trust[-_.]?store.*)$/i;

const RULE_BY_EXTENSION = new Map(FILE_RULES.flatMap((rule) => rule.extensions.map((ext) => [ext, rule] as const)));

/** The rule a file's path alone triggers (path relative to the scan root, forward slashes), if any. */
export function fileRuleFor(path: string): FileRule | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || PUBLIC_STORE.test(name)) return undefined;
  return RULE_BY_EXTENSION.get(name.slice(dot + 1).toLowerCase());
}

/**
 * The finding for a whole file, at its first line. Its value is the file's git blob id: it identifies the content
 * without holding any of it, is the same in tree, diff and history modes (so one baseline entry covers all three),
 * and changes when new keys are committed under the same name.
 */
export function fileMatch(rule: FileRule, blobId: string): SecretMatch {
  return { ruleId: rule.id, title: rule.title, severity: rule.severity, line: 1, column: 1, value: blobId };
}
