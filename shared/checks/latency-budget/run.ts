// The latency budget: plan a bounded, paced load, send it through the one probe, and judge each endpoint's
// percentiles against its budgets and the last good run.
import { createProbe, type Probe, type ProbeOptions } from '../../http/probe.ts';
import { siteUrl } from '../../http/site-url.ts';
import { type Finding, type Report, sortFindings } from '../../report/model.ts';
import type { CheckContext } from '../definition.ts';
import { statusMatches } from '../smoke-test/expect.ts';
import { type Baseline, readBaseline, saveBaseline } from './baseline.ts';
import { endpointKey, type LatencyDetails, type LoadPlan } from './details.ts';
import { CHECK, type Judged, judgeEndpoint, planFindings, rateLimitFindings } from './judge.ts';
import type { LatencyOptions } from './options.ts';
import { planSchedule, planTargets, type Target } from './plan.ts';
import { histogram } from './present.ts';
import { parseRoute, probeRateLimit } from './rate-limit.ts';
import { type Answer, type LoadResult, runClosed, runOpen } from './schedule.ts';
import { quantile, round, sortedCopy } from './stats.ts';

/** What tests (and only tests) change. */
export interface LatencyOverrides {
  probe?: Pick<ProbeOptions, 'lookup' | 'ca' | 'insecure' | 'allowH2'>;
}

/** Bodies are not checked, only timed: keep a little (for a failure's message), read the rest to the end. */
const KEPT_BODY_BYTES = 1024;

export async function runLatency(
  options: LatencyOptions,
  context: CheckContext,
  overrides: LatencyOverrides = {},
): Promise<Report<LatencyDetails>> {
  const site = siteUrl(options.baseUrl, { param: 'base-url', config: 'latency.baseUrl' }, context, {
    check: 'latency-budget',
    verb: 'measure',
  });
  const baseUrl = site.href.replace(/\/+$/, '');
  const targets = planTargets(options, baseUrl, context.redactor);
  if (options.rateLimitProbe !== '') parseRoute(options.rateLimitProbe);
  const { plan, slots } = planSchedule(options, targets);
  logPlan(context, plan, options);
  if (options.dryRun) return dryRunReport(baseUrl, plan);
  const baseline = options.baseline === '' ? null : await readBaseline(context.cwd, options.baseline);

  const probe = createProbe({
    timeoutMs: options.timeoutMs,
    maxBodyBytes: KEPT_BODY_BYTES,
    drainBody: true,
    maxRedirects: 0,
    userAgent: 'launch-ready-latency-budget (+https://github.com/launch-ready)',
    ...overrides.probe,
  });
  let load: LoadResult;
  let rateLimit: LatencyDetails['rateLimit'] = null;
  try {
    const send = (index: number) => sendOne(probe, targets[index]!, options.timeoutMs);
    const caps = { maxInFlight: options.maxInFlight, maxDurationMs: options.maxDuration * 1000 };
    load =
      plan.model === 'open'
        ? await runOpen(slots, send, caps)
        : await runClosed(slots, send, caps, options.concurrency);
    if (options.rateLimitProbe !== '') {
      context.log(`rate-limit probe: a burst of ${options.burst} requests to ${options.rateLimitProbe}`);
      rateLimit = await probeRateLimit(probe, baseUrl, options.rateLimitProbe, options.burst, options.timeoutMs);
    }
  } finally {
    await probe.close();
  }

  const judged = targets.map((target, index) =>
    judgeEndpoint(
      target,
      load.samples.filter((s) => s.target === index),
      { baseUrl, maxErrorRate: options.maxErrorRate, regression: options.regression, baseline },
    ),
  );
  for (const { result } of judged) {
    context.log(
      `${result.method} ${result.path}: ${result.requests} requests, ${result.errors} errors, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms: ${result.verdict}`,
    );
  }
  const findings = [
    ...judged.flatMap((j) => j.findings),
    ...planFindings(plan, baseUrl, load.stoppedEarly),
    ...(rateLimit === null ? [] : rateLimitFindings(rateLimit, baseUrl)),
  ];
  const report = buildReport(baseUrl, plan, judged, findings, {
    stoppedEarly: load.stoppedEarly,
    lags: load.samples.map((s) => s.lagMs),
    rateLimit,
    baseline,
  });
  const scrubbed = context.redactor.scrubDeep(report);
  if (options.saveBaseline !== '') {
    await saveBaseline(context.cwd, options.saveBaseline, scrubbed);
    context.log(`baseline written to ${options.saveBaseline}`);
  }
  return scrubbed;
}

async function sendOne(probe: Probe, target: Target, timeoutMs: number): Promise<Answer> {
  const result = await probe.request({
    url: target.url,
    method: target.method,
    headers: target.headers,
    body: target.body,
    followRedirects: false,
    timeoutMs,
  });
  // timings.total runs from the probe's start to the last byte: the service time. It is measured inside the
  // probe, before the probe yields to the event loop, so a busy loop after the answer does not add to it.
  const serviceMs = result.timings.total;
  if (result.failure !== undefined) {
    return { serviceMs, error: { kind: result.failure.kind, message: result.failure.message } };
  }
  const status = result.status ?? 0;
  if (!statusMatches(status, target.status))
    return { serviceMs, status, error: { kind: 'status', message: `HTTP ${status}` } };
  return { serviceMs, status };
}

function logPlan(context: CheckContext, plan: LoadPlan, options: LatencyOptions): void {
  const pace =
    plan.model === 'open'
      ? `at ${plan.rate}/s per endpoint (open model: latency from each request's scheduled start), about ${plan.expectedSeconds} s`
      : `with ${plan.concurrency} back-to-back workers per endpoint (closed model: under-reports stalls)`;
  context.log(
    `${options.dryRun ? 'dry run, nothing sent: would send' : 'sending'} ${plan.totalRequests} requests to ${plan.endpoints.length} endpoint(s) ${pace}; caps ${plan.caps.maxRequests} requests, ${plan.caps.maxDurationS} s, ${plan.caps.maxInFlight} in flight${plan.cappedBy ? ` (cut by ${plan.cappedBy})` : ''}`,
  );
  for (const endpoint of plan.endpoints) {
    context.log(`  ${endpoint.method} ${endpoint.path}: ${endpoint.warmup} warm-up + ${endpoint.requests} measured`);
  }
}

function emptyDetails(baseUrl: string, plan: LoadPlan, dryRun: boolean): LatencyDetails {
  return {
    baseUrl,
    dryRun,
    plan,
    endpoints: [],
    stoppedEarly: null,
    schedulerLagMs: null,
    histograms: {},
    samples: {},
    rateLimit: null,
  };
}

function dryRunReport(baseUrl: string, plan: LoadPlan): Report<LatencyDetails> {
  const duration = plan.model === 'open' ? `about ${plan.expectedSeconds} s` : 'as long as the server takes';
  return {
    check: CHECK,
    ok: true,
    summary: `Dry run: would send ${plan.totalRequests} requests to ${plan.endpoints.length} endpoint(s) on ${baseUrl} over ${duration}; nothing was sent`,
    findings: [],
    metrics: { requests: 0, plannedRequests: plan.totalRequests, expectedSeconds: plan.expectedSeconds },
    details: emptyDetails(baseUrl, plan, true),
  };
}

function buildReport(
  baseUrl: string,
  plan: LoadPlan,
  judged: Judged[],
  findings: Finding[],
  extra: {
    stoppedEarly: string | null;
    lags: number[];
    rateLimit: LatencyDetails['rateLimit'];
    baseline: Baseline | null;
  },
): Report<LatencyDetails> {
  const details = emptyDetails(baseUrl, plan, false);
  details.endpoints = judged.map((j) => j.result);
  details.stoppedEarly = extra.stoppedEarly;
  details.rateLimit = extra.rateLimit;
  if (extra.lags.length > 0) {
    const lags = sortedCopy(extra.lags);
    details.schedulerLagMs = {
      p50: round(quantile(lags, 0.5)),
      p99: round(quantile(lags, 0.99)),
      max: round(lags[lags.length - 1]!),
    };
  }
  for (const { result, latencies } of judged) {
    const key = endpointKey(result);
    details.histograms[key] = histogram(latencies);
    details.samples[key] = latencies.map(round);
  }
  const sorted = sortFindings(findings);
  const failing = judged.filter((j) => j.result.verdict === 'over budget' || j.result.verdict === 'too many errors');
  const requests = judged.reduce((sum, j) => sum + j.result.requests, 0);
  const errors = judged.reduce((sum, j) => sum + j.result.errors, 0);
  const worstP95 = Math.max(0, ...judged.map((j) => j.result.latencyMs.p95 ?? 0));
  const pace = plan.model === 'open' ? `at ${plan.rate}/s per endpoint` : `closed model, ${plan.concurrency} workers`;
  const summary =
    failing.length === 0
      ? `${judged.length} endpoint(s) within budget on ${baseUrl}: ${requests} requests ${pace}, ${errors} errors, worst p95 ${Math.round(worstP95)} ms`
      : `${failing.length} of ${judged.length} endpoint(s) over budget on ${baseUrl}: ${failing.map((j) => `${j.result.method} ${j.result.path} (${j.result.verdict})`).join(', ')}`;
  return {
    check: CHECK,
    ok: failing.length === 0,
    summary,
    findings: sorted,
    metrics: {
      endpoints: judged.length,
      requests,
      errors,
      worstP95Ms: Math.round(worstP95),
      schedulerLagP99Ms: details.schedulerLagMs?.p99 ?? 0,
    },
    details,
  };
}
