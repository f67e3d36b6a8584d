// Options of the smoke test (launch-ready.yml section `smoke`, CLI flags, action inputs).
// Kept free of transforms so the config's JSON Schema can be generated from it.
import { z } from 'zod';
import { withoutUserinfo } from '../../http/userinfo.ts';
import { SEVERITIES } from '../../report/model.ts';

const TEMPLATE_NOTE =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
  'Values may use {{name}} (a value captured by an earlier step) and ${env.NAME} (an environment variable, e.g. a GitHub secret passed as env; treated as a secret: masked, never printed).';

const oneOrMany = z.union([z.string(), z.array(z.string())]);

/** Node's timers hold at most 2^31-1 ms; more than 10 minutes per request is no smoke test anyway. */
export const MAX_TIMEOUT_MS = 600_000;
/** A deploy that is not up after an hour will not come up in this job (GitHub's own job limit is 6 hours). */
export const MAX_WAIT_TIMEOUT_MS = 3_600_000;

/** A deadline in milliseconds between 1 and `max`, with messages that name the field and the bounds. */
function milliseconds(field: string, max: number) {
  return z
    .number({ error: `${field} must be a number of milliseconds` })
    .int(`${field} must be a whole number of milliseconds`)
    .positive(`${field} must be a positive number of milliseconds`)
    .max(max, `${field} must be at most ${max} ms (${max / 60_000} minutes)`);
}

/** A URL as a message may quote it: never its user:password part, and not too long to read. */
function quotedUrl(url: unknown): string {
  const text = withoutUserinfo(String(url));
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** True when the URL's user:password (a staging site's basic auth) decodes, as the probe must decode it. */
export function userinfoDecodes(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    decodeURIComponent(parsed.username);
    decodeURIComponent(parsed.password);
    return true;
  } catch {
    return false;
  }
}

const baseUrlSchema = z.union([
  z.literal(''),
  z
    .url({
      protocol: /^https?$/,
      error: (issue) =>
        `expected an absolute URL such as https://shop.example.com (http:// or https://), got "${quotedUrl(issue.input)}"`,
    })
    .refine(userinfoDecodes, {
      error: 'the user:password part of the URL has a malformed %-escape (write % as %25)',
    }),
]);

const statusSpec = z
  .union([z.number().int().min(100).max(599), z.string().regex(/^\s*[1-5](\d\d|xx)(\s*-\s*[1-5]\d\d)?\s*$/i)])
  .describe('a status code (200), a class ("2xx") or a range ("200-299")');

export const expectSchema = z
  .object({
    status: z
      .union([statusSpec, z.array(statusSpec).min(1)])
      .optional()
      .describe('Accepted status after redirects: 200, "2xx", "200-299" or a list of these. Default "2xx".'),
    bodyContains: oneOrMany.optional().describe('Text the response body must contain (one or a list).'),
    bodyNotContains: oneOrMany.optional().describe('Text the response body must not contain, e.g. "Exception".'),
    jsonPathEquals: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'JSON path → expected value, e.g. { status: ok, "items[0].id": 1 } (paths: a.b[0].c, optional $. prefix).',
      ),
    jsonPathExists: oneOrMany
      .optional()
      .describe('JSON path(s) that must be present in the response body, e.g. orders or [orders, user.email].'),
    headerMatches: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'Header name → regular expression its value must match (case-insensitive), e.g. { content-type: json }.',
      ),
    maxMs: milliseconds('maxMs', MAX_TIMEOUT_MS)
      .optional()
      .describe('Time budget for the step (total time). Slower but otherwise passing is a medium finding.'),
  })
  .strict();

export const captureSchema = z
  .object({
    jsonPath: z.string().optional().describe('JSON path in the response body, e.g. token or data.session.id.'),
    header: z.string().optional().describe('Response header name, e.g. "x-csrf-token".'),
    cookie: z.string().optional().describe('Cookie name from the run\'s cookie jar, e.g. "session".'),
    regex: z
      .string()
      .optional()
      .describe('Regular expression on the body; its first group (or the match) is captured.'),
  })
  .strict()
  .refine((c) => [c.jsonPath, c.header, c.cookie, c.regex].filter((v) => v !== undefined).length === 1, {
    message: 'a capture takes exactly one of jsonPath, header, cookie, regex',
  })
  .describe(
    'Where to take the value from: exactly one of jsonPath, header, cookie, regex. Captured values are secrets.',
  );

export const stepSchema = z
  .object({
    name: z
      .string()
      .regex(/^[A-Za-z0-9][\w-]*$/, 'a step name is letters, digits, - and _ (it names the outputs step-<name>-ok…)')
      .describe('Step name, e.g. "login"; also names the outputs step-<name>-ok, -status, -ms.'),
    method: z
      .string()
      .regex(/^[A-Za-z]+$/, 'method is an HTTP method such as GET or POST')
      .default('GET')
      .describe('HTTP method. Default GET.'),
    path: z.string().optional().describe(`Path under baseUrl, e.g. "/api/login". ${TEMPLATE_NOTE}`),
    url: z
      .string()
      .regex(/^(https?:\/\/|\{\{|\$\{)/i, 'url must be an absolute http(s) URL (use path for a path under baseUrl)')
      .optional()
      .describe('Absolute URL instead of a path (another host, e.g. the API domain).'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe('Request headers, e.g. { Authorization: "Bearer {{token}}" }.'),
    json: z
      .unknown()
      .optional()
      .describe('JSON body (sets content-type: application/json). Strings may use templates.'),
    form: z
      .record(z.string(), z.string())
      .optional()
      .describe('Form body (application/x-www-form-urlencoded). Values may use templates.'),
    body: z.string().optional().describe('Raw body (set content-type yourself).'),
    expect: expectSchema.default({}).describe('What a good response looks like. Default: status 2xx.'),
    capture: z
      .record(z.string().regex(/^\w+$/, 'a capture name is letters, digits and _'), captureSchema)
      .default({})
      .describe('Variables for later steps, e.g. { token: { jsonPath: token } } → {{token}}.'),
    followRedirects: z.boolean().default(true).describe('Follow redirects (up to 5). Default true.'),
    retry: z
      .boolean()
      .default(false)
      .describe('Also retry this step when it is not idempotent (POST, PATCH). GET/HEAD/PUT/DELETE retry anyway.'),
    timeoutMs: milliseconds('timeoutMs', MAX_TIMEOUT_MS)
      .optional()
      .describe("Deadline for this step; default the run's timeoutMs."),
    severity: z
      .enum(SEVERITIES)
      .default('blocker')
      .describe('Severity of the finding when this step fails. Default blocker.'),
  })
  .strict()
  .refine((s) => s.path !== undefined || s.url !== undefined, { message: 'a step needs a path or a url' })
  .refine((s) => [s.json, s.form, s.body].filter((v) => v !== undefined).length <= 1, {
    message: 'a step takes at most one of json, form, body',
  });

export const presetPathsSchema = z
  .object({
    homepage: z.string().default('/'),
    login: z.string().default('/login'),
    checkout: z.string().default('/checkout'),
  })
  .strict();

export const smokeOptionsSchema = z
  .object({
    baseUrl: baseUrlSchema
      .default('')
      .describe('The deployed site, e.g. https://shop.example.com. Required unless every step has a url.'),
    preset: z
      .enum(['', 'ecommerce', 'none'])
      .default('')
      .describe(
        'Built-in steps: "ecommerce" (homepage, login, checkout, and api when apiPath is set) or "none". Default: ecommerce when no steps are configured, none otherwise.',
      ),
    paths: presetPathsSchema
      .default({ homepage: '/', login: '/login', checkout: '/checkout' })
      .describe('Paths the ecommerce preset requests.'),
    apiPath: z
      .string()
      .default('')
      .describe("Path of an API call for the preset's api step, e.g. /api/orders. Empty: no api step."),
    authHeader: z
      .string()
      .default('')
      .describe('"Name: value" header sent with the preset\'s api step, e.g. "Authorization: Bearer …". A secret.'),
    timeoutMs: milliseconds('timeoutMs', MAX_TIMEOUT_MS)
      .default(10_000)
      .describe('Deadline per request (connect, headers and body, redirects included). Default 10000.'),
    retries: z
      .number({ error: 'retries must be a number' })
      .int('retries must be a whole number')
      .min(0, 'retries must be 0 or more')
      .max(10, 'retries must be 10 or fewer')
      .default(3)
      .describe('Retries for transient failures (connection errors, 502/503/504), with backoff. Default 3.'),
    waitFor: z
      .string()
      .default('')
      .describe('URL or path polled until it answers 2xx before the steps run (waiting for the deploy).'),
    waitTimeoutMs: milliseconds('waitTimeoutMs', MAX_WAIT_TIMEOUT_MS)
      .default(120_000)
      .describe('How long to wait for waitFor. Default 120000.'),
    maxMs: z
      .number({ error: 'maxMs must be a number of milliseconds' })
      .int('maxMs must be a whole number of milliseconds')
      .min(0, 'maxMs must be 0 (no budget) or more')
      .max(MAX_TIMEOUT_MS, `maxMs must be at most ${MAX_TIMEOUT_MS} ms (${MAX_TIMEOUT_MS / 60_000} minutes)`)
      .default(0)
      .describe("Default time budget per step in ms (0: none); a step's expect.maxMs wins."),
    steps: z
      .array(stepSchema)
      .default([])
      .describe(
        'Steps run in order after the preset, sharing a cookie jar and captured {{variables}}. Example: ' +
          // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
          '[{ name: login, method: POST, path: /api/login, json: { email: a@b.c, password: "${env.SHOP_PASSWORD}" }, ' +
          'capture: { token: { jsonPath: token } } }, { name: orders, path: /api/orders, ' +
          'headers: { Authorization: "Bearer {{token}}" }, expect: { status: 200, jsonPathExists: orders } }]',
      ),
  })
  .strict();

export type SmokeOptions = z.infer<typeof smokeOptionsSchema>;
export type StepConfig = z.infer<typeof stepSchema>;
export type ExpectConfig = z.infer<typeof expectSchema>;
export type CaptureConfig = z.infer<typeof captureSchema>;
