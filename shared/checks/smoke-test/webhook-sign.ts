// Webhook signatures as the providers document them, so a smoke test can send an event the app must accept, and
// the same event unsigned, wrongly signed or replayed, which it must refuse.
//   Stripe        Stripe-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>"))
//   GitHub        X-Hub-Signature-256: sha256=hex(HMAC-SHA256(secret, body))
//   Shopify       X-Shopify-Hmac-Sha256: base64(HMAC-SHA256(secret, body))
//   Paddle        Paddle-Signature: ts=<unix>;h1=hex(HMAC-SHA256(secret, "<ts>:<body>"))   (Paddle Billing)
//   Lemon Squeezy X-Signature: hex(HMAC-SHA256(secret, body))
//   hmac          any header, algorithm, encoding, signed text ({timestamp}, {body}) and prefix
import { createHmac, randomUUID } from 'node:crypto';
import type { WebhookConfig } from './options.ts';

export interface SignedHeaders {
  /** Headers every variant sends (event name, delivery id). */
  common: Record<string, string>;
  /** The signature header(s) of this variant. */
  signature: Record<string, string>;
}

/** True when the scheme signs a timestamp, so a replayed (stale) event can be told apart. */
export function hasTimestamp(config: WebhookConfig): boolean {
  if (config.scheme === 'stripe' || config.scheme === 'paddle') return true;
  return config.scheme === 'hmac' && config.signed.includes('{timestamp}');
}

function hmac(secret: string, text: string, algorithm = 'sha256'): Buffer {
  return createHmac(algorithm, secret).update(text, 'utf8').digest();
}

/** The headers a provider sends with `body`, signed with `secret` at `timestamp` (Unix seconds). */
export function signWebhook(config: WebhookConfig, secret: string, body: string, timestamp: number): SignedHeaders {
  switch (config.scheme) {
    case 'stripe':
      return {
        common: {},
        signature: { 'stripe-signature': `t=${timestamp},v1=${hmac(secret, `${timestamp}.${body}`).toString('hex')}` },
      };
    case 'github':
      return {
        common: { 'x-github-event': 'ping', 'x-github-delivery': randomUUID() },
        signature: { 'x-hub-signature-256': `sha256=${hmac(secret, body).toString('hex')}` },
      };
    case 'shopify':
      return {
        common: { 'x-shopify-topic': 'orders/paid', 'x-shopify-webhook-id': randomUUID() },
        signature: { 'x-shopify-hmac-sha256': hmac(secret, body).toString('base64') },
      };
    case 'paddle':
      return {
        common: {},
        signature: { 'paddle-signature': `ts=${timestamp};h1=${hmac(secret, `${timestamp}:${body}`).toString('hex')}` },
      };
    case 'lemonsqueezy':
      return {
        common: { 'x-event-name': 'order_created' },
        signature: { 'x-signature': hmac(secret, body).toString('hex') },
      };
    case 'hmac': {
      const signed = config.signed.replaceAll('{timestamp}', String(timestamp)).replaceAll('{body}', body);
      const digest = hmac(secret, signed, config.algorithm).toString(config.encoding);
      const signature: Record<string, string> = {
        [(config.header ?? 'x-signature').toLowerCase()]: `${config.prefix}${digest}`,
      };
      if (config.timestampHeader !== undefined && hasTimestamp(config)) {
        signature[config.timestampHeader.toLowerCase()] = String(timestamp);
      }
      return { common: {}, signature };
    }
  }
}

/** A harmless test event in the provider's shape; `id` makes it unique per run (idempotent handlers see it once). */
export function testEvent(scheme: WebhookConfig['scheme'], id: string, timestamp: number): unknown {
  const marker = { launch_ready_smoke: 'true' };
  switch (scheme) {
    case 'stripe':
      return {
        id: `evt_smoke_${id}`,
        object: 'event',
        created: timestamp,
        livemode: false,
        type: 'checkout.session.completed',
        data: {
          object: {
            id: `cs_test_smoke_${id}`,
            object: 'checkout.session',
            status: 'complete',
            payment_status: 'paid',
            metadata: marker,
          },
        },
      };
    case 'github':
      return { zen: 'Keep it logically awesome.', hook_id: 0, hook: { type: 'Repository', active: true } };
    case 'shopify':
      return { id: 0, name: `#smoke-${id}`, financial_status: 'paid', test: true, note_attributes: [marker] };
    case 'paddle':
      return {
        event_id: `evt_smoke_${id}`,
        event_type: 'transaction.completed',
        occurred_at: new Date(timestamp * 1000).toISOString(),
        notification_id: `ntf_smoke_${id}`,
        data: { id: `txn_smoke_${id}`, status: 'completed', custom_data: marker },
      };
    case 'lemonsqueezy':
      return {
        meta: { event_name: 'order_created', test_mode: true, custom_data: marker },
        data: { type: 'orders', id: `smoke-${id}`, attributes: { status: 'paid', test_mode: true } },
      };
    case 'hmac':
      return { id: `evt_smoke_${id}`, type: 'smoke.test', created: timestamp, data: marker };
  }
}
