// latency-budget's accuracy and its scheduler's headroom, measured against autocannon in the same run.
// Accuracy: a local server (own process) draws service times from a known distribution and logs them itself;
// we print our p50/p95/p99 beside that truth and beside autocannon's for the same paced load, with the error.
// Overhead: the highest schedule rate our scheduler keeps within 1 ms of its plan (p99 of the lateness), beside
// autocannon's requests per second flat out on the same server.
// Usage: node bench/latency.bench.ts [--requests N] [--rate R]
import type { EventEmitter } from 'node:events';
import autocannon from 'autocannon';
import { latencyOptionsSchema } from '../shared/checks/latency-budget/options.ts';
import { runLatency } from '../shared/checks/latency-budget/run.ts';
import { runOpen } from '../shared/checks/latency-budget/schedule.ts';
import { createProbe } from '../shared/http/probe.ts';
import { Redactor } from '../shared/report/redact.ts';
import { type RouteSpec, startLatencyServerProcess, truth } from '../test/helpers/latency-server.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const REQUESTS = flag('--requests', 300);
const RATE = flag('--rate', 50);
const WARMUP = 10;
const LEVELS = [
  ['p50', 0.5],
  ['p95', 0.95],
  ['p99', 0.99],
] as const;

const CASES: Record<string, RouteSpec> = {
  'uniform 5–60 ms': { delay: { kind: 'uniform', lo: 5, hi: 60 } },
  'bimodal 90 % 5–20 / 10 % 250–350 ms': {
    delay: { kind: 'bimodal', fast: [5, 20], slow: [250, 350], slowShare: 0.1 },
  },
  'uniform 5–15 ms, one 1 s stall': { delay: { kind: 'uniform', lo: 5, hi: 15 }, stallAt: 120, stallMs: 1000 },
};

async function ours(url: string): Promise<number[]> {
  const options = latencyOptionsSchema.parse({ baseUrl: url, endpoints: ['/x'], rate: RATE, requests: REQUESTS });
  const report = await runLatency(options, { cwd: '.', env: {}, redactor: new Redactor(), log: () => {} });
  const e = report.details!.endpoints[0]!;
  return LEVELS.map(([name]) => e.latencyMs[name] ?? Number.NaN);
}

/** autocannon paced to the same rate; its per-response times, as its 'response' event reports them. */
async function theirs(url: string): Promise<number[]> {
  const times: number[] = [];
  // Without a callback autocannon returns its event emitter made thenable (its types say only Promise).
  const instance = autocannon({
    url: `${url}/x`,
    connections: 10,
    overallRate: RATE,
    amount: REQUESTS + WARMUP,
  }) as unknown as Promise<autocannon.Result> & EventEmitter;
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  await instance;
  const measured = times.slice(WARMUP);
  return LEVELS.map(([, p]) => truth(measured, p));
}

const pad = (text: string, width: number) => text.padStart(width);
const err = (value: number, expected: number) => {
  const diff = value - expected;
  return `${diff >= 0 ? '+' : ''}${diff.toFixed(1)} ms (${((diff / expected) * 100).toFixed(1)} %)`;
};

console.log(
  `Accuracy: ${REQUESTS} measured requests at ${RATE}/s (+${WARMUP} warm-up), server in its own process; goal: within 3 % or 2 ms of the truth`,
);
for (const [name, route] of Object.entries(CASES)) {
  const rows: string[] = [];
  for (const tool of ['launch-ready', 'autocannon'] as const) {
    const server = await startLatencyServerProcess({ '/x': route }, 11);
    const figures = tool === 'launch-ready' ? await ours(server.url) : await theirs(server.url);
    const served = ((await server.log()).get('/x') ?? []).slice(WARMUP);
    await server.close();
    const expected = LEVELS.map(([, p]) => truth(served, p));
    rows.push(
      `  ${tool.padEnd(12)} ` +
        LEVELS.map(
          ([level], i) =>
            `${level} ${pad(figures[i]!.toFixed(1), 7)} vs truth ${pad(expected[i]!.toFixed(1), 7)}: ${pad(err(figures[i]!, expected[i]!), 22)}`,
        ).join('   '),
    );
  }
  console.log(`\n${name}:\n${rows.join('\n')}`);
}

// Scheduler headroom: a trivial server, rising rates, the lateness of each start against its plan.
const server = await startLatencyServerProcess({ '/x': { delay: { kind: 'fixed', ms: 0 } } });
const probe = createProbe({ timeoutMs: 5_000, maxBodyBytes: 1024, drainBody: true });
const send = async () => ({ serviceMs: (await probe.request({ url: `${server.url}/x` })).timings.total });
console.log('\nScheduler: lateness of each start against its plan (1 s of load per rate)');
let kept = 0;
for (const rate of [100, 250, 500, 1000, 2000, 4000]) {
  const slots = Array.from({ length: rate }, (_, j) => ({ target: 0, offsetMs: (j * 1000) / rate, warmup: false }));
  const { samples } = await runOpen(slots, send, { maxInFlight: 1000, maxDurationMs: 10_000 });
  const lags = samples.map((s) => s.lagMs);
  const p99 = truth(lags, 0.99);
  const errors = samples.filter((s) => s.error !== undefined).length;
  if (p99 <= 1 && errors === 0) kept = rate;
  console.log(
    `  ${pad(String(rate), 5)}/s: lateness p50 ${truth(lags, 0.5).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${Math.max(...lags).toFixed(1)} ms${errors ? `, ${errors} errors` : ''}`,
  );
}
await probe.close();
const flat = await autocannon({ url: `${server.url}/x`, connections: 10, duration: 2 });
await server.close();
console.log(
  `\nHighest rate kept within 1 ms of plan (p99): ${kept}/s; autocannon flat out (10 connections): ${Math.round(flat.requests.average)} req/s` +
    ` (ratio ${(kept / flat.requests.average).toFixed(2)})`,
);
