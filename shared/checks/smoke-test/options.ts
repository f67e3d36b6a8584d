// Options of the smoke test (launch-ready.yml section `smoke`, CLI flags, action inputs).
// Kept free of transforms so the config's JSON Schema can be generated from it.
import { z } from 'zod';
import { withoutUserinfo } from '../../http/userinfo.ts';
import { SEVERITIES } from '../../report/model.ts';

const TEMPLATE_NOTE =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
  'Values may use {{name}} (a value captured by an earlier step) and ${env.NAME} (an environment variable, e.g. a GitHub secret passed as env; treated as a secret: masked, never printed).';

/** "${env.NAME}" written for messages and descriptions (a plain string, not a template). */
const envRef = (name: string): string => ['$', `{env.${name}}`].join('');

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
    optional: z
      .boolean()
      .optional()
      .describe('true: a missing value does not fail the step ({{name?}} then fills in nothing).'),
  })
  .strict()
  .refine((c) => [c.jsonPath, c.header, c.cookie, c.regex].filter((v) => v !== undefined).length === 1, {
    message: 'a capture takes exactly one of jsonPath, header, cookie, regex',
  })
  .describe(
    'Where to take the value from: exactly one of jsonPath, header, cookie, regex. Captured values are secrets.',
  );

/** Where an e-mail step takes a value from: a link (by regex), any text (regex), or the subject. */
export const emailCaptureSchema = z
  .object({
    link: z
      .string()
      .optional()
      .describe(
        'Regular expression a link (href or URL) in the mail must match, e.g. "verify|confirm"; the first match is captured.',
      ),
    regex: z
      .string()
      .optional()
      .describe(
        'Regular expression on the text (and HTML) body, e.g. "\\b(\\d{6})\\b"; its first group (or the match) is captured.',
      ),
    subject: z.boolean().optional().describe('true: capture the subject.'),
  })
  .strict()
  .refine((c) => [c.link, c.regex, c.subject].filter((v) => v !== undefined && v !== false).length === 1, {
    message: 'an e-mail capture takes exactly one of link, regex, subject',
  });

export const emailStepSchema = z
  .object({
    to: z
      .string()
      .min(1, 'email.to is the address the mail is sent to, e.g. "smoke+{{runId}}@example.test"')
      .describe(
        "Address the mail goes to; use {{runId}} (or {{email}}, the inbox address) so parallel runs do not read each other's mail.",
      ),
    subject: z
      .string()
      .optional()
      .describe('Regular expression the subject must match, e.g. "reset"; other mail is ignored.'),
    timeoutMs: milliseconds('email.timeoutMs', MAX_TIMEOUT_MS)
      .default(60_000)
      .describe('How long to wait for the mail (polling with backoff). Default 60000.'),
    maxMs: milliseconds('email.maxMs', MAX_TIMEOUT_MS)
      .optional()
      .describe(
        'Delivery budget from the triggering request (the previous step) to arrival; slower is a medium finding.',
      ),
    capture: z
      .record(z.string().regex(/^\w+$/, 'a capture name is letters, digits and _'), emailCaptureSchema)
      .default({})
      .describe(
        'Variables for later steps, e.g. { verifyLink: { link: verify } } → {{verifyLink}}. Captured values are secrets.',
      ),
  })
  .strict();

export const WEBHOOK_SCHEMES = ['stripe', 'github', 'shopify', 'paddle', 'lemonsqueezy', 'hmac'] as const;

export const webhookStepSchema = z
  .object({
    scheme: z
      .enum(WEBHOOK_SCHEMES)
      .describe(
        'Signing scheme: stripe, github, shopify, paddle (Billing), lemonsqueezy, or hmac (generic: see header, algorithm, encoding, signed).',
      ),
    secret: z
      .string()
      .min(1, `webhook.secret is the signing secret, e.g. "${envRef('STRIPE_WEBHOOK_SECRET')}"`)
      .describe(
        `The signing secret, from the environment: "${envRef('STRIPE_WEBHOOK_SECRET')}". Masked and never printed.`,
      ),
    event: z
      .unknown()
      .optional()
      .describe(
        "The JSON event to send. Default: a test event in the provider's shape (e.g. checkout.session.completed).",
      ),
    header: z.string().optional().describe('hmac: the signature header, e.g. "X-Signature".'),
    algorithm: z.enum(['sha256', 'sha1', 'sha512']).default('sha256').describe('hmac: the hash. Default sha256.'),
    encoding: z.enum(['hex', 'base64']).default('hex').describe('hmac: how the digest is written. Default hex.'),
    signed: z
      .string()
      .default('{body}')
      .describe(
        'hmac: what is signed, with {body} and {timestamp} (Unix seconds), e.g. "{timestamp}.{body}". Default "{body}".',
      ),
    prefix: z.string().default('').describe('hmac: text before the digest in the header, e.g. "sha256=".'),
    timestampHeader: z
      .string()
      .optional()
      .describe('hmac: header carrying the timestamp when "signed" uses {timestamp}, e.g. "X-Timestamp".'),
    replay: z
      .boolean()
      .default(true)
      .describe(
        'Where the scheme has a timestamp, also send a correctly signed event 10 minutes old and expect 4xx. Default true.',
      ),
  })
  .strict();

export const stepSchema = z
  .object({
    kind: z
      .enum(['http', 'email', 'webhook'])
      .default('http')
      .describe(
        'http (a request), email (wait for a mail in the inbox and capture from it) or webhook (signed event, then unsigned and wrongly signed ones). Default http.',
      ),
    email: emailStepSchema.optional().describe('For kind email: which mail to wait for and what to capture.'),
    webhook: webhookStepSchema.optional().describe('For kind webhook: the signing scheme and secret.'),
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
  .refine((s) => s.kind === 'email' || s.path !== undefined || s.url !== undefined, {
    message: 'a step needs a path or a url',
  })
  .refine((s) => s.kind !== 'email' || s.email !== undefined, {
    message: 'a step of kind email needs email: { to: "smoke+{{runId}}@…", capture: … }',
  })
  .refine((s) => s.kind !== 'webhook' || s.webhook !== undefined, {
    message: `a step of kind webhook needs webhook: { scheme: stripe, secret: "${envRef('STRIPE_WEBHOOK_SECRET')}" }`,
  })
  .refine((s) => [s.json, s.form, s.body].filter((v) => v !== undefined).length <= 1, {
    message: 'a step takes at most one of json, form, body',
  });

export const presetPathsSchema = z
  .object({
    homepage: z.string().default('/').describe('ecommerce: the homepage. Default /.'),
    login: z
      .string()
      .default('/login')
      .describe('ecommerce: the login page (GET); saas: where login is POSTed. Default /login.'),
    checkout: z.string().default('/checkout').describe('ecommerce: the checkout page. Default /checkout.'),
    orderStatus: z
      .string()
      .default('')
      .describe('ecommerce: an order status page, e.g. /orders/demo-1 (may use {{vars}}). Empty: no such step.'),
    signup: z.string().default('/signup').describe('saas: where the signup is POSTed. Default /signup.'),
    verify: z
      .string()
      .default('/verify')
      .describe('saas with verification: code: where the code is POSTed. Default /verify.'),
    forgotPassword: z
      .string()
      .default('/forgot-password')
      .describe('saas: where a password reset is requested (POST). Default /forgot-password.'),
  })
  .strict();

export const PRESET_PATH_DEFAULTS = {
  homepage: '/',
  login: '/login',
  checkout: '/checkout',
  orderStatus: '',
  signup: '/signup',
  verify: '/verify',
  forgotPassword: '/forgot-password',
};

export const INBOX_KINDS = ['maildev', 'mailpit', 'mailhog', 'mailosaur', 'mailtrap', 'json'] as const;

export const inboxSchema = z
  .object({
    kind: z
      .enum(['', ...INBOX_KINDS])
      .default('')
      .describe(
        'The test inbox e-mail steps read: maildev, mailpit, mailhog (self-hosted), mailosaur, mailtrap (sandbox), or json (GET url until the JSON lists a message). Empty: none.',
      ),
    url: z
      .string()
      .default('')
      .describe(
        'API base URL, e.g. http://localhost:1080 (MailDev), http://localhost:8025 (Mailpit, MailHog). Default for mailosaur https://mailosaur.com, for mailtrap https://mailtrap.io. json: the URL to poll (may use {{email}}).',
      ),
    apiKey: z.string().default('').describe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
      'mailosaur/mailtrap: the API key or token, from the environment: "${env.MAILOSAUR_API_KEY}". A secret.',
    ),
    server: z.string().default('').describe('mailosaur: the server (inbox) id.'),
    accountId: z.string().default('').describe('mailtrap: the account id.'),
    inboxId: z.string().default('').describe('mailtrap: the sandbox inbox id.'),
    headers: z
      .record(z.string(), z.string())
      .default({})
      .describe(`json: request headers, e.g. { Authorization: "Bearer ${envRef('INBOX_TOKEN')}" }.`),
    listPath: z
      .string()
      .default('')
      .describe('json: JSON path of the message list, e.g. data.messages. Empty: the document is the list.'),
    fields: z
      .object({
        id: z.string().default('id'),
        to: z.string().default('to'),
        subject: z.string().default('subject'),
        html: z.string().default('html'),
        text: z.string().default('text'),
        received: z.string().default('received'),
      })
      .strict()
      .default({ id: 'id', to: 'to', subject: 'subject', html: 'html', text: 'text', received: 'received' })
      .describe('json: JSON paths inside one message of its id, recipients, subject, HTML, text and arrival time.'),
    address: z
      .string()
      .default('smoke+{{runId}}@example.test')
      .describe(
        'The address signups use ({{email}}); {{runId}} is unique per run. Default smoke+{{runId}}@example.test.',
      ),
  })
  .strict();

export const saasSchema = z
  .object({
    body: z.enum(['json', 'form']).default('json').describe('How signup, login and reset are sent. Default json.'),
    emailField: z.string().default('email').describe('Name of the e-mail field. Default email.'),
    passwordField: z.string().default('password').describe('Name of the password field. Default password.'),
    password: z.string().default('').describe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
      'Password for the new account ({{password}}), e.g. "${env.SMOKE_PASSWORD}". Empty: a random one per run. A secret.',
    ),
    verification: z
      .enum(['link', 'code', 'none'])
      .default('link')
      .describe(
        'How the verification mail verifies: link (open it), code (POST it to paths.verify) or none. Default link.',
      ),
    link: z
      .string()
      .default('verif|confirm|activat')
      .describe('Regular expression the verification link matches. Default "verif|confirm|activat".'),
    code: z
      .string()
      .default('\\b(\\d{4,8})\\b')
      .describe('Regular expression of the code (first group). Default 4 to 8 digits.'),
    resetLink: z
      .string()
      .default('reset|password')
      .describe('Regular expression the password reset link matches. Default "reset|password".'),
    passwordReset: z
      .boolean()
      .default(true)
      .describe('Also request a password reset and wait for its mail (forgot-password, reset-mail). Default true.'),
    mailTimeoutMs: milliseconds('saas.mailTimeoutMs', MAX_TIMEOUT_MS)
      .default(60_000)
      .describe('How long to wait for each mail (verification, reset). Default 60000.'),
    mailMaxMs: z
      .number()
      .int()
      .min(0)
      .max(MAX_TIMEOUT_MS)
      .default(0)
      .describe('Delivery budget per mail in ms, from the request that sends it; slower is a medium finding. 0: none.'),
    token: z
      .string()
      .default('token')
      .describe(
        'JSON path of a token in the login response, sent as "Authorization: Bearer" to the api step when present (a cookie session works too). Default token.',
      ),
  })
  .strict();

export const paymentWebhookSchema = z
  .object({ path: z.string().min(1, 'webhook.path is the endpoint, e.g. /api/webhooks/stripe') })
  .extend(webhookStepSchema.shape)
  .strict();

export const smokeOptionsSchema = z
  .object({
    baseUrl: baseUrlSchema
      .default('')
      .describe('The deployed site, e.g. https://shop.example.com. Required unless every step has a url.'),
    preset: z
      .enum(['', 'ecommerce', 'saas', 'none'])
      .default('')
      .describe(
        'Built-in steps: "ecommerce" (homepage, login, checkout, payment-webhook when webhook is set, order-status when paths.orderStatus is set, api when apiPath is set), "saas" (signup, verify-mail, verify, login, api, forgot-password, reset-mail; needs inbox) or "none". A configured step with the name of a preset step replaces it. Default: ecommerce when no steps are configured, none otherwise.',
      ),
    paths: presetPathsSchema.default(PRESET_PATH_DEFAULTS).describe('Paths the presets request.'),
    inbox: inboxSchema
      .default(inboxSchema.parse({}))
      .describe('The test inbox e-mail steps (and the saas preset) read.'),
    saas: saasSchema.default(saasSchema.parse({})).describe('How the saas preset signs up, verifies and logs in.'),
    webhook: paymentWebhookSchema.optional().describe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: documents the ${env.NAME} syntax itself
      'The payment webhook the ecommerce preset checks, e.g. { path: /api/webhooks/stripe, scheme: stripe, secret: "${env.STRIPE_WEBHOOK_SECRET}" }.',
    ),
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
export type EmailStepConfig = z.infer<typeof emailStepSchema>;
export type EmailCaptureConfig = z.infer<typeof emailCaptureSchema>;
export type WebhookConfig = z.infer<typeof webhookStepSchema>;
export type InboxConfig = z.infer<typeof inboxSchema>;
