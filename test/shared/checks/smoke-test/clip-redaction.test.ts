import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { smoke } from './harness.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

const SECRET = 'sk_live_CLIPPEDsecret0123456789abcdefghij';

/** An API that echoes the secret it was sent, 60 characters into a value: an 80-character cut falls inside it. */
async function echoingApi(): Promise<string> {
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ echo: `${'x'.repeat(60)}${req.headers['x-api-key']}` }));
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

describe('assertion messages that quote a value', () => {
  it('redact the secret before cutting the value to fit, so no half of it is printed', async () => {
    const baseUrl = await echoingApi();
    const run = await smoke(
      {
        baseUrl,
        steps: [
          {
            name: 'api',
            path: '/api',
            headers: { 'X-Api-Key': ['$', '{env.API_KEY}'].join('') },
            expect: { jsonPathEquals: { echo: 'something else' } },
          },
        ],
      },
      { API_KEY: SECRET },
    );
    const message = run.report.details?.steps[0]?.failure?.message ?? '';
    expect(message).toContain('JSON path echo is');
    expect(message).toContain(`sk_l…(${SECRET.length})`);
    // The old cut kept the first 20 characters of the secret (60 + 20 = 80), past the redactor's reach.
    expect(JSON.stringify(run.report)).not.toContain(SECRET.slice(0, 12));
  });
});
