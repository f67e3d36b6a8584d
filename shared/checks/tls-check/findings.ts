// Certificate facts → findings. Lifetime rules follow how ACME clients renew (at two thirds of the lifetime) and
// the shrinking maximum lifetimes (200 days in 2026, 100 in 2027, 47 in 2029): the margin is relative.
import { createHash } from 'node:crypto';
import { oneLine } from '../../report/escape.ts';
import type { Finding, Severity } from '../../report/model.ts';
import type { CertificateFacts } from './details.ts';

export const CHECK = 'tls-check';

export function tlsFinding(
  ruleId: string,
  severity: Severity,
  url: string,
  title: string,
  message: string,
  remediation: string,
  options: { evidence?: string; key?: string } = {},
): Finding {
  let origin = url;
  try {
    origin = new URL(url).origin;
  } catch {
    // keep the text as given
  }
  return {
    check: CHECK,
    ruleId,
    severity,
    title: oneLine(title),
    message: oneLine(message),
    location: { url },
    ...(options.evidence === undefined ? {} : { evidence: oneLine(options.evidence) }),
    remediation,
    fingerprint: createHash('sha256')
      .update(`${CHECK}\0${ruleId}\0${origin}\0${options.key ?? ''}`)
      .digest('hex')
      .slice(0, 16),
  };
}

const UNTRUSTED_WORDS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'the chain ends in a self-signed root no browser trusts',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server does not send the intermediate certificate (missing intermediate)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the issuer is unknown: a missing intermediate, or a private CA',
  UNABLE_TO_GET_ISSUER_CERT: 'the issuer certificate cannot be found: a missing intermediate',
  CERT_UNTRUSTED: 'the chain is not trusted',
  CERT_REVOKED: 'the certificate is revoked',
};

export function certificateFindings(url: string, cert: CertificateFacts, now: number): Finding[] {
  const findings: Finding[] = [];
  const host = cert.host;
  const until = cert.notAfter.slice(0, 10);
  const expired = Date.parse(cert.notAfter) <= now;
  if (expired) {
    findings.push(
      tlsFinding(
        'tls/expired',
        'blocker',
        url,
        `the certificate of ${host} expired on ${until}`,
        `Browsers refuse the site with a full-page warning since ${until}.`,
        "renew the certificate now and fix the auto-renewal (certbot/ACME client, or your host's managed TLS), then reload the server",
        { evidence: `notAfter ${cert.notAfter}` },
      ),
    );
  } else if (Date.parse(cert.notBefore) > now) {
    findings.push(
      tlsFinding(
        'tls/untrusted',
        'blocker',
        url,
        `the certificate of ${host} is not valid before ${cert.notBefore.slice(0, 10)}`,
        'Browsers reject a certificate that is not valid yet.',
        "check the server's clock and the certificate's start date",
        { key: 'not-yet-valid' },
      ),
    );
  }
  if (!cert.hostnameMatches) {
    findings.push(
      tlsFinding(
        'tls/hostname-mismatch',
        'blocker',
        url,
        `the certificate does not cover ${host}`,
        `It covers ${cert.names.join(', ') || cert.subject}: browsers show a privacy error on ${host}.`,
        `issue a certificate that includes ${host} (and www/apex as you serve them), or point ${host} at the server that has one`,
        { evidence: cert.names.join(', ') },
      ),
    );
  }
  if (
    cert.trustError !== undefined &&
    cert.trustError !== 'CERT_HAS_EXPIRED' &&
    cert.trustError !== 'CERT_NOT_YET_VALID'
  ) {
    const why = UNTRUSTED_WORDS[cert.trustError] ?? `verification failed (${cert.trustError})`;
    findings.push(
      tlsFinding(
        'tls/untrusted',
        'blocker',
        url,
        `the certificate chain of ${host} is not trusted: ${why}`,
        `Issued by ${cert.issuer}; the server sent ${cert.chain.length} certificate(s). Browsers and API clients refuse the connection.`,
        cert.trustError === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' || cert.trustError.startsWith('UNABLE_TO_GET_ISSUER')
          ? 'serve the full chain (fullchain.pem, leaf then intermediates), not the leaf alone'
          : "use a certificate from a public CA (Let's Encrypt, or your host's managed TLS)",
        { evidence: cert.trustError },
      ),
    );
  }
  if (!expired) {
    const leftMs = Date.parse(cert.notAfter) - now;
    const lifetimeMs = Date.parse(cert.notAfter) - Date.parse(cert.notBefore);
    const day = 24 * 60 * 60 * 1000;
    const left = `${cert.daysLeft} day(s) left of ${cert.lifetimeDays}`;
    if (leftMs < 7 * day || leftMs < lifetimeMs * 0.1) {
      findings.push(
        tlsFinding(
          'tls/expires-soon',
          'blocker',
          url,
          `the certificate of ${host} expires on ${until} (${left})`,
          'It lapses within days: when it does, browsers refuse the site.',
          'renew now and check why auto-renewal has not (ACME clients renew at two thirds of the lifetime)',
          { evidence: `notAfter ${cert.notAfter}` },
        ),
      );
    } else if (leftMs < Math.min(lifetimeMs / 3, 30 * day)) {
      findings.push(
        tlsFinding(
          'tls/renewal-overdue',
          'high',
          url,
          `the certificate of ${host} should have been renewed: ${left}, expires ${until}`,
          'Automated renewal happens at two thirds of the lifetime (or 30 days before expiry); this one is past that point, so renewal is probably failing.',
          "check the ACME client's logs (certbot renew --dry-run) or your host's certificate status, and renew",
          { evidence: `notAfter ${cert.notAfter}` },
        ),
      );
    }
  }
  const rsaBits = /^RSA (\d+)/.exec(cert.key)?.[1];
  if ((rsaBits !== undefined && Number(rsaBits) < 2048) || /sha1/i.test(cert.signatureAlgorithm)) {
    findings.push(
      tlsFinding(
        'tls/weak-key',
        'high',
        url,
        `the certificate of ${host} uses ${rsaBits !== undefined && Number(rsaBits) < 2048 ? `a ${cert.key}-bit key` : `a ${cert.signatureAlgorithm} signature`}`,
        'RSA keys under 2048 bits and SHA-1 signatures are breakable; browsers reject them.',
        'reissue with an RSA 2048+ or ECDSA P-256 key and a SHA-256 signature',
        { evidence: `${cert.key}, ${cert.signatureAlgorithm}` },
      ),
    );
  }
  if (cert.protocols.tls10or11) {
    findings.push(
      tlsFinding(
        'tls/old-protocol',
        'medium',
        url,
        `${host} accepts TLS 1.0/1.1`,
        'TLS 1.0 and 1.1 are deprecated (RFC 8996) and fail PCI DSS: no current browser needs them.',
        'set the minimum protocol to TLS 1.2 at the server, load balancer or CDN',
        { key: 'tls1.0' },
      ),
    );
  }
  if (!cert.protocols.tls13) {
    findings.push(
      tlsFinding(
        'tls/old-protocol',
        'low',
        url,
        `${host} does not offer TLS 1.3`,
        'TLS 1.3 connects faster (one round trip less) and drops weak ciphers.',
        'enable TLS 1.3 at the server, load balancer or CDN',
        { key: 'tls1.3' },
      ),
    );
  }
  return findings;
}
