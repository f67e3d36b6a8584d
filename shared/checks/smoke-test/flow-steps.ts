// The two step kinds that are more than one request: `email` (wait for a mail, capture from it) and `webhook`
// (a signed event the app must take, then forged ones it must refuse).
import { randomBytes } from 'node:crypto';
import type { Probe } from '../../http/probe.ts';
import type { Failure, ProbeResult } from '../../http/types.ts';
import type { Redactor } from '../../report/redact.ts';
import type { StepResult, WebhookCheck, WebhookCheckName } from './details.ts';
import { captureFromMail, waitForMail } from './email-step.ts';
import { checkResponse, checkTime } from './expect.ts';
import type { InboxClient } from './inbox.ts';
import type { StepConfig } from './options.ts';
import { skipped, toStepResult, ZERO_TIMINGS } from './step-result.ts';
import { fill, fillDeep, MissingVariableError, type TemplateScope } from './template.ts';
import { hasTimestamp, signWebhook, testEvent } from './webhook-sign.ts';

export interface FlowState {
  probe: Probe;
  redactor: Redactor;
  scope: TemplateScope & { vars: Map<string, string> };
  sleep: (ms: number) => Promise<void>;
  inbox?: InboxClient;
  /** Mail an earlier step of this run has used. */
  usedMail: Set<string>;
  /** When the latest request of the run started: the trigger of the mail an e-mail step waits for. */
  lastRequestAt: number;
  /** The run's default time budget per step (0: none). */
  maxMs: number;
  /** Unique per run: names the test events. */
  runId: string;
  /** The deadline of the e-mail step under way: no inbox request outlives it. */
  mailDeadlineAt?: number;
}

function waitResult(url: string, waitedMs: number): ProbeResult {
  return {
    url,
    finalUrl: url,
    method: 'MAIL',
    headers: {},
    body: '',
    bodyBytes: 0,
    bodyTruncated: false,
    timings: { ...ZERO_TIMINGS, total: waitedMs },
    socketReused: false,
    redirects: [],
  };
}

export async function runEmailStep(state: FlowState, step: StepConfig): Promise<StepResult> {
  const config = step.email;
  if (config === undefined || state.inbox === undefined) {
    return skipped(step, 'mailto:', 'not run: no test inbox is configured (smoke.inbox)');
  }
  let to: string;
  try {
    to = fill(config.to, state.scope).trim();
  } catch (error) {
    if (error instanceof MissingVariableError) return skipped(step, 'mailto:', `not run: ${error.message}`);
    throw error;
  }
  const url = `mailto:${to}`;
  state.mailDeadlineAt = Date.now() + config.timeoutMs;
  const wait = await waitForMail(state.inbox, {
    to,
    subject: config.subject,
    triggerAt: state.lastRequestAt,
    deadlineMs: config.timeoutMs,
    used: state.usedMail,
    sleep: state.sleep,
  });
  const probeLike = waitResult(url, wait.waitedMs);
  const base = { name: step.name, method: 'MAIL', severity: step.severity };
  const budget = config.maxMs ?? step.expect.maxMs ?? (state.maxMs || undefined);
  const email = { to, inbox: state.inbox.describe, polls: wait.polls, ...(budget ? { maxMs: budget } : {}) };
  const message = wait.message;
  if (message === undefined) {
    return { ...toStepResult(base, url, probeLike, wait.failure, wait.polls), kind: 'email', email };
  }
  state.usedMail.add(message.id);
  let failure: Failure | undefined;
  for (const [name, source] of Object.entries(config.capture)) {
    const outcome = captureFromMail(source, message);
    if ('missing' in outcome) {
      failure = {
        kind: 'assertion',
        message: `the mail "${message.subject}" arrived, but {{${name}}} could not be captured: ${outcome.missing}`,
        hint: "check the step's capture pattern against the mail the app sends (link text, code format)",
      };
      break;
    }
    state.redactor.add(outcome.value);
    state.scope.vars.set(name, outcome.value);
  }
  const deliveryMs = wait.deliveryMs ?? 0;
  const slow =
    failure === undefined && budget !== undefined && deliveryMs > budget
      ? {
          kind: 'assertion' as const,
          message: `the mail took ${deliveryMs} ms to arrive after the request that sent it, over the ${budget} ms budget`,
          hint: "deliverability got slower: check the mail provider's status and queue, and that the app does not send mail from a slow or backed-up job queue",
        }
      : undefined;
  const result = toStepResult(base, url, probeLike, failure ?? slow, wait.polls, failure ? 'failed' : 'slow');
  return { ...result, kind: 'email', email: { ...email, subject: message.subject, deliveryMs } };
}

/** How long ago the replayed event was signed: far beyond any provider's tolerance (Stripe's is 5 minutes). */
export const STALE_SECONDS = 600;

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
}

export async function runWebhookStep(
  state: FlowState,
  step: StepConfig,
  request: WebhookRequest,
  timeoutMs: number,
): Promise<StepResult> {
  const config = step.webhook;
  if (config === undefined) return skipped(step, request.url, 'not run: the step has no webhook settings');
  const secret = fill(config.secret, state.scope);
  state.redactor.add(secret);
  const method = step.method.toUpperCase() === 'GET' ? 'POST' : step.method.toUpperCase();
  const now = Math.floor(Date.now() / 1000);
  const body =
    step.body !== undefined
      ? fill(step.body, state.scope)
      : JSON.stringify(fillDeep(step.json ?? config.event ?? testEvent(config.scheme, state.runId, now), state.scope));
  const send = async (extra: Record<string, string>): Promise<ProbeResult> => {
    for (const value of Object.values(extra)) state.redactor.add(value);
    state.lastRequestAt = Date.now();
    // As a provider sends it: no cookies, no redirects followed (a redirect is not an acceptance).
    return state.probe.request({
      url: request.url,
      method,
      headers: { 'content-type': 'application/json', ...request.headers, ...extra },
      body,
      timeoutMs,
      followRedirects: false,
    });
  };
  const signed = signWebhook(config, secret, body, now);
  const result = await send({ ...signed.common, ...signed.signature });
  let failure = result.failure ?? checkResponse(result, step.expect, state.redactor);
  if (failure !== undefined && result.status !== undefined && result.status >= 400 && result.status < 500) {
    failure = {
      ...failure,
      hint: `the endpoint refused a correctly signed ${config.scheme} event: check that the app's webhook secret is the one the smoke test uses, that it verifies the raw request body (before parsing JSON), and its clock`,
    };
  }
  const checks: WebhookCheck[] = [];
  const refuse = async (name: WebhookCheckName, headers: Record<string, string>) => {
    const answer = await send({ ...signed.common, ...headers });
    const status = answer.status;
    checks.push({
      name,
      status,
      accepted: status !== undefined && status >= 200 && status < 300,
      ...(answer.failure === undefined ? {} : { error: answer.failure.message }),
    });
  };
  await refuse('unsigned', {});
  const forged = randomBytes(24).toString('hex');
  await refuse('wrong-signature', signWebhook(config, forged, body, now).signature);
  if (hasTimestamp(config) && config.replay) {
    await refuse('stale-timestamp', signWebhook(config, secret, body, now - STALE_SECONDS).signature);
  }
  const signedOk = failure === undefined;
  const accepted = checks.filter((c) => c.accepted);
  if (failure === undefined && accepted.length > 0) {
    failure = {
      kind: 'assertion',
      message: `the webhook endpoint accepted ${accepted.map((c) => `${WHAT[c.name]} (HTTP ${c.status})`).join(', ')}`,
      hint: HINT[accepted[0].name],
    };
  }
  const verdictFailure = failure ?? checkTime(result, step.expect.maxMs ?? (state.maxMs || undefined));
  const stepResult = toStepResult(
    { name: step.name, method, severity: step.severity },
    request.url,
    result,
    verdictFailure,
    // The forged events are checks, not retries.
    1,
    failure === undefined ? 'slow' : 'failed',
  );
  return { ...stepResult, kind: 'webhook', webhook: { scheme: config.scheme, signedOk, checks } };
}

export const WHAT: Record<WebhookCheckName, string> = {
  unsigned: 'an unsigned event',
  'wrong-signature': 'an event signed with the wrong secret',
  'stale-timestamp': `a correctly signed event ${STALE_SECONDS / 60} minutes old (a replay)`,
};

export const HINT: Record<WebhookCheckName, string> = {
  unsigned:
    "verify the signature header on every event and answer 400 when it is missing: with the provider's SDK (e.g. stripe.webhooks.constructEvent) before acting on the event",
  'wrong-signature':
    'compare the signature you compute from the raw body and your webhook secret with the one sent (constant-time), and answer 400 when they differ',
  'stale-timestamp':
    "reject events whose signed timestamp is older than a few minutes (Stripe's SDK uses 300 s), so a captured event cannot be replayed",
};
