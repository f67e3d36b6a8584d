// Each inbox back end against a local fake that answers as its API documents, checking the requests it gets:
// paths, search parameters, credentials. One e-mail step per back end captures the link from the same mail.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { smoke, step } from './harness.ts';

const TO = 'smoke+run1@example.test';
const LINK = 'https://app.example.test/verify?token=tok_Hq3Zp8Lm2Xv6';
const HTML = `<p>Welcome! <a href="${LINK.replace('?', '?')}">Verify</a></p>`;
const TEXT = `Welcome! Verify: ${LINK}\nYour code: 482913`;
const API_KEY = 'inboxkey_P4s7Vd2Kw9Qx5Rt';
const ENV_REF = (name: string) => ['$', `{env.${name}}`].join('');
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A fake API: `answer` gets each request and returns [status, JSON or text]; requests are recorded. */
async function fake(answer: (seen: Seen) => [number, unknown]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const record = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
    seen.push(record);
    const [status, payload] = answer(record);
    const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json' });
    res.end(text);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const now = () => new Date().toISOString();

async function readMail(
  inbox: Record<string, unknown>,
  env: Record<string, string> = {},
  extraCapture: Record<string, unknown> = {},
) {
  return smoke(
    {
      inbox,
      steps: [
        {
          name: 'mail',
          kind: 'email',
          email: {
            to: TO,
            timeoutMs: 3_000,
            capture: { link: { link: 'verify' }, code: { regex: 'code: (\\d{6})' }, ...extraCapture },
          },
        },
      ],
    },
    env,
    { sleep: realSleep },
  );
}

function expectCaptured(run: Awaited<ReturnType<typeof readMail>>) {
  const result = step(run, 'mail');
  expect(result.failure).toBeUndefined();
  expect(result.verdict).toBe('passed');
  expect(result.email?.subject).toBe('Verify your account');
  // Captured values are secrets: never in the report.
  const report = JSON.stringify(run.report);
  expect(report).not.toContain('tok_Hq3Zp8Lm2Xv6');
  expect(report).not.toContain('482913');
}

describe('inbox back ends', () => {
  it('MailDev: GET /email, recipients from to and envelope', async () => {
    const api = await fake(({ url }) =>
      url === '/email'
        ? [
            200,
            [
              {
                id: 'old',
                time: now(),
                subject: 'Other',
                to: [{ address: 'someone@example.test', name: '' }],
                html: '',
                text: '',
              },
              {
                id: 'abc',
                time: now(),
                subject: 'Verify your account',
                to: [{ address: TO, name: '' }],
                envelope: { to: [{ address: TO }] },
                html: HTML,
                text: TEXT,
              },
            ],
          ]
        : [404, { error: 'Not found' }],
    );
    expectCaptured(await readMail({ kind: 'maildev', url: api.url }));
    expect(api.seen[0].url).toBe('/email');
  });

  it('MailDev 3: falls back to /api/email', async () => {
    const api = await fake(({ url }) =>
      url === '/api/email'
        ? [
            200,
            [{ id: 'a1', time: now(), subject: 'Verify your account', to: [{ address: TO }], html: HTML, text: TEXT }],
          ]
        : [404, { error: 'Not found' }],
    );
    expectCaptured(await readMail({ kind: 'maildev', url: api.url }));
    expect(api.seen.map((s) => s.url)).toEqual(['/email', '/api/email']);
  });

  it('Mailpit: searches to:"address", then GET /api/v1/message/{ID}', async () => {
    const api = await fake(({ url }) => {
      const parsed = new URL(url, 'http://x');
      if (parsed.pathname === '/api/v1/search') {
        expect(parsed.searchParams.get('query')).toBe(`to:"${TO}"`);
        return [
          200,
          {
            total: 1,
            messages_count: 1,
            messages: [{ ID: 'mp1', To: [{ Name: '', Address: TO }], Subject: 'Verify your account', Created: now() }],
          },
        ];
      }
      if (parsed.pathname === '/api/v1/message/mp1') {
        return [200, { ID: 'mp1', To: [{ Name: '', Address: TO }], Subject: 'Verify your account', HTML, Text: TEXT }];
      }
      return [404, 'not found'];
    });
    expectCaptured(await readMail({ kind: 'mailpit', url: api.url }));
  });

  it('MailHog: /api/v2/search?kind=to, quoted-printable MIME parts and an encoded subject', async () => {
    const qp = HTML.replace(/=/g, '=3D');
    const api = await fake(({ url }) => {
      const parsed = new URL(url, 'http://x');
      if (parsed.pathname !== '/api/v2/search') return [404, 'not found'];
      expect(parsed.searchParams.get('kind')).toBe('to');
      expect(parsed.searchParams.get('query')).toBe(TO);
      return [
        200,
        {
          total: 1,
          count: 1,
          start: 0,
          items: [
            {
              ID: 'mh1@mailhog',
              Created: now(),
              Raw: { From: 'shop@example.test', To: [TO] },
              Content: { Headers: { Subject: ['=?UTF-8?Q?Verify_your_account?='], To: [TO] }, Body: '' },
              MIME: {
                Parts: [
                  { Headers: { 'Content-Type': ['text/plain; charset=utf-8'] }, Body: TEXT },
                  {
                    Headers: {
                      'Content-Type': ['text/html; charset=utf-8'],
                      'Content-Transfer-Encoding': ['quoted-printable'],
                    },
                    Body: qp,
                  },
                ],
              },
            },
          ],
        },
      ];
    });
    expectCaptured(await readMail({ kind: 'mailhog', url: api.url }));
  });

  it('Mailosaur: POST /api/messages/search?server= with sentTo, Basic api:key, then GET /api/messages/{id}', async () => {
    const api = await fake(({ method, url, headers, body }) => {
      expect(headers.authorization).toBe(`Basic ${Buffer.from(`api:${API_KEY}`).toString('base64')}`);
      const parsed = new URL(url, 'http://x');
      if (method === 'POST' && parsed.pathname === '/api/messages/search') {
        expect(parsed.searchParams.get('server')).toBe('srv42');
        expect(JSON.parse(body)).toEqual({ sentTo: TO });
        return [
          200,
          { items: [{ id: 'ms1', received: now(), subject: 'Verify your account', to: [{ name: '', email: TO }] }] },
        ];
      }
      if (parsed.pathname === '/api/messages/ms1') {
        return [
          200,
          {
            id: 'ms1',
            received: now(),
            subject: 'Verify your account',
            to: [{ name: '', email: TO }],
            html: { body: HTML, links: [{ href: LINK }] },
            text: { body: TEXT },
          },
        ];
      }
      return [404, 'not found'];
    });
    const run = await readMail(
      { kind: 'mailosaur', url: api.url, server: 'srv42', apiKey: ENV_REF('MAILOSAUR_API_KEY') },
      { MAILOSAUR_API_KEY: API_KEY },
    );
    expectCaptured(run);
    expect(JSON.stringify(run.report) + run.logs.join('\n')).not.toContain(API_KEY);
  });

  it('Mailtrap: /api/accounts/{a}/inboxes/{i}/messages?search=, Api-Token, body.html and body.txt', async () => {
    const api = await fake(({ url, headers }) => {
      expect(headers['api-token']).toBe(API_KEY);
      const parsed = new URL(url, 'http://x');
      const base = '/api/accounts/7/inboxes/9/messages';
      if (parsed.pathname === base) {
        expect(parsed.searchParams.get('search')).toBe(TO);
        return [200, [{ id: 501, subject: 'Verify your account', to_email: TO, created_at: now() }]];
      }
      if (parsed.pathname === `${base}/501/body.html`) return [200, HTML];
      if (parsed.pathname === `${base}/501/body.txt`) return [200, TEXT];
      return [404, 'not found'];
    });
    expectCaptured(
      await readMail(
        { kind: 'mailtrap', url: api.url, accountId: '7', inboxId: '9', apiKey: ENV_REF('MAILTRAP_TOKEN') },
        { MAILTRAP_TOKEN: API_KEY },
      ),
    );
  });

  it('generic JSON: polls until the list at listPath has a message for the address', async () => {
    let polls = 0;
    const api = await fake(({ headers, url }) => {
      expect(headers['x-inbox-key']).toBe(API_KEY);
      expect(new URL(url, 'http://x').searchParams.get('to')).toMatch(/^smoke\+\w+@example\.test$/);
      polls += 1;
      const messages =
        polls < 3
          ? []
          : [{ uid: 'g1', rcpt: [TO], title: 'Verify your account', body: { html: HTML, text: TEXT }, at: now() }];
      return [200, { data: { messages } }];
    });
    const run = await readMail(
      {
        kind: 'json',
        url: `${api.url}/inbox?to={{email}}`,
        headers: { 'X-Inbox-Key': ENV_REF('INBOX_KEY') },
        listPath: 'data.messages',
        fields: { id: 'uid', to: 'rcpt', subject: 'title', html: 'body.html', text: 'body.text', received: 'at' },
      },
      { INBOX_KEY: API_KEY },
      { subject: { subject: true } },
    );
    expect(step(run, 'mail').verdict).toBe('passed');
    // A captured subject is a secret like every captured value (it may hold the code): redacted in the report.
    expect(step(run, 'mail').email?.subject).toBe('Veri…(19)');
    expect(JSON.stringify(run.report)).not.toContain('tok_Hq3Zp8Lm2Xv6');
    expect(step(run, 'mail').email?.polls).toBe(3);
  });

  it('ignores mail received before the step, and an inbox that refuses the key fails at once with a hint', async () => {
    const old = new Date(Date.now() - 3_600_000).toISOString();
    const stale = await fake(() => [
      200,
      [{ id: 'x', time: old, subject: 'Verify your account', to: [{ address: TO }], html: HTML, text: TEXT }],
    ]);
    const run = await smoke(
      {
        inbox: { kind: 'maildev', url: stale.url },
        steps: [{ name: 'mail', kind: 'email', email: { to: TO, timeoutMs: 600 } }],
      },
      {},
      { sleep: realSleep },
    );
    expect(step(run, 'mail').failure?.kind).toBe('timeout');

    const refusing = await fake(() => [401, { error: 'unauthorized' }]);
    const started = Date.now();
    const refused = await readMail(
      { kind: 'mailtrap', url: refusing.url, accountId: '1', inboxId: '2', apiKey: ENV_REF('MAILTRAP_TOKEN') },
      { MAILTRAP_TOKEN: API_KEY },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(step(refused, 'mail').failure?.message).toMatch(/refused the request \(HTTP 401\)/);
    expect(step(refused, 'mail').failure?.hint).toMatch(/inbox credentials/);
  });

  it('reports a delivery over the budget as a medium finding (smoke/email-slow), the step still passing', async () => {
    // The inbox says the mail arrived 5 s after the step began: the app's mail queue is slow.
    const late = () => new Date(Date.now() + 5_000).toISOString();
    const api = await fake(() => [
      200,
      [{ id: 'l1', time: late(), subject: 'Hi', to: [{ address: TO }], html: HTML, text: TEXT }],
    ]);
    const run = await smoke(
      {
        inbox: { kind: 'maildev', url: api.url },
        steps: [{ name: 'mail', kind: 'email', email: { to: TO, maxMs: 1_000 } }],
      },
      {},
      { sleep: realSleep },
    );
    const result = step(run, 'mail');
    expect(result.verdict).toBe('slow');
    expect(result.ok).toBe(true);
    expect(result.email?.deliveryMs).toBeGreaterThan(4_000);
    expect(run.report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['smoke/email-slow', 'medium']]);
    expect(run.report.findings[0].message).toMatch(/over the 1000 ms budget/);
  });

  it('names what an inbox kind is missing in one line', async () => {
    await expect(readMail({ kind: 'mailosaur', apiKey: 'k' })).rejects.toThrow(
      /step mail waits for an e-mail, but the mailosaur inbox needs smoke.inbox.server/,
    );
    await expect(smoke({ steps: [{ name: 'mail', kind: 'email', email: { to: TO } }] })).rejects.toThrow(
      /no test inbox is configured: set smoke.inbox.kind/,
    );
  });
});
