// DMARC (RFC 7489) record at _dmarc.<domain>: a tag list that must start with v=DMARC1 and carry a valid p=.
// Parsing follows the RFC's tag-list rules as checkdmarc applies them: duplicate tags and unknown policies are
// errors, a missing rua is advice. Discovery follows §6.6.3: a domain without a record of its own falls back to
// its organizational domain's record, whose sp= (default p=) then applies to it.
import { registrableDomain } from '../../dns/registrable-domain.ts';
import type { Answer, RecordType } from '../../dns/resolver.ts';
import type { DmarcResult } from './details.ts';

type Query = (name: string, type: RecordType) => Promise<Answer>;

const POLICIES = new Set(['none', 'quarantine', 'reject']);

export function isDmarcRecord(text: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text.trim());
}

/** The tags of a record, or the reason it is unusable. */
export function parseDmarc(record: string): { tags: Record<string, string> } | { problem: string } {
  const tags: Record<string, string> = {};
  const parts = record
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at <= 0) return { problem: `"${part}" is not a tag=value pair` };
    const key = part.slice(0, at).trim().toLowerCase();
    if (key in tags) return { problem: `the tag ${key} appears twice` };
    tags[key] = part.slice(at + 1).trim();
  }
  if (parts[0]?.toLowerCase().replace(/\s/g, '') !== 'v=dmarc1') return { problem: 'it does not start with v=DMARC1' };
  const policy = tags.p?.toLowerCase();
  if (policy === undefined) return { problem: 'it has no p= policy tag (right after v=DMARC1)' };
  if (!POLICIES.has(policy)) return { problem: `p=${tags.p} is not none, quarantine or reject` };
  if (tags.sp !== undefined && !POLICIES.has(tags.sp.toLowerCase())) {
    return { problem: `sp=${tags.sp} is not none, quarantine or reject` };
  }
  if (tags.pct !== undefined && !/^(100|[1-9]?\d)$/.test(tags.pct)) return { problem: `pct=${tags.pct} is not 0-100` };
  return { tags };
}

/** The organizational domain (RFC 7489 §3.2) is the registrable domain by the Public Suffix List. */
export const organizationalDomain = registrableDomain;

export type DmarcLookup = DmarcResult & { status: Answer['status']; code?: string };

async function readRecords(query: Query, name: string) {
  const answer = await query(name, 'TXT');
  // A record that means DMARC but is mistyped ("v=DMARC1 p=none" without ";") still starts with v=DMARC1.
  const records = answer.values.filter(isDmarcRecord);
  return { name, records, status: answer.status, ...(answer.code === undefined ? {} : { code: answer.code }) };
}

export async function lookupDmarc(query: Query, domain: string): Promise<DmarcLookup> {
  const own = await readRecords(query, `_dmarc.${domain}`);
  const org = organizationalDomain(domain);
  // Only an empty set sends a receiver on to the organizational domain: several records, or a lookup that failed
  // (as opposed to one that found none), end discovery here.
  if (own.records.length > 0 || own.status === 'error' || org === undefined || org === domain) {
    return withPolicy({ ...own, inherited: false });
  }
  const parent = await readRecords(query, `_dmarc.${org}`);
  if (parent.records.length === 0) {
    // Missing at both names; a failed lookup at the organizational domain is the one worth naming.
    const failed = parent.status === 'error' ? parent : own;
    return { ...own, status: failed.status, ...failedCode(failed), inherited: false, organizationalDomain: org };
  }
  return withPolicy({ ...parent, inherited: true, organizationalDomain: org });
}

function failedCode(answer: { code?: string }): { code?: string } {
  return answer.code === undefined ? {} : { code: answer.code };
}

/** Parses a lone record and picks the policy that applies: sp= (default p=) for an inheriting subdomain, else p=. */
function withPolicy(set: DmarcLookup): DmarcLookup {
  if (set.records.length !== 1) return set;
  const parsed = parseDmarc(set.records[0]!);
  if ('problem' in parsed) return { ...set, problem: parsed.problem };
  const useSp = set.inherited && parsed.tags.sp !== undefined;
  const policy = (useSp ? parsed.tags.sp! : parsed.tags.p!).toLowerCase();
  return { ...set, tags: parsed.tags, policy, policyTag: useSp ? 'sp' : 'p' };
}
