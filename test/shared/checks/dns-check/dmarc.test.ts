// DMARC discovery when a lookup fails (a timeout, SERVFAIL): the zone server used by dns-check.test.ts answers
// every name it serves, so failures are given here by a query function that answers as the resolver does.
import { describe, expect, it } from 'vitest';
import { lookupDmarc, organizationalDomain } from '../../../../shared/checks/dns-check/dmarc.ts';
import type { Answer, RecordType } from '../../../../shared/dns/resolver.ts';

function answers(byName: Record<string, Partial<Answer>>) {
  const asked: string[] = [];
  const query = async (name: string, type: RecordType): Promise<Answer> => {
    asked.push(name);
    return { name, type, status: 'nxdomain', values: [], ...byName[name] };
  };
  return { query, asked };
}

const failed = { status: 'error', code: 'ESERVFAIL' } as const;

describe('DMARC discovery', () => {
  it('does not fall back to the parent when the subdomain lookup failed: that is no proof of no record', async () => {
    const { query, asked } = answers({ '_dmarc.shop.example.com': failed });
    const dmarc = await lookupDmarc(query, 'shop.example.com');
    expect(asked).toEqual(['_dmarc.shop.example.com']);
    expect(dmarc).toMatchObject({ inherited: false, records: [], status: 'error', code: 'ESERVFAIL' });
  });

  it('names a failed lookup at the organizational domain', async () => {
    const { query } = answers({ '_dmarc.example.com': failed });
    const dmarc = await lookupDmarc(query, 'shop.example.com');
    expect(dmarc).toMatchObject({ organizationalDomain: 'example.com', status: 'error', code: 'ESERVFAIL' });
  });

  it('takes the organizational domain from the Public Suffix List, private suffixes included', () => {
    expect(organizationalDomain('a.b.shop.example.co.uk')).toBe('example.co.uk');
    expect(organizationalDomain('mail.myapp.herokuapp.com')).toBe('myapp.herokuapp.com');
    expect(organizationalDomain('co.uk')).toBeUndefined();
  });
});
