// The smoke test itself: wait for the deploy, run each step with retries, capture values for later steps,
// and report which layer broke (dns, connect, tls, timeout, http, assertion) with a hint.
import { randomBytes } from 'node:crypto';
import { UsageError } from '../../errors.ts';
import { CookieJar } from '../../http/cookies.ts';
import { parseAuthHeader } from '../../http/credentials.ts';
import { unexpectedFailure } from '../../http/failure.ts';
import { ACCEPT_ENCODING, createProbe, firstHeader, type Probe, type ProbeOptions } from '../../http/probe.ts';
import { backoffMs, isIdempotent, isTransient } from '../../http/retry.ts';
import { registerUrlCredentials } from '../../http/site-url.ts';
import type { Failure, ProbeResult } from '../../http/types.ts';
import { urlCredentials, withoutUserinfo } from '../../http/userinfo.ts';
import { waitFor } from '../../http/wait-for.ts';
import type { Report } from '../../report/model.ts';
import { sortFindings } from '../../report/model.ts';
import type { Redactor } from '../../report/redact.ts';
import type { CheckContext } from '../definition.ts';
import { capture } from './capture.ts';
import { credentialHint } from './credentials-hint.ts';
import type { SmokeDetails, StepResult } from './details.ts';
import { checkResponse, checkTime } from './expect.ts';
import { CHECK, stepFindings } from './findings.ts';
import { type FlowState, runEmailStep, runWebhookStep } from './flow-steps.ts';
import { createInbox, type InboxClient } from './inbox.ts';
import { findMixedContent } from './mixed-content.ts';
import { type SmokeOptions, type StepConfig, userinfoDecodes } from './options.ts';
import { planSteps } from './plan.ts';
import { registerSensitive } from './sensitive.ts';
import { skipped, toStepResult } from './step-result.ts';
import { fill, fillDeep, MissingVariableError, registerEnv, type TemplateScope } from './template.ts';

/** What tests (and only tests) change: DNS, trusted CAs, the pause between retries. */
export interface SmokeOverrides {
  probe?: Pick<ProbeOptions, 'lookup' | 'ca' | 'insecure' | 'allowH2'>;
  sleep?: (ms: number) => Promise<void>;
  waitIntervalMs?: number;
}

interface RunState extends FlowState {
  options: SmokeOptions;
  context: CheckContext;
  probe: Probe;
  jar: CookieJar;
  scope: TemplateScope & { vars: Map<string, string> };
  /** Origins that did not answer at all: later steps there are tried once, not retried again. */
  deadOrigins: Set<string>;
  /** The Basic credentials of a base URL written as https://user:pass@host, for requests to that origin. */
  baseCredentials?: BaseCredentials;
}

interface BaseCredentials {
  origin: string;
  authorization: string;
}

export async function runSmoke(
  options: SmokeOptions,
  context: CheckContext,
  overrides: SmokeOverrides = {},
): Promise<Report<SmokeDetails>> {
  const authHeader = parseAuthHeader(options.authHeader, context.redactor);
  const steps = planSteps(options, authHeader);
  const { baseUrl, baseCredentials } = validateBaseUrl(options, steps, context);
  steps.forEach((step, index) => {
    registerEnv(`step ${step.name} (smoke.steps[${index}])`, step, context.env, context.redactor);
  });
  // The inbox and the saas password matter (and their ${env.X} must be set) only where a step uses them.
  if (steps.some((step) => step.kind === 'email')) {
    registerEnv('smoke.inbox', options.inbox, context.env, context.redactor);
  }
  if (steps.some((step) => JSON.stringify(step).includes('{{password'))) {
    registerEnv('smoke.saas.password', options.saas.password, context.env, context.redactor);
  }
  const vars = runVariables(options, context);

  const { redactor } = context;
  const probe = createProbe({
    timeoutMs: options.timeoutMs,
    // As a browser asks: a broken compression setup at the CDN shows up here too.
    acceptEncoding: ACCEPT_ENCODING,
    // A header holding any registered secret stays with its origin on a redirect.
    isSecret: (value) => redactor.scrub(value) !== value,
    ...overrides.probe,
  });
  const state: RunState = {
    options,
    context,
    probe,
    jar: new CookieJar(),
    scope: { env: context.env, vars },
    sleep: overrides.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    redactor,
    usedMail: new Set(),
    lastRequestAt: Date.now(),
    maxMs: options.maxMs,
    runId: vars.get('runId') ?? '',
    deadOrigins: new Set(),
    baseCredentials,
  };
  state.inbox = openInbox(state, steps);
  const results: StepResult[] = [];
  try {
    const waited =
      options.waitFor === '' ? undefined : await waitForDeploySafely(state, baseUrl, overrides.waitIntervalMs);
    if (waited !== undefined) results.push(waited);
    const siteDown = waited !== undefined && !waited.ok;
    for (const step of steps) {
      const result = siteDown
        ? skipped(step, baseUrl, 'not run: the site never came up (see wait-for)')
        : await runStepSafely(state, step, baseUrl);
      results.push(result);
      logStep(context, result);
    }
  } finally {
    await probe.close();
  }
  return context.redactor.scrubDeep(buildReport(baseUrl, results));
}

/**
 * The base URL to request and report (credentials written into it are taken out, registered as secrets and sent
 * as the Basic header a browser would send to that origin): no URL the run prints carries them. The schema has
 * checked the URL's shape and named the flag, input or config field when it is wrong.
 */
function validateBaseUrl(
  options: SmokeOptions,
  steps: StepConfig[],
  context: CheckContext,
): { baseUrl: string; baseCredentials?: BaseCredentials } {
  const raw = options.baseUrl.trim();
  const needsBase =
    steps.some((s) => s.kind !== 'email' && s.url === undefined) ||
    (options.waitFor !== '' && !/^https?:\/\//i.test(options.waitFor));
  if (raw === '') {
    if (needsBase) {
      const given =
        context.source === 'action'
          ? 'set the input base-url: https://your-shop.example (or smoke.baseUrl in launch-ready.yml)'
          : 'pass --base-url https://your-shop.example (or set smoke.baseUrl)';
      throw new UsageError(`smoke-test needs the site to test: ${given}`);
    }
    return { baseUrl: '' };
  }
  // Basic-auth credentials in the URL (a password-protected staging site) are secrets: registered before any
  // message quotes the URL, even one that does not parse.
  registerUrlCredentials(raw, context.redactor);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new UsageError(
      `smoke.baseUrl must be an absolute URL such as https://shop.example.com, got "${withoutUserinfo(raw)}"`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`smoke.baseUrl must start with https:// or http://, got "${withoutUserinfo(raw)}"`);
  }
  if (!userinfoDecodes(raw)) throw new UsageError('smoke.baseUrl: the user:password part has a malformed %-escape');
  const credentials = takeCredentials(parsed, context.redactor);
  const baseUrl = (credentials?.url ?? parsed.href).replace(/\/+$/, '');
  if (credentials === undefined) return { baseUrl };
  return { baseUrl, baseCredentials: { origin: parsed.origin, authorization: credentials.authorization } };
}

/** The credentials of a URL, registered as secrets; the probe sends them as a Basic header to that origin only. */
function takeCredentials(url: URL, redactor: Redactor): ReturnType<typeof urlCredentials> {
  const credentials = urlCredentials(url);
  if (credentials === undefined) return undefined;
  registerUrlCredentials(url.href, redactor);
  redactor.add(credentials.authorization);
  // The base64 alone, as a server might echo it, is masked in the log too (the redactor scrubs it anyway).
  redactor.add(credentials.authorization.slice('Basic '.length));
  return credentials;
}

/**
 * {{runId}} (unique per run, so parallel runs never read each other's mail), {{email}} (the inbox address built
 * from it) and {{password}} (saas.password, or a random one per run: a secret).
 */
function runVariables(options: SmokeOptions, context: CheckContext): Map<string, string> {
  const vars = new Map<string, string>();
  const runId = `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  vars.set('runId', runId);
  const scope = { env: context.env, vars };
  try {
    vars.set('email', fill(options.inbox.address, scope));
  } catch (error) {
    if (!(error instanceof MissingVariableError)) throw error;
    throw new UsageError('smoke.inbox.address may use {{runId}} only, e.g. smoke+{{runId}}@example.test');
  }
  const password =
    options.saas.password === '' ? `Lr-${randomBytes(15).toString('base64url')}9!` : fill(options.saas.password, scope);
  context.redactor.add(password);
  vars.set('password', password);
  return vars;
}

/** The test inbox e-mail steps read, with its credentials registered as secrets (undefined when no step reads mail). */
function openInbox(state: RunState, steps: StepConfig[]): InboxClient | undefined {
  const { inbox } = state.options;
  const reader = steps.find((step) => step.kind === 'email');
  if (reader === undefined) return undefined;
  const usage = inboxUsage(inbox);
  if (usage !== undefined) throw new UsageError(`step ${reader.name} waits for an e-mail, but ${usage}`);
  const redactor = state.context.redactor;
  const headers = Object.fromEntries(
    Object.entries(inbox.headers).map(([name, value]) => [name.toLowerCase(), fill(value, state.scope)]),
  );
  registerSensitive(headers, undefined, redactor);
  const apiKey = fill(inbox.apiKey, state.scope).trim();
  redactor.add(apiKey);
  if (inbox.kind === 'mailosaur') {
    // Mailosaur: Basic auth with the API key (its docs' curl example: -u api:KEY).
    redactor.addBasicCredentials('api', apiKey);
    headers.authorization = `Basic ${Buffer.from(`api:${apiKey}`).toString('base64')}`;
    redactor.add(headers.authorization);
  }
  if (inbox.kind === 'mailtrap') headers['api-token'] = apiKey;
  // {{email}} in a query must arrive as the address: "+" would otherwise be read as a space.
  const encoded = new Map([...state.scope.vars].map(([name, value]) => [name, encodeURIComponent(value)]));
  const url = fill(inbox.url, { env: state.scope.env, vars: encoded });
  registerUrlCredentials(url, redactor);
  return createInbox(inbox, url, headers, {
    probe: state.probe,
    // Each inbox request ends by the e-mail step's deadline (a last look gets a quarter second).
    timeoutMs: () =>
      Math.max(250, Math.min(state.options.timeoutMs, (state.mailDeadlineAt ?? Number.POSITIVE_INFINITY) - Date.now())),
  });
}

/** What an inbox kind needs that the config lacks, as the end of a usage line; undefined when complete. */
function inboxUsage(inbox: SmokeOptions['inbox']): string | undefined {
  if (inbox.kind === '') {
    return 'no test inbox is configured: set smoke.inbox.kind (maildev, mailpit, mailhog, mailosaur, mailtrap or json) and smoke.inbox.url';
  }
  const missing: string[] = [];
  if (['maildev', 'mailpit', 'mailhog', 'json'].includes(inbox.kind) && inbox.url.trim() === '') missing.push('url');
  if ((inbox.kind === 'mailosaur' || inbox.kind === 'mailtrap') && inbox.apiKey.trim() === '') missing.push('apiKey');
  if (inbox.kind === 'mailosaur' && inbox.server.trim() === '') missing.push('server');
  if (inbox.kind === 'mailtrap' && inbox.accountId.trim() === '') missing.push('accountId');
  if (inbox.kind === 'mailtrap' && inbox.inboxId.trim() === '') missing.push('inboxId');
  if (missing.length === 0) return undefined;
  return `the ${inbox.kind} inbox needs ${missing.map((m) => `smoke.inbox.${m}`).join(' and ')}`;
}

/** A path joins the base URL (keeping a base path such as /shop); an absolute URL stands alone. */
export function resolveUrl(baseUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return new URL(pathOrUrl).href;
  const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
  return new URL(`${baseUrl}${path}`).href;
}

async function waitForDeploySafely(
  state: RunState,
  baseUrl: string,
  intervalMs: number | undefined,
): Promise<StepResult> {
  try {
    return await waitForDeploy(state, baseUrl, intervalMs);
  } catch (error) {
    const where = withoutUserinfo(/^https?:\/\//i.test(state.options.waitFor) ? state.options.waitFor : baseUrl);
    const failure = unexpectedFailure(error, where);
    const step: StepConfig = {
      kind: 'http',
      name: 'wait-for',
      method: 'GET',
      headers: {},
      expect: {},
      capture: {},
      followRedirects: true,
      retry: false,
      severity: 'blocker',
    };
    return {
      ...skipped(step, where, ''),
      verdict: 'failed',
      failure: { kind: failure.kind, message: failure.message, hint: failure.hint },
    };
  }
}

async function waitForDeploy(state: RunState, baseUrl: string, intervalMs: number | undefined): Promise<StepResult> {
  const { options, context } = state;
  const target = withCredentials(state, resolveUrl(baseUrl, options.waitFor), {});
  const url = target.url;
  context.log(`waiting up to ${options.waitTimeoutMs} ms for ${url} to answer 2xx`);
  const waited = await waitFor(state.probe, url, {
    deadlineMs: options.waitTimeoutMs,
    requestTimeoutMs: options.timeoutMs,
    intervalMs,
    headers: target.headers,
  });
  const last = waited.last;
  const failure: Failure | undefined = waited.ok
    ? undefined
    : {
        kind: last.failure?.kind ?? 'http',
        message: `no 2xx from ${url} within ${options.waitTimeoutMs} ms (${waited.attempts} tries); last: ${last.failure?.message ?? `HTTP ${last.status}`}`,
        hint: last.failure?.hint ?? 'the new version did not come up: check the deploy logs and the health check route',
      };
  const result = toStepResult(
    { name: 'wait-for', method: 'GET', severity: 'blocker' },
    url,
    last,
    failure,
    waited.attempts,
  );
  logStep(context, result);
  return result;
}

/** One step that throws (a response nothing expected, or a bug) fails that step; the run and its report go on. */
async function runStepSafely(state: RunState, step: StepConfig, baseUrl: string): Promise<StepResult> {
  try {
    return await runStep(state, step, baseUrl);
  } catch (error) {
    const where = stepTarget(step, baseUrl);
    const failure = unexpectedFailure(error, where);
    return {
      ...skipped(step, where, ''),
      verdict: 'failed',
      failure: { kind: failure.kind, message: failure.message, hint: failure.hint },
    };
  }
}

/** What a step targets, for a step that could not be sent: as configured, without credentials. */
function stepTarget(step: StepConfig, baseUrl: string): string {
  return withoutUserinfo(step.url ?? `${baseUrl}${step.path ?? ''}`);
}

async function runStep(state: RunState, step: StepConfig, baseUrl: string): Promise<StepResult> {
  if (step.kind === 'email') return runEmailStep(state, step);
  const method = step.method.toUpperCase();
  let request: { url: string; headers: Record<string, string>; body?: string };
  try {
    request = buildRequest(step, baseUrl, state);
  } catch (error) {
    const where = stepTarget(step, baseUrl);
    if (error instanceof MissingVariableError) return skipped(step, where, `not run: ${error.message}`);
    // A template that filled in something unusable (say, a URL with a bad host): the step fails, the run goes on.
    return {
      ...skipped(step, where, ''),
      verdict: 'failed',
      failure: {
        kind: 'assertion',
        message: `could not build the request: ${error instanceof Error ? error.message : String(error)}`,
        hint: "check the step's path/url and the values captured into it",
      },
    };
  }
  if (step.kind === 'webhook') {
    return runWebhookStep(state, step, request, step.timeoutMs ?? state.options.timeoutMs);
  }
  const origin = new URL(request.url).origin;
  const retries = state.deadOrigins.has(origin) || !(isIdempotent(method) || step.retry) ? 0 : state.options.retries;

  let attempts = 0;
  let result: ProbeResult;
  let failure: Failure | undefined;
  for (;;) {
    attempts += 1;
    state.lastRequestAt = Date.now();
    result = await state.probe.request({
      url: request.url,
      method,
      headers: request.headers,
      body: request.body,
      timeoutMs: step.timeoutMs ?? state.options.timeoutMs,
      followRedirects: step.followRedirects,
      cookies: state.jar,
    });
    failure = credentialHint(
      result.failure ?? checkResponse(result, step.expect, state.context.redactor),
      result.status,
      request.headers,
      state.jar.headerFor(request.url) !== undefined,
    );
    if (attempts > retries || !isTransient(failure, result.status)) break;
    const pause = backoffMs(attempts);
    state.context.log(
      state.context.redactor.scrub(
        `  ${step.name}: ${failure?.message}; retrying in ${pause} ms (${attempts}/${retries})`,
      ),
    );
    await state.sleep(pause);
  }
  if (failure?.kind === 'dns' || failure?.kind === 'connect') {
    if (result.status === undefined) state.deadOrigins.add(origin);
  }
  failure ??= captureAll(state, step, result);
  const verdictFailure = failure ?? checkTime(result, step.expect.maxMs ?? (state.options.maxMs || undefined));
  const stepResult = toStepResult(
    { name: step.name, method, severity: step.severity },
    request.url,
    result,
    verdictFailure,
    attempts,
    failure === undefined ? 'slow' : 'failed',
  );
  if (failure === undefined) stepResult.mixedContent = mixedContentOf(result);
  return stepResult;
}

/**
 * The URL without credentials, and the headers with the Basic header they stand for: from the URL itself (an
 * absolute step URL https://user:pass@api…) or from the base URL's, for a request to the base origin.
 */
function withCredentials(
  state: Pick<RunState, 'baseCredentials' | 'context'>,
  rawUrl: string,
  headers: Record<string, string>,
): { url: string; headers: Record<string, string> } {
  const parsed = new URL(rawUrl);
  const own = takeCredentials(parsed, state.context.redactor);
  const url = own?.url ?? rawUrl;
  const base = state.baseCredentials;
  const authorization =
    own?.authorization ?? (base !== undefined && parsed.origin === base.origin ? base.authorization : undefined);
  if (authorization === undefined || headers.authorization !== undefined) return { url, headers };
  return { url, headers: { ...headers, authorization } };
}

function buildRequest(
  step: StepConfig,
  baseUrl: string,
  state: Pick<RunState, 'baseCredentials' | 'context' | 'scope'>,
): { url: string; headers: Record<string, string>; body?: string } {
  const { scope } = state;
  const redactor = state.context.redactor;
  const { url, headers } = withCredentials(
    state,
    resolveUrl(baseUrl, fill(step.url ?? step.path ?? '/', scope)),
    Object.fromEntries(
      Object.entries(step.headers)
        .map(([name, value]) => [name.toLowerCase(), fill(value, scope)])
        // A header built from an optional capture that found nothing ("Bearer {{token?}}") is not sent.
        .filter(([, value]) => !/^\s*(bearer|basic|token)?\s*$/i.test(value)),
    ),
  );
  if (step.json !== undefined) {
    headers['content-type'] ??= 'application/json';
    const json = fillDeep(step.json, scope);
    registerSensitive(headers, json, redactor);
    return { url, headers, body: JSON.stringify(json) };
  }
  if (step.form !== undefined) {
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
    const form = fillDeep(step.form, scope) as Record<string, string>;
    registerSensitive(headers, form, redactor);
    return { url, headers, body: new URLSearchParams(form).toString() };
  }
  registerSensitive(headers, undefined, redactor);
  if (step.body !== undefined) return { url, headers, body: fill(step.body, scope) };
  return { url, headers };
}

/** Stores the step's captures; a missing one fails the step (the steps after it would fail less clearly). */
function captureAll(state: RunState, step: StepConfig, result: ProbeResult): Failure | undefined {
  for (const [name, source] of Object.entries(step.capture)) {
    const outcome = capture(source, result, state.jar);
    if ('missing' in outcome && source.optional === true) continue;
    if ('missing' in outcome) {
      return {
        kind: 'assertion',
        message: `could not capture {{${name}}}: ${outcome.missing}`,
        hint: 'the response lacks the value later steps need (a login that did not log in?): check the credentials and the response shape',
      };
    }
    state.context.redactor.add(outcome.value);
    state.scope.vars.set(name, outcome.value);
  }
  return undefined;
}

function mixedContentOf(result: ProbeResult): string[] | undefined {
  if (!result.finalUrl.startsWith('https:')) return undefined;
  if (!/html/i.test(firstHeader(result.headers, 'content-type') ?? '')) return undefined;
  const found = findMixedContent(result.body);
  return found.length > 0 ? found : undefined;
}

function logStep(context: CheckContext, step: StepResult): void {
  const mark = step.verdict === 'passed' ? '✓' : step.verdict === 'slow' ? '!' : step.verdict === 'skipped' ? '-' : '✗';
  const status = step.status === undefined ? '' : ` ${step.status}`;
  const why = step.failure === undefined ? '' : ` (${step.failure.kind}: ${step.failure.message})`;
  context.log(
    context.redactor.scrub(
      `${mark} ${step.name} ${step.method} ${step.url}${status} ${Math.round(step.timings.total)} ms${why}`,
    ),
  );
}

function buildReport(baseUrl: string, steps: StepResult[]): Report<SmokeDetails> {
  const findings = sortFindings(steps.flatMap(stepFindings));
  const failed = steps.filter((s) => s.verdict === 'failed');
  const skippedCount = steps.filter((s) => s.verdict === 'skipped').length;
  const slow = steps.filter((s) => s.verdict === 'slow').length;
  const passed = steps.length - failed.length - skippedCount;
  const totalMs = Math.round(steps.reduce((sum, s) => sum + s.timings.total, 0));
  const where = baseUrl === '' ? '' : ` on ${baseUrl}`;
  const summary =
    failed.length === 0
      ? `${passed} of ${steps.length} smoke steps passed${where} in ${totalMs} ms${slow > 0 ? ` (${slow} slow)` : ''}`
      : `${failed.length} of ${steps.length} smoke steps failed${where}: ${failed.map((s) => `${s.name} (${s.failure?.kind})`).join(', ')}`;
  return {
    check: CHECK,
    ok: failed.length === 0 && skippedCount === 0,
    summary,
    findings,
    metrics: { steps: steps.length, passed, failed: failed.length, skipped: skippedCount, slow, totalMs },
    details: { baseUrl, steps },
  };
}
