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
  expect(stdout).toContain('[smoke/webhook-unsigned-accepted]');
  expect(stdout).toMatch(/payment-webhook accepts unsigned events/);
  expect(stdout).toMatch(/mail "Verify your e-mail for Demo Shop" arrived \d+ ms after the request/);
  expect(stdout).toMatch(/2 of 8 smoke steps failed/);
  expect(stdout + stderr).not.toContain('whsec_demoR7kP2mX9qL4vN8tW3sZ6');
  expect(stdout).toContain('Demo shop: NOT ready to launch');
});
