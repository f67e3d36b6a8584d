// SPF (RFC 7208) as a receiver evaluates it, without a sender IP: every include and redirect is really resolved
// (through the check's DNS client, so --dns-server applies), DNS-querying terms are counted across the chain
// (limit 10, §4.6.4) and so are void lookups (limit 2), with a guard against include loops and a hard bound.
import type { Answer, RecordType } from '../../dns/resolver.ts';
import { hostName } from '../../dns/resolver.ts';
import type { SpfNode, SpfResult } from './details.ts';

export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;
/** Stop resolving past this many lookups: the verdict (over 10) is certain long before. */
const HARD_BOUND = 40;
const MAX_DEPTH = 12;

type Query = (name: string, type: RecordType) => Promise<Answer>;

export interface SpfTerm {
  qualifier: '+' | '-' | '~' | '?';
  /** Mechanism or modifier name, lower case: include, a, mx, ptr, exists, ip4, ip6, all, redirect, exp… */
  name: string;
  /** What follows ":" or "=" (a domain-spec, network), if anything. */
  value?: string;
  modifier: boolean;
  raw: string;
}

/** "v=spf1" then a space or the end (RFC 7208 §4.5): "v=spf10" is not SPF. */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(\s|$)/i.test(text.trim());
}

export function parseSpf(record: string): SpfTerm[] {
  return record
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((raw) => raw !== '')
    .map((raw) => {
      const modifier = /^[a-z][a-z0-9_.-]*=/i.test(raw);
      if (modifier) {
        const at = raw.indexOf('=');
        return { qualifier: '+', name: raw.slice(0, at).toLowerCase(), value: raw.slice(at + 1), modifier, raw };
      }
      const qualifier = (/^[+\-~?]/.test(raw) ? raw[0] : '+') as SpfTerm['qualifier'];
      const body = /^[+\-~?]/.test(raw) ? raw.slice(1) : raw;
      const split = body.search(/[:/]/);
      const name = (split === -1 ? body : body.slice(0, split)).toLowerCase();
      const rest = split === -1 ? undefined : body.slice(split);
      const value = rest?.startsWith(':') ? rest.slice(1).split('/')[0] : undefined;
      return { qualifier, name, value, modifier, raw };
    });
}

const QUERYING = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

export async function evaluateSpf(query: Query, domain: string): Promise<SpfResult> {
  const state = { lookups: 0, voidLookups: 0, truncated: false, loop: undefined as string | undefined };
  const top = await query(domain, 'TXT');
  const records = top.values.filter(isSpfRecord);
  if (records.length !== 1) {
    return { records, lookups: 0, voidLookups: 0, truncated: false };
  }
  const chain = await walk(query, domain, records[0]!, [domain], state, 0);
  return {
    records,
    lookups: state.lookups,
    voidLookups: state.voidLookups,
    all: effectiveAll(chain),
    truncated: state.truncated,
    ...(state.loop === undefined ? {} : { loop: state.loop }),
    chain,
  };
}

interface WalkState {
  lookups: number;
  voidLookups: number;
  truncated: boolean;
  loop?: string;
}

async function walk(
  query: Query,
  domain: string,
  record: string,
  path: string[],
  state: WalkState,
  depth: number,
): Promise<SpfNode> {
  const node: SpfNode = { domain, record, lookups: 0, voidLookups: 0, children: [] };
  const terms = parseSpf(record);
  // A redirect is ignored when the record has an "all" (RFC 7208 §6.1).
  const hasAll = terms.some((t) => !t.modifier && t.name === 'all');
  for (const term of terms) {
    if (!QUERYING.has(term.name) || (term.name === 'redirect' && (!term.modifier || hasAll))) continue;
    if (state.lookups >= HARD_BOUND || depth >= MAX_DEPTH) {
      state.truncated = true;
      break;
    }
    state.lookups += 1;
    node.lookups += 1;
    const target = term.value === undefined || term.value === '' ? domain : hostName(term.value);
    // Macros (%{i}, %{s}…) need the sender: count the lookup, do not query.
    if (target.includes('%')) continue;
    if (term.name === 'include' || term.name === 'redirect') {
      if (path.includes(target)) {
        state.loop ??= [...path, target].join(' → ');
        state.truncated = true;
        node.children.push({ domain: target, lookups: 0, voidLookups: 0, children: [], problem: 'loop' });
        continue;
      }
      const answer = await query(target, 'TXT');
      const found = answer.values.filter(isSpfRecord);
      if (answer.status === 'nxdomain' || answer.status === 'nodata') {
        state.voidLookups += 1;
        node.voidLookups += 1;
      }
      if (found.length !== 1) {
        const problem =
          answer.status === 'error'
            ? `DNS error (${answer.code})`
            : found.length === 0
              ? 'no SPF record (permerror)'
              : `${found.length} SPF records (permerror)`;
        node.children.push({ domain: target, lookups: 0, voidLookups: 0, children: [], problem });
        continue;
      }
      node.children.push(await walk(query, target, found[0]!, [...path, target], state, depth + 1));
      continue;
    }
    if (term.name === 'ptr') continue; // needs the sender's IP; counted, not queried
    const answers =
      term.name === 'mx'
        ? [await query(target, 'MX')]
        : await Promise.all([query(target, 'A'), ...(term.name === 'a' ? [query(target, 'AAAA')] : [])]);
    if (answers.every((a) => a.status === 'nxdomain' || a.status === 'nodata')) {
      state.voidLookups += 1;
      node.voidLookups += 1;
    }
  }
  return node;
}

/** The "all" of the top record, or of its redirect target when it has none. */
function effectiveAll(node: SpfNode | undefined): string | undefined {
  for (let current = node, hops = 0; current?.record !== undefined && hops < MAX_DEPTH; hops++) {
    const terms = parseSpf(current.record);
    const all = terms.find((t) => !t.modifier && t.name === 'all');
    if (all !== undefined) return `${all.qualifier}all`;
    const redirect = terms.find((t) => t.modifier && t.name === 'redirect');
    if (redirect === undefined) return undefined;
    current = current.children.find((c) => c.domain === hostName(redirect.value ?? ''));
  }
  return undefined;
}

/** Included records that end in "+all": the include then passes every sender. */
export function permissiveIncludes(node: SpfNode | undefined): string[] {
  if (node === undefined) return [];
  const found: string[] = [];
  for (const child of node.children) {
    if (
      child.record !== undefined &&
      parseSpf(child.record).some((t) => !t.modifier && t.name === 'all' && t.qualifier === '+')
    ) {
      found.push(child.domain);
    }
    found.push(...permissiveIncludes(child));
  }
  return found;
}

export function usesPtr(node: SpfNode | undefined): boolean {
  if (node?.record === undefined) return false;
  return parseSpf(node.record).some((t) => !t.modifier && t.name === 'ptr') || node.children.some(usesPtr);
}
