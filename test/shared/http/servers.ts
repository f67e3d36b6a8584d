// Real local servers for the HTTP tests: HTTP and HTTPS on 127.0.0.1, certificates made here.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, LookupFunction } from 'node:net';
import { generate } from 'selfsigned';

export interface TestServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function listen(
  server: http.Server | https.Server,
  scheme: 'http' | 'https',
  host = '127.0.0.1',
): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${scheme}://${host}:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function startHttp(handler: Handler): Promise<TestServer> {
  return listen(http.createServer(handler), 'http');
}

export function startHttps(handler: Handler, cert: TestCert, host = '127.0.0.1'): Promise<TestServer> {
  return listen(https.createServer({ cert: cert.cert, key: cert.key }, handler), 'https', host);
}

export interface TestCert {
  cert: string;
  key: string;
  notAfter: Date;
}

/** A self-signed certificate; pass `cert` as the probe's `ca` to make it trusted. */
export async function makeCert(options: { names?: string[]; expired?: boolean } = {}): Promise<TestCert> {
  const names = options.names ?? ['localhost', '127.0.0.1'];
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const notBefore = new Date(options.expired ? now - 30 * day : now - day);
  const notAfter = new Date(options.expired ? now - 2 * day : now + 30 * day);
  const generated = await generate([{ name: 'commonName', value: names[0] }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: notBefore,
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: true },
      {
        name: 'subjectAltName',
        altNames: names.map((name) =>
          /^\d+\.\d+\.\d+\.\d+$/.test(name) ? { type: 7, ip: name } : { type: 2, value: name },
        ),
      },
    ],
  });
  return { cert: generated.cert, key: generated.private, notAfter };
}

/** A port nothing listens on (bound then released). */
export async function closedPort(): Promise<number> {
  const server = await startHttp(() => {});
  await server.close();
  return server.port;
}

/** Resolves every name to 127.0.0.1 except `*.invalid`, which fails like a missing DNS record: no query leaves the machine. */
export const testLookup: LookupFunction = (hostname, options, callback) => {
  const done = callback as (
    error: NodeJS.ErrnoException | null,
    address: string | { address: string; family: number }[],
    family?: number,
  ) => void;
  setImmediate(() => {
    if (hostname.endsWith('.invalid')) {
      const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      error.code = 'ENOTFOUND';
      done(error, '', 0);
      return;
    }
    if ((options as { all?: boolean }).all) done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
  });
};

/** A lookup that takes `ms` before answering 127.0.0.1: its time must show up as the DNS phase. */
export function slowLookup(ms: number): LookupFunction {
  return (hostname, options, callback) => {
    setTimeout(() => testLookup(hostname, options, callback), ms);
  };
}
