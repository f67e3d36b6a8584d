// tls-check: the certificate will not lapse and is trusted for the host, HTTP is redirected to HTTPS the right
// way, and HSTS is on. Every connection resolves through the chosen DNS server and trusts the default roots plus
// the --ca-file.
import { resolve } from 'node:path';
import { createDnsClient } from '../../dns/resolver.ts';
import { UsageError } from '../../errors.ts';
import { readTextFile } from '../../fs/read.ts';
import { createProbe, firstHeader } from '../../http/probe.ts';
import { siteUrl } from '../../http/site-url.ts';
import { describeCounts } from '../../report/describe.ts';
import { isAtLeast, type Report, sortFindings } from '../../report/model.ts';
import { type CheckContext, paramLabel } from '../definition.ts';
import { inspectCertificate, trustedRoots } from './certificate.ts';
import type { TlsDetails } from './details.ts';
import { CHECK, certificateFindings, tlsFinding } from './findings.ts';
import { hstsFindings, parseHsts } from './hsts.ts';
import type { TlsOptions } from './options.ts';
import { redirectFindings, walkRedirects } from './redirects.ts';

/** A CA bundle of every public root is about 200 KB: 4 MiB is room for any real one. */
const MAX_CA_FILE_BYTES = 4 * 1024 * 1024;

async function readCaFile(path: string, context: CheckContext): Promise<string | undefined> {
  if (path.trim() === '') return undefined;
  // A repository's file: a FIFO or a link to /dev/zero is refused, not waited on (shared/fs/read.ts).
  const pem = await readTextFile(resolve(context.cwd, path), {
    maxBytes: MAX_CA_FILE_BYTES,
    what: `CA file (${paramLabel('ca-file', context.source)})`,
    display: path,
  });
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UsageError(`--ca-file: ${path} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return pem;
}

export async function runTls(
  options: TlsOptions,
  context: CheckContext,
  now = Date.now(),
): Promise<Report<TlsDetails>> {
  const parseUrl = (raw: string, param: string, config: string, protocol: 'https:' | 'http:') =>
    siteUrl(raw, { param, config: `tls.${config}` }, context, {
      check: 'tls-check',
      verb: 'check',
      protocols: [protocol],
    });
  const url = parseUrl(options.url, 'url', 'url', 'https:');
  const canonical =
    options.canonical.trim() === '' ? url : parseUrl(options.canonical, 'canonical', 'canonical', 'https:');
  // Without an explicit --http-url, plain http is the same host on port 80, unless url names a port of its own.
  const httpUrl =
    options.httpUrl.trim() !== ''
      ? parseUrl(options.httpUrl, 'http-url', 'httpUrl', 'http:')
      : url.port === ''
        ? new URL(`http://${url.hostname}/`)
        : undefined;
  const dns = createDnsClient({ server: options.dnsServer, timeoutMs: Math.min(options.timeoutMs, 5_000) });
  const ca = trustedRoots(await readCaFile(options.caFile, context));
  context.log(`tls-check: ${url.origin} (DNS via ${dns.server})`);

  const details: TlsDetails = { url: url.href, canonical: canonical.origin, server: dns.server, redirects: [] };
  const findings = [];
  const host = url.hostname.replace(/^\[|\]$/g, '');
  try {
    details.certificate = await inspectCertificate({
      host,
      port: Number(url.port || 443),
      ca,
      ...(dns.lookup ? { lookup: dns.lookup } : {}),
      timeoutMs: options.timeoutMs,
    });
    findings.push(...certificateFindings(url.href, details.certificate, now));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
    details.connectError = `${code}: ${(error as Error).message}`;
    findings.push(
      tlsFinding(
        'tls/untrusted',
        'blocker',
        url.href,
        `no TLS connection to ${url.host} (${code})`,
        `The handshake failed: ${(error as Error).message}.`,
        'check that the server listens for HTTPS on this port, that DNS points at it, and that it has a certificate',
        { key: 'connect' },
      ),
    );
  }

  const probe = createProbe({
    timeoutMs: options.timeoutMs,
    maxRedirects: 0,
    ca,
    ...(dns.lookup ? { lookup: dns.lookup } : {}),
    // The certificate is judged above; here only the redirects and headers matter.
    insecure: true,
  });
  try {
    if (httpUrl !== undefined) {
      details.httpUrl = httpUrl.href;
      details.redirects = await walkRedirects(probe, httpUrl.href);
      findings.push(...redirectFindings(httpUrl.href, canonical.origin, details.redirects));
    }
    if (details.certificate !== undefined) {
      const response = await probe.request({ url: url.href, followRedirects: false });
      if (response.status !== undefined) {
        details.hsts = parseHsts(firstHeader(response.headers, 'strict-transport-security'));
        findings.push(...hstsFindings(url.href, details.hsts));
      }
    }
  } finally {
    await probe.close();
  }
  const sorted = sortFindings(findings);
  const cert = details.certificate;
  return {
    check: CHECK,
    ok: !sorted.some((f) => isAtLeast(f.severity, 'high')),
    summary: `${url.host}: ${describeCounts(sorted)}${cert ? `; certificate expires ${cert.notAfter.slice(0, 10)} (${cert.daysLeft} days left)` : ''}`,
    findings: sorted,
    metrics: cert ? { daysLeft: cert.daysLeft, lifetimeDays: cert.lifetimeDays } : {},
    details,
  };
}
