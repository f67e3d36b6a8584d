// What the scanning threads share: one list of paths (tree) or runs of commits (history), and a counter each
// thread claims its next batch or run from.
import type { RangeResult } from './history-scan.ts';
import type { BatchResult } from './scan-file.ts';

/** The whole list of paths, sent once; threads claim batch after batch by adding 1 to the shared `next`. */
export interface SharedWork {
  paths: readonly string[];
  batchFiles: number;
  /** Int32: the next batch to claim. */
  next: SharedArrayBuffer;
}

export type WorkerReply = { batch: number; result: BatchResult } | { finished: true };

export function batchPaths(work: SharedWork, batch: number): readonly string[] {
  return work.paths.slice(batch * work.batchFiles, (batch + 1) * work.batchFiles);
}

/** History mode: runs of consecutive commits (newest first), claimed one at a time from the shared `next`. */
export interface HistoryWork {
  runs: readonly (readonly string[])[];
  next: SharedArrayBuffer;
  /** User ignore globs: paths whose added lines are not scanned. */
  ignore: string[];
}

/** A run's result, or the end: true when every claimed run was reported, false when one failed. */
export type HistoryReply = { run: number; result: RangeResult } | { finished: boolean };

export function isHistoryWork(work: SharedWork | HistoryWork): work is HistoryWork {
  return 'runs' in work;
}
