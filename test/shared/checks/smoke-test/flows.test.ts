// The saas flows against the demo shop and a real inbox: signup mail over SMTP, verification link, login, reset
// mail; signed webhooks and forged ones.
import { describe, expect, it } from 'vitest';
import { flowWorld } from '../../../helpers/flow-world.ts';
import { smoke, step } from './harness.ts';

const WEBHOOK_SECRET = 'whsec_test_Rk3mQ8vN2pX7tL5wZ9yB4cD6';
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const world = flowWorld(WEBHOOK_SECRET);

describe('saas preset', () => {
  it('signs up, follows the verification link from the mail, logs in, calls the API and gets the reset mail', async () => {
    const { shop, mailbox } = await world();
    const run = await smoke(
      { baseUrl: shop, preset: 'saas', inbox: { kind: 'maildev', url: mailbox.url } },
      {},
      { sleep: realSleep },
    );
    expect(run.report.details?.steps.map((s) => [s.name, s.verdict])).toEqual([
      ['signup', 'passed'],
      ['verify-mail', 'passed'],
      ['verify', 'passed'],
      ['login', 'passed'],
      ['api', 'passed'],
      ['forgot-password', 'passed'],
      ['reset-mail', 'passed'],
    ]);
    expect(run.report.ok).toBe(true);
    const mail = step(run, 'verify-mail').email;
    expect(mail?.to).toMatch(/^smoke\+\w+@example\.test$/);
    expect(mail?.subject).toBe('Verify your e-mail for Demo Shop');
    expect(mail?.deliveryMs).toBeGreaterThanOrEqual(0);
    expect(step(run, 'reset-mail').email?.subject).toMatch(/Reset/);
    // The verification link is a secret: the report shows the verify step's URL redacted.
    const link = /https?:\/\/\S+verify\?token=[\w-]+/.exec(mailbox.messages[0].text)?.[0] ?? '';
    expect(link).not.toBe('');
    expect(JSON.stringify(run.report)).not.toContain(link.split('token=')[1]);
  });

  it('fails the mail step within its deadline, classified, with a hint, when no mail arrives', async () => {
    const { shop, mailbox } = await world({ mailNeverSent: true });
    const started = Date.now();
    const run = await smoke(
      {
        baseUrl: shop,
        preset: 'saas',
        inbox: { kind: 'maildev', url: mailbox.url },
        saas: { mailTimeoutMs: 1_500 },
      },
      {},
      { sleep: realSleep },
    );
    // Two mails waited for (verification, reset), each within its 1.5 s deadline.
    expect(Date.now() - started).toBeLessThan(8_000);
    const mail = step(run, 'verify-mail');
    expect(mail.verdict).toBe('failed');
    expect(mail.failure?.kind).toBe('timeout');
    expect(mail.failure?.message).toMatch(/no mail to smoke\+\w+@example\.test arrived within 1\.5 s/);
    expect(mail.failure?.hint).toMatch(/SMTP settings/);
    expect(step(run, 'verify').verdict).toBe('skipped');
    const finding = run.report.findings.find((f) => f.ruleId === 'smoke/timeout');
    expect(finding?.severity).toBe('blocker');
    expect(finding?.title).toMatch(/verify-mail failed: no mail arrived/);
  });

  it('leaves out the password reset when saas.passwordReset is false', async () => {
    const { shop, mailbox } = await world();
    const run = await smoke(
      { baseUrl: shop, preset: 'saas', inbox: { kind: 'maildev', url: mailbox.url }, saas: { passwordReset: false } },
      {},
      { sleep: realSleep },
    );
    expect(run.report.details?.steps.map((s) => s.name)).toEqual(['signup', 'verify-mail', 'verify', 'login', 'api']);
    expect(run.report.ok).toBe(true);
  });

  it('says in one line what the preset needs when the inbox is missing', async () => {
    await expect(smoke({ baseUrl: 'http://127.0.0.1:9', preset: 'saas' })).rejects.toThrow(
      /preset saas reads the verification mail from a test inbox: set smoke.inbox.kind/,
    );
  });
});

describe('webhook step', () => {
  const webhookStep = (extra: object = {}) => ({
    name: 'payment-webhook',
    kind: 'webhook',
    method: 'POST',
    path: '/api/webhooks/stripe',
    webhook: { scheme: 'stripe', secret: ENV_REF('STRIPE_WEBHOOK_SECRET'), ...extra },
  });

  it('passes an endpoint that checks signatures and timestamps', async () => {
    const { shop } = await world();
    const run = await smoke({ baseUrl: shop, steps: [webhookStep()] }, { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
    const result = step(run, 'payment-webhook');
    expect(result.verdict).toBe('passed');
    expect(result.status).toBe(200);
    expect(result.webhook?.checks.map((c) => [c.name, c.status, c.accepted])).toEqual([
      ['unsigned', 400, false],
      ['wrong-signature', 400, false],
      ['stale-timestamp', 400, false],
    ]);
    expect(run.report.findings).toEqual([]);
  });

  it('is a blocker when the endpoint accepts unsigned events', async () => {
    const { shop } = await world({ webhookAcceptsUnsigned: true });
    const run = await smoke({ baseUrl: shop, steps: [webhookStep()] }, { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
    expect(step(run, 'payment-webhook').verdict).toBe('failed');
    expect(run.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['smoke/webhook-unsigned-accepted', 'blocker'],
    ]);
    expect(run.report.ok).toBe(false);
  });

  it('is a high finding when a stale (replayed) event is accepted', async () => {
    const { shop } = await world({ webhookIgnoresTimestamp: true });
    const run = await smoke({ baseUrl: shop, steps: [webhookStep()] }, { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
    expect(run.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['smoke/webhook-replay-accepted', 'high']]);
  });

  it('fails the step when a correctly signed event is refused (a different secret in the app)', async () => {
    const { shop } = await world();
    const run = await smoke(
      { baseUrl: shop, steps: [webhookStep()] },
      { STRIPE_WEBHOOK_SECRET: 'whsec_other_Zq8Wm3Np5Rt7' },
    );
    const result = step(run, 'payment-webhook');
    expect(result.verdict).toBe('failed');
    expect(result.failure?.hint).toMatch(/refused a correctly signed stripe event/);
    expect(JSON.stringify(run.report) + run.logs.join('\n')).not.toContain('whsec_other_Zq8Wm3Np5Rt7');
  });
});

describe('ecommerce preset with the payment webhook and order status page', () => {
  it('adds payment-webhook and order-status, and a configured step of the same name replaces a preset step', async () => {
    const { shop } = await world({ webhookAcceptsUnsigned: true });
    const run = await smoke(
      {
        baseUrl: shop,
        preset: 'ecommerce',
        paths: { orderStatus: '/orders/demo-1' },
        webhook: { path: '/api/webhooks/stripe', scheme: 'stripe', secret: ENV_REF('STRIPE_WEBHOOK_SECRET') },
        steps: [{ name: 'checkout', path: '/', expect: { bodyContains: 'Demo Shop' } }],
      },
      { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
    );
    expect(run.report.details?.steps.map((s) => [s.name, s.verdict])).toEqual([
      ['homepage', 'passed'],
      ['login', 'passed'],
      ['checkout', 'passed'],
      ['payment-webhook', 'failed'],
      ['order-status', 'passed'],
    ]);
    expect(step(run, 'checkout').url).toBe(`${shop}/`);
    expect(run.report.findings.map((f) => f.ruleId)).toEqual(['smoke/webhook-unsigned-accepted']);
  });

  it('needs the webhook secret from the environment: one line naming the variable', async () => {
    const { shop } = await world();
    await expect(
      smoke({
        baseUrl: shop,
        webhook: { path: '/api/webhooks/stripe', scheme: 'stripe', secret: ENV_REF('STRIPE_WEBHOOK_SECRET') },
      }),
    ).rejects.toThrow(/STRIPE_WEBHOOK_SECRET is not set/);
  });
});
