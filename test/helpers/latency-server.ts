// A server on 127.0.0.1 whose service times come from a known distribution and are logged by the server itself
// (from the request's arrival to the end of its response): the truth latency-budget's figures are checked against.
// It runs in its own process (startLatencyServerProcess), as a real server does: sharing the client's event loop
// would make each wait for the other and blur the comparison.
import { fork } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Delay = (index: number, random: () => number) => number;

/** A delay written as data, so it can cross to the server's process. */
export type DelaySpec =
  | { kind: 'fixed'; ms: number }
  | { kind: 'uniform'; lo: number; hi: number }
  | { kind: 'bimodal'; fast: [number, number]; slow: [number, number]; slowShare: number }
  | { kind: 'scaled'; by: number; of: DelaySpec }
  /** Every n-th request (from the 8th) takes `slow` ms, the others `fast`: a fixed share of slow ones. */
  | { kind: 'every'; n: number; slow: number; fast: number };

export function delayOf(spec: DelaySpec): Delay {
  switch (spec.kind) {
    case 'fixed':
      return () => spec.ms;
    case 'uniform':
      return uniform(spec.lo, spec.hi);
    case 'bimodal':
      return bimodal(spec.fast, spec.slow, spec.slowShare);
    case 'every':
      return (i) => (i % spec.n === 7 % spec.n ? spec.slow : spec.fast);
    case 'scaled': {
      const inner = delayOf(spec.of);
      return (i, random) => inner(i, random) * spec.by;
    }
  }
}

export interface RouteSpec extends Omit<Route, 'delay'> {
  delay: DelaySpec;
}

export interface Route {
  /** Service time of the index-th request to this route, ms. */
  delay: Delay;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** From this request on (0-based), the whole server holds every answer until `stallMs` later: a stall. */
  stallAt?: number;
  stallMs?: number;
  /** After this many requests the route answers 429 (with `headers`, e.g. Retry-After): a rate limiter. */
  limitAfter?: number;
}

export interface LatencyServer {
  url: string;
  /** Service times logged per path, in arrival order. */
  log: Map<string, number[]>;
  /** Every request's headers, to check what the client sent. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

export const uniform =
  (lo: number, hi: number): Delay =>
  (_i, random) =>
    lo + random() * (hi - lo);

/** `slowShare` of the requests take slow[0]–slow[1] ms, the rest fast[0]–fast[1]. */
export const bimodal =
  (fast: [number, number], slow: [number, number], slowShare: number): Delay =>
  (i, random) =>
    random() < slowShare ? uniform(...slow)(i, random) : uniform(...fast)(i, random);

export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export async function startLatencyServer(routes: Record<string, Route>, seed = 1): Promise<LatencyServer> {
  const random = seeded(seed);
  const log = new Map<string, number[]>();
  const counts = new Map<string, number>();
  const requests: LatencyServer['requests'] = [];
  let stalledUntil = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const arrived = performance.now();
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404).end();
      return;
    }
    const index = counts.get(path) ?? 0;
    counts.set(path, index + 1);
    if (route.stallAt === index) stalledUntil = arrived + (route.stallMs ?? 1000);
    const due = Math.max(arrived + route.delay(index, random), stalledUntil);
    req.resume();
    const answer = () => {
      const body = route.body ?? 'ok';
      const limited = route.limitAfter !== undefined && index >= route.limitAfter;
      res.writeHead(limited ? 429 : (route.status ?? 200), {
        'content-type': 'text/plain',
        ...route.headers,
      });
      res.end(body, () => {
        const times = log.get(path) ?? [];
        times.push(performance.now() - arrived);
        log.set(path, times);
      });
    };
    // setTimeout fires a little late; the log records what actually happened, so the truth stays the truth.
    setTimeout(answer, Math.max(0, due - performance.now()));
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, log, requests, close: () => close(server) };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Type-7 percentile of the server's own log, as a reviewer's script would compute it. */
export function truth(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * (sorted[Math.min(sorted.length - 1, lo + 1)]! - sorted[lo]!);
}

export interface LatencyServerProcess {
  url: string;
  /** The server's own log of service times per path, fetched from its process. */
  log(): Promise<Map<string, number[]>>;
  close(): Promise<void>;
}

/** The server in a child process; the log comes back over IPC. */
export async function startLatencyServerProcess(
  routes: Record<string, RouteSpec>,
  seed = 1,
): Promise<LatencyServerProcess> {
  const child = fork(import.meta.filename, ['--serve'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const messages: ((message: unknown) => void)[] = [];
  child.on('message', (message) => messages.shift()?.(message));
  const next = () => new Promise<unknown>((resolve) => messages.push(resolve));
  const ready = next();
  child.send({ routes, seed });
  const { url } = (await ready) as { url: string };
  return {
    url,
    async log() {
      const reply = next();
      child.send({ log: true });
      return new Map(Object.entries((await reply) as Record<string, number[]>));
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}

if (process.argv.includes('--serve') && process.send !== undefined) {
  let server: LatencyServer | undefined;
  process.on('message', async (message: { routes?: Record<string, RouteSpec>; seed?: number; log?: boolean }) => {
    if (message.routes !== undefined) {
      const routes = Object.fromEntries(
        Object.entries(message.routes).map(([path, spec]) => [path, { ...spec, delay: delayOf(spec.delay) }]),
      );
      server = await startLatencyServer(routes, message.seed);
      process.send?.({ url: server.url });
    } else if (message.log && server !== undefined) {
      process.send?.(Object.fromEntries(server.log));
    }
  });
}
