// The saas flows and signed webhooks from the committed bundles (the CLI, and the action as the runner runs it):
// a real shop sends real SMTP to a local inbox; no webhook secret, password or captured code reaches any output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mailbox } from '../../shared/demo/mailbox.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { flowWorld } from '../helpers/flow-world.ts';

const WEBHOOK_SECRET = 'whsec_e2e_Vb7nM3kQ9wR2xT5zY8';
const PASSWORD = 'Founder-Pa55-e2e-7Kq2';
const ENV = { STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, SMOKE_PASSWORD: PASSWORD };
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-flows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const world = flowWorld(WEBHOOK_SECRET);

/** A project whose launch-ready.yml holds this smoke section (JSON is YAML). */
function project(name: string, smoke: object): string {
  const folder = mkdtempSync(join(dir, `${name}-`));
  writeFileSync(join(folder, 'launch-ready.yml'), JSON.stringify({ smoke }));
  return folder;
}

const saasConfig = (mailbox: Mailbox, extra: object = {}) => ({
  preset: 'saas',
  inbox: { kind: 'maildev', url: mailbox.url },
  saas: { password: ENV_REF('SMOKE_PASSWORD'), verification: 'code', mailTimeoutMs: 5_000 },
  webhook: undefined,
  steps: [
    {
      name: 'payment-webhook',
      kind: 'webhook',
      method: 'POST',
      path: '/api/webhooks/stripe',
      webhook: { scheme: 'stripe', secret: ENV_REF('STRIPE_WEBHOOK_SECRET') },
    },
  ],
  ...extra,
});

/** Every secret the run met: the webhook secret, the password, the code and link token from the mail. */
function secretsOf(mailbox: Mailbox): string[] {
  const text = mailbox.messages.map((m) => m.text).join('\n');
  const codes = [...text.matchAll(/code (\d{6})/g)].map((m) => m[1]);
  const tokens = [...text.matchAll(/token=([\w-]+)/g)].map((m) => m[1]);
  expect(codes.length).toBeGreaterThan(0);
  return [WEBHOOK_SECRET, PASSWORD, ...codes, ...tokens];
}

function leaked(text: string, secrets: string[]): string[] {
  return secrets.filter((secret) => text.includes(secret));
}

describe('saas flows (dist/cli)', () => {
  it('signs up, enters the code from the mail, logs in; the unguarded webhook is a blocker; nothing secret shows', async () => {
    const { shop, mailbox } = await world({ webhookAcceptsUnsigned: true });
    const cwd = project('saas', saasConfig(mailbox));
    const json = await runCliBundle(['smoke-test', '--base-url', shop, '--format', 'json'], cwd, ENV);
    expect(json.code, json.stderr).toBe(1);
    const report = JSON.parse(json.stdout);
    const steps = report.details.steps as { name: string; verdict: string }[];
    expect(steps.map((s) => [s.name, s.verdict])).toEqual([
      ['signup', 'passed'],
      ['verify-mail', 'passed'],
      ['verify', 'passed'],
      ['login', 'passed'],
      ['api', 'passed'],
      ['forgot-password', 'passed'],
      ['reset-mail', 'passed'],
      ['payment-webhook', 'failed'],
    ]);
    expect(report.findings.map((f: { ruleId: string; severity: string }) => [f.ruleId, f.severity])).toEqual([
      ['smoke/webhook-unsigned-accepted', 'blocker'],
    ]);
    const text = await runCliBundle(['smoke-test', '--base-url', shop], cwd, ENV);
    expect(text.stdout).toContain('payment-webhook accepts unsigned events');
    const secrets = secretsOf(mailbox);
    expect(leaked([json.stdout, json.stderr, text.stdout, text.stderr].join('\n'), secrets)).toEqual([]);
  });

  it('fails the mail step within its deadline when the shop sends no mail (exit 1, hint on SMTP)', async () => {
    const { shop, mailbox } = await world({ mailNeverSent: true });
    const cwd = project('nomail', saasConfig(mailbox, { saas: { mailTimeoutMs: 1_000 }, steps: [] }));
    const result = await runCliBundle(['smoke-test', '--base-url', shop, '--format', 'json'], cwd, ENV);
    expect(result.code).toBe(1);
    const mail = JSON.parse(result.stdout).details.steps.find((s: { name: string }) => s.name === 'verify-mail');
    expect(mail.failure.kind).toBe('timeout');
    expect(mail.failure.message).toMatch(/no mail to smoke\+\w+@example\.test arrived within 1 s/);
    expect(mail.failure.hint).toMatch(/SMTP settings/);
  });

  it('names the missing inbox in one line (exit 2)', async () => {
    const cwd = project('noinbox', { preset: 'saas' });
    const result = await runCliBundle(['smoke-test', '--base-url', 'http://127.0.0.1:9'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/preset saas reads the verification mail from a test inbox/);
  });
});

describe('saas flows (action)', () => {
  it('passes a shop whose webhook checks signatures; no secret in log, summary, outputs or report', async () => {
    const { shop, mailbox } = await world();
    const cwd = project('action', saasConfig(mailbox));
    const result = await runActionBundle('smoke-test', { 'base-url': shop }, cwd, ENV);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.passed).toBe('true');
    expect(result.outputs['step-verify-mail-ok']).toBe('true');
    expect(Number(result.outputs['step-verify-mail-delivery-ms'])).toBeGreaterThanOrEqual(0);
    expect(result.outputs['step-payment-webhook-ok']).toBe('true');
    const secrets = secretsOf(mailbox);
    const outputs = Object.values(result.outputs).join('\n');
    // The ::add-mask:: lines hand secrets to the runner's masker: that is where they must be, and only there.
    const log = result.stdout.replace(/^::add-mask::.*$/gm, '');
    expect(leaked([log, result.stderr, result.summary, outputs, result.reportJson].join('\n'), secrets)).toEqual([]);
    expect(result.stdout).toContain(`::add-mask::${WEBHOOK_SECRET}`);
  });
});
