// Shape of dns-check's report details (JSON `details`), read by present() and outputs().

export interface RecordRow {
  name: string;
  type: string;
  /** What was expected, in words ("203.0.113.10", "contains include:…", "an address"). */
  expected: string;
  found: string[];
  verdict: 'ok' | 'missing' | 'mismatch' | 'apex-cname' | 'dangling-cname';
}

export interface SpfNode {
  domain: string;
  /** The v=spf1 record found, or undefined. */
  record?: string;
  /** DNS-querying terms of this record (include, a, mx, ptr, exists, redirect). */
  lookups: number;
  /** Queries that found nothing (NXDOMAIN or no records). */
  voidLookups: number;
  children: SpfNode[];
  /** Why this record could not be evaluated (missing, several records, loop, DNS error). */
  problem?: string;
}

export interface SpfResult {
  records: string[];
  /** Lookups after following every include and redirect (RFC 7208 §4.6.4 limit: 10). */
  lookups: number;
  voidLookups: number;
  /** The "all" that applies: "+all", "-all", "~all", "?all", or undefined when there is none. */
  all?: string;
  /** True when evaluation stopped at its bound or at an include/redirect loop: the true count is higher. */
  truncated: boolean;
  loop?: string;
  chain?: SpfNode;
}

export interface DmarcResult {
  /** Where the records were read: _dmarc.<domain>, or _dmarc.<organizational domain> when inherited. */
  name: string;
  records: string[];
  tags?: Record<string, string>;
  /** The policy that applies to the domain checked: sp= when a subdomain inherits a record that has one, else p=. */
  policy?: string;
  /** The tag `policy` comes from. */
  policyTag?: 'p' | 'sp';
  /** True when the domain has no record of its own and its organizational domain's applies (RFC 7489 §6.6.3). */
  inherited: boolean;
  /** The registrable domain (Public Suffix List), when it differs from the domain checked and was looked up. */
  organizationalDomain?: string;
  problem?: string;
}

export interface DkimResult {
  selector: string;
  /** True when the user named it; false for the well-known selectors tried quietly. */
  named: boolean;
  status: 'found' | 'missing' | 'revoked' | 'invalid';
  keyType?: string;
  bits?: number;
}

export interface MailVerdict {
  what: string;
  verdict: string;
}

export interface DnsDetails {
  domain: string;
  server: string;
  records: RecordRow[];
  spf?: SpfResult;
  dmarc?: DmarcResult;
  dkim: DkimResult[];
  mx: string[];
  mail: MailVerdict[];
  queries: number;
}
