// Figures and verdicts per endpoint, and the findings: over budget only when the whole interval says so,
// errors above the limit, a regression only when it is both large and real.
import type { Finding, Severity } from '../../report/model.ts';
import { type Baseline, compareWithBaseline } from './baseline.ts';
import {
  type EndpointResult,
  type EndpointVerdict,
  endpointKey,
  type Interval,
  type LoadPlan,
  PERCENTILES,
  type Percentile,
  type RateLimitResult,
} from './details.ts';
import type { Target } from './plan.ts';
import type { Sample } from './schedule.ts';
import { figures, levelOf, quantileInterval, sortedCopy } from './stats.ts';

export const CHECK = 'latency-budget';

export interface Judged {
  result: EndpointResult;
  findings: Finding[];
  /** Successful latencies, ms, in schedule order. */
  latencies: number[];
}

export interface JudgeOptions {
  baseUrl: string;
  maxErrorRate: number;
  regression: number;
  baseline: Baseline | null;
}

const pct = (value: number) => `${Math.round(value * 10) / 10} %`;
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);

function finding(
  target: Target,
  ruleId: string,
  severity: Severity,
  title: string,
  message: string,
  remediation: string,
  suffix = '',
): Finding {
  return {
    check: CHECK,
    ruleId,
    severity,
    title,
    message,
    location: { url: target.url },
    remediation,
    fingerprint: `${ruleId}:${endpointKey(target)}${suffix}`,
  };
}

export function describeInterval(interval: Interval | undefined): string {
  if (interval === undefined) return '';
  const lower = interval.lower === null ? '…' : String(Math.round(interval.lower));
  const upper = interval.upper === null ? '…' : String(Math.round(interval.upper));
  return `${lower}–${upper} ms`;
}

export function judgeEndpoint(target: Target, samples: readonly Sample[], options: JudgeOptions): Judged {
  const measured = samples.filter((s) => !s.warmup);
  const ok = measured.filter((s) => s.error === undefined);
  const errors = measured.length - ok.length;
  const latencies = ok.map((s) => s.latencyMs);
  const latencyMs = figures(latencies);
  const serviceMs = figures(ok.map((s) => s.serviceMs));
  const sorted = sortedCopy(latencies);
  const intervals: Partial<Record<Percentile, Interval>> = {};
  const findings: Finding[] = [];
  const name = endpointKey(target);
  let worst: EndpointVerdict = ok.length === 0 ? 'not measured' : 'within budget';
  const raise = (verdict: EndpointVerdict) => {
    const order: EndpointVerdict[] = [
      'within budget',
      'regressed',
      'likely over budget',
      'not measured',
      'too many errors',
      'over budget',
    ];
    if (order.indexOf(verdict) > order.indexOf(worst)) worst = verdict;
  };

  for (const percentile of PERCENTILES) {
    const budget = target.budgets[percentile];
    if (budget === undefined) continue;
    const interval = quantileInterval(sorted, levelOf(percentile));
    intervals[percentile] = interval;
    const point = latencyMs[percentile];
    if (point === null || point <= budget) continue;
    const range = describeInterval(interval);
    const confidence = Math.round(interval.confidence * 100);
    if (interval.lower !== null && interval.lower > budget) {
      raise('over budget');
      findings.push(
        finding(
          target,
          'latency/over-budget',
          'high',
          `${name}: ${percentile} ${ms(point)} is over its ${budget} ms budget`,
          `${percentile} latency ${ms(point)} from the scheduled start over ${ok.length} requests; its ${confidence} % interval ${range} lies wholly above the ${budget} ms budget.`,
          'profile this endpoint under load (slow queries, N+1 calls, cold caches, too few workers) or raise the budget knowingly',
          `:${percentile}`,
        ),
      );
    } else {
      raise('likely over budget');
      findings.push(
        finding(
          target,
          'latency/likely-over-budget',
          'medium',
          `${name}: ${percentile} ${ms(point)} is likely over its ${budget} ms budget`,
          `${percentile} latency ${ms(point)} over ${ok.length} requests, but its ${confidence} % interval ${range} reaches below the ${budget} ms budget.`,
          'likely over budget: raise --requests to be sure',
          `:${percentile}`,
        ),
      );
    }
  }

  const errorRate = measured.length === 0 ? 0 : (errors / measured.length) * 100;
  if (measured.length > 0 && errorRate > options.maxErrorRate) {
    raise('too many errors');
    findings.push(
      finding(
        target,
        'latency/error-rate',
        'high',
        `${name}: ${pct(errorRate)} of requests failed under load`,
        `${errors} of ${measured.length} requests failed (${describeErrors(measured)}); the limit is ${pct(options.maxErrorRate)}. Failed requests are left out of the percentiles.`,
        'check the app logs for this route under load: timeouts and 5xx under a gentle, paced load usually mean exhausted workers or connections',
      ),
    );
  }

  let baseline: EndpointResult['baseline'] = null;
  const entry = options.baseline?.get(name);
  if (entry !== undefined) {
    baseline = compareWithBaseline(latencies, latencyMs.p95, entry, options.regression);
    const change =
      baseline.changePct === null
        ? 'no figure to compare'
        : `${baseline.changePct > 0 ? '+' : ''}${pct(baseline.changePct)}`;
    const interval =
      baseline.differenceInterval === null
        ? 'the baseline has no samples to test the change with'
        : `99 % interval of the difference ${baseline.differenceInterval[0]} to ${baseline.differenceInterval[1]} ms`;
    const figuresText = `p95 ${ms(latencyMs.p95)} now vs ${ms(baseline.p95)} in the baseline (${change}; ${interval})`;
    if (baseline.regressed) {
      raise('regressed');
      findings.push(
        finding(
          target,
          'latency/regression',
          'medium',
          `${name}: p95 regressed ${change} since the baseline`,
          `${figuresText}: slower by more than ${options.regression} % and the change is real at 99 %.`,
          'compare what changed since the baseline run (queries, dependencies, infrastructure) before customers notice',
        ),
      );
    } else {
      findings.push(
        finding(
          target,
          'latency/baseline',
          'info',
          `${name}: p95 ${change} vs the baseline`,
          `${figuresText}: ${baseline.significant ? `the change is real at 99 % but within --regression ${options.regression} %` : 'not a significant change'}.`,
          'nothing to do',
        ),
      );
    }
  }

  return {
    result: {
      path: target.path,
      method: target.method,
      requests: measured.length,
      errors,
      latencyMs,
      serviceMs,
      budgetMs: { ...target.budgets },
      intervals,
      baseline,
      verdict: worst,
    },
    findings,
    latencies,
  };
}

function describeErrors(samples: readonly Sample[]): string {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    if (sample.error === undefined) continue;
    const label = sample.error.kind === 'status' ? sample.error.message : sample.error.kind;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([label, count]) => `${count} × ${label}`)
    .join(', ');
}

export function planFindings(plan: LoadPlan, baseUrl: string, stoppedEarly: string | null): Finding[] {
  const findings: Finding[] = [];
  const base = { check: CHECK, location: { url: baseUrl } };
  if (plan.cappedBy !== null) {
    const cap =
      plan.cappedBy === 'max-requests'
        ? `--max-requests ${plan.caps.maxRequests}`
        : `--max-duration ${plan.caps.maxDurationS} s`;
    findings.push({
      ...base,
      ruleId: 'latency/load-capped',
      severity: 'info',
      title: `The load was cut to ${plan.totalRequests} requests by ${cap}`,
      message: `The requested schedule was larger than the hard cap (${cap}); the figures come from the requests that were sent.`,
      remediation: 'raise the cap knowingly if the larger load was meant (and the site can take it)',
      fingerprint: 'latency/load-capped',
    });
  }
  if (stoppedEarly !== null) {
    findings.push({
      ...base,
      ruleId: 'latency/time-capped',
      severity: 'info',
      title: 'The load stopped at its time cap',
      message: `The load ${stoppedEarly}.`,
      remediation: 'lower --requests or raise --max-duration',
      fingerprint: 'latency/time-capped',
    });
  }
  if (plan.model === 'closed') {
    findings.push({
      ...base,
      ruleId: 'latency/closed-model',
      severity: 'info',
      title: 'Closed model: stalls are under-reported',
      message: `${plan.concurrency} back-to-back workers per endpoint send nothing while the server stalls, so a stall shows as one slow request, not as the many a steady stream of customers would meet.`,
      remediation:
        'drop --concurrency to measure on a fixed schedule (open model) with latency from the scheduled start',
      fingerprint: 'latency/closed-model',
    });
  }
  return findings;
}

export function rateLimitFindings(result: RateLimitResult, baseUrl: string): Finding[] {
  const route = `${result.method} ${result.path}`;
  const location = { url: `${baseUrl}${result.path}` };
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${count} × ${status}`)
    .join(', ');
  if (result.limited === 0) {
    return [
      {
        check: CHECK,
        ruleId: 'latency/no-rate-limit',
        severity: 'medium',
        title: `${route} answered a burst of ${result.sent} requests without a 429`,
        message: `A burst of ${result.sent} requests got ${statuses || 'no answers'}${result.errors > 0 ? ` and ${result.errors} errors` : ''}: nothing limits how fast a bot can hit this route.`,
        remediation:
          'rate-limit this route per IP and per account (your framework, CDN or WAF), answering 429 with Retry-After',
        location,
        fingerprint: `latency/no-rate-limit:${route}`,
      },
    ];
  }
  return [
    {
      check: CHECK,
      ruleId: 'latency/rate-limited',
      severity: 'info',
      title: `${route} rate-limits: 429 from request ${result.firstLimitedAt} of ${result.sent}`,
      message: `${result.limited} of ${result.sent} requests got 429 (${statuses}); Retry-After: ${result.retryAfter ?? 'not sent'}.`,
      remediation:
        result.retryAfter === null
          ? 'send Retry-After with the 429 so well-behaved clients know when to come back'
          : 'nothing to do',
      location,
      fingerprint: `latency/rate-limited:${route}`,
    },
  ];
}
