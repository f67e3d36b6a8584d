// The long tail of SaaS APIs a shop wires in (currency rates, PDFs, screenshots, CRMs, helpdesks...) whose keys
// have no prefix of their own: the service's name in the variable, or just before the value, is what tells the key
// apart from any other hex string. One row per key, turned into a name-gated rule by `serviceRules` (namedKey).
//
// Row format: [id, title, names, value, where, extra?]
//   id     stable rule id, `service-kind` in kebab-case (part of the interface: never rename one)
//   title  what the finding calls the key
//   names  the service's name(s) as written in a variable or text, lowercase, each one literal and at least 5
//          characters (shorter or common-word names need a longer form such as `aha.io` or `box_api`); the name
//          must start a word (`ADZUNA_KEY`, `myAdzunaKey`), never the middle of one
//   value  the key's exact format, a regex source without groups: a FORMAT helper (`hex(32)`, `lowerAlnum(40)`)
//          or a literal shape; exact length and charset, so that a longer or shorter string does not match
//   where  where the owner rotates it, for the remediation (`rotate(where)`)
//   extra  optional overrides of the rule (severity, minEntropy, body, validate)
// Adding a service is one line. Services with a format of their own (a prefix, a checksum) belong in the
// category files with `prefixedToken`, not here.
import type { SecretRule } from './types.ts';
import { namedKey } from './types.ts';

export type ServiceRow = readonly [
  id: string,
  title: string,
  names: string | readonly string[],
  value: string,
  where: string,
  extra?: Partial<SecretRule>,
];

/** Value shapes the rows share: exact length and charset (case included). */
export const FORMAT = {
  hex: (n: number) => `[a-f0-9]{${n}}`,
  lowerAlnum: (n: number) => `[a-z0-9]{${n}}`,
  upperAlnum: (n: number) => `[A-Z0-9]{${n}}`,
  alnum: (n: number) => `[A-Za-z0-9]{${n}}`,
  uuid: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
} as const;

const { hex, lowerAlnum, upperAlnum, alnum, uuid } = FORMAT;

/**
 * One name-gated rule per row. The pattern runs without case (names are written every way), so the value's
 * charset is checked again with case: a lowercase format does not take a mixed-case string.
 */
export function serviceRules(rows: readonly ServiceRow[]): SecretRule[] {
  return rows.map(([id, title, names, value, where, extra = {}]) => {
    const exact = new RegExp(`^(?:${value})$`);
    return namedKey(id, title, typeof names === 'string' ? [names] : names, value, where, {
      ...extra,
      validate: (found, context) => exact.test(found) && (extra.validate?.(found, context) ?? true),
    });
  });
}

export const SERVICE_ROWS: readonly ServiceRow[] = [
  [
    'alconost-api-key',
    'Alconost API key',
    'alconost',
    lowerAlnum(32),
    'Alconost Nitro > Account > API: regenerate the key',
  ],
  [
    'aletheia-api-key',
    'Aletheia API key',
    'aletheiaapi',
    upperAlnum(32),
    'aletheiaapi.com > Account: regenerate the key',
  ],
  [
    'alienvault-otx-key',
    'AlienVault OTX API key',
    'alienvault',
    lowerAlnum(64),
    'otx.alienvault.com > Settings: regenerate the OTX key',
  ],
  [
    'allsports-api-key',
    'AllSportsAPI key',
    'allsports',
    lowerAlnum(64),
    'allsportsapi.com > Dashboard: regenerate the key',
  ],
  ['ambee-api-key', 'Ambee API key', 'ambee', hex(64), 'api-dashboard.getambee.com: regenerate the key'],
  [
    'apiflash-access-key',
    'ApiFlash access key',
    'apiflash',
    lowerAlnum(32),
    'apiflash.com > Dashboard > Access keys: revoke the key',
  ],
  ['cliengo-api-key', 'Cliengo API key', 'cliengo', uuid, 'Cliengo > Settings > API: regenerate the key'],
];

export const SERVICE_RULES: readonly SecretRule[] = serviceRules(SERVICE_ROWS);
