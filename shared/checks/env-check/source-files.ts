// Walks a project's source files the way git sees them: .gitignore honoured (nested ones too),
// dependency and build folders skipped, symlinks not followed (no cycles, no escaping the tree).
import { open, opendir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import ignore, { type Ignore } from 'ignore';

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
}

interface IgnoreScope {
  /** Relative directory the rules belong to ('' for the root). */
  base: string;
  rules: Ignore;
}

export async function walkSourceFiles(
  root: string,
  extraIgnores: readonly string[],
  limits: WalkLimits,
  visit: (file: SourceFile) => void,
): Promise<WalkStats> {
  const stats: WalkStats = {
    filesScanned: 0,
    skippedLarge: 0,
    skippedBinary: 0,
    skippedUnreadable: 0,
    truncated: false,
  };
  const scopes: IgnoreScope[] = extraIgnores.length > 0 ? [{ base: '', rules: ignore().add([...extraIgnores]) }] : [];
  const pending: string[] = [];
  await walkDirectory(root, '', scopes, limits, pending, stats);
  await readInParallel(root, pending, limits, stats, visit);
  return stats;
}

async function walkDirectory(
  root: string,
  relative: string,
  inherited: IgnoreScope[],
  limits: WalkLimits,
  pending: string[],
  stats: WalkStats,
): Promise<void> {
  const scopes = [...inherited];
  const gitignore = await readGitignore(join(root, relative));
  if (gitignore !== undefined) scopes.push({ base: relative, rules: ignore().add(gitignore) });
  let directory: Awaited<ReturnType<typeof opendir>>;
  try {
    directory = await opendir(join(root, relative));
  } catch {
    stats.skippedUnreadable += 1;
    return;
  }
  const subdirectories: string[] = [];
  for await (const entry of directory) {
    const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(scopes, `${path}/`)) subdirectories.push(path);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.includes('.min.')) {
      if (isIgnored(scopes, path)) continue;
      if (pending.length >= limits.maxFiles) {
        stats.truncated = true;
        continue;
      }
      pending.push(path);
    }
  }
  for (const path of subdirectories.sort()) {
    if (stats.truncated) return;
    await walkDirectory(root, path, scopes, limits, pending, stats);
  }
}

function isIgnored(scopes: readonly IgnoreScope[], path: string): boolean {
  return scopes.some(
    (scope) =>
      (scope.base === '' || path.startsWith(`${scope.base}/`)) &&
      scope.rules.ignores(scope.base === '' ? path : path.slice(scope.base.length + 1)),
  );
}

async function readGitignore(directory: string): Promise<string | undefined> {
  try {
    return await readFile(join(directory, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
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
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      if (size > limits.maxFileBytes) {
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
