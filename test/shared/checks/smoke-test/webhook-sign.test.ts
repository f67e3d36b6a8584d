// Signatures as each provider documents them, checked by an endpoint written from the providers' docs (not from
// our signer): a correct endpoint passes every scheme; one that skips the check is caught.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { smokeOptionsSchema, WEBHOOK_SCHEMES } from '../../../../shared/checks/smoke-test/options.ts';
import { signWebhook } from '../../../../shared/checks/smoke-test/webhook-sign.ts';
import { smoke, step } from './harness.ts';

const SECRET = 'whsec_sign_T6nR2qW8xK4mP9';
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');
const hmac = (text: string, encoding: 'hex' | 'base64' = 'hex', algorithm = 'sha256') =>
  createHmac(algorithm, SECRET).update(text).digest(encoding);

type Verify = (headers: IncomingHttpHeaders, body: string) => boolean;
const fresh = (ts: string | undefined) => Math.abs(Date.now() / 1000 - Number(ts)) <= 300;

/** Verifiers as each provider's documentation describes them. */
const VERIFY: Record<string, Verify> = {
  stripe: (h, body) => {
    const parts = Object.fromEntries(
      String(h['stripe-signature'] ?? '')
        .split(',')
        .map((p) => p.split('=')),
    );
    return parts.v1 === hmac(`${parts.t}.${body}`) && fresh(parts.t);
  },
  github: (h, body) => h['x-hub-signature-256'] === `sha256=${hmac(body)}`,
  shopify: (h, body) => h['x-shopify-hmac-sha256'] === hmac(body, 'base64'),
  paddle: (h, body) => {
    const parts = Object.fromEntries(
      String(h['paddle-signature'] ?? '')
        .split(';')
        .map((p) => p.split('=')),
    );
    return parts.h1 === hmac(`${parts.ts}:${body}`) && fresh(parts.ts);
  },
  lemonsqueezy: (h, body) => h['x-signature'] === hmac(body),
  hmac: (h, body) => {
    const ts = String(h['x-timestamp'] ?? '');
    return h['x-sig'] === `v1=${hmac(`${ts}:${body}`, 'base64', 'sha512')}` && fresh(ts);
  },
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function endpoint(verify: Verify): Promise<string> {
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    res.writeHead(verify(req.headers, body) ? 200 : 400).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const HMAC_SETTINGS = {
  header: 'X-Sig',
  algorithm: 'sha512',
  encoding: 'base64',
  signed: '{timestamp}:{body}',
  prefix: 'v1=',
  timestampHeader: 'X-Timestamp',
};

describe('webhook signing schemes', () => {
  it("matches GitHub's documented example", () => {
    const config = smokeOptionsSchema.shape.webhook.unwrap().parse({ path: '/', scheme: 'github', secret: 'x' });
    const signed = signWebhook(config, "It's a Secret to Everybody", 'Hello, World!', 0);
    expect(signed.signature['x-hub-signature-256']).toBe(
      'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    );
  });

  for (const scheme of WEBHOOK_SCHEMES) {
    it(`${scheme}: an endpoint that verifies as documented takes the signed event and refuses the forged ones`, async () => {
      const url = await endpoint(VERIFY[scheme]);
      const run = await smoke(
        {
          baseUrl: url,
          steps: [
            {
              name: 'hook',
              kind: 'webhook',
              method: 'POST',
              path: '/hook',
              webhook: { scheme, secret: ENV_REF('HOOK_SECRET'), ...(scheme === 'hmac' ? HMAC_SETTINGS : {}) },
            },
          ],
        },
        { HOOK_SECRET: SECRET },
      );
      const result = step(run, 'hook');
      expect(result.failure).toBeUndefined();
      expect(result.status).toBe(200);
      const timed = scheme === 'stripe' || scheme === 'paddle' || scheme === 'hmac';
      expect(result.webhook?.checks.map((c) => [c.name, c.status])).toEqual([
        ['unsigned', 400],
        ['wrong-signature', 400],
        ...(timed ? [['stale-timestamp', 400]] : []),
      ]);
      expect(run.report.findings).toEqual([]);
      expect(JSON.stringify(run.report) + run.logs.join('\n')).not.toContain(SECRET);
    });
  }

  it('an endpoint that takes anything is a blocker twice over (unsigned, wrong signature) and a replay finding', async () => {
    const url = await endpoint(() => true);
    const run = await smoke(
      {
        baseUrl: url,
        webhook: { path: '/api/webhooks/paddle', scheme: 'paddle', secret: ENV_REF('HOOK_SECRET') },
        paths: { homepage: '/', login: '/', checkout: '/' },
        preset: 'ecommerce',
      },
      { HOOK_SECRET: SECRET },
    );
    const hook = step(run, 'payment-webhook');
    expect(hook.verdict).toBe('failed');
    const webhookFindings = run.report.findings.filter((f) => f.ruleId.startsWith('smoke/webhook'));
    expect(webhookFindings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['smoke/webhook-bad-signature-accepted', 'blocker'],
      ['smoke/webhook-unsigned-accepted', 'blocker'],
      ['smoke/webhook-replay-accepted', 'high'],
    ]);
  });
});
