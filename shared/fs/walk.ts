// Lists a project's files as git sees them: .gitignore honoured like git does (nested files, negations,
// .git/info/exclude, and the .gitignore files above the root up to the repository top), except that
// browser build output can be forced in (secret-scan: that is where a leaked key becomes public).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { errorCode } from '../errors.ts';
import { isBuildDir, leadsToBuildDir, toPosix, userIgnore } from './paths.ts';
import { MAX_IGNORE_FILE_BYTES, readTextFileSync } from './read.ts';

export interface WalkOptions {
  root: string;
  /** Honour .gitignore (false: every file but .git). */
  gitignore: boolean;
  buildDirs: readonly string[];
  /** User globs, gitignore syntax, relative to root: never scanned, build output included. */
  ignore: readonly string[];
  /** Called after each folder with the number of files listed so far (secret-scan starts its workers early). */
  onProgress?: (files: number) => void;
}

export interface SkippedPath {
  path: string;
  reason: string;
}

export interface WalkResult {
  /** Relative to root, forward slashes, in a stable order. */
  files: string[];
  /** Files never read because their extension says binary (images, fonts, archives...). */
  binaryByName: number;
  skipped: SkippedPath[];
}

/**
 * Extensions whose content is never text: skipping them by name saves reading them at all. Ambiguous ones
 * (`.key` is a PEM private key as often as a Keynote deck) are left to the content sniff.
 */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp avif ico bmp tif tiff psd heic woff woff2 ttf otf eot ' +
    'zip gz tgz bz2 xz 7z rar zst jar war ear whl egg apk ipa dmg iso img deb rpm ' +
    'mp3 mp4 m4a m4v mov avi mkv webm wav flac ogg opus ' +
    'exe dll so dylib o obj class pyc pyo wasm node sqlite sqlite3 ' +
    'pdf doc docx xls xlsx ppt pptx odt ods'
  ).split(' '),
);

export function hasBinaryExtension(relPath: string): boolean {
  const dot = relPath.lastIndexOf('.');
  if (dot === -1 || dot < relPath.lastIndexOf('/')) return false;
  return BINARY_EXTENSIONS.has(relPath.slice(dot + 1).toLowerCase());
}

/** One .gitignore's rules and where they apply (its folder relative to the scan root, '' at or above it). */
interface GitignoreLevel {
  matcher: Ignore;
  /** Prefix turning a root-relative path into a path relative to the .gitignore's folder. */
  toLocal: (relPath: string) => string | undefined;
}

interface PendingDir {
  rel: string;
  levels: GitignoreLevel[];
  /** Inside browser build output: .gitignore no longer applies. */
  forced: boolean;
  /** Gitignored, but a build folder lies below (`.next` for `.next/static`): walk only towards it. */
  seeking?: boolean;
}

export function walkTree(options: WalkOptions): WalkResult {
  const root = resolve(options.root);
  const isUserIgnored = userIgnore(options.ignore);
  const files: string[] = [];
  const skipped: SkippedPath[] = [];
  let binaryByName = 0;
  const stack: PendingDir[] = [{ rel: '', levels: options.gitignore ? outerLevels(root) : [], forced: false }];

  while (stack.length > 0) {
    const dir = stack.pop()!;
    const abs = dir.rel === '' ? root : join(root, dir.rel);
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: dir.rel || '.', reason: `folder not readable (${errorCode(error)})` });
      continue;
    }
    const levels =
      options.gitignore && !dir.forced ? [...dir.levels, ...localLevel(abs, dir.rel, entries)] : dir.levels;
    const subdirs: PendingDir[] = [];
    for (const entry of entries) {
      const rel = dir.rel === '' ? entry.name : `${dir.rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name === '.git' || isUserIgnored(rel, true)) continue;
        if (dir.forced) {
          subdirs.push({ rel, levels, forced: true });
        } else if (!dir.seeking && !isGitIgnored(levels, rel, true)) {
          subdirs.push({ rel, levels, forced: false });
        } else if (isBuildDir(rel, options.buildDirs)) {
          subdirs.push({ rel, levels, forced: true });
        } else if (leadsToBuildDir(rel, options.buildDirs)) {
          subdirs.push({ rel, levels, forced: false, seeking: true });
        }
      } else if (entry.isFile() && !dir.seeking) {
        // Symbolic links and special files are left out: a link is scanned at its target, and following
        // links could leave the tree or loop.
        if (isUserIgnored(rel) || (!dir.forced && isGitIgnored(levels, rel, false))) continue;
        if (hasBinaryExtension(rel)) binaryByName++;
        else files.push(rel);
      }
    }
    // Reverse so the stack pops folders in name order: a stable file order gives stable reports.
    subdirs.sort((a, b) => (a.rel < b.rel ? 1 : -1));
    stack.push(...subdirs);
    options.onProgress?.(files.length);
  }
  return { files, binaryByName, skipped };
}

/** Git's rule: the deepest .gitignore that says anything about a path wins. */
function isGitIgnored(levels: readonly GitignoreLevel[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    const local = level.toLocal(rel);
    if (local === undefined || local === '') continue;
    const result = level.matcher.test(isDir ? `${local}/` : local);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

function localLevel(abs: string, rel: string, entries: readonly import('node:fs').Dirent[]): GitignoreLevel[] {
  const levels: GitignoreLevel[] = [];
  if (rel === '' && entries.some((e) => e.name === '.git' && e.isDirectory())) {
    const exclude = readRules(join(abs, '.git', 'info', 'exclude'));
    if (exclude) levels.push({ matcher: exclude, toLocal: (p) => p });
  }
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    const matcher = readRules(join(abs, '.gitignore'));
    const prefix = rel === '' ? '' : `${rel}/`;
    if (matcher) {
      levels.push({ matcher, toLocal: (p) => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined) });
    }
  }
  return levels;
}

/**
 * .gitignore files between the repository top and the scan root (exclusive) still apply inside it:
 * `--path packages/web` must not scan the node_modules the top-level .gitignore excludes.
 */
function outerLevels(root: string): GitignoreLevel[] {
  const top = findRepoTop(root);
  if (top === undefined || top === root) return [];
  const levels: GitignoreLevel[] = [];
  const exclude = readRules(join(top, '.git', 'info', 'exclude'));
  const rootFromTop = toPosix(relative(top, root));
  if (exclude) levels.push({ matcher: exclude, toLocal: (p) => `${rootFromTop}/${p}` });
  const chain: string[] = [];
  for (let dir = dirname(root); ; dir = dirname(dir)) {
    chain.unshift(dir);
    if (dir === top) break;
  }
  for (const dir of chain) {
    const matcher = readRules(join(dir, '.gitignore'));
    if (!matcher) continue;
    const rootFromDir = toPosix(relative(dir, root));
    levels.push({ matcher, toLocal: (p) => `${rootFromDir}/${p}` });
  }
  return levels;
}

/** The folder holding `.git` (a folder, or a file in worktrees and submodules) at or above `start`. */
export function findRepoTop(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function readRules(path: string): Ignore | undefined {
  try {
    const text = readTextFileSync(path, { maxBytes: MAX_IGNORE_FILE_BYTES, what: 'ignore file', optional: true });
    return text === undefined ? undefined : ignore({ allowRelativePaths: true }).add(text);
  } catch {
    // A missing, unreadable or unusable (a FIFO, a link to /dev/zero) ignore file means no rules, as in git.
    return undefined;
  }
}
