// Certificates made on the spot for the demo storefront and the tests: a CA, intermediates and server
// certificates with chosen names and validity (selfsigned signs with a given CA key). Never for production.
import { generate } from 'selfsigned';

export interface Pem {
  cert: string;
  key: string;
}

export interface IssueOptions {
  /** The signer; none: self-signed. */
  issuer?: Pem;
  /** Subject CN is the first; DNS names and IPv4 addresses become subjectAltNames. */
  names: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** A CA (root or intermediate) rather than a server certificate. */
  ca?: boolean;
  keyType?: 'ec' | 'rsa';
  /** RSA only. */
  keySize?: number;
  /** sha256 (default), sha384, sha512, sha1. */
  algorithm?: string;
}

const DAY = 24 * 60 * 60 * 1000;

export async function issueCert(options: IssueOptions): Promise<Pem> {
  const now = Date.now();
  const generated = await generate([{ name: 'commonName', value: options.names[0] ?? 'localhost' }], {
    keyType: options.keyType ?? 'ec',
    ...(options.keyType === 'rsa' ? { keySize: options.keySize ?? 2048 } : { curve: 'P-256' as const }),
    algorithm: options.algorithm ?? 'sha256',
    notBeforeDate: options.notBefore ?? new Date(now - DAY),
    notAfterDate: options.notAfter ?? new Date(now + 60 * DAY),
    ...(options.issuer === undefined ? {} : { ca: { key: options.issuer.key, cert: options.issuer.cert } }),
    extensions: options.ca
      ? [
          { name: 'basicConstraints', cA: true, critical: true },
          { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
        ]
      : [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: options.names.map((name) =>
              /^\d+\.\d+\.\d+\.\d+$/.test(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name },
            ),
          },
        ],
  });
  return { cert: generated.cert, key: generated.private };
}

/** A root CA valid for ten years around now. */
export function makeCa(name: string): Promise<Pem> {
  const now = Date.now();
  return issueCert({ names: [name], ca: true, notBefore: new Date(now - DAY), notAfter: new Date(now + 3650 * DAY) });
}

/** Certificates concatenated as a server sends them (leaf first), one PEM block per line group. */
export function pemChain(...certs: string[]): string {
  return `${certs.map((c) => c.trim()).join('\n')}\n`;
}
