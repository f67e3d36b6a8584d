// Baselines let a repo with old leaks adopt the gate and fail only on new ones. A fingerprint is the rule,
// the file and a hash of the value, never a line number, so it survives lines moving around the file.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { errorCode, UsageError } from '../../errors.ts';
import { MAX_BASELINE_BYTES, readTextFile } from '../../fs/read.ts';
import type { Finding } from '../../report/model.ts';

export function fingerprintOf(ruleId: string, file: string, value: string): string {
  const valueHash = createHash('sha256').update(value).digest('hex');
  return createHash('sha256').update(`${ruleId}\0${file}\0${valueHash}`).digest('hex').slice(0, 32);
}

const entrySchema = z.object({
  fingerprint: z.string().min(1),
  ruleId: z.string().optional(),
  file: z.string().optional(),
});
const baselineSchema = z.object({
  version: z.literal(1),
  fingerprints: z.array(z.union([z.string().min(1), entrySchema])),
});

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

/** Accepted fingerprints, or undefined when there is no baseline file. */
export async function readBaseline(path: string, display = path): Promise<Set<string> | undefined> {
  const text = await readTextFile(path, { maxBytes: MAX_BASELINE_BYTES, what: 'baseline', display, optional: true });
  if (text === undefined) return undefined;
  let parsed: z.infer<typeof baselineSchema>;
  try {
    parsed = baselineSchema.parse(JSON.parse(text));
  } catch {
    throw new UsageError(
      `baseline ${display} is not a launch-ready baseline ({"version": 1, "fingerprints": [...]}): rewrite it with --write-baseline`,
    );
  }
  return new Set(parsed.fingerprints.map((entry) => (typeof entry === 'string' ? entry : entry.fingerprint)));
}

/** Writes one entry per distinct fingerprint, sorted so the file diffs cleanly in review. Returns the count. */
export function writeBaseline(path: string, findings: readonly Finding[]): number {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const file = finding.location && 'file' in finding.location ? finding.location.file : '';
    entries.set(finding.fingerprint, { fingerprint: finding.fingerprint, ruleId: finding.ruleId, file });
  }
  const fingerprints = [...entries.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint),
  );
  const body = {
    version: 1,
    comment:
      'Secrets accepted by launch-ready secret-scan: only new leaks fail the gate. Rotate these anyway. Regenerate with --write-baseline.',
    fingerprints,
  };
  refuseLinkOrSpecial(path);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write baseline ${path} (${errorCode(error)})`);
  }
  return fingerprints.length;
}

/**
 * A baseline committed as a symlink (to ~/.bashrc, to /dev/zero) must not make --write-baseline write through
 * it: only a regular file, or no file yet, is written.
 */
export function refuseLinkOrSpecial(path: string): void {
  let info: import('node:fs').Stats;
  try {
    info = lstatSync(path);
  } catch {
    return;
  }
  if (info.isSymbolicLink()) {
    throw new UsageError(`baseline ${path} is a symbolic link: remove it, then write the baseline again`);
  }
  if (!info.isFile()) throw new UsageError(`baseline ${path} is not a regular file: a file is expected`);
}
