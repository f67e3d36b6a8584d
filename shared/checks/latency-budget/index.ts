// latency-budget: p95 of the core reads under budget, measured on a fixed schedule (coordinated omission
// corrected), with how sure the verdict is, and no silent regression against the last good run.
// Light on purpose (zod and types): the probe and the scheduler load only when the check runs.
import type { CheckDefinition } from '../definition.ts';
import { type LatencyOptions, latencyOptionsSchema } from './options.ts';
import { latencyOutputs, presentLatency } from './present.ts';

export type { EndpointResult, LatencyDetails } from './details.ts';
export type { LatencyOptions } from './options.ts';
export { latencyOptionsSchema } from './options.ts';

export const latencyBudget: CheckDefinition<LatencyOptions> = {
  name: 'latency-budget',
  description: 'Check p50/p95/p99 of core endpoints against budgets under a paced load, and catch real regressions.',
  configSection: 'latency',
  schema: latencyOptionsSchema,
  params: [
    {
      name: 'base-url',
      key: 'baseUrl',
      type: 'string',
      description: 'The deployed site to measure, e.g. https://shop.example.com (or a preview URL). Required.',
    },
    {
      name: 'endpoint',
      key: 'endpoints',
      type: 'lines',
      description:
        'Path to measure under base-url, e.g. /api/products; repeatable (one per line in an action). Methods, bodies and per-endpoint budgets go in the config.',
    },
    { name: 'p50', key: 'p50', type: 'number', description: 'p50 budget in ms for every endpoint (0: none).' },
    { name: 'p90', key: 'p90', type: 'number', description: 'p90 budget in ms for every endpoint (0: none).' },
    { name: 'p95', key: 'p95', type: 'number', description: 'p95 budget in ms for every endpoint.' },
    { name: 'p99', key: 'p99', type: 'number', description: 'p99 budget in ms for every endpoint (0: none).' },
    {
      name: 'rate',
      key: 'rate',
      type: 'number',
      description:
        'Requests started per second per endpoint on a fixed schedule; latency runs from each scheduled start (at most 1000).',
    },
    {
      name: 'requests',
      key: 'requests',
      type: 'number',
      description: 'Measured requests per endpoint, after the warm-up.',
    },
    {
      name: 'duration',
      key: 'duration',
      type: 'number',
      description:
        'Seconds of load per endpoint instead of a request count: rate × duration requests (0: use requests).',
    },
    {
      name: 'warmup',
      key: 'warmup',
      type: 'number',
      description: 'Requests per endpoint sent first and left out of the figures.',
    },
    {
      name: 'concurrency',
      key: 'concurrency',
      type: 'number',
      description:
        'Closed model instead: this many back-to-back workers per endpoint, no schedule. It under-reports stalls (0: open model).',
    },
    {
      name: 'max-in-flight',
      key: 'maxInFlight',
      type: 'number',
      description:
        'Requests in flight at most; a request due past it counts as an "over capacity" error, never skipped.',
    },
    {
      name: 'max-requests',
      key: 'maxRequests',
      type: 'number',
      description: 'Hard cap on requests in the whole run, warm-up and burst included: the load stops there.',
    },
    {
      name: 'max-duration',
      key: 'maxDuration',
      type: 'number',
      description: 'Hard cap on sending time in seconds: the load stops there.',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline per request in ms; a slower answer is a timeout error.',
    },
    {
      name: 'max-error-rate',
      key: 'maxErrorRate',
      type: 'number',
      description:
        "Percent of an endpoint's requests that may fail (unexpected status, connect, timeout) before it is a high finding.",
    },
    {
      name: 'auth-header',
      key: 'authHeader',
      type: 'string',
      description: '"Name: value" header sent with every request, e.g. "Authorization: Bearer …" (a secret: masked).',
    },
    {
      name: 'baseline',
      key: 'baseline',
      type: 'string',
      description:
        'JSON report of an earlier good run (save-baseline, --format json or the report output) to compare p95 with.',
    },
    {
      name: 'save-baseline',
      key: 'saveBaseline',
      type: 'string',
      description: 'Write this run (with its samples) to this file, to pass as baseline later.',
    },
    {
      name: 'regression',
      key: 'regression',
      type: 'number',
      description:
        'p95 growth vs the baseline, in percent, that is a medium finding when a 99 % bootstrap test also says it is real.',
    },
    {
      name: 'rate-limit-probe',
      key: 'rateLimitProbe',
      type: 'string',
      description:
        'Route to burst-test for rate limiting, "PATH" or "METHOD PATH" (e.g. "POST /api/login"); no 429 is a medium finding. Opt-in.',
    },
    {
      name: 'burst',
      key: 'burst',
      type: 'number',
      description: 'Requests in the rate-limit burst, sent at once (at most 100).',
    },
    {
      name: 'dry-run',
      key: 'dryRun',
      type: 'boolean',
      description: 'Print the schedule (endpoints, rate, total requests, expected duration) and send nothing.',
    },
  ],
  async run(options, context) {
    const { runLatency } = await import('./run.ts');
    return runLatency(options, context);
  },
  present: presentLatency,
  outputs: latencyOutputs,
};

export default latencyBudget;
