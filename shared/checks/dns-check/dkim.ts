// DKIM keys at <selector>._domainkey.<domain>: present, not revoked (empty p=), and strong enough (RSA bits read
// from the key itself with node:crypto).
import { createPublicKey } from 'node:crypto';
import type { Answer, RecordType } from '../../dns/resolver.ts';
import type { DkimResult } from './details.ts';

type Query = (name: string, type: RecordType) => Promise<Answer>;

/** Selectors well-known senders use (Google Workspace, Resend, SendGrid, Mailchimp/Mandrill, Postmark, M365…). */
export const COMMON_SELECTORS = [
  'google',
  'resend',
  's1',
  's2',
  'k1',
  'selector1',
  'selector2',
  'mandrill',
  'pm',
] as const;

function tagsOf(record: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of record.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) tags[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).replace(/\s+/g, '');
  }
  return tags;
}

/** Key type and size of a p= value (base64 SubjectPublicKeyInfo, or a bare PKCS#1 RSA key some publish). */
export function keyFacts(p: string): { keyType: string; bits?: number } | undefined {
  const der = Buffer.from(p, 'base64');
  if (der.length === 0) return undefined;
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      return { keyType: key.asymmetricKeyType ?? 'unknown', bits: key.asymmetricKeyDetails?.modulusLength };
    } catch {
      // try the next encoding
    }
  }
  return undefined;
}

export async function lookupDkim(query: Query, domain: string, selector: string, named: boolean): Promise<DkimResult> {
  const answer = await query(`${selector}._domainkey.${domain}`, 'TXT');
  const record = answer.values.find((v) => /(^|;)\s*(v\s*=\s*DKIM1|p\s*=)/i.test(v));
  if (record === undefined) return { selector, named, status: 'missing' };
  const tags = tagsOf(record);
  if (tags.p === undefined || tags.p === '') return { selector, named, status: 'revoked' };
  if ((tags.k ?? 'rsa').toLowerCase() === 'ed25519')
    return { selector, named, status: 'found', keyType: 'ed25519', bits: 256 };
  const facts = keyFacts(tags.p);
  if (facts === undefined) return { selector, named, status: 'invalid' };
  return {
    selector,
    named,
    status: 'found',
    keyType: facts.keyType,
    ...(facts.bits === undefined ? {} : { bits: facts.bits }),
  };
}
