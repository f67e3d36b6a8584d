// The latency budget's tables, charts and outputs: one row per endpoint (percentiles, intervals, budget, verdict,
// change vs baseline), the schedule, and per endpoint a distribution chart (Mermaid xychart-beta in the job
// summary) beside a text table whose bar column is the terminal's unicode histogram.
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import { type EndpointResult, endpointKey, type LatencyDetails, PERCENTILES } from './details.ts';

const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value)} ms`;

function detailsOf(report: Report): Partial<LatencyDetails> {
  return (report.details ?? {}) as Partial<LatencyDetails>;
}

/** Bucket upper bounds: 1, 1.5, 2, 3, 4, 5, 7, 10 per decade, so a 5 ms endpoint and a 1 s stall share one chart. */
const STEPS = [1, 1.5, 2, 3, 4, 5, 7];

export function bucketEdges(maxMs: number): number[] {
  const edges: number[] = [];
  for (let decade = 1; edges.length === 0 || edges[edges.length - 1]! < maxMs; decade *= 10) {
    for (const step of STEPS) edges.push(step * decade);
  }
  return edges.filter((_edge, i) => i === 0 || edges[i - 1]! < maxMs);
}

/** Counts per bucket, trimmed to the buckets between the fastest and the slowest sample. */
export function histogram(values: readonly number[]): { upperMs: number; count: number }[] {
  if (values.length === 0) return [];
  const edges = bucketEdges(Math.max(...values));
  const counts = edges.map(() => 0);
  for (const value of values) {
    const index = edges.findIndex((edge) => value <= edge);
    counts[index === -1 ? edges.length - 1 : index]! += 1;
  }
  const first = counts.findIndex((c) => c > 0);
  // One empty bucket is kept in front so the first label says where the counting starts.
  return edges.map((upperMs, i) => ({ upperMs, count: counts[i]! })).slice(Math.max(0, first - 1));
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export function bar(count: number, max: number, width = 30): string {
  if (count === 0 || max === 0) return '';
  const eighths = Math.max(1, Math.round((count / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

function bucketLabel(buckets: { upperMs: number }[], i: number): string {
  const lower = i === 0 ? 0 : buckets[i - 1]!.upperMs;
  return `${lower}–${buckets[i]!.upperMs}`;
}

/** Mermaid text from our own numbers and a title stripped to safe characters (a path is the server's text). */
export function mermaidChart(title: string, buckets: { upperMs: number; count: number }[]): string {
  const safeTitle = title.replace(/[^\w /.:-]/g, '').slice(0, 80);
  return [
    'xychart-beta',
    `  title "${safeTitle}"`,
    `  x-axis "latency (ms)" [${buckets.map((_, i) => `"${bucketLabel(buckets, i)}"`).join(', ')}]`,
    `  y-axis "requests" 0 --> ${Math.max(1, ...buckets.map((b) => b.count))}`,
    `  bar [${buckets.map((b) => b.count).join(', ')}]`,
  ].join('\n');
}

function percentileCell(endpoint: EndpointResult, percentile: (typeof PERCENTILES)[number]): string {
  const point = ms(endpoint.latencyMs[percentile]);
  const interval = endpoint.intervals[percentile];
  if (interval === undefined || endpoint.latencyMs[percentile] === null) return point;
  const lower = interval.lower === null ? '…' : Math.round(interval.lower);
  const upper = interval.upper === null ? '…' : Math.round(interval.upper);
  return `${point} (${lower}–${upper})`;
}

function baselineCell(endpoint: EndpointResult): string {
  const baseline = endpoint.baseline;
  if (baseline === null) return '—';
  if (baseline.changePct === null) return 'no figure';
  const sign = baseline.changePct > 0 ? '+' : '';
  return `${sign}${baseline.changePct} %${baseline.significant ? ' (real)' : ' (noise)'}`;
}

export function presentLatency(report: Report): Table[] {
  const details = detailsOf(report);
  const endpoints = Array.isArray(details.endpoints) ? details.endpoints : [];
  const tables: Table[] = [];
  const plan = details.plan;
  if (plan !== undefined) {
    const pace = plan.model === 'open' ? `${plan.rate}/s` : `${plan.concurrency} workers (closed model)`;
    tables.push({
      title: details.dryRun ? 'Schedule (dry run: nothing sent)' : 'Schedule',
      columns: ['Endpoint', 'Requests', 'Warm-up', 'Pace', 'Expected'],
      rows: [
        ...plan.endpoints.map((e) => [
          `${e.method} ${e.path}`,
          String(e.requests),
          String(e.warmup),
          pace,
          plan.model === 'open' ? `${plan.expectedSeconds} s` : 'as fast as answered',
        ]),
        [
          'total',
          String(plan.totalRequests),
          '',
          '',
          `caps: ${plan.caps.maxRequests} requests, ${plan.caps.maxDurationS} s, ${plan.caps.maxInFlight} in flight${plan.cappedBy ? `; cut by ${plan.cappedBy}` : ''}`,
        ],
      ],
      collapsed: !details.dryRun,
    });
  }
  if (endpoints.length > 0) {
    tables.unshift({
      title: `Latency per endpoint (from the scheduled start; intervals ${Math.round((Object.values(endpoints[0]!.intervals)[0]?.confidence ?? 0.9) * 100)} %)`,
      columns: ['Endpoint', 'Requests', 'Errors', 'p50', 'p90', 'p95', 'p99', 'Budget', 'Verdict', 'vs baseline'],
      rows: endpoints.map((e) => [
        `${e.method} ${e.path}`,
        String(e.requests),
        String(e.errors),
        ...PERCENTILES.map((p) => percentileCell(e, p)),
        Object.entries(e.budgetMs)
          .map(([p, v]) => `${p} ${v} ms`)
          .join(', ') || '—',
        e.verdict,
        baselineCell(e),
      ]),
    });
    tables.push({
      title: 'Service time (send to last byte) and worst case',
      columns: ['Endpoint', 'p50', 'p90', 'p95', 'p99', 'max latency', 'max service'],
      rows: endpoints.map((e) => [
        `${e.method} ${e.path}`,
        ...PERCENTILES.map((p) => ms(e.serviceMs[p])),
        ms(e.latencyMs.max),
        ms(e.serviceMs.max),
      ]),
      collapsed: true,
    });
  }
  for (const endpoint of endpoints) {
    const key = endpointKey(endpoint);
    const buckets = details.histograms?.[key] ?? [];
    if (buckets.length === 0) continue;
    const most = Math.max(...buckets.map((b) => b.count));
    const total = buckets.reduce((sum, b) => sum + b.count, 0);
    tables.push({
      title: `Latency distribution: ${key}`,
      columns: ['Latency (ms)', 'Requests', 'Share', ''],
      rows: buckets.map((b, i) => [
        bucketLabel(buckets, i),
        String(b.count),
        `${Math.round((b.count / total) * 1000) / 10} %`,
        bar(b.count, most),
      ]),
      charts: [mermaidChart(key, buckets)],
    });
  }
  const limit = details.rateLimit;
  if (limit) {
    tables.push({
      title: 'Rate-limit probe',
      columns: ['Route', 'Burst', 'Answers', 'First 429', 'Retry-After'],
      rows: [
        [
          `${limit.method} ${limit.path}`,
          String(limit.sent),
          Object.entries(limit.statuses)
            .map(([status, count]) => `${count} × ${status}`)
            .join(', ') + (limit.errors > 0 ? `, ${limit.errors} errors` : ''),
          limit.firstLimitedAt === null ? 'none' : `request ${limit.firstLimitedAt}`,
          limit.retryAfter ?? '—',
        ],
      ],
    });
  }
  return tables;
}

/** `p95-<slug>`: the path lower-cased, other characters as "-", the method in front when not GET; "/" is root. */
export function endpointSlug(endpoint: { method: string; path: string }): string {
  const path =
    endpoint.path
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'root';
  return endpoint.method === 'GET' ? path : `${endpoint.method.toLowerCase()}-${path}`;
}

export function latencyOutputs(report: Report): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const endpoint of detailsOf(report).endpoints ?? []) {
    const p95 = endpoint.latencyMs.p95;
    outputs[`p95-${endpointSlug(endpoint)}`] = p95 === null ? '' : String(Math.round(p95));
  }
  return outputs;
}
