// Reads the server's certificate chain with Node's tls (verification done here, not by the handshake, so an
// untrusted, expired or wrong-host certificate can still be described), and probes which TLS versions the server
// accepts with separate handshakes pinned by minVersion/maxVersion.
import { X509Certificate } from 'node:crypto';
import type { LookupFunction } from 'node:net';
import tls, { type DetailedPeerCertificate, type SecureVersion } from 'node:tls';
import type { CertificateFacts, ChainCertificate } from './details.ts';

export interface Endpoint {
  host: string;
  port: number;
  ca: string[];
  lookup?: LookupFunction;
  timeoutMs: number;
}

const DAY = 24 * 60 * 60 * 1000;

interface Handshake {
  socket: tls.TLSSocket;
}

/** One TLS handshake; resolves with the open socket (caller ends it) or rejects with the error. */
function handshake(
  endpoint: Endpoint,
  versions: { min?: SecureVersion; max?: SecureVersion } = {},
): Promise<Handshake> {
  return new Promise((resolve, reject) => {
    const isIpHost = /^[\d.]+$|:/.test(endpoint.host);
    const socket = tls.connect({
      host: endpoint.host,
      port: endpoint.port,
      ...(isIpHost ? {} : { servername: endpoint.host }),
      ca: endpoint.ca,
      rejectUnauthorized: false,
      ...(endpoint.lookup === undefined ? {} : { lookup: endpoint.lookup }),
      ...(versions.min === undefined ? {} : { minVersion: versions.min }),
      ...(versions.max === undefined ? {} : { maxVersion: versions.max }),
      // TLS 1.0/1.1 need OpenSSL's security level 0 to be offered at all.
      ...(versions.max === 'TLSv1.1' ? { ciphers: 'DEFAULT:@SECLEVEL=0' } : {}),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        Object.assign(new Error(`TLS handshake with ${endpoint.host}:${endpoint.port} timed out`), {
          code: 'ETIMEDOUT',
        }),
      );
    }, endpoint.timeoutMs);
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      resolve({ socket });
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}

async function accepts(endpoint: Endpoint, min: SecureVersion, max: SecureVersion): Promise<boolean> {
  try {
    const { socket } = await handshake(endpoint, { min, max });
    socket.destroy();
    return true;
  } catch {
    return false;
  }
}

function keyText(cert: X509Certificate): string {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')
    return `RSA ${details.modulusLength ?? '?'}`;
  if (key.asymmetricKeyType === 'ec') return `EC ${details.namedCurve ?? '?'}`;
  return String(key.asymmetricKeyType ?? 'unknown');
}

function commonName(dn: string): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(dn)?.[1] ?? dn.replace(/\n/g, ', ');
}

function chainOf(peer: DetailedPeerCertificate): X509Certificate[] {
  const chain: X509Certificate[] = [];
  const seen = new Set<string>();
  for (
    let current: DetailedPeerCertificate | undefined = peer;
    current?.raw !== undefined;
    current = current.issuerCertificate
  ) {
    if (seen.has(current.fingerprint256) || chain.length >= 10) break;
    seen.add(current.fingerprint256);
    chain.push(new X509Certificate(current.raw));
  }
  return chain;
}

export async function inspectCertificate(endpoint: Endpoint, now = Date.now()): Promise<CertificateFacts> {
  const { socket } = await handshake(endpoint);
  try {
    const peer = socket.getPeerCertificate(true);
    const protocol = socket.getProtocol() ?? 'unknown';
    const trustError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
    const chain = chainOf(peer);
    const leaf = chain[0];
    if (leaf === undefined)
      throw Object.assign(new Error('the server sent no certificate'), { code: 'NO_CERTIFICATE' });
    // Node skips the host check when the chain is untrusted: do it here so both faults are reported.
    const hostnameMatches = tls.checkServerIdentity(endpoint.host, peer) === undefined;
    const notBefore = leaf.validFromDate.getTime();
    const notAfter = leaf.validToDate.getTime();
    const sent: ChainCertificate[] = chain.map((c) => ({
      subject: commonName(c.subject),
      issuer: commonName(c.issuer),
      notAfter: c.validToDate.toISOString(),
    }));
    const names = (leaf.subjectAltName ?? '')
      .split(/,\s*/)
      .map((n) => n.replace(/^(DNS|IP Address):/, ''))
      .filter((n) => n !== '');
    socket.destroy();
    const [old, modern] = await Promise.all([
      accepts(endpoint, 'TLSv1', 'TLSv1.1'),
      protocol === 'TLSv1.3' ? Promise.resolve(true) : accepts(endpoint, 'TLSv1.3', 'TLSv1.3'),
    ]);
    return {
      host: endpoint.host,
      port: endpoint.port,
      subject: commonName(leaf.subject),
      issuer: commonName(leaf.issuer),
      names,
      notBefore: leaf.validFromDate.toISOString(),
      notAfter: leaf.validToDate.toISOString(),
      daysLeft: Math.floor((notAfter - now) / DAY),
      lifetimeDays: Math.round((notAfter - notBefore) / DAY),
      key: keyText(leaf),
      signatureAlgorithm: leaf.signatureAlgorithm ?? 'unknown',
      protocol,
      trusted: trustError === undefined || trustError === 'ERR_TLS_CERT_ALTNAME_INVALID',
      ...(trustError === undefined || trustError === 'ERR_TLS_CERT_ALTNAME_INVALID' ? {} : { trustError }),
      hostnameMatches,
      chain: sent,
      protocols: { tls10or11: old, tls13: modern },
    };
  } finally {
    socket.destroy();
  }
}

/** Node's default trusted roots (bundled, plus NODE_EXTRA_CA_CERTS) and the --ca-file's. */
export function trustedRoots(extraPem: string | undefined): string[] {
  const defaults = tls.getCACertificates('default');
  return extraPem === undefined ? defaults : [...defaults, extraPem];
}

export const MS_PER_DAY = DAY;
