// Options of the latency budget (launch-ready.yml section `latency`, CLI flags, action inputs).
// Kept free of transforms so the config's JSON Schema can be generated from it.
import { z } from 'zod';

const statusSpec = z
  .union([z.number().int().min(100).max(599), z.string().regex(/^\s*[1-5](\d\d|xx)(\s*-\s*[1-5]\d\d)?\s*$/i)])
  .describe('a status code (200), a class ("2xx") or a range ("200-299")');

const budget = (name: string, fallback: string) =>
  z
    .number()
    .min(0, `${name} is a number of milliseconds, 0 for no budget`)
    .optional()
    .describe(`Budget for the ${name} latency in ms; default ${fallback}.`);

export const endpointSchema = z
  .object({
    path: z.string().min(1).describe('Path under baseUrl, e.g. /api/products.'),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'method is an HTTP method such as GET or POST')
      .default('GET')
      .describe('HTTP method. Default GET.'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe('Request headers; values of credential-like names (authorization, cookie, token…) are secrets.'),
    json: z.unknown().optional().describe('JSON body (sets content-type: application/json).'),
    status: z
      .union([statusSpec, z.array(statusSpec).min(1)])
      .optional()
      .describe('Expected status: 200, "2xx", "200-299" or a list. Default "2xx"; any other answer is an error.'),
    p50: budget('p50', 'the run-wide p50'),
    p90: budget('p90', 'the run-wide p90'),
    p95: budget('p95', 'the run-wide p95'),
    p99: budget('p99', 'the run-wide p99'),
  })
  .strict();

export const latencyOptionsSchema = z
  .object({
    baseUrl: z.string().default('').describe('The deployed site, e.g. https://shop.example.com. Required.'),
    endpoints: z
      .array(z.union([z.string().min(1), endpointSchema]))
      .default([])
      .describe(
        'Endpoints to measure: paths ("/api/products") or { path, method, headers, json, status, p50, p90, p95, p99 }. Default ["/"].',
      ),
    p50: z.number().min(0).default(0).describe('p50 budget in ms for every endpoint (0: none). Default 0.'),
    p90: z.number().min(0).default(0).describe('p90 budget in ms for every endpoint (0: none). Default 0.'),
    p95: z.number().min(0).default(500).describe('p95 budget in ms for every endpoint (0: none). Default 500.'),
    p99: z.number().min(0).default(0).describe('p99 budget in ms for every endpoint (0: none). Default 0.'),
    rate: z
      .number()
      .positive('rate must be a positive number of requests per second')
      .max(1000, 'rate must be at most 1000 requests per second per endpoint')
      .default(10)
      .describe('Requests started per second per endpoint, on a fixed schedule (open model). Default 10.'),
    requests: z
      .number()
      .int()
      .positive('requests must be a positive whole number')
      .default(200)
      .describe('Measured requests per endpoint (after the warm-up). Default 200.'),
    duration: z
      .number()
      .min(0)
      .default(0)
      .describe(
        'Seconds of load per endpoint instead of a request count (rate × duration requests). Default 0: use requests.',
      ),
    warmup: z
      .number()
      .int()
      .min(0)
      .default(10)
      .describe('Requests per endpoint sent first and left out of the figures. Default 10.'),
    concurrency: z
      .number()
      .int()
      .min(0)
      .max(100, 'concurrency must be at most 100')
      .default(0)
      .describe(
        'Closed model: this many back-to-back workers per endpoint instead of a fixed rate. It under-reports stalls. Default 0: open model.',
      ),
    maxInFlight: z
      .number()
      .int()
      .positive()
      .max(1000)
      .default(100)
      .describe('Requests in flight at most; a request due past it is an "over capacity" error. Default 100.'),
    maxRequests: z
      .number()
      .int()
      .positive()
      .max(100_000)
      .default(5000)
      .describe('Hard cap on requests sent in the whole run (warm-up and burst included). Default 5000.'),
    maxDuration: z
      .number()
      .positive()
      .max(3600)
      .default(300)
      .describe('Hard cap on the time spent sending, in seconds. Default 300.'),
    timeoutMs: z
      .number()
      .int()
      .positive('timeoutMs must be a positive number of milliseconds')
      .default(10_000)
      .describe('Deadline per request in ms; a slower answer is a timeout error. Default 10000.'),
    maxErrorRate: z
      .number()
      .min(0)
      .max(100)
      .default(1)
      .describe('Error rate per endpoint, in percent, above which the run fails (high). Default 1.'),
    authHeader: z
      .string()
      .default('')
      .describe('"Name: value" header sent with every request, e.g. "Authorization: Bearer …". A secret.'),
    baseline: z
      .string()
      .default('')
      .describe('JSON report of an earlier good run (from save-baseline or --format json) to compare p95 with.'),
    saveBaseline: z.string().default('').describe('Write this run as a baseline JSON report to this file.'),
    regression: z
      .number()
      .min(0)
      .default(20)
      .describe(
        'p95 growth vs the baseline, in percent, that is a regression when it is also significant. Default 20.',
      ),
    rateLimitProbe: z
      .string()
      .default('')
      .describe('Route to burst-test for rate limiting, as "PATH" or "METHOD PATH", e.g. "POST /api/login". Opt-in.'),
    burst: z
      .number()
      .int()
      .min(1)
      .max(100, 'burst must be at most 100 requests')
      .default(30)
      .describe('Requests in the rate-limit burst (at most 100). Default 30.'),
    dryRun: z.boolean().default(false).describe('Print the schedule and send nothing. Default false.'),
  })
  .strict();

export type LatencyOptions = z.infer<typeof latencyOptionsSchema>;
export type EndpointConfig = z.infer<typeof endpointSchema>;
export type StatusSpec = NonNullable<EndpointConfig['status']>;
