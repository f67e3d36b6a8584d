// The HTTP probe's overhead (timings, socket attribution, redirects, classification) measured against its
// peers in one run: plain undici.request over a keep-alive Agent, and Node's built-in fetch, each making the
// same sequential GETs to a local server over HTTP and HTTPS. Prints requests/s, p50/p95 and the ratios.
// Usage: node bench/http-probe.bench.ts [--requests N]
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { Agent, request } from 'undici';
import { createProbe } from '../shared/http/probe.ts';

const args = process.argv.slice(2);
const countArg = args.indexOf('--requests');
const COUNT = countArg === -1 ? 2000 : Number(args[countArg + 1]);
const BODY = 'x'.repeat(2048);
const ROUNDS = 3;

type Client = { name: string; get(url: string): Promise<number>; close(): Promise<void> };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function measure(client: Client, url: string): Promise<{ rps: number; p50: number; p95: number }> {
  for (let i = 0; i < 100; i += 1) await client.get(url); // warm-up: JIT and the connection
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < COUNT; i += 1) {
    const t = performance.now();
    await client.get(url);
    times.push(performance.now() - t);
  }
  const seconds = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return { rps: COUNT / seconds, p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function clients(ca: string): Promise<Client[]> {
  const probe = createProbe({ timeoutMs: 5_000, ca, allowH2: false });
  const agent = new Agent({ connect: { ca } });
  return [
    {
      name: 'launch-ready probe',
      get: async (url) => (await probe.request({ url })).status ?? 0,
      close: () => probe.close(),
    },
    {
      name: 'undici.request (Agent)',
      get: async (url) => {
        const res = await request(url, { dispatcher: agent });
        await res.body.text();
        return res.statusCode;
      },
      close: () => agent.close(),
    },
    {
      name: 'fetch (Node built-in)',
      get: async (url) => {
        const res = await fetch(url);
        await res.text();
        return res.status;
      },
      close: async () => {},
    },
  ];
}

const cert = await generate([{ name: 'commonName', value: 'localhost' }], {
  keyType: 'ec',
  curve: 'P-256',
  algorithm: 'sha256',
  extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
});
const handler = (_req: http.IncomingMessage, res: http.ServerResponse) => res.end(BODY);
const plain = http.createServer(handler);
const secure = https.createServer({ cert: cert.cert, key: cert.private }, handler);
for (const server of [plain, secure]) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const targets = {
  http: `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`,
  https: `https://127.0.0.1:${(secure.address() as AddressInfo).port}/`,
};
// Built-in fetch has its own dispatcher: let it trust the test certificate the only way it can.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

console.log(
  `${COUNT} sequential GETs of a ${BODY.length}-byte page per client and round (best of ${ROUNDS}), keep-alive, 127.0.0.1`,
);
for (const [scheme, url] of Object.entries(targets)) {
  // Rounds interleave the clients so none is measured only while the process is still cold; best round wins.
  const all = await clients(cert.cert);
  const best = new Map<string, { rps: number; p50: number; p95: number }>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const client of all) {
      const measured = await measure(client, url);
      if ((best.get(client.name)?.rps ?? 0) < measured.rps) best.set(client.name, measured);
    }
  }
  for (const client of all) await client.close();
  const results = all.map((client) => ({ name: client.name, ...best.get(client.name)! }));
  const ours = results[0];
  console.log(`\n${scheme}:`);
  for (const r of results) {
    const ratio = r === ours ? '' : `  (ours: ${(ours.rps / r.rps).toFixed(2)}× its throughput)`;
    console.log(
      `  ${r.name.padEnd(24)} ${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(3)} ms  p95 ${r.p95.toFixed(3)} ms${ratio}`,
    );
  }
}
plain.closeAllConnections();
secure.closeAllConnections();
plain.close();
secure.close();
