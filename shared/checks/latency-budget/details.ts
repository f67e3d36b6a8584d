// The JSON shape of a latency-budget report's details: part of the interface (baselines read it back).

export const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/** Milliseconds; null when the endpoint had no successful request. */
export type Figures = Record<Percentile | 'max', number | null>;

/** A distribution-free interval for one percentile; a null end is unbounded (too few samples to bound it). */
export interface Interval {
  lower: number | null;
  upper: number | null;
  /** Two-sided coverage, e.g. 0.9: a whole interval above the budget is over it with 95 % confidence. */
  confidence: number;
}

export interface BaselineComparison {
  /** p95 of the baseline run, ms. */
  p95: number | null;
  /** p95 change in percent (positive: slower now). */
  changePct: number | null;
  /** 99 % bootstrap interval of (p95 now − p95 then), ms; null without the baseline's samples. */
  differenceInterval: [number, number] | null;
  /** True when that interval excludes 0 on the slower side. */
  significant: boolean;
  regressed: boolean;
}

export type EndpointVerdict =
  | 'within budget'
  | 'likely over budget'
  | 'over budget'
  | 'too many errors'
  | 'regressed'
  | 'not measured';

export interface EndpointResult {
  path: string;
  method: string;
  /** Measured requests (warm-up excluded), errors included. */
  requests: number;
  errors: number;
  /** From each request's scheduled start to its last byte (coordinated omission corrected). */
  latencyMs: Figures;
  /** From sending to the last byte. */
  serviceMs: Figures;
  budgetMs: Partial<Record<Percentile, number>>;
  intervals: Partial<Record<Percentile, Interval>>;
  baseline: BaselineComparison | null;
  verdict: EndpointVerdict;
}

export interface RateLimitResult {
  method: string;
  path: string;
  sent: number;
  /** Responses with status 429. */
  limited: number;
  /** 1-based index of the first 429, or null. */
  firstLimitedAt: number | null;
  retryAfter: string | null;
  /** Status → count. */
  statuses: Record<string, number>;
  errors: number;
}

export interface LoadPlan {
  model: 'open' | 'closed';
  /** Requests per second per endpoint (open model). */
  rate: number;
  concurrency: number;
  endpoints: { method: string; path: string; requests: number; warmup: number }[];
  /** Requests the run sends, burst included, after the caps. */
  totalRequests: number;
  /** Seconds the load takes on its schedule (open model); 0 for the closed model, which has none. */
  expectedSeconds: number;
  caps: { maxInFlight: number; maxRequests: number; maxDurationS: number };
  /** Why the plan was cut, when it was. */
  cappedBy: 'max-requests' | 'max-duration' | null;
}

export interface LatencyDetails {
  baseUrl: string;
  dryRun: boolean;
  plan: LoadPlan;
  endpoints: EndpointResult[];
  /** Set when the load stopped before its plan ended (the wall-time cap). */
  stoppedEarly: string | null;
  /** How late the scheduler started requests, ms (p50/p99/max): its precision on this machine. */
  schedulerLagMs: { p50: number; p99: number; max: number } | null;
  /** Histogram per endpoint ("METHOD path" → bucket counts), for the charts. */
  histograms: Record<string, { upperMs: number; count: number }[]>;
  /** Successful latencies per endpoint ("METHOD path" → ms), kept so a later run can test for regression. */
  samples: Record<string, number[]>;
  rateLimit: RateLimitResult | null;
}

export function endpointKey(endpoint: { method: string; path: string }): string {
  return `${endpoint.method} ${endpoint.path}`;
}
