// A project's source files, read: the shared walker lists them as git sees them (.gitignore honoured,
// symlinks not followed); dependency and build folders, minified and oversized files are left out.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { walkTree } from '../../fs/walk.ts';
import { EXAMPLE_FILE_CANDIDATES } from './schema.ts';

export const SOURCE_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.cjs',
  '.jsx',
  '.ts',
  '.mts',
  '.cts',
  '.tsx',
  '.vue',
  '.svelte',
  '.astro',
  '.py',
  '.rb',
  '.rake',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.cs',
  '.php',
  '.ex',
  '.exs',
  '.prisma',
]);

const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'vendor',
  'third_party',
  'dist',
  'build',
  'out',
  'coverage',
  '.git',
  '.hg',
  '.svn',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.vercel',
  '.netlify',
  '.turbo',
  '.cache',
  '.venv',
  'venv',
  '__pycache__',
  'target',
]);

export interface WalkLimits {
  /** Bigger files are skipped (minified bundles, generated code). */
  maxFileBytes: number;
  /** The walk stops there, bounded even on a monorepo with a huge checkout. */
  maxFiles: number;
}

export interface SourceFile {
  /** Relative to the root, with forward slashes. */
  path: string;
  extension: string;
  text: string;
}

export interface WalkStats {
  filesScanned: number;
  skippedLarge: number;
  skippedBinary: number;
  skippedUnreadable: number;
  truncated: boolean;
  /** Example files in sub-folders (apps/web/.env.example): in a monorepo each app declares its own. */
  nestedExampleFiles: string[];
}

/** Dependency and build folders, as gitignore patterns: they hold no variable the project itself reads. */
const SKIPPED = [...SKIPPED_DIRECTORIES].map((name) => `${name}/`);

export async function walkSourceFiles(
  root: string,
  extraIgnores: readonly string[],
  limits: WalkLimits,
  visit: (file: SourceFile) => void,
): Promise<WalkStats> {
  const walk = walkTree({ root, gitignore: true, buildDirs: [], ignore: [...SKIPPED, ...extraIgnores] });
  const sources = walk.files.filter(
    (path) => SOURCE_EXTENSIONS.has(extname(path)) && !basename(path).includes('.min.'),
  );
  const stats: WalkStats = {
    filesScanned: 0,
    skippedLarge: 0,
    skippedBinary: 0,
    skippedUnreadable: walk.skipped.length,
    truncated: sources.length > limits.maxFiles,
    nestedExampleFiles: walk.files.filter(
      (path) => path.includes('/') && (EXAMPLE_FILE_CANDIDATES as readonly string[]).includes(basename(path)),
    ),
  };
  await readInParallel(root, sources.slice(0, limits.maxFiles), limits, stats, visit);
  return stats;
}

/** A few reads at a time: enough to hide disk latency without opening thousands of handles. */
async function readInParallel(
  root: string,
  paths: readonly string[],
  limits: WalkLimits,
  stats: WalkStats,
  visit: (file: SourceFile) => void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const path = paths[next++];
      const text = await readSource(join(root, path), limits, stats);
      if (text === undefined) continue;
      stats.filesScanned += 1;
      visit({ path, extension: extname(path), text });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function readSource(path: string, limits: WalkLimits, stats: WalkStats): Promise<string | undefined> {
  let buffer: Buffer;
  try {
    // Non-blocking and regular files only: a FIFO put where the walker saw a file must not hang the scan.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (!info.isFile()) {
        stats.skippedUnreadable += 1;
        return undefined;
      }
      if (info.size > limits.maxFileBytes) {
        stats.skippedLarge += 1;
        return undefined;
      }
      buffer = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch {
    stats.skippedUnreadable += 1;
    return undefined;
  }
  if (buffer.subarray(0, 8000).includes(0)) {
    stats.skippedBinary += 1;
    return undefined;
  }
  return buffer.toString('utf8');
}
