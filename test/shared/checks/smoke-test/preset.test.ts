import { afterEach, describe, expect, it } from 'vitest';
import { gateFailures } from '../../../../shared/report/model.ts';
import { closedPort, makeCert, type TestCert } from '../../http/servers.ts';
import { smoke, step } from './harness.ts';
import { SHOP, type Storefront, type StorefrontFaults, startStorefront } from './storefront.ts';

const shops: Storefront[] = [];
async function shop(faults: StorefrontFaults = {}, tls?: TestCert): Promise<Storefront> {
  const started = await startStorefront(faults, tls);
  shops.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(shops.splice(0).map((s) => s.close()));
});

const authHeader = `Authorization: Bearer ${SHOP.apiKey}`;

describe('ecommerce preset', () => {
  it('passes all four steps on a healthy shop, with nothing at or above the gate', async () => {
    const { url } = await shop();
    const run = await smoke({ baseUrl: url, apiPath: '/api/me', authHeader });
    expect(run.report.details?.steps.map((s) => [s.name, s.verdict, s.status])).toEqual([
      ['homepage', 'passed', 200],
      ['login', 'passed', 200],
      ['checkout', 'passed', 200],
      ['api', 'passed', 200],
    ]);
    expect(run.report.ok).toBe(true);
    expect(run.report.findings).toEqual([]);
    expect(gateFailures(run.report.findings, 'high')).toEqual([]);
    expect(run.report.summary).toMatch(/4 of 4 smoke steps passed/);
    // One connection serves the whole run.
    expect(run.report.details?.steps.slice(1).every((s) => s.socketReused)).toBe(true);
  });

  it('leaves the api step out when no api path is given', async () => {
    const { url } = await shop();
    const run = await smoke({ baseUrl: url });
    expect(run.report.details?.steps.map((s) => s.name)).toEqual(['homepage', 'login', 'checkout']);
    expect(run.report.ok).toBe(true);
  });

  it('fails the api step with an http blocker when the credential is missing', async () => {
    const { url } = await shop();
    const run = await smoke({ baseUrl: url, apiPath: '/api/me' });
    const api = step(run, 'api');
    expect(api).toMatchObject({ ok: false, verdict: 'failed', status: 401, failure: { kind: 'http' } });
    expect(api.failure?.hint).toMatch(/credentials/);
    expect(run.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['smoke/http', 'blocker']]);
    expect(run.report.findings[0].location).toEqual({ url: `${url}/api/me` });
  });

  it('a 500 on checkout fails only the checkout step, as http', async () => {
    const { url } = await shop({ checkoutStatus: 500 });
    const run = await smoke({ baseUrl: url });
    expect(run.report.details?.steps.filter((s) => !s.ok).map((s) => [s.name, s.failure?.kind])).toEqual([
      ['checkout', 'http'],
    ]);
    expect(run.report.ok).toBe(false);
    expect(run.report.summary).toContain('checkout (http)');
    expect(gateFailures(run.report.findings, 'high')).toHaveLength(1);
  });

  it('two 503s then 200 pass thanks to retries', async () => {
    const { url } = await shop({ unavailableFirst: 2 });
    const run = await smoke({ baseUrl: url });
    expect(run.report.ok).toBe(true);
    expect(step(run, 'homepage').attempts).toBe(3);
    expect(run.logs.some((line) => line.includes('retrying'))).toBe(true);
  });

  it('gives up after the configured retries', async () => {
    const { url, requests } = await shop({ unavailableFirst: 100 });
    const run = await smoke({ baseUrl: url, retries: 1, preset: 'ecommerce' });
    expect(step(run, 'homepage')).toMatchObject({ attempts: 2, status: 503, failure: { kind: 'http' } });
    expect(requests.filter((r) => r === 'GET /')).toHaveLength(2);
  });

  it('a closed port is a connect failure, and later steps are not retried against the dead origin', async () => {
    const port = await closedPort();
    const run = await smoke({ baseUrl: `http://127.0.0.1:${port}` });
    expect(run.report.details?.steps.map((s) => [s.failure?.kind, s.attempts])).toEqual([
      ['connect', 4],
      ['connect', 1],
      ['connect', 1],
    ]);
    expect(run.report.findings.every((f) => f.severity === 'blocker' && f.ruleId === 'smoke/connect')).toBe(true);
  });

  it('an unresolvable host is a dns failure', async () => {
    const run = await smoke({ baseUrl: 'https://shop.example.invalid' });
    expect(step(run, 'homepage').failure?.kind).toBe('dns');
    expect(step(run, 'homepage').failure?.hint).toMatch(/DNS provider/);
  });

  it('a self-signed certificate is a tls failure', async () => {
    const { url } = await shop({}, await makeCert());
    const run = await smoke({ baseUrl: url });
    expect(step(run, 'homepage').failure).toMatchObject({ kind: 'tls' });
    expect(step(run, 'homepage').failure?.message).toMatch(/self-signed/);
  });

  it('a server that never answers is a timeout bounded by timeout-ms', async () => {
    const { url } = await shop({ hang: ['/checkout'] });
    const run = await smoke({ baseUrl: url, timeoutMs: 300 });
    expect(step(run, 'checkout')).toMatchObject({ verdict: 'failed', attempts: 1, failure: { kind: 'timeout' } });
    expect(step(run, 'checkout').failure?.message).toContain('300 ms');
    expect(step(run, 'homepage').ok).toBe(true);
  });

  it('uses overridden preset paths under a base path', async () => {
    const { url, requests } = await shop();
    const run = await smoke({ baseUrl: `${url}/`, paths: { login: '/api/me', checkout: '/login' } });
    expect(requests).toEqual(['GET /', 'GET /api/me', 'GET /login']);
    expect(step(run, 'login').failure?.kind).toBe('http');
  });

  it('flags http:// scripts on an https page as a high mixed-content finding', async () => {
    const cert = await makeCert();
    const { url } = await shop({ mixedContent: true }, cert);
    const run = await smoke({ baseUrl: url }, {}, { probe: { ca: cert.cert } });
    expect(step(run, 'homepage')).toMatchObject({ ok: true, mixedContent: ['http://cdn.shop.test/app.js'] });
    expect(run.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['smoke/mixed-content', 'high']]);
  });

  it('a slow but working step is a medium finding, not a failure', async () => {
    const { url } = await shop({ delayMs: 60 });
    const run = await smoke({ baseUrl: url, maxMs: 20 });
    expect(step(run, 'homepage')).toMatchObject({ ok: true, verdict: 'slow', failure: { kind: 'assertion' } });
    expect(new Set(run.report.findings.map((f) => `${f.ruleId}:${f.severity}`))).toEqual(
      new Set(['smoke/slow:medium']),
    );
    expect(gateFailures(run.report.findings, 'high')).toEqual([]);
  });

  it('gives the same fingerprints on every run', async () => {
    const { url } = await shop({ checkoutStatus: 500 });
    const first = await smoke({ baseUrl: url });
    const second = await smoke({ baseUrl: url });
    expect(first.report.findings.map((f) => f.fingerprint)).toEqual(second.report.findings.map((f) => f.fingerprint));
    expect(first.report.findings[0].fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('wait-for', () => {
  it('polls until the deploy answers 2xx, then runs the steps', async () => {
    const { url, requests } = await shop({ healthyAfter: 2 });
    const run = await smoke({ baseUrl: url, waitFor: '/health' });
    expect(requests.filter((r) => r === 'GET /health')).toHaveLength(3);
    expect(step(run, 'wait-for')).toMatchObject({ ok: true, attempts: 3 });
    expect(run.report.ok).toBe(true);
  });

  it('when the site never comes up, fails wait-for and skips the steps', async () => {
    // Wide margins: on a loaded machine a 150 ms deadline can cut the poll itself (a timeout, not the 503).
    const { url, requests } = await shop({ healthyAfter: 10_000 });
    const run = await smoke({ baseUrl: url, waitFor: `${url}/health`, waitTimeoutMs: 1_000 });
    expect(step(run, 'wait-for')).toMatchObject({ ok: false, verdict: 'failed', failure: { kind: 'http' } });
    expect(step(run, 'homepage').verdict).toBe('skipped');
    expect(requests.every((r) => r === 'GET /health')).toBe(true);
    expect(run.report.findings.map((f) => f.ruleId)).toEqual(['smoke/http']);
  });
});
