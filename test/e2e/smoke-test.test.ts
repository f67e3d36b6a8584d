// smoke-test from the committed bundles against the embedded storefront: what a deploy workflow sees.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Storefront, startStorefront } from '../../shared/demo/storefront.ts';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { closedPort } from '../shared/http/servers.ts';

let healthy: Storefront;
let broken: Storefront;
let dir: string;
beforeAll(async () => {
  [healthy, broken] = await Promise.all([startStorefront(), startStorefront({ checkoutDown: true })]);
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-smoke-'));
});
afterAll(async () => {
  await Promise.all([healthy.close(), broken.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('launch-ready smoke-test (dist/cli)', () => {
  it('passes the preset steps on a healthy shop', async () => {
    const result = await runCliBundle(['smoke-test', '--base-url', healthy.url, '--format', 'json'], dir);
    expect(result.code).toBe(0);
    const steps = JSON.parse(result.stdout).details.steps as { name: string; ok: boolean }[];
    expect(steps.map((s) => [s.name, s.ok])).toEqual([
      ['homepage', true],
      ['login', true],
      ['checkout', true],
    ]);
  });

  it('fails only checkout, as an http failure, when checkout answers 500', async () => {
    const result = await runCliBundle(['smoke-test', '--base-url', broken.url, '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const steps = JSON.parse(result.stdout).details.steps as {
      name: string;
      ok: boolean;
      failure?: { kind: string };
    }[];
    expect(steps.filter((s) => !s.ok).map((s) => [s.name, s.failure?.kind])).toEqual([['checkout', 'http']]);
  });

  it('classifies a closed port as a connect failure within seconds', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runCliBundle(['smoke-test', '--base-url', url, '--retries', '0', '--format', 'json'], dir);
    expect(result.code).toBe(1);
    const kinds = JSON.parse(result.stdout).details.steps.map((s: { failure?: { kind: string } }) => s.failure?.kind);
    expect(kinds[0]).toBe('connect');
  });

  it('says what to pass when the base URL is missing (exit 2)', async () => {
    const result = await runCliBundle(['smoke-test'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--base-url');
  });
});

describe('smoke-test action (dist/smoke-test)', () => {
  it('sets per-step outputs and a summary row per step', async () => {
    const result = await runActionBundle('smoke-test', { 'base-url': broken.url }, dir);
    expect(result.code).toBe(1);
    expect(result.outputs).toMatchObject({
      passed: 'false',
      'step-checkout-ok': 'false',
      'step-checkout-status': '500',
      'step-homepage-ok': 'true',
    });
    expect(result.stdout).toMatch(/^::error title=blocker%3A checkout failed%3A HTTP 500::HTTP 500 from .*\/checkout/m);
    expect(result.summary).toMatch(/\| checkout \| GET http:\/\/127\.0\.0\.1:\d+\/checkout \| 500 \|/);
  });
});
