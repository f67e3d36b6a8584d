// The judgements behind the findings: placeholders, hosts, test modes and secret-looking names.
import { describe, expect, it } from 'vitest';
import { classifyValueHosts } from '../../../../shared/checks/env-check/hosts.ts';
import { shapeProblem } from '../../../../shared/checks/env-check/kinds.ts';
import { isPlaceholder } from '../../../../shared/checks/env-check/placeholders.ts';
import { looksSecret } from '../../../../shared/checks/env-check/secret-names.ts';
import { detectTestMode } from '../../../../shared/checks/env-check/test-mode.ts';

describe('isPlaceholder', () => {
  const plain = { secret: false };
  const secret = { secret: true };
  it.each([
    'changeme',
    'CHANGE_ME',
    'replace-me',
    'TODO',
    'todo: ask finance',
    'xxx',
    'xxxx-xxxx-xxxx',
    'sk_live_xxxxxxxxxxxx',
    '<your-api-key>',
    'postgres://<user>:<password>@db.acme-shop.io/shop',
    'your-api-key',
    'YOUR_TOKEN',
    'yourStripeKey',
    'put-your-key-here',
    'paste_the_token',
    'dummy',
    'example',
    'https://api.example.com/hooks',
    'owner@example.org',
    'test123',
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    '{{ STRIPE_KEY }}',
    '***',
    'Acme <you@yourdomain.com>',
    '<orders@acme>',
    'https://your-domain.com',
  ])('%s is a placeholder', (value) => {
    expect(isPlaceholder(value, plain)).toBe(true);
  });

  it.each([
    `${'sk'}_live_51NfQ2hKX8b3Gm7Yv0aTqLpR4sW9zJ`,
    'https://acme-shop.io',
    'info',
    'eu-west-1',
    '3000',
    'true',
    'Maxwell Exampleton',
    'password',
    'add_to_cart',
    // The From header form every mail provider documents (Resend, Postmark, SendGrid).
    'Acme Mugs <orders@acme-mugs.com>',
    '<orders@acme-mugs.com>',
    '<https://acme-mugs.com/unsubscribe>',
  ])('%s is a real value', (value) => {
    expect(isPlaceholder(value, plain)).toBe(false);
  });

  it('holds secrets to a higher standard: weak words and the example file value', () => {
    expect(isPlaceholder('password', secret)).toBe(true);
    expect(isPlaceholder('secret123', secret)).toBe(true);
    expect(isPlaceholder('whsec_abc123def456', { secret: true, exampleValue: 'whsec_abc123def456' })).toBe(true);
    expect(isPlaceholder('whsec_9c8b7a6f5e4d', { secret: true, exampleValue: 'whsec_abc123def456' })).toBe(false);
    // A non-secret default copied from the example (LOG_LEVEL=info) is fine.
    expect(isPlaceholder('info', { secret: false, exampleValue: 'info' })).toBe(false);
  });
});

describe('classifyValueHosts', () => {
  it.each([
    'http://localhost:3000',
    'localhost:6379',
    'redis://127.0.0.1:6379',
    'postgres://u:p@0.0.0.0/db',
    'http://[::1]:8080',
    'https://shop.local',
    'https://api.shop.test/v1',
    'https://abc123.ngrok-free.app/webhook',
    'mysql://root@host.docker.internal/db',
    'https://acme-shop.io, http://localhost:5173',
  ])('%s is local', (value) => {
    expect(classifyValueHosts(value)).toBe('local');
  });

  it.each([
    'https://staging.acme-shop.io',
    'https://api-staging.acme-shop.io',
    'postgres://u:p@db.dev.acme-shop.io/x',
    'https://api-m.sandbox.paypal.com',
    'acme-shop-preview.herokuapp.com',
  ])('%s is a staging host', (value) => {
    expect(classifyValueHosts(value)).toBe('staging');
  });

  it.each([
    'https://acme-shop.io',
    'https://acme.dev',
    'https://devices.acme-shop.io',
    'postgres://u:p@10.0.3.7:5432/db',
    '3.14',
    'info',
    'eu-west-1',
  ])('%s is neither', (value) => {
    expect(classifyValueHosts(value)).toBeUndefined();
  });
});

describe('detectTestMode', () => {
  it('recognises provider test keys', () => {
    expect(detectTestMode('STRIPE_SECRET_KEY', 'sk_test_abc', true)?.what).toBe('a Stripe test-mode key (sk_test_…)');
    expect(detectTestMode('CLERK_PUBLISHABLE_KEY', 'pk_test_abc', true)?.what).toBe('a test-mode key (pk_test_…)');
    expect(detectTestMode('RAZORPAY_KEY_ID', 'rzp_test_abc', true)?.kind).toBe('key');
    expect(detectTestMode('MOLLIE_API_KEY', 'test_abcdef', true)?.kind).toBe('key');
    expect(detectTestMode('STRIPE_SECRET_KEY', 'sk_live_abc', true)).toBeUndefined();
    // `test_` is only a key prefix on credentials.
    expect(detectTestMode('TABLE_PREFIX', 'test_', false)).toBeUndefined();
  });

  it('recognises test modes and debug switches', () => {
    expect(detectTestMode('PAYPAL_MODE', 'sandbox', false)?.kind).toBe('mode');
    expect(detectTestMode('APP_ENV', 'development', false)?.kind).toBe('mode');
    expect(detectTestMode('APP_DEBUG', 'true', false)?.kind).toBe('debug');
    expect(detectTestMode('APP_DEBUG', 'false', false)).toBeUndefined();
    expect(detectTestMode('PAYPAL_MODE', 'live', false)).toBeUndefined();
  });
});

describe('looksSecret', () => {
  it.each([
    'STRIPE_SECRET_KEY',
    'API_KEY',
    'OPENAI_APIKEY',
    'GITHUB_TOKEN',
    'DB_PASSWORD',
    'SMTP_PASS',
    'JWT_PRIVATE_KEY',
    'GOOGLE_CREDENTIALS',
    'SENTRY_DSN',
    'DATABASE_URL',
    'REDIS_URL',
    'MONGODB_URI',
  ])('%s is secret', (name) => {
    expect(looksSecret(name)).toBe(true);
  });

  it.each(['APP_URL', 'LOG_LEVEL', 'SESSION_TIMEOUT', 'KEYBOARD_LAYOUT', 'PASSENGER_COUNT'])('%s is not', (name) => {
    expect(looksSecret(name)).toBe(false);
  });
});

describe('shapeProblem', () => {
  it('accepts every boolean spelling people use and rejects others', () => {
    for (const value of ['true', 'FALSE', '1', '0', 'yes', 'off']) {
      expect(shapeProblem(value, { kind: 'boolean' })).toBeUndefined();
    }
    expect(shapeProblem('enabled', { kind: 'boolean' })).toMatch(/boolean/);
  });

  it('matches a regex against the whole value', () => {
    expect(shapeProblem('eu-1', { kind: 'regex', pattern: '[a-z]{2}-\\d' })).toBeUndefined();
    expect(shapeProblem('xeu-12', { kind: 'regex', pattern: '[a-z]{2}-\\d' })).toBeDefined();
  });

  it('wants a scheme and a host for a URL', () => {
    expect(shapeProblem('redis://cache.acme-shop.io:6379', { kind: 'url' })).toBeUndefined();
    expect(shapeProblem('acme-shop.io', { kind: 'url' })).toBeDefined();
    expect(shapeProblem('https://', { kind: 'url' })).toBeDefined();
  });

  it('reads numbers as people write them', () => {
    for (const value of ['42', '-1', '0.5', '1e3']) expect(shapeProblem(value, { kind: 'number' })).toBeUndefined();
    for (const value of ['4 2', '1,000', 'ten', '']) expect(shapeProblem(value, { kind: 'number' })).toBeDefined();
  });
});
