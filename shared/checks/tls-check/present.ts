// tls-check's tables: the certificate facts and the redirect chain hop by hop; the days-left output.
import { oneLine } from '../../report/escape.ts';
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import type { TlsDetails } from './details.ts';

function detailsOf(report: Report): Partial<TlsDetails> {
  return (report.details ?? {}) as Partial<TlsDetails>;
}

export function presentTls(report: Report): Table[] {
  return tablesOf(report).map((table) => ({
    ...table,
    rows: table.rows.map((row) => row.map((cell) => oneLine(cell, 1000))),
  }));
}

function tablesOf(report: Report): Table[] {
  const details = detailsOf(report);
  const tables: Table[] = [];
  const cert = details.certificate;
  if (cert !== undefined) {
    tables.push({
      title: 'Certificate',
      columns: ['Fact', 'Value'],
      rows: [
        ['Host', `${cert.host}:${cert.port}`],
        ['Issuer', cert.issuer],
        ['Names covered', cert.names.join(', ') || cert.subject],
        ['Not after', cert.notAfter],
        ['Days left', `${cert.daysLeft} of a ${cert.lifetimeDays}-day lifetime`],
        ['Key', cert.key],
        ['Signature', cert.signatureAlgorithm],
        [
          'Protocol',
          `${cert.protocol}${cert.protocols.tls10or11 ? '; accepts TLS 1.0/1.1' : ''}${cert.protocols.tls13 ? '' : '; no TLS 1.3'}`,
        ],
        ['Trusted', cert.trustError === undefined ? 'yes' : `no (${cert.trustError})`],
        ['Chain', cert.chain.map((c) => `${c.subject} ← ${c.issuer}`).join(' | ')],
      ],
    });
  }
  if (details.redirects?.length) {
    tables.push({
      title: `Redirects from ${details.httpUrl}`,
      columns: ['Hop', 'URL', 'Status', 'Location'],
      rows: details.redirects.map((step, index) => [
        String(index + 1),
        step.url,
        step.status === undefined ? (step.problem ?? '—') : String(step.status),
        step.location ?? step.problem ?? '—',
      ]),
    });
  }
  return tables;
}

export function tlsOutputs(report: Report): Record<string, string> {
  const cert = detailsOf(report).certificate;
  return { 'days-left': cert === undefined ? '' : String(cert.daysLeft) };
}
