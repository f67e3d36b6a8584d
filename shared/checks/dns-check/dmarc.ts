// DMARC (RFC 7489) record at _dmarc.<domain>: a tag list that must start with v=DMARC1 and carry a valid p=.
// Parsing follows the RFC's tag-list rules as checkdmarc applies them: duplicate tags and unknown policies are
// errors, a missing rua is advice.
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

export async function lookupDmarc(
  query: Query,
  domain: string,
): Promise<DmarcResult & { status: Answer['status']; code?: string }> {
  const answer = await query(`_dmarc.${domain}`, 'TXT');
  const records = answer.values.filter(isDmarcRecord);
  // A record that means DMARC but is mistyped ("v=DMARC1 p=none" without ";") still starts with v=DMARC1.
  const base = { records, status: answer.status, ...(answer.code === undefined ? {} : { code: answer.code }) };
  if (records.length !== 1) return base;
  const parsed = parseDmarc(records[0]!);
  if ('problem' in parsed) return { ...base, problem: parsed.problem };
  return { ...base, tags: parsed.tags, policy: parsed.tags.p!.toLowerCase() };
}
