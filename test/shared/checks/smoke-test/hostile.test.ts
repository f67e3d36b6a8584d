// smoke-test (in process) against the shared hostile servers: each bad answer fails its own step, the run and its
// report go on, and no credential leaves for another origin or reaches the report.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Hostile, leaks, startHostile } from '../../../hostile/servers.ts';
import { smoke, step } from './harness.ts';

let hostile: Hostile;
beforeAll(async () => {
  hostile = await startHostile();
}, 60_000);
afterAll(() => hostile.close());
afterEach(() => {
  hostile.received.length = 0;
});

const path = (url: string) => new URL(url).pathname;
const API_KEY_REF = ['$', '{env.API_KEY}'].join('');

describe('smoke-test against hostile servers', () => {
  it('fails only the steps whose answer is hostile, each as http, and runs every step', async () => {
    const { urls } = hostile;
    const run = await smoke({
      baseUrl: hostile.origin,
      retries: 2,
      steps: [
        { name: 'br-bomb', path: path(urls.brotliBomb) },
        { name: 'bad-location', path: path(urls.locationUnparsable) },
        { name: 'js-location', path: path(urls.locationJavascript) },
        { name: 'ssh', url: urls.sshBanner },
        { name: 'cookie-flood', path: path(urls.cookieFlood) },
        { name: 'fine', path: path(urls.reflect) },
      ],
    });
    const steps = run.report.details?.steps ?? [];
    expect(steps.map((s) => [s.name, s.verdict, s.failure?.kind, s.attempts])).toEqual([
      ['br-bomb', 'failed', 'http', 1],
      ['bad-location', 'failed', 'http', 1],
      ['js-location', 'failed', 'http', 1],
      ['ssh', 'failed', 'http', 1],
      ['cookie-flood', 'failed', 'http', 1],
      ['fine', 'passed', undefined, 1],
    ]);
    expect(step(run, 'br-bomb').failure?.message).toMatch(/decompresses to more than 16 MiB/);
    expect(step(run, 'bad-location').failure?.message).toContain('Location "http://[::1"');
    expect(run.report.findings.map((f) => f.ruleId)).toEqual(Array(5).fill('smoke/http'));
  });

  it('sends no credential to another origin and reports none: base URL userinfo, auth header, named headers', async () => {
    const token = 'tok_live_8Hq3Zp5Wm1Xr7Tn2Vb4Kc9Ld';
    const password = 'Staging-Pa55word';
    const basic = Buffer.from(`founder:${password}`).toString('base64');
    const base = hostile.origin.replace('http://', `http://founder:${password}@`);
    const run = await smoke(
      {
        baseUrl: base,
        authHeader: `X-Shop-Key: ${token}`,
        apiPath: path(hostile.urls.crossOriginRedirect),
        paths: { homepage: path(hostile.urls.reflect), login: path(hostile.urls.reflect) },
        preset: 'ecommerce',
        steps: [
          {
            name: 'headers',
            path: path(hostile.urls.crossOriginRedirect),
            headers: { 'X-Api-Key': API_KEY_REF, 'X-Session-Id': 'sess-abcdef-123456', 'X-Trace': 'plain' },
          },
          { name: 'echo', path: path(hostile.urls.reflect), expect: { bodyContains: 'no such text' } },
        ],
      },
      { API_KEY: 'apikey_0123456789abcdef' },
    );
    // The reflecting server saw the Basic header: the credentials did go to their own origin.
    expect(hostile.requests.some((r) => r.headers.authorization === `Basic ${basic}`)).toBe(true);
    expect(hostile.received.length).toBeGreaterThanOrEqual(2);
    for (const received of hostile.received) {
      expect(Object.keys(received.headers)).not.toContain('authorization');
      expect(received.headers['x-trace'] ?? 'plain').toBe('plain');
    }
    const secrets = [token, password, basic, 'apikey_0123456789abcdef', 'sess-abcdef-123456'];
    expect(leaks(hostile.received, ...secrets)).toEqual([]);
    const reported = JSON.stringify(run.report) + run.logs.join('\n');
    expect(leaks(reported, ...secrets)).toEqual([]);
    expect(reported).not.toContain('founder');
    expect(run.report.details?.baseUrl).toBe(hostile.origin);
  });
});
