// From options to what will be sent: the endpoints as requests, their budgets, and the schedule cut to the
// caps (requests and wall time) so a mistyped rate cannot become a load test of production.
import { UsageError } from '../../errors.ts';
import { parseAuthHeader } from '../../http/credentials.ts';
import { oneLine } from '../../report/escape.ts';
import type { Redactor } from '../../report/redact.ts';
import { resolveUrl } from '../smoke-test/run.ts';
import { registerSensitive } from '../smoke-test/sensitive.ts';
import { type LoadPlan, PERCENTILES, type Percentile } from './details.ts';
import type { LatencyOptions, StatusSpec } from './options.ts';

export interface Target {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  status?: StatusSpec;
  budgets: Partial<Record<Percentile, number>>;
}

/** One request of the schedule: which target, when (ms after the start), and whether it is warm-up. */
export interface Slot {
  target: number;
  offsetMs: number;
  warmup: boolean;
}

export function planTargets(options: LatencyOptions, baseUrl: string, redactor: Redactor): Target[] {
  const auth = parseAuthHeader(options.authHeader, redactor);
  const configured = options.endpoints.length > 0 ? options.endpoints : ['/'];
  const targets = configured.map((endpoint): Target => {
    const spec = typeof endpoint === 'string' ? { path: endpoint, method: 'GET', headers: {} } : endpoint;
    const path = spec.path.trim();
    if (/^https?:\/\//i.test(path)) {
      throw new UsageError(`--endpoint takes a path under --base-url, e.g. /api/products, got "${oneLine(path, 60)}"`);
    }
    const headers: Record<string, string> = {
      ...lowerKeys(auth),
      ...lowerKeys(spec.headers),
    };
    let body: string | undefined;
    if ('json' in spec && spec.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(spec.json);
    }
    registerSensitive(headers, 'json' in spec ? spec.json : undefined, redactor);
    const budgets: Partial<Record<Percentile, number>> = {};
    for (const percentile of PERCENTILES) {
      const own = 'p95' in spec ? (spec as Partial<Record<Percentile, number>>)[percentile] : undefined;
      const value = own ?? options[percentile];
      if (value > 0) budgets[percentile] = value;
    }
    const normalised = path.startsWith('/') ? path : `/${path}`;
    return {
      method: spec.method.toUpperCase(),
      path: normalised,
      url: resolveUrl(baseUrl, normalised),
      headers,
      body,
      status: 'status' in spec ? spec.status : undefined,
      budgets,
    };
  });
  const seen = new Set<string>();
  for (const target of targets) {
    const key = `${target.method} ${target.path}`;
    if (seen.has(key)) throw new UsageError(`endpoint ${key} is listed twice: list each endpoint once`);
    seen.add(key);
  }
  return targets;
}

/** Requests per endpoint the options ask for, before the caps. */
export function measuredPerEndpoint(options: LatencyOptions): number {
  return options.duration > 0 ? Math.max(1, Math.round(options.rate * options.duration)) : options.requests;
}

/**
 * The schedule: endpoint i's j-th request at (j + i/k)/rate seconds, so k endpoints interleave evenly instead of
 * firing together. Cut at --max-requests (burst included) and at --max-duration.
 */
export function planSchedule(options: LatencyOptions, targets: readonly Target[]): { plan: LoadPlan; slots: Slot[] } {
  const k = targets.length;
  const perEndpoint = measuredPerEndpoint(options) + options.warmup;
  const burst = options.rateLimitProbe === '' ? 0 : options.burst;
  const closed = options.concurrency > 0;
  const interval = 1000 / options.rate;
  const all: Slot[] = [];
  for (let j = 0; j < perEndpoint; j += 1) {
    for (let i = 0; i < k; i += 1) {
      all.push({ target: i, offsetMs: closed ? 0 : (j + i / k) * interval, warmup: j < options.warmup });
    }
  }
  let cappedBy: LoadPlan['cappedBy'] = null;
  let slots = all;
  const room = Math.max(0, options.maxRequests - burst);
  if (slots.length > room) {
    slots = slots.slice(0, room);
    cappedBy = 'max-requests';
  }
  const limitMs = options.maxDuration * 1000;
  if (!closed && slots.length > 0 && slots[slots.length - 1]!.offsetMs > limitMs) {
    slots = slots.filter((slot) => slot.offsetMs <= limitMs);
    cappedBy = 'max-duration';
  }
  const counts = targets.map((_, i) => slots.filter((s) => s.target === i));
  // The closed model goes as fast as the server answers: no schedule to predict its length from.
  const expectedSeconds = closed ? 0 : slots.length / k / options.rate;
  return {
    slots,
    plan: {
      model: closed ? 'closed' : 'open',
      rate: options.rate,
      concurrency: options.concurrency,
      endpoints: targets.map((target, i) => ({
        method: target.method,
        path: target.path,
        requests: counts[i]!.filter((s) => !s.warmup).length,
        warmup: counts[i]!.filter((s) => s.warmup).length,
      })),
      totalRequests: slots.length + burst,
      expectedSeconds: Math.round(expectedSeconds * 10) / 10,
      caps: { maxInFlight: options.maxInFlight, maxRequests: options.maxRequests, maxDurationS: options.maxDuration },
      cappedBy,
    },
  };
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
