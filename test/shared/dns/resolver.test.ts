// The shared DNS client against a real DNS server on 127.0.0.1 (UDP, and TCP for truncated answers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDnsClient, parseDnsServer } from '../../../shared/dns/resolver.ts';
import { startZoneServer, type ZoneServer } from '../../../shared/dns/zone-server.ts';
import { UsageError } from '../../../shared/errors.ts';

let server: ZoneServer;
beforeAll(async () => {
  server = await startZoneServer([
    { name: 'shop.test', type: 'A', value: '127.0.0.1' },
    { name: 'shop.test', type: 'MX', value: '20 backup.shop.test' },
    { name: 'shop.test', type: 'MX', value: '10 mx.shop.test' },
    { name: 'shop.test', type: 'CAA', value: '0 issue letsencrypt.org' },
    { name: 'www.shop.test', type: 'CNAME', value: 'shop.test' },
    // Longer than any UDP answer the resolver accepts: the server truncates, the client retries over TCP.
    { name: 'big.shop.test', type: 'TXT', value: `v=verify ${'x'.repeat(3000)}` },
  ]);
});
afterAll(() => server.close());

describe('parseDnsServer', () => {
  it('takes HOST, HOST:PORT and [v6]:PORT', () => {
    expect(parseDnsServer('1.1.1.1')).toBe('1.1.1.1:53');
    expect(parseDnsServer('127.0.0.1:5353')).toBe('127.0.0.1:5353');
    expect(parseDnsServer('[::1]:5353')).toBe('[::1]:5353');
    expect(parseDnsServer('::1')).toBe('[::1]:53');
  });

  it('rejects a host name or a bad port with one line that says what to pass', () => {
    expect(() => parseDnsServer('dns.google')).toThrow(UsageError);
    expect(() => parseDnsServer('1.1.1.1:99999')).toThrow(/port must be 1-65535/);
  });
});

describe('createDnsClient', () => {
  it('answers through the chosen server: records, NXDOMAIN and NODATA told apart', async () => {
    const client = createDnsClient({ server: server.address, timeoutMs: 2000 });
    expect(await client.query('shop.test', 'A')).toMatchObject({ status: 'ok', values: ['127.0.0.1'] });
    expect((await client.query('shop.test', 'MX')).values).toEqual(['10 mx.shop.test', '20 backup.shop.test']);
    expect((await client.query('shop.test', 'CAA')).values).toEqual(['0 issue letsencrypt.org']);
    expect((await client.query('www.shop.test', 'CNAME')).values).toEqual(['shop.test']);
    expect((await client.query('nothing.shop.test', 'A')).status).toBe('nxdomain');
    expect((await client.query('shop.test', 'AAAA')).status).toBe('nodata');
    expect(server.queries.some((q) => q.question === 'A nothing.shop.test')).toBe(true);
  });

  it('retries a truncated answer over TCP and joins the TXT strings', async () => {
    const client = createDnsClient({ server: server.address, timeoutMs: 2000 });
    const answer = await client.query('big.shop.test', 'TXT');
    expect(answer.values[0]).toHaveLength(3009);
    const transports = server.queries.filter((q) => q.question === 'TXT big.shop.test').map((q) => q.transport);
    expect(transports).toContain('tcp');
  });

  it('gives connections a lookup that resolves through the server (CNAMEs followed)', async () => {
    const client = createDnsClient({ server: server.address, timeoutMs: 2000 });
    const found = await new Promise((resolve, reject) =>
      client.lookup!('www.shop.test', { all: true }, (error, addresses) =>
        error ? reject(error) : resolve(addresses),
      ),
    );
    expect(found).toEqual([{ address: '127.0.0.1', family: 4 }]);
    const missing = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      client.lookup!('gone.shop.test', {}, (error) => resolve(error)),
    );
    expect(missing?.code).toBe('ENOTFOUND');
  });

  it('reports a server that does not answer as an error within its bounded timeout', async () => {
    const client = createDnsClient({ server: '127.0.0.1:9', timeoutMs: 200, tries: 1 });
    const answer = await client.query('shop.test', 'A');
    expect(answer.status).toBe('error');
  });
});
