// Options of secret-scan: every field has a default so a repo with no config still gets a useful scan.
import { z } from 'zod';
import { MAX_SHARDS, SHARD_FORMAT } from './shard.ts';

export const MODES = ['auto', 'tree', 'diff', 'history'] as const;
export type Mode = (typeof MODES)[number];
export type ResolvedMode = Exclude<Mode, 'auto'>;

/** Folders a browser downloads: a key in them is public the moment the site deploys. */
export const DEFAULT_BUILD_DIRS = ['dist', 'build', '.next/static', 'out', 'public'];

export const DEFAULT_BASELINE = '.launch-ready-baseline.json';

/** Minified bundles reach several MB; anything past this is skipped with a notice rather than slowing every run. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'expected a valid JavaScript regular expression (e.g. "^sk_test_")' },
);

const buildDir = z
  .string()
  .min(1, { message: 'expected a folder name such as "dist" or ".next/static"' })
  .transform((dir) =>
    dir
      .replace(/\\/g, '/')
      .replace(/^\.\/+/, '')
      .replace(/\/+$/, ''),
  );

/** Past this, a "file" is a dump or a disk image: reading it whole would take the runner's memory. */
export const MAX_FILE_BYTES_LIMIT = 1024 * 1024 * 1024;

// Strict like every other section: a mistyped key (`ignor:`) is an error naming the keys allowed, not silence.
export const secretScanOptionsSchema = z.strictObject({
  /** tree: files on disk; diff: lines added between base and head; history: every commit. auto picks from the event. */
  mode: z
    .enum(MODES, { message: 'expected one of auto, tree, diff, history' })
    .default('auto')
    .describe('tree (files on disk), diff (lines added between base and head), history (every commit), or auto'),
  path: z.string().min(1, { message: 'expected a folder path' }).default('.').describe('Folder to scan'),
  base: z.string().default('').describe('diff: base commit (default: the pull request base, else the merge-base)'),
  head: z.string().default('').describe('diff/history: head commit (default: the pull request head, else HEAD)'),
  buildDirs: z
    .array(buildDir)
    .default(DEFAULT_BUILD_DIRS)
    .describe('Browser build output, always scanned even when gitignored; a key there is a blocker'),
  ignore: z
    .array(z.string())
    .default([])
    .describe('Glob patterns (gitignore syntax) of paths never scanned; a .secretlintignore adds its own'),
  allow: z.array(regexSource).default([]).describe('Regular expressions of values that are not secrets'),
  baseline: z
    .string()
    .default(DEFAULT_BASELINE)
    .describe('Baseline file of accepted fingerprints, relative to path; "none" (or "") for no baseline'),
  writeBaseline: z
    .boolean()
    .default(false)
    .describe(
      'Write every current finding to the baseline file and pass (a flag or input only: refused in the config file)',
    ),
  maxFileBytes: z
    .number({ message: 'expected a number of bytes' })
    .int({ message: 'expected a whole number of bytes' })
    .positive({ message: 'expected a positive number of bytes' })
    .max(MAX_FILE_BYTES_LIMIT, { message: `expected at most ${MAX_FILE_BYTES_LIMIT} bytes (1 GB)` })
    .default(DEFAULT_MAX_FILE_BYTES)
    .describe('Files larger than this are skipped with a notice'),
  noGitignore: z.boolean().default(false).describe('tree: scan files that .gitignore excludes too'),
  verify: z
    .boolean()
    .default(false)
    .describe("Ask each key's own provider (GitHub, Stripe, AWS, Slack, OpenAI, SendGrid) whether it is live"),
  shard: z
    .string()
    .regex(SHARD_FORMAT, { message: 'expected I/N, e.g. 2/4 (this job scans part I of N)' })
    .refine(
      (text) => {
        const [index, count] = text.split('/').map(Number) as [number, number];
        return index >= 1 && index <= count && count <= MAX_SHARDS;
      },
      { message: `expected I/N with 1 ≤ I ≤ N ≤ ${MAX_SHARDS}` },
    )
    .or(z.literal(''))
    .default('')
    .describe(
      'tree/history: scan part I of N (a matrix job); the N parts together report exactly what one scan reports',
    ),
});

export type SecretScanOptions = z.output<typeof secretScanOptionsSchema>;
