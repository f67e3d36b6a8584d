// `--shard I/N`: one of N jobs of a matrix scans one part, and the N parts together report exactly what one
// unsharded scan reports. Tree mode splits files by a stable hash of their path; history mode splits the
// commit list into N runs of similar length, shard 1 holding the oldest commits.
import { createHash } from 'node:crypto';
import { UsageError } from '../../errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** The most jobs a shard flag may name: a matrix larger than GitHub's 256 jobs cannot run them anyway. */
export const MAX_SHARDS = 256;

export const SHARD_FORMAT = /^\s*(\d+)\s*\/\s*(\d+)\s*$/;

/** `2/4` → { index: 2, count: 4 }; '' → undefined (no sharding). The schema already checked the form. */
export function parseShard(text: string): Shard | undefined {
  if (text.trim() === '') return undefined;
  const match = SHARD_FORMAT.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > MAX_SHARDS) {
    throw new UsageError(`shard: expected I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4), got '${text}'`);
  }
  return { index, count };
}

/**
 * Whether a file belongs to this shard: sha1 of its path from the repository top, mod N. The same file lands in
 * the same shard on every runner and every run, whatever the walk order.
 */
export function inShard(stablePath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const hash = createHash('sha1').update(stablePath).digest();
  return hash.readUInt32BE(0) % shard.count === shard.index - 1;
}

/**
 * This shard's commits and the commits older than them, from the list `git rev-list` gives (newest first).
 * Shard 1 holds the oldest run of commits, shard N the newest; sizes differ by at most one commit.
 */
export function splitCommits(newestFirst: readonly string[], shard: Shard): { own: string[]; older: string[] } {
  const total = newestFirst.length;
  const start = (i: number) => Math.floor((i * total) / shard.count);
  // Positions counted from the oldest commit: shard I covers [start(I-1), start(I)).
  const from = start(shard.index - 1);
  const to = start(shard.index);
  const oldestFirstIndex = (position: number) => total - 1 - position;
  const own: string[] = [];
  for (let position = to - 1; position >= from; position--) own.push(newestFirst[oldestFirstIndex(position)]!);
  const older: string[] = [];
  for (let position = from - 1; position >= 0; position--) older.push(newestFirst[oldestFirstIndex(position)]!);
  return { own, older };
}
