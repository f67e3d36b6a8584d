import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { smokeTest } from '../../../../shared/checks/smoke-test/index.ts';
import { resolveOptions } from '../../../../shared/config/load.ts';
import { UsageError } from '../../../../shared/errors.ts';
import { smoke, step } from './harness.ts';
import { SHOP, type Storefront, startStorefront } from './storefront.ts';

let shop: Storefront | undefined;
afterEach(async () => {
  await shop?.close();
  shop = undefined;
});

// The shape a launch-ready.yml `smoke:` section takes for a login-then-API flow.
const LOGIN_FLOW = `
steps:
  - name: login
    method: POST
    path: /api/login
    json:
      email: founder@shop.test
      password: \${env.SHOP_PASSWORD}
    expect:
      status: 200
      jsonPathExists: user.email
    capture:
      token: { jsonPath: token }
  - name: orders
    path: /api/orders
    headers:
      Authorization: Bearer {{token}}
    expect:
      status: 200
      jsonPathEquals: { "orders[0].total": 42 }
      headerMatches: { content-type: json }
`;

const env = { SHOP_PASSWORD: SHOP.password };
/** The step syntax for an environment variable, written as the config file has it. */
const PASSWORD_REF = ['$', '{env.SHOP_PASSWORD}'].join('');

function flow(baseUrl: string, overrides: Record<string, unknown> = {}) {
  return { ...parseYaml(LOGIN_FLOW), baseUrl, ...overrides };
}

/** Everything a run produces that a person or a machine could read. */
function everything(run: Awaited<ReturnType<typeof smoke>>): string {
  const tables = smokeTest.present?.(run.report) ?? [];
  const outputs = smokeTest.outputs?.(run.report) ?? {};
  return [JSON.stringify(run.report), JSON.stringify(tables), JSON.stringify(outputs), ...run.logs].join('\n');
}

describe('configured steps', () => {
  it('feeds a login capture into the authenticated call', async () => {
    shop = await startStorefront();
    const run = await smoke(flow(shop.url), env);
    expect(run.report.details?.steps.map((s) => [s.name, s.verdict, s.status])).toEqual([
      ['login', 'passed', 200],
      ['orders', 'passed', 200],
    ]);
    expect(shop.requests).toEqual(['POST /api/login', 'GET /api/orders']);
  });

  it('never prints the env password, the captured token or the auth header', async () => {
    shop = await startStorefront();
    const input = flow(shop.url, {
      preset: 'ecommerce',
      apiPath: '/api/me',
      authHeader: `Authorization: Bearer ${SHOP.apiKey}`,
    });
    input.steps[0].name = 'sign-in'; // the preset has its own "login" step
    const run = await smoke(input, env);
    expect(run.report.ok).toBe(true);
    const text = everything(run);
    for (const secret of [SHOP.password, SHOP.sessionToken, SHOP.apiKey]) expect(text).not.toContain(secret);
    expect(run.redactor.scrub(SHOP.sessionToken)).not.toContain(SHOP.sessionToken);
    expect(run.redactor.scrub(SHOP.password)).not.toContain(SHOP.password);
  });

  it('keeps secrets out of failure messages too', async () => {
    shop = await startStorefront();
    const run = await smoke(
      {
        baseUrl: shop.url,
        steps: [{ name: 'leaky', path: `/api/orders?key=${PASSWORD_REF}`, expect: { status: 200 } }],
      },
      env,
    );
    expect(step(run, 'leaky').failure?.kind).toBe('http');
    expect(everything(run)).not.toContain(SHOP.password);
  });

  it('treats credentials written literally in the config as secrets too', async () => {
    shop = await startStorefront();
    const run = await smoke({
      baseUrl: shop.url,
      steps: [
        {
          name: 'login',
          method: 'POST',
          path: '/api/login',
          json: { email: SHOP.email, password: SHOP.password },
          expect: { headerMatches: { 'set-cookie': 'never-matches' } },
        },
        { name: 'me', path: '/api/me', headers: { 'X-Api-Key': SHOP.apiKey }, expect: { status: 200 } },
      ],
    });
    expect(step(run, 'login').failure?.message).toMatch(/header set-cookie is "sid=…\(\d+\)"/);
    expect(step(run, 'me').failure?.kind).toBe('http');
    const text = everything(run);
    for (const secret of [SHOP.password, SHOP.apiKey, 'cookie-session-value-1234']) expect(text).not.toContain(secret);
  });

  it('a wrong password fails the login with http and skips the call that needs its token', async () => {
    shop = await startStorefront();
    const run = await smoke(flow(shop.url), { SHOP_PASSWORD: 'wrong-password' });
    expect(step(run, 'login')).toMatchObject({ verdict: 'failed', status: 401, failure: { kind: 'http' } });
    expect(step(run, 'orders')).toMatchObject({ ok: false, verdict: 'skipped', attempts: 0 });
    expect(step(run, 'orders').failure?.message).toContain('{{token}}');
    expect(run.report.findings.map((f) => f.title.split(' ')[0])).toEqual(['login']);
    expect(shop.requests).toEqual(['POST /api/login']);
  });

  it('a capture that finds nothing is an assertion failure on the step that should have provided it', async () => {
    shop = await startStorefront();
    const input = flow(shop.url);
    input.steps[0].capture = { token: { jsonPath: 'data.token' } };
    const run = await smoke(input, env);
    expect(step(run, 'login').failure).toMatchObject({ kind: 'assertion' });
    expect(step(run, 'login').failure?.message).toContain('data.token');
  });

  it('checks body text, JSON values and headers as assertions', async () => {
    shop = await startStorefront();
    const run = await smoke({
      baseUrl: shop.url,
      steps: [
        { name: 'has-text', path: '/', expect: { bodyContains: 'Shop', bodyNotContains: 'Exception' } },
        { name: 'missing-text', path: '/', expect: { bodyContains: ['Shop', 'Add to cart'] } },
        { name: 'error-text', path: '/checkout', expect: { bodyNotContains: 'checkout' } },
        { name: 'json-on-html', path: '/', expect: { jsonPathExists: ['x'] } },
        { name: 'wrong-header', path: '/', expect: { headerMatches: { 'content-type': 'json' } } },
        { name: 'status-list', path: '/api/me', expect: { status: [401, '200-299'] } },
      ],
    });
    const verdicts = Object.fromEntries(run.report.details?.steps.map((s) => [s.name, s.failure?.kind ?? 'ok']) ?? []);
    expect(verdicts).toEqual({
      'has-text': 'ok',
      'missing-text': 'assertion',
      'error-text': 'assertion',
      'json-on-html': 'assertion',
      'wrong-header': 'assertion',
      'status-list': 'ok',
    });
  });

  it('captures from headers, cookies and regexes', async () => {
    shop = await startStorefront();
    const run = await smoke(
      {
        baseUrl: shop.url,
        steps: [
          {
            name: 'login',
            method: 'POST',
            path: '/api/login',
            json: { email: SHOP.email, password: PASSWORD_REF },
            capture: {
              sid: { cookie: 'sid' },
              kind: { header: 'content-type' },
              mail: { regex: '"email":"([^"]+)"' },
            },
          },
          { name: 'echo', path: '/missing?sid={{sid}}&kind={{kind}}&mail={{mail}}', expect: { status: 404 } },
        ],
      },
      env,
    );
    expect(run.report.ok).toBe(true);
    expect(shop.requests[1]).toBe(
      `GET /missing?sid=cookie-session-value-1234&kind=application/json&mail=${SHOP.email}`,
    );
  });

  it('does not retry a POST on 503 unless the step says so', async () => {
    shop = await startStorefront({ unavailableFirst: 1 });
    const plain = await smoke(flow(shop.url), env);
    expect(step(plain, 'login')).toMatchObject({ attempts: 1, status: 503 });
    await shop.close();

    shop = await startStorefront({ unavailableFirst: 1 });
    const input = flow(shop.url);
    input.steps[0].retry = true;
    const retried = await smoke(input, env);
    expect(step(retried, 'login')).toMatchObject({ attempts: 2, status: 200, ok: true });
  });

  it('a request that cannot be sent fails its step and the run goes on', async () => {
    shop = await startStorefront();
    const run = await smoke({
      baseUrl: shop.url,
      steps: [
        { name: 'bad-header', path: '/', headers: { 'x-note': 'line\nbreak' } },
        { name: 'after', path: '/login' },
      ],
    });
    expect(step(run, 'bad-header')).toMatchObject({ verdict: 'failed', failure: { kind: 'assertion' } });
    expect(step(run, 'after').verdict).toBe('passed');
  });

  it('sends form bodies', async () => {
    shop = await startStorefront();
    const run = await smoke({
      baseUrl: shop.url,
      steps: [{ name: 'form', method: 'post', path: '/api/login', form: { a: 'b c' }, expect: { status: 401 } }],
    });
    expect(step(run, 'form')).toMatchObject({ method: 'POST', ok: true });
  });
});

describe('usage errors', () => {
  it('a missing base URL says what to pass', async () => {
    await expect(smoke({})).rejects.toThrow(UsageError);
    await expect(smoke({})).rejects.toThrow(/--base-url https:\/\//);
  });

  it('a malformed base URL says what is expected, naming where it came from, never echoing its password', () => {
    const fromFile = { path: 'launch-ready.yml', sections: { smoke: { baseUrl: 'shop.example.com' } } };
    expect(() => resolveOptions(smokeTest, fromFile, {})).toThrow(
      /^launch-ready\.yml: smoke\.baseUrl: expected an absolute URL such as https:\/\//,
    );
    const none = { path: 'launch-ready.yml', sections: {} };
    const ftp = { 'base-url': 'ftp://shopper:hunter2secret@shop.example.com' };
    expect(() => resolveOptions(smokeTest, none, ftp)).toThrow(/^--base-url: .*got "ftp:\/\/shop\.example\.com\/?"/);
    expect(() => resolveOptions(smokeTest, none, ftp)).not.toThrow(/hunter2secret/);
    expect(() => resolveOptions(smokeTest, none, ftp, 'action')).toThrow(/^input 'base-url': /);
    // A %-escape that does not decode would crash the probe's basic-auth header: a usage error up front.
    const badEscape = { 'base-url': 'http://a:%zz@127.0.0.1/' };
    expect(() => resolveOptions(smokeTest, none, badEscape)).toThrow(UsageError);
    expect(() => resolveOptions(smokeTest, none, badEscape)).toThrow(/^--base-url: .*malformed %-escape/);
  });

  it('an environment variable the steps need but nobody set', async () => {
    await expect(smoke(flow('http://127.0.0.1:9'), {})).rejects.toThrow(/SHOP_PASSWORD is not set/);
  });

  it('a malformed --auth-header', async () => {
    await expect(smoke({ baseUrl: 'http://127.0.0.1:9', authHeader: 'Bearer abc' })).rejects.toThrow(/"Name: value"/);
  });

  it('two steps with one name', async () => {
    await expect(
      smoke({
        baseUrl: 'http://127.0.0.1:9',
        steps: [
          { name: 'a', path: '/' },
          { name: 'a', path: '/x' },
        ],
      }),
    ).rejects.toThrow(/two smoke steps are named "a"/);
  });

  it('needs no base URL when every step has its own url', async () => {
    shop = await startStorefront();
    const run = await smoke({ steps: [{ name: 'abs', url: `${shop.url}/login` }] });
    expect(run.report.ok).toBe(true);
  });
});
