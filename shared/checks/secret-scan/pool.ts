// Spreads scanning over every core: the main thread scans too, next to one worker thread per other core, all
// claiming work from one shared counter. Tree mode: small batches of paths (each thread reads and decodes its
// own files; only paths go out and small results come back); small trees finish inline before any worker
// would have started. History mode: runs of commits, each thread streaming its own `git log -p`.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AddedScanOptions, mergeRanges, type RangeResult, scanCommitRange } from './history-scan.ts';
import {
  type BatchResult,
  batchScanner,
  emptyBatchResult,
  type FileScanOptions,
  mergeBatchResult,
} from './scan-file.ts';
import { batchPaths, type HistoryReply, type HistoryWork, type SharedWork, type WorkerReply } from './shared-work.ts';
import type { WorkerSetup } from './worker.ts';

export interface PoolOptions extends FileScanOptions {
  /** Threads scanning, the main one included; 1 scans inline. Given: workers start at once. Default: one per core, started when the tree proves big. */
  threads?: number;
  /** Workers started while the tree was walked (startEarly); they take the place of the ones scanFiles would start. */
  early?: EarlyWorkers;
}

export interface PoolResult extends BatchResult {
  /** Threads that scanned, the main one included (1: inline). */
  threads: number;
  /** Workers that failed to start or died; their files were scanned by the others. */
  workerFailures: number;
}

/** Small batches keep every core busy to the end even when one batch holds a huge bundle. */
const BATCH_FILES = 32;
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
/** The main thread takes in the workers' results about this often. */
const SLICE_MS = 20;

/**
 * Starts the workers while the tree is still being walked, as soon as it lists EAGER_FILES files: a worker
 * takes about 0.3 s to load and compile the rules, time the walk of a big tree would otherwise leave unused.
 */
export class EarlyWorkers {
  workers: (Worker | undefined)[] | undefined;
  readonly #setup: WorkerSetup;
  readonly #threads: number;

  constructor(root: string, options: PoolOptions) {
    this.#threads = options.threads ?? availableParallelism();
    this.#setup = workerSetup(root, options);
  }

  /** Walk progress: the files listed so far. */
  readonly onProgress = (files: number): void => {
    if (this.workers !== undefined || this.#threads <= 1 || files < EAGER_FILES) return;
    this.workers = Array.from({ length: this.#threads - 1 }, () => spawn(this.#setup));
  };
}

export async function scanFiles(root: string, paths: readonly string[], options: PoolOptions): Promise<PoolResult> {
  const threads = options.threads ?? availableParallelism();
  const scanBatch = batchScanner(root, {
    maxFileBytes: options.maxFileBytes,
    allow: options.allow,
    ...(options.secretlint ? { secretlint: options.secretlint } : {}),
  });
  if (threads <= 1) return { ...(await scanBatch(paths)), threads: 1, workerFailures: 0 };

  const batches = Math.ceil(paths.length / BATCH_FILES);
  const work: SharedWork = { paths, batchFiles: BATCH_FILES, next: new SharedArrayBuffer(4) };
  const next = new Int32Array(work.next);
  const done = new Uint8Array(batches);
  const total = emptyBatchResult();
  const setup = workerSetup(root, options);
  const started = performance.now();
  let workers = options.early?.workers?.map((worker) => runWorker(worker, work, done, total));
  let sliceStart = performance.now();
  for (let batch = Atomics.add(next, 0, 1); batch < batches; batch = Atomics.add(next, 0, 1)) {
    mergeBatchResult(total, await scanBatch(batchPaths(work, batch)));
    done[batch] = 1;
    if (workers === undefined && batches - batch > MIN_BATCHES_LEFT) {
      if (
        options.threads !== undefined ||
        paths.length >= EAGER_FILES ||
        performance.now() - started > SPAWN_AFTER_MS
      ) {
        workers = Array.from({ length: threads - 1 }, () => runWorker(spawn(setup), work, done, total));
      }
    }
    // Workers claim their batches themselves; yielding now and then only takes in their results as they come.
    if (workers !== undefined && performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolveTick) => setImmediate(resolveTick));
      sliceStart = performance.now();
    }
  }
  const outcomes = await Promise.all(workers ?? []);
  // A worker that died left the batches it had claimed unreported: the main thread scans them.
  for (let batch = 0; batch < batches; batch++) {
    if (done[batch] === 0) mergeBatchResult(total, await scanBatch(batchPaths(work, batch)));
  }
  const workerFailures = outcomes.filter((ok) => !ok).length;
  return { ...total, threads: 1 + outcomes.length - workerFailures, workerFailures };
}

/**
 * One worker claims batches from the shared counter until none is left, answering with each batch's result;
 * no round trip through the main thread, which is busy scanning its own share. Resolves true when the worker
 * finished, false when it failed (its claimed but unreported batches stay not done).
 */
function runWorker(
  worker: Worker | undefined,
  work: SharedWork,
  done: Uint8Array,
  total: BatchResult,
): Promise<boolean> {
  return supervise<WorkerReply>(worker, work, (message) => {
    if ('finished' in message) return true;
    mergeBatchResult(total, message.result);
    done[message.batch] = 1;
    return undefined;
  });
}

/**
 * Posts the work to a worker and follows it until it says it is done, fails or exits; resolves whether it did its
 * share (false when it could not start). Each reply goes to `onReply`, which returns the outcome when the reply
 * ends the work; `exitedOk` says whether an exit (a terminate from the main thread) still counts as done.
 */
function supervise<Reply>(
  worker: Worker | undefined,
  work: SharedWork | HistoryWork,
  onReply: (reply: Reply) => boolean | undefined,
  exitedOk: () => boolean = () => false,
): Promise<boolean> {
  return new Promise((resolvePromise) => {
    if (worker === undefined) {
      resolvePromise(false);
      return;
    }
    let finished = false;
    const finish = (ok: boolean) => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      resolvePromise(ok);
    };
    worker.on('message', (reply: Reply) => {
      if (finished) return;
      const outcome = onReply(reply);
      if (outcome !== undefined) finish(outcome);
    });
    worker.on('error', () => finish(false));
    worker.on('exit', () => finish(exitedOk()));
    // Messages posted before the worker is online wait for it; a worker started early may be online already.
    worker.postMessage(work);
  });
}

function workerSetup(root: string, options: PoolOptions): WorkerSetup {
  return {
    root,
    maxFileBytes: options.maxFileBytes,
    allow: options.allow.map((re) => re.source),
    ...(options.secretlint ? { secretlint: options.secretlint } : {}),
  };
}

/** A worker thread, or undefined when it cannot be started (its share is then scanned by the others). */
function spawn(setup: WorkerSetup): Worker | undefined {
  try {
    // No inherited execArgv: flags meant for the main script (e.g. --input-type) break a worker.
    return new Worker(workerUrl(), { workerData: setup, execArgv: [] });
  } catch {
    return undefined;
  }
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

/**
 * A history shorter than this is scanned in one pass unless threads are given: a worker takes about 0.3 s to
 * start and each extra `git log` about 0.06 s, against roughly 0.5 ms per small commit scanned (measured on
 * a 2-core machine: 2000 small commits took 0.9 s in one pass and longer split in two under load).
 */
const PARALLEL_MIN_COMMITS = 5000;
/** Runs per thread: two, so a run of heavy commits leaves the other thread less idle; more cost a git each. */
const RUNS_PER_THREAD = 2;

export interface HistoryPoolOptions extends FileScanOptions {
  /** User ignore globs (the workers rebuild the matcher from them). */
  ignore: readonly string[];
  isIgnored: (path: string) => boolean;
  /** Threads scanning, the main one included. Given: used whatever the history's length. */
  threads?: number;
  /** The repository's secretlint rules for added text (main thread only: give threads 1 with it). */
  lintText?: AddedScanOptions['lintText'];
}

/**
 * Scans the lines these commits added (newest first) on every core: the list is cut into runs of
 * consecutive commits, each thread (the main one too) claims run after run from a shared counter and streams
 * its own `git log -p` of it, and the runs are joined in history order: the result is the single pass's.
 */
export async function scanHistory(
  root: string,
  newestFirst: readonly string[],
  options: HistoryPoolOptions,
): Promise<RangeResult & { threads: number; workerFailures: number }> {
  const threads = options.threads ?? availableParallelism();
  const scanOptions: AddedScanOptions = {
    maxFileBytes: options.maxFileBytes,
    allow: options.allow,
    isIgnored: options.isIgnored,
    ...(options.lintText ? { lintText: options.lintText } : {}),
  };
  if (threads <= 1 || (options.threads === undefined && newestFirst.length < PARALLEL_MIN_COMMITS)) {
    return { ...(await scanCommitRange(root, newestFirst, scanOptions)), threads: 1, workerFailures: 0 };
  }
  const count = Math.min(newestFirst.length, threads * RUNS_PER_THREAD);
  const runs = Array.from({ length: count }, (_, i) =>
    newestFirst.slice(Math.floor((i * newestFirst.length) / count), Math.floor(((i + 1) * newestFirst.length) / count)),
  );
  const work: HistoryWork = { runs, next: new SharedArrayBuffer(4), ignore: [...options.ignore] };
  const next = new Int32Array(work.next);
  const results: (RangeResult | undefined)[] = new Array(count).fill(undefined);
  const setup = workerSetup(root, options);
  const spawned = Array.from({ length: threads - 1 }, () => spawn(setup));
  const reported = new Set<Worker>();
  const workers = spawned.map((worker) => runHistoryWorker(worker, work, results, reported));
  try {
    for (let run = Atomics.add(next, 0, 1); run < count; run = Atomics.add(next, 0, 1)) {
      results[run] = await scanCommitRange(root, runs[run], scanOptions);
    }
    // Runs a worker claimed but has not reported yet are scanned here too rather than waited for: a worker
    // still starting (loading and compiling the rules) or slowed down would otherwise hold the whole scan back.
    // Results are the same whoever scans a run; the first one in counts.
    for (let run = 0; run < count; run++) results[run] ??= await scanCommitRange(root, runs[run], scanOptions);
  } finally {
    // Done, or git failed (a bad revision, a corrupt repository): either way the workers stop.
    for (const worker of spawned) void worker?.terminate();
  }
  const outcomes = await Promise.all(workers);
  const workerFailures = outcomes.filter((ok) => !ok).length;
  return { ...mergeRanges(results as RangeResult[]), threads: 1 + reported.size, workerFailures };
}

/** Resolves false when the worker could not start or failed; stopping it once the scan is done is no failure. */
function runHistoryWorker(
  worker: Worker | undefined,
  work: HistoryWork,
  results: (RangeResult | undefined)[],
  reported: Set<Worker>,
): Promise<boolean> {
  return supervise<HistoryReply>(
    worker,
    work,
    (message) => {
      if ('finished' in message) return message.finished;
      results[message.run] ??= message.result;
      if (worker) reported.add(worker);
      return undefined;
    },
    // Terminated by scanHistory once every run is in: not a failure.
    () => results.every((result) => result !== undefined),
  );
}
