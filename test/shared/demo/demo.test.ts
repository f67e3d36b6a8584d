import { expect, it } from 'vitest';
import { runDemo } from '../../../shared/demo/run.ts';
import { captureIo } from '../../helpers/capture-io.ts';

it('the demo catches each planted launch-day mistake and exits by itself', async () => {
  const io = captureIo({ cwd: process.cwd() });
  const code = await runDemo([], io);
  const { stdout, stderr } = io.out;
  expect(code, stderr).toBe(0);
  // env-check: test-mode key, missing webhook secret, placeholder, localhost, undeclared variable.
  for (const rule of ['env/test-mode', 'env/missing', 'env/placeholder', 'env/local-value', 'env/undeclared']) {
    expect(stdout).toContain(`[${rule}]`);
  }
  // secret-scan: the live key in code and the AWS keys in the frontend bundle, not the README examples.
  expect(stdout).toMatch(/src\/payments\.js:5:\d+\s+Stripe live secret key/);
  expect(stdout).toMatch(/dist\/assets\/app\.4f1c9b2e\.js:1:\d+\s+AWS access key ID/);
  expect(stdout).not.toContain('README.md');
  // smoke-test: checkout fails as an http failure; the signup mail arrives and its link verifies; the payment
  // webhook takes unsigned events (a blocker); its secret never shows.
  expect(stdout).toContain('checkout failed: HTTP 500');
  // cache-audit: the account page a CDN may keep is the one blocker; the other planted mistakes are advice.
  expect(stdout).toMatch(
    /\/account\s+a shared cache may store this customer-only response\s+\[cache\/private-shared-cache\]/,
  );
  expect(stdout).toMatch(/cache-audit failed: 1 blocker, 3 medium, 1 low/);
  for (const rule of ['revved-short-lived', 'page-stale-after-deploy', 'uncompressed-text', 'heuristic-freshness']) {
    expect(stdout).toContain(`[cache/${rule}]`);
  }
  // dns-check: the demo domain (served by the embedded DNS server) has no DMARC record; nothing else is wrong.
  expect(stdout).toContain('[email/dmarc-missing]');
  expect(stdout).toMatch(/dns-check failed: 1 high, \d+ info/);
  // tls-check: the storefront's HTTPS certificate (from the demo CA, trusted via --ca-file) lapses in days.
  expect(stdout).toContain('[tls/expires-soon]');
  expect(stdout).not.toContain('[tls/untrusted]');
  // latency-budget: the slow search is over its p95 budget for certain; login answers a burst without a 429.
  expect(stdout).toMatch(/GET \/api\/search: p95 \d+ ms is over its 200 ms budget\s+\[latency\/over-budget\]/);
  expect(stdout).toContain('[latency/no-rate-limit]');
  expect(stdout).toContain('[smoke/webhook-unsigned-accepted]');
  expect(stdout).toMatch(/payment-webhook accepts unsigned events/);
  expect(stdout).toMatch(/mail "Verify your e-mail for Demo Shop" arrived \d+ ms after the request/);
  expect(stdout).toMatch(/2 of 8 smoke steps failed/);
  expect(stdout + stderr).not.toContain('whsec_demoR7kP2mX9qL4vN8tW3sZ6');
  expect(stdout).toContain('Demo shop: NOT ready to launch');
});
