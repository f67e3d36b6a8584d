// A small authoritative DNS server on 127.0.0.1, over UDP and TCP on one port, for the demo's domain and the
// tests' zones. It answers as a recursive resolver would for its own names: CNAMEs are chased inside the zone,
// a name with no records at or below it is NXDOMAIN, an existing name without the asked type is NODATA.
// UDP answers larger than the client's EDNS size are truncated (TC) by dns2, so clients retry over TCP.
import { type AddressInfo, createServer, Socket } from 'node:net';
import type DNS from 'dns2';
import dns2 from 'dns2';

const { Packet } = dns2;

export const ZONE_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'CAA', 'NS'] as const;
export type ZoneType = (typeof ZONE_TYPES)[number];

/** One record. MX values are "10 mail.example.com", CAA "0 issue letsencrypt.org", TXT the text itself. */
export interface ZoneRecord {
  name: string;
  type: ZoneType;
  value: string;
}

export interface ZoneServer {
  /** "127.0.0.1:PORT", as --dns-server takes it. */
  address: string;
  port: number;
  /** Questions answered so far (tests assert which lookups went through this server, and how). */
  queries: { question: string; transport: 'udp' | 'tcp' }[];
  close(): Promise<void>;
}

const TTL = 60;
const MAX_CNAME_CHAIN = 8;

const normal = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** TXT strings longer than 255 bytes are sent as several character-strings, as zone files split them. */
function txtChunks(text: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 255) chunks.push(text.slice(i, i + 255));
  return chunks.length > 0 ? chunks : [''];
}

function answer(name: string, record: ZoneRecord): Record<string, unknown> {
  const base = { name, type: Packet.TYPE[record.type], class: Packet.CLASS.IN, ttl: TTL };
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { ...base, address: record.value };
    case 'CNAME':
      return { ...base, domain: normal(record.value) };
    case 'NS':
      return { ...base, ns: normal(record.value) };
    case 'MX': {
      const [priority, exchange] = record.value.trim().split(/\s+/);
      return { ...base, priority: Number(priority), exchange: normal(exchange ?? '') };
    }
    case 'TXT':
      return { ...base, data: txtChunks(record.value) };
    case 'CAA': {
      const [flags, tag, ...rest] = record.value.trim().split(/\s+/);
      return { ...base, flags: Number(flags), tag: tag ?? 'issue', value: rest.join(' ').replace(/^"|"$/g, '') };
    }
  }
}

export async function startZoneServer(records: readonly ZoneRecord[]): Promise<ZoneServer> {
  const zone = records.map((r) => ({ ...r, name: normal(r.name) }));
  const queries: ZoneServer['queries'] = [];
  const exists = (name: string): boolean => zone.some((r) => r.name === name || r.name.endsWith(`.${name}`));

  const handle: DNS.DnsHandler = (request, send, client) => {
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    const question = request.questions[0];
    if (question === undefined) return void send(response);
    const typeName = Packet.TYPE_NAME[question.type] ?? String(question.type);
    queries.push({
      question: `${typeName} ${normal(question.name)}`,
      transport: client instanceof Socket ? 'tcp' : 'udp',
    });
    let name = normal(question.name);
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const here = zone.filter((r) => r.name === name);
      const wanted = here.filter((r) => r.type === typeName);
      const cname = here.find((r) => r.type === 'CNAME');
      if (wanted.length > 0 || cname === undefined || typeName === 'CNAME') {
        for (const record of wanted) response.answers.push(answer(name, record) as never);
        if (response.answers.length === 0 && !exists(name)) response.header.rcode = Packet.RCODE.NXDOMAIN;
        break;
      }
      response.answers.push(answer(name, cname) as never);
      name = normal(cname.value);
    }
    send(response);
  };

  // UDP and TCP share one port (as --dns-server names one): take a free TCP port, then bind both to it;
  // another process may grab it in between, so a few tries.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = dns2.createServer({ udp: true, tcp: true, handle });
    try {
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen({ udp: { port, address: '127.0.0.1' }, tcp: { port, address: '127.0.0.1' } }).then(resolve);
      });
    } catch (error) {
      await server.close().catch(() => {});
      if (attempt >= 5) throw error;
      continue;
    }
    return {
      address: `127.0.0.1:${port}`,
      port,
      queries,
      close: async () => {
        await server.close();
      },
    };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
