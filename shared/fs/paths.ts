// Path rules the walkers and checks share: which paths the user excluded, and which are browser build output.
import ignore from 'ignore';

/** Forward slashes, no leading "./": the form findings, baselines and ignore globs use. */
export function toPosix(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** A matcher for the user's `ignore` globs (gitignore syntax, relative to the scan root). */
export function userIgnore(globs: readonly string[]): (relPath: string, isDir?: boolean) => boolean {
  if (globs.length === 0) return () => false;
  const matcher = ignore({ allowRelativePaths: true }).add(globs.map(toPosix));
  return (relPath, isDir = false) => relPath !== '' && matcher.ignores(isDir ? `${relPath}/` : relPath);
}

/**
 * True when a folder is browser build output: its path ends with one of `buildDirs` (so `dist` matches
 * `dist` and `packages/web/dist`), and it is not third-party code under node_modules.
 */
export function isBuildDir(relDir: string, buildDirs: readonly string[]): boolean {
  const segments = relDir.split('/');
  if (segments.includes('node_modules')) return false;
  return buildDirs.some((dir) => {
    const tail = dir.split('/');
    if (tail.length > segments.length) return false;
    const offset = segments.length - tail.length;
    return tail.every((segment, i) => segments[offset + i] === segment);
  });
}

/** True when a build folder lies below this one: `.next` (or `apps/web/.next`) for `.next/static`. */
export function leadsToBuildDir(relDir: string, buildDirs: readonly string[]): boolean {
  const segments = relDir.split('/');
  if (segments.includes('node_modules')) return false;
  return buildDirs.some((dir) => {
    const head = dir.split('/');
    for (let n = Math.min(head.length - 1, segments.length); n >= 1; n--) {
      const offset = segments.length - n;
      if (head.slice(0, n).every((segment, i) => segments[offset + i] === segment)) return true;
    }
    return false;
  });
}

/** True when a file sits anywhere inside browser build output. */
export function isInBuildOutput(relFile: string, buildDirs: readonly string[]): boolean {
  const segments = relFile.split('/');
  if (segments.includes('node_modules')) return false;
  for (let end = segments.length - 1; end >= 1; end--) {
    if (isBuildDir(segments.slice(0, end).join('/'), buildDirs)) return true;
  }
  return false;
}
