// The demo shop's domain, served by an embedded DNS server on 127.0.0.1, and its HTTPS certificate from a demo
// CA. Planted mistakes: no DMARC record (dns-check), a certificate with 5 days left (tls-check). Everything else
// is right, so the report shows only what a founder would have to fix.
import { generateKeyPairSync } from 'node:crypto';
import { startZoneServer, type ZoneServer } from '../dns/zone-server.ts';
import { issueCert, makeCa, pemChain } from './pki.ts';

export const DEMO_DOMAIN = 'demo-shop.test';
export const DEMO_DKIM_SELECTOR = 'resend';

export interface DemoDomain {
  dns: ZoneServer;
  /** The chain and key the storefront serves over HTTPS. */
  tls: { cert: string; key: string };
  /** The demo CA's certificate: what --ca-file trusts. */
  caPem: string;
  close(): Promise<void>;
}

const DAY = 24 * 60 * 60 * 1000;

export async function startDemoDomain(): Promise<DemoDomain> {
  const dkim = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
  const dns = await startZoneServer([
    { name: DEMO_DOMAIN, type: 'A', value: '127.0.0.1' },
    { name: `www.${DEMO_DOMAIN}`, type: 'CNAME', value: DEMO_DOMAIN },
    { name: DEMO_DOMAIN, type: 'MX', value: `10 mx.${DEMO_DOMAIN}` },
    { name: `mx.${DEMO_DOMAIN}`, type: 'A', value: '127.0.0.1' },
    { name: DEMO_DOMAIN, type: 'TXT', value: 'v=spf1 ip4:127.0.0.1 mx -all' },
    {
      name: `${DEMO_DKIM_SELECTOR}._domainkey.${DEMO_DOMAIN}`,
      type: 'TXT',
      value: `v=DKIM1; k=rsa; p=${dkim.toString('base64')}`,
    },
    // Planted: no _dmarc record.
  ]);
  const ca = await makeCa('launch-ready Demo Root CA');
  const intermediate = await issueCert({ issuer: ca, names: ['launch-ready Demo Issuing CA'], ca: true });
  const now = Date.now();
  // Planted: a 90-day certificate whose renewal failed, 5 days before it lapses.
  const leaf = await issueCert({
    issuer: intermediate,
    names: [DEMO_DOMAIN, `www.${DEMO_DOMAIN}`],
    notBefore: new Date(now - 85 * DAY),
    notAfter: new Date(now + 5 * DAY),
  });
  return {
    dns,
    tls: { cert: pemChain(leaf.cert, intermediate.cert), key: leaf.key },
    caPem: ca.cert,
    close: () => dns.close(),
  };
}
