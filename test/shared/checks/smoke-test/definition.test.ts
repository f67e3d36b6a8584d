import { afterEach, describe, expect, it } from 'vitest';
import { smokeTest } from '../../../../shared/checks/smoke-test/index.ts';
import { smoke } from './harness.ts';
import { type Storefront, startStorefront } from './storefront.ts';

let shop: Storefront | undefined;
afterEach(async () => {
  await shop?.close();
  shop = undefined;
});

describe('smoke-test definition', () => {
  it('works with zero config (every field has a default) and reads the smoke section', () => {
    const options = smokeTest.schema.parse({});
    expect(options).toMatchObject({ baseUrl: '', preset: '', timeoutMs: 10_000, retries: 3, steps: [] });
    expect(smokeTest.configSection).toBe('smoke');
  });

  it('every param points at an option the schema knows', () => {
    const defaults = smokeTest.schema.parse({}) as Record<string, unknown>;
    for (const param of smokeTest.params) expect(defaults, param.name).toHaveProperty(param.key);
    expect(smokeTest.params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['base-url', 'preset', 'api-path', 'auth-header', 'timeout-ms', 'retries', 'wait-for']),
    );
  });

  it('explains a bad option value in words', () => {
    const bad = (input: unknown) => {
      const result = smokeTest.schema.safeParse(input);
      return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(bad({ timeoutMs: -1 })).toMatch(/timeoutMs: timeoutMs must be a positive number of milliseconds/);
    expect(bad({ steps: [{ name: 'x' }] })).toMatch(/a step needs a path or a url/);
    expect(bad({ steps: [{ name: 'x', path: '/', capture: { t: { jsonPath: 'a', header: 'b' } } }] })).toMatch(
      /exactly one of jsonPath, header, cookie, regex/,
    );
    expect(bad({ steps: [{ name: 'has space', path: '/' }] })).toMatch(/step name/);
    expect(bad({ steps: [{ name: 'x', path: '/', expct: {} }] })).toMatch(/expct/);
  });

  it('runs through the definition (lazy implementation) and presents failures first', async () => {
    shop = await startStorefront({ checkoutStatus: 500 });
    const context = {
      cwd: process.cwd(),
      env: {},
      redactor: new (await import('../../../../shared/report/redact.ts')).Redactor(),
      log: () => {},
    };
    const report = await smokeTest.run(smokeTest.schema.parse({ baseUrl: shop.url }), context);
    const [steps, timings] = smokeTest.present?.(report) ?? [];
    expect(steps.columns).toEqual(['Step', 'Request', 'Status', 'Time', 'Verdict']);
    expect(steps.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['checkout', `GET ${shop.url}/checkout`, '500'],
      ['homepage', `GET ${shop.url}/`, '200'],
      ['login', `GET ${shop.url}/login`, '200'],
    ]);
    expect(steps.rows[0][4]).toMatch(/^failed \(http\): HTTP 500 .* — the app crashed/);
    expect(timings.collapsed).toBe(true);
    expect(timings.columns).toEqual([
      'Step',
      'DNS',
      'Connect',
      'TLS',
      'First byte',
      'Total',
      'Socket',
      'HTTP',
      'Redirects',
    ]);
    expect(timings.rows.map((r) => r[0])).toEqual(['homepage', 'login', 'checkout']);
  });

  it('gives per-step outputs', async () => {
    shop = await startStorefront({ checkoutStatus: 500 });
    const run = await smoke({ baseUrl: shop.url });
    const outputs = smokeTest.outputs?.(run.report) ?? {};
    expect(outputs).toMatchObject({
      'step-checkout-ok': 'false',
      'step-checkout-status': '500',
      'step-homepage-ok': 'true',
      'step-homepage-status': '200',
      'failed-steps': 'checkout',
    });
    expect(Number(outputs['step-homepage-ms'])).toBeGreaterThanOrEqual(0);
  });
});
