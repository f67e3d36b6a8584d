// Baselines let a repo with old leaks adopt the gate and fail only on new ones. A fingerprint is the rule,
// the file and a hash of the value, never a line number, so it survives lines moving around the file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
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
export function readBaseline(path: string): Set<string> | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`baseline ${path} is not readable (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let parsed: z.infer<typeof baselineSchema>;
  try {
    parsed = baselineSchema.parse(JSON.parse(text));
  } catch {
    throw new UsageError(
      `baseline ${path} is not a launch-ready baseline ({"version": 1, "fingerprints": [...]}): rewrite it with --write-baseline`,
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
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write baseline ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return fingerprints.length;
}
