// Spreads tree-mode file scanning over every core: the main thread scans too, next to one worker thread
// per other core, all pulling small batches from one queue. Small trees finish inline before any worker
// would have started.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BatchResult, emptyBatchResult, type FileScanOptions, mergeBatchResult, scanBatch } from './scan-file.ts';
import type { WorkerRequest, WorkerSetup } from './worker.ts';

export interface PoolOptions extends FileScanOptions {
  /** Threads scanning, the main one included; 1 scans inline. Given: workers start at once. Default: one per core, started when the tree proves big. */
  threads?: number;
}

export interface PoolResult extends BatchResult {
  /** Threads that scanned, the main one included (1: inline). */
  threads: number;
  /** Workers that failed to start or died; their files were scanned by the others. */
  workerFailures: number;
}

/** Small batches keep every core busy to the end even when one batch holds a huge bundle. */
const BATCH_FILES = 32;
/** Batches sent ahead to each worker, so it never waits while the main thread is busy scanning. */
const IN_FLIGHT = 2;
/**
 * Workers start only once the main thread has scanned this long with work still queued: most repos are
 * done before then, and a worker (loading the rules, warming the regexes) would only have slowed them.
 */
const SPAWN_AFTER_MS = 100;
const MIN_BATCHES_LEFT = 8;
/**
 * A tree this many files long is worth every core from the start: waiting SPAWN_AFTER_MS first would leave the
 * other cores idle while the main thread proves what the file count already says.
 */
const EAGER_FILES = 2000;

export async function scanFiles(root: string, paths: readonly string[], options: PoolOptions): Promise<PoolResult> {
  const threads = options.threads ?? availableParallelism();
  const scanOptions = { maxFileBytes: options.maxFileBytes, allow: options.allow };
  if (threads <= 1) return { ...scanBatch(root, paths, scanOptions), threads: 1, workerFailures: 0 };

  const queue: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH_FILES) queue.push(paths.slice(i, i + BATCH_FILES));
  const total = emptyBatchResult();
  const setup: WorkerSetup = { root, maxFileBytes: options.maxFileBytes, allow: options.allow.map((re) => re.source) };
  const started = performance.now();
  let workers: Promise<boolean>[] | undefined;
  for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
    mergeBatchResult(total, scanBatch(root, batch, scanOptions));
    if (workers === undefined && queue.length >= MIN_BATCHES_LEFT) {
      if (
        options.threads !== undefined ||
        paths.length >= EAGER_FILES ||
        performance.now() - started > SPAWN_AFTER_MS
      ) {
        workers = Array.from({ length: threads - 1 }, () => runWorker(setup, queue, total));
      }
    }
    // Yield between batches so worker replies are handled and they get their next batch promptly.
    if (workers !== undefined) await new Promise((resolveTick) => setImmediate(resolveTick));
  }
  const outcomes = await Promise.all(workers ?? []);
  // A worker that died gave its unfinished batches back to the queue after the main thread stopped looking.
  for (let batch = queue.shift(); batch !== undefined; batch = queue.shift()) {
    mergeBatchResult(total, scanBatch(root, batch, scanOptions));
  }
  const workerFailures = outcomes.filter((ok) => !ok).length;
  return { ...total, threads: 1 + outcomes.length - workerFailures, workerFailures };
}

/**
 * One worker pulls batches until the queue is empty. If it fails, its unfinished batches go back on the
 * queue for the other threads. Resolves true when it finished its share, false when it failed.
 */
function runWorker(setup: WorkerSetup, queue: string[][], total: BatchResult): Promise<boolean> {
  return new Promise((resolvePromise) => {
    let worker: Worker;
    try {
      // No inherited execArgv: flags meant for the main script (e.g. --input-type) break a worker.
      worker = new Worker(workerUrl(), { workerData: setup, execArgv: [] });
    } catch {
      resolvePromise(false);
      return;
    }
    const inFlight = new Map<number, string[]>();
    let nextId = 0;
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return;
      finished = true;
      if (!ok) queue.unshift(...inFlight.values());
      inFlight.clear();
      void worker.terminate();
      resolvePromise(ok);
    };
    const fill = () => {
      while (inFlight.size < IN_FLIGHT) {
        const paths = queue.shift();
        if (paths === undefined) break;
        const request: WorkerRequest = { id: nextId++, paths };
        inFlight.set(request.id, paths);
        worker.postMessage(request);
      }
      if (inFlight.size === 0) finish(true);
    };
    worker.on('message', (message: { id: number; result: BatchResult }) => {
      inFlight.delete(message.id);
      mergeBatchResult(total, message.result);
      fill();
    });
    worker.on('error', () => finish(false));
    worker.on('exit', () => finish(inFlight.size === 0 && queue.length === 0));
    worker.on('online', fill);
  });
}

/**
 * From source (tests, `node` on .ts) the worker is worker.ts next to this file; from the bundle it is
 * dist/secret-scan-worker/index.js. Both paths are built at run time so the bundler copies neither.
 */
function workerUrl(): URL {
  const here = import.meta.url;
  // A regex replace, not a literal: ncc evaluates literal paths (even joined arrays) and copies the file.
  if (here.endsWith('.ts')) return new URL(here.replace(/[^/]+\.ts$/, 'worker.ts'));
  return new URL(['..', 'secret-scan-worker', 'index.js'].join('/'), import.meta.url);
}
