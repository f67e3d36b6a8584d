// The cache audit's own table and outputs: one row per URL, blockers first, with what each cache may do with it.
import { type Finding, type Report, SEVERITIES, severityRank } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import type { CacheDetails, UrlAudit } from './details.ts';
import { duration } from './judge.ts';

function detailsOf(report: Report): Partial<CacheDetails> {
  return (report.details as Partial<CacheDetails> | undefined) ?? {};
}

function worst(row: UrlAudit, findings: Finding[]): Finding | undefined {
  return findings
    .filter(
      (f) => f.location !== undefined && 'url' in f.location && f.location.url === row.url && f.severity !== 'info',
    )
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0];
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round((bytes / 1024) * 10) / 10} KiB`;
}

export function presentCache(report: Report): Table[] {
  const rows = detailsOf(report).urls ?? [];
  if (rows.length === 0) return [];
  const ranked = rows
    .map((row, index) => ({ row, index, top: worst(row, report.findings) }))
    .sort(
      (a, b) =>
        (a.top === undefined ? SEVERITIES.length : severityRank(a.top.severity)) -
          (b.top === undefined ? SEVERITIES.length : severityRank(b.top.severity)) || a.index - b.index,
    );
  const tables: Table[] = [
    {
      title: 'Caching per URL',
      columns: [
        'URL',
        'Kind',
        'Status',
        'Cache-Control',
        'Shared-storable',
        'Browser TTL',
        'CDN TTL',
        'Validators',
        'Encoding, size',
        'CDN status',
        'Verdict',
      ],
      rows: ranked.map(({ row, top }) => [
        row.url,
        row.credentials ? `${row.kind} (with credentials)` : row.kind,
        row.status === null ? '—' : String(row.status),
        [row.cacheControl ?? '(none)', row.cdnCacheControl].filter((v) => v !== null).join('; '),
        row.sharedStorable ? 'yes' : 'no',
        duration(row.ttlSeconds.browser),
        duration(row.ttlSeconds.shared),
        row.validators.join(', ') || '—',
        `${row.encoding}, ${size(row.bytes)}`,
        row.cdn === null
          ? '—'
          : `${row.cdn.name}: ${row.cdn.status ?? '?'}${row.cdn.age ? ` (age ${row.cdn.age} s)` : ''}`,
        row.error !== undefined
          ? `not fetched: ${row.error}`
          : top === undefined
            ? 'ok'
            : `${top.severity}: ${top.title}${top.severity === 'blocker' && top.remediation ? `. Fix: ${top.remediation}` : ''}`,
      ]),
    },
  ];
  const probes = detailsOf(report).probes ?? [];
  if (probes.length > 0) {
    tables.push({
      title: 'Leak probes on private routes',
      columns: ['Probe', 'URL', 'Outcome', 'What it saw'],
      rows: probes.map((p) => [p.probe, p.url, p.outcome, p.detail]),
    });
  }
  const notFetched = detailsOf(report).notFetched;
  if (notFetched !== undefined && notFetched.offSiteHosts.length > 0) {
    tables.push({
      title: `Not audited: ${notFetched.offSite} URL(s) on another site`,
      columns: ['Host', 'Why'],
      rows: notFetched.offSiteHosts.map((host) => [
        host,
        "another site's caching is its owner's to set; if this host serves your own assets (your CDN), add it to asset-hosts",
      ]),
      collapsed: true,
    });
  }
  return tables;
}

export function cacheOutputs(report: Report): Record<string, string> {
  return {
    blockers: String(report.findings.filter((f) => f.severity === 'blocker').length),
    'urls-audited': String(detailsOf(report).urls?.length ?? 0),
  };
}
