// Local stand-ins for the providers verification asks: one real HTTP server per provider on 127.0.0.1, answering
// by the key it is sent, and recording every request so a test can say which keys reached which "provider".
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { keys } from '../scan-helpers.ts';

export interface FakeRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface FakeProvider {
  url: string;
  calls: FakeRequest[];
  close(): Promise<void>;
}

/** `answer` returns undefined to never answer (the request hangs until the client gives up). */
export async function startFakeProvider(
  answer: (request: FakeRequest) => FakeAnswer | undefined | Promise<FakeAnswer | undefined>,
): Promise<FakeProvider> {
  const calls: FakeRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      calls.push(request);
      const reply = await answer(request);
      if (reply === undefined) return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(reply.body ?? '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The bearer token a request carried. */
export function bearerOf(request: FakeRequest): string {
  return /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
}

/** The AWS access key id in a SigV4 Authorization header. */
export function awsKeyIdOf(request: FakeRequest): string {
  return /Credential=([A-Z0-9]+)\//.exec(request.headers.authorization ?? '')?.[1] ?? '';
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random = (length: number, alphabet = ALNUM) =>
  Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join('');

/** Fresh keys in each provider's real format, built at run time. */
export const verifyKeys = {
  github: keys.github,
  stripe: keys.stripe,
  slack: () => `${'xo'}xb-${random(12, '0123456789')}-${random(13, '0123456789')}-${random(24)}`,
  openai: () => `${'sk'}-proj-${random(58)}T3BlbkFJ${random(58)}`,
  sendgrid: () => `${'SG'}.${random(22)}.${random(43)}`,
  awsKeyId: keys.awsKeyId,
  awsSecret: () => random(40, `${ALNUM}/+`),
};
