// Scanning the lines a run of commits added: shared by the main thread and the worker threads, which scan
// runs of one history side by side (each with its own `git log -p`), and merged back in history order so the
// result is the one a single sequential pass gives.
import { errorCode } from '../../errors.ts';
import type { SkippedPath } from '../../fs/walk.ts';
import { detectSecrets } from './detect.ts';
import { formatBytes } from './format.ts';
import { short, streamCommits } from './git.ts';
import type { AddedText, CommitInfo, NewBlob, PatchHandlers } from './patch.ts';
import { fileMatch, fileRuleFor } from './rules/files.ts';
import type { SecretMatch } from './types.ts';

/** Files not scanned listed in details (all are counted in metrics.skippedFiles). */
export const MAX_SKIPPED_LISTED = 200;

const OVERSIZED = 'added more than';

export interface Hit {
  file: string;
  match: SecretMatch;
  commit?: CommitInfo;
}

export interface AddedScanOptions {
  maxFileBytes: number;
  allow: RegExp[];
  isIgnored: (path: string) => boolean;
  /** The repository's secretlint rules (its .secretlintrc): one text's matches merged with what they find in it. */
  lintText?: (text: string, path: string, ours: SecretMatch[]) => Promise<SecretMatch[]>;
}

/** What scanning added lines adds up to. */
export interface AddedTally {
  hits: Hit[];
  filesScanned: number;
  bytesScanned: number;
  skipped: SkippedPath[];
}

/**
 * Handlers that run detection on each file section's added lines; hits go to onHit, or else to tally.hits. With
 * secretlint's rules (async), each file's hits wait for them and are handed on in stream order by `flush()`,
 * which every stream is followed by: history keeps the oldest commit's finding by that order.
 */
export function addedLineHandlers(
  options: AddedScanOptions,
  tally: AddedTally,
  onHit?: (hit: Hit) => void,
): PatchHandlers & { flush: () => Promise<void> } {
  const deliver = (hits: readonly Hit[]) => {
    for (const hit of hits) {
      if (onHit) onHit(hit);
      else tally.hits.push(hit);
    }
  };
  const waiting: Promise<Hit[]>[] = [];
  return {
    wantPath: (path: string) => !options.isIgnored(path),
    onFile: (added: AddedText) => {
      tally.filesScanned++;
      tally.bytesScanned += added.bytes;
      let matches: SecretMatch[];
      try {
        matches = detectSecrets(added.text, added.path, { allow: options.allow });
      } catch (error) {
        // One odd file must not stop a scan of the whole history.
        const where = added.commit ? ` in commit ${short(added.commit.sha)}` : '';
        tally.skipped.push({ path: added.path, reason: `detection failed${where} (${errorCode(error)})` });
        return;
      }
      const toHits = (found: readonly SecretMatch[]): Hit[] =>
        found.map((match) => ({
          file: added.path,
          match: { ...match, line: added.lineNumbers[match.line - 1] ?? 0 },
          ...(added.commit ? { commit: added.commit } : {}),
        }));
      if (options.lintText === undefined) deliver(toHits(matches));
      else waiting.push(options.lintText(added.text, added.path, matches).then(toHits));
    },
    // A key store shows no lines (binary) or lines that mean nothing: found by its name, as in tree mode.
    onBlob: ({ path, commit, blobId }: NewBlob) => {
      const rule = fileRuleFor(path);
      if (rule === undefined) return;
      const hits = [{ file: path, match: fileMatch(rule, blobId), ...(commit ? { commit } : {}) }];
      // Behind the files still waiting for secretlint's rules, so hits keep stream order.
      if (options.lintText === undefined) deliver(hits);
      else waiting.push(Promise.resolve(hits));
    },
    onOversized: (path: string, commit: CommitInfo | undefined) => {
      if (tally.skipped.length >= MAX_SKIPPED_LISTED) return;
      const where = commit ? ` in commit ${short(commit.sha)}` : '';
      tally.skipped.push({ path, reason: `${OVERSIZED} ${formatBytes(options.maxFileBytes)}${where}` });
    },
    flush: async () => {
      for (const hits of await Promise.all(waiting.splice(0))) deliver(hits);
    },
  };
}

/**
 * What makes two hits the same secret: what a finding's fingerprint is a hash of (rule, file, value). Plain,
 * so the worker bundle needs neither the baseline module nor its schema library.
 */
export const hitKey = (hit: Hit): string => `${hit.match.ruleId}\u0000${hit.file}\u0000${hit.match.value}`;

/** One run of commits scanned: each secret once (its oldest sighting in the run), in order of first sighting. */
export interface RangeResult extends AddedTally {
  commits: number;
}

/**
 * The lines each of these commits added (newest first, as `git log` lists them). The same key is usually
 * added once and then carried by every later tree, but a key moved or re-added shows up again: one hit per
 * fingerprint is kept, the oldest.
 */
export async function scanCommitRange(
  root: string,
  commits: readonly string[],
  options: AddedScanOptions,
): Promise<RangeResult> {
  const result: RangeResult = { hits: [], filesScanned: 0, bytesScanned: 0, skipped: [], commits: 0 };
  const byFingerprint = new Map<string, Hit>();
  const handlers = addedLineHandlers(options, result, (hit) => byFingerprint.set(hitKey(hit), hit));
  handlers.onCommit = () => {
    result.commits++;
  };
  await streamCommits(root, commits, handlers, options.maxFileBytes);
  await handlers.flush();
  result.hits = [...byFingerprint.values()];
  return result;
}

/**
 * Runs scanned apart, joined as one pass over all of them would have seen them (runs given newest first):
 * later (older) runs overwrite a fingerprint's hit but keep its place, as Map.set does in the single pass.
 */
export function mergeRanges(newestFirst: readonly RangeResult[]): RangeResult {
  const byFingerprint = new Map<string, Hit>();
  const merged: RangeResult = { hits: [], filesScanned: 0, bytesScanned: 0, skipped: [], commits: 0 };
  for (const range of newestFirst) {
    for (const hit of range.hits) byFingerprint.set(hitKey(hit), hit);
    merged.filesScanned += range.filesScanned;
    merged.bytesScanned += range.bytesScanned;
    merged.commits += range.commits;
    for (const skip of range.skipped) {
      // The single pass stops listing oversized files at the cap (each run applied it to its own list).
      if (skip.reason.startsWith(OVERSIZED) && merged.skipped.length >= MAX_SKIPPED_LISTED) continue;
      merged.skipped.push(skip);
    }
  }
  merged.hits = [...byFingerprint.values()];
  return merged;
}
