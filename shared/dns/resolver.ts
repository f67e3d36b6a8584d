// The one DNS client of the checks: every lookup dns-check makes (SPF evaluation included) and every connection
// tls-check opens resolve through it, so `--dns-server HOST[:PORT]` is honoured everywhere. Node's own
// dns.promises.Resolver (c-ares) does the wire work: UDP, and TCP when an answer is truncated.
import { Resolver } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { UsageError } from '../errors.ts';

export const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * What one query found. `nxdomain`: the name does not exist; `nodata`: it exists without records of this type
 * (both are "void" lookups for SPF); `error`: no usable answer (timeout, SERVFAIL, refused).
 */
export interface Answer {
  name: string;
  type: RecordType;
  status: 'ok' | 'nxdomain' | 'nodata' | 'error';
  /** Records as text: addresses, host names, "10 mx.example.com", joined TXT strings, "0 issue ca.example". */
  values: string[];
  /** The resolver's code when status is error (ETIMEOUT, ESERVFAIL, ECONNREFUSED…). */
  code?: string;
}

export interface DnsClientOptions {
  /** "HOST[:PORT]" or "[v6]:PORT"; empty: the machine's resolvers. */
  server?: string;
  /** Per try, in ms. Default 3000. */
  timeoutMs?: number;
  /** Tries per query (c-ares counts the first). Default 2. */
  tries?: number;
}

export interface DnsClient {
  /** The server queried, "HOST:PORT", or "system". */
  readonly server: string;
  /** Queries sent so far. */
  readonly queryCount: number;
  query(name: string, type: RecordType): Promise<Answer>;
  /**
   * A net/tls `lookup` resolving through the chosen server; undefined when none was chosen, so connections use
   * the system's lookup (which also reads /etc/hosts).
   */
  readonly lookup: LookupFunction | undefined;
}

/** "1.1.1.1", "127.0.0.1:5353", "[::1]:53", "::1" → the form Resolver#setServers takes. */
export function parseDnsServer(value: string, flag = '--dns-server'): string {
  const raw = value.trim();
  const bracketed = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(raw);
  const hostPort = /^([^:]+)(?::(\d+))?$/.exec(raw);
  let host: string | undefined;
  let port: string | undefined;
  if (bracketed) [, host, port] = bracketed;
  else if (isIP(raw) === 6) host = raw;
  else if (hostPort) [, host, port] = hostPort;
  if (host === undefined || isIP(host) === 0) {
    throw new UsageError(
      `${flag} expects an IP address with an optional port, e.g. 1.1.1.1 or 127.0.0.1:5353, got '${raw}'`,
    );
  }
  const portNumber = port === undefined ? 53 : Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535) {
    throw new UsageError(`${flag}: the port must be 1-65535, got '${port}'`);
  }
  return isIP(host) === 6 ? `[${host}]:${portNumber}` : `${host}:${portNumber}`;
}

const CAA_TAGS = ['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'] as const;
const NO_NAME = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NO_DATA = new Set(['ENODATA']);

export function createDnsClient(options: DnsClientOptions = {}): DnsClient {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 3_000, tries: options.tries ?? 2 });
  const server = options.server?.trim() ? parseDnsServer(options.server) : undefined;
  if (server !== undefined) resolver.setServers([server]);
  let queryCount = 0;

  async function query(name: string, type: RecordType): Promise<Answer> {
    queryCount += 1;
    const base = { name, type };
    try {
      const values = await resolveText(resolver, name, type);
      return { ...base, status: values.length === 0 ? 'nodata' : 'ok', values };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
      if (NO_NAME.has(code)) return { ...base, status: 'nxdomain', values: [] };
      if (NO_DATA.has(code)) return { ...base, status: 'nodata', values: [] };
      return { ...base, status: 'error', values: [], code };
    }
  }

  const lookup: LookupFunction | undefined =
    server === undefined
      ? undefined
      : (hostname, lookupOptions, callback) => {
          const done = callback as (
            error: NodeJS.ErrnoException | null,
            address: string | { address: string; family: number }[],
            family?: number,
          ) => void;
          addressesOf(hostname, lookupOptions.family).then(
            (addresses) => {
              if (addresses.length === 0) {
                const error: NodeJS.ErrnoException = new Error(`queryA ENOTFOUND ${hostname} (via ${server})`);
                error.code = 'ENOTFOUND';
                done(error, '', 0);
              } else if (lookupOptions.all) done(null, addresses);
              else done(null, addresses[0]!.address, addresses[0]!.family);
            },
            (error: NodeJS.ErrnoException) => done(error, '', 0),
          );
        };

  async function addressesOf(hostname: string, family: unknown): Promise<{ address: string; family: number }[]> {
    const literal = isIP(hostname.replace(/^\[|\]$/g, ''));
    if (literal !== 0) return [{ address: hostname.replace(/^\[|\]$/g, ''), family: literal }];
    const wanted = family === 4 || family === 'IPv4' ? [4] : family === 6 || family === 'IPv6' ? [6] : [4, 6];
    const answers = await Promise.all(wanted.map((f) => query(hostname, f === 4 ? 'A' : 'AAAA')));
    const failed = answers.find((a) => a.status === 'error');
    const found = answers.flatMap((a, i) => a.values.map((address) => ({ address, family: wanted[i]! })));
    if (found.length === 0 && failed !== undefined) {
      throw Object.assign(new Error(`DNS lookup of ${hostname} via ${server} failed (${failed.code})`), {
        code: failed.code === 'ETIMEOUT' ? 'EAI_AGAIN' : failed.code,
      });
    }
    return found;
  }

  return {
    server: server ?? 'system',
    get queryCount() {
      return queryCount;
    },
    query,
    lookup,
  };
}

async function resolveText(resolver: Resolver, name: string, type: RecordType): Promise<string[]> {
  switch (type) {
    case 'A':
      return resolver.resolve4(name);
    case 'AAAA':
      return resolver.resolve6(name);
    case 'CNAME':
      return (await resolver.resolveCname(name)).map(hostName);
    case 'NS':
      return (await resolver.resolveNs(name)).map(hostName);
    case 'MX':
      return (await resolver.resolveMx(name))
        .sort((a, b) => a.priority - b.priority)
        .map((mx) => `${mx.priority} ${hostName(mx.exchange)}`);
    case 'TXT':
      // A TXT record may be split into several strings: they form one value (RFC 7208 §3.3).
      return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
    case 'CAA':
      return (await resolver.resolveCaa(name)).map((caa) => {
        const record = caa as { critical: number } & Record<string, unknown>;
        const tag = CAA_TAGS.find((t) => typeof record[t] === 'string') ?? 'issue';
        return `${record.critical} ${tag} ${String(record[tag] ?? '')}`;
      });
  }
}

/** Lower case, no trailing dot: how names are compared. */
export function hostName(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}
