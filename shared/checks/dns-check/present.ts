// dns-check's tables (records expected vs found, mail-authentication verdicts, the SPF chain) and outputs.
import { oneLine } from '../../report/escape.ts';
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import type { DnsDetails, SpfNode } from './details.ts';

function detailsOf(report: Report): Partial<DnsDetails> {
  return (report.details ?? {}) as Partial<DnsDetails>;
}

const VERDICT_WORDS: Record<string, string> = {
  ok: 'ok',
  missing: 'missing',
  mismatch: 'different value',
  'apex-cname': 'CNAME at the apex',
  'dangling-cname': 'dangling CNAME',
};

function chainRows(node: SpfNode, depth: number, rows: string[][]): void {
  rows.push([
    `${'  '.repeat(depth)}${node.domain}`,
    node.record ?? node.problem ?? '—',
    String(node.lookups),
    String(node.voidLookups),
  ]);
  for (const child of node.children) chainRows(child, depth + 1, rows);
}

export function presentDns(report: Report): Table[] {
  return tablesOf(report).map((table) => ({
    ...table,
    rows: table.rows.map((row) => row.map((cell) => oneLine(cell, 1000))),
  }));
}

function tablesOf(report: Report): Table[] {
  const details = detailsOf(report);
  const tables: Table[] = [];
  if (details.records?.length) {
    tables.push({
      title: 'DNS records',
      columns: ['Name', 'Type', 'Expected', 'Found', 'Verdict'],
      rows: details.records.map((row) => [
        row.name,
        row.type,
        row.expected,
        row.found.length === 0 ? '—' : row.found.join(', '),
        VERDICT_WORDS[row.verdict] ?? row.verdict,
      ]),
    });
  }
  if (details.mail?.length) {
    tables.push({
      title: 'Mail authentication',
      columns: ['Record', 'Verdict'],
      rows: details.mail.map((m) => [m.what, m.verdict]),
    });
  }
  if (details.spf?.chain !== undefined) {
    const rows: string[][] = [];
    chainRows(details.spf.chain, 0, rows);
    tables.push({
      title: `SPF chain: ${details.spf.truncated ? 'more than ' : ''}${details.spf.lookups} DNS lookup(s) (limit 10), ${details.spf.voidLookups} void (limit 2)`,
      columns: ['Domain', 'Record', 'Lookups', 'Void'],
      rows,
      collapsed: true,
    });
  }
  return tables;
}

export function dnsOutputs(report: Report): Record<string, string> {
  const spf = detailsOf(report).spf;
  return { 'spf-lookups': spf === undefined || spf.records.length !== 1 ? '' : String(spf.lookups) };
}
