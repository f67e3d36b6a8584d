// The shared hostile-REPOSITORY suite: real git repositories in temp folders, built the way an attacker's pull
// request (or an unlucky founder) would leave them. Every planted secret is generated at run time from parts
// (see keys in scan-helpers), so no live-format key literal is committed. A check adds its own cases by
// building on these helpers: plant a file with `plantedRepo`, then run the built CLI and action against it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commit, git, initRepo, keys, tempDir } from '../shared/checks/secret-scan/scan-helpers.ts';

/** Keys generated at run time (never committed in live format) and `git(dir, ...args)` for a repo's state. */
export { git, keys };

/** A repository built for one hostile case: its folder, the secrets planted in it, and how to remove it. */
export interface HostileRepo {
  dir: string;
  /** Every secret value planted: none may appear in any output. */
  secrets: string[];
  /** Planted file (relative path, as findings should name it) -> the secret it holds. */
  planted: Map<string, string>;
  cleanup: () => void;
}

/**
 * File names that break naive parsers and logs: git C-quotes some (newline, tab, quote, backslash, ESC),
 * appends a tab after others (a space), and a name starting with `::` is a workflow command when printed.
 */
export const HOSTILE_NAMES: Readonly<Record<string, string>> = {
  space: 'docs/my notes.ts',
  newline: 'src/new\nline.ts',
  tab: 'src/tab\there.ts',
  quotes: 'src/"quoted" \'name\'.ts',
  backslash: 'src/back\\slash.ts',
  workflowCommand: '::error file=pwned.js,line=1::INJECTED.ts',
  ansi: 'src/\u001b[31mred\u001b[0m.ts',
  nonAscii: 'src/café-日本-🚀.ts',
  spaceAndQuote: 'src/a "b" c.ts',
};

/** A line of source code holding `secret` as a real leak would. */
export function leakLine(secret: string): string {
  return `export const token = '${secret}';\n`;
}

/** An empty repository with one clean first commit; `extra` files (path -> content) are added to it. */
export function emptyRepo(prefix = 'lr-hostile-', extra: Record<string, string> = {}): HostileRepo {
  const { dir, cleanup } = tempDir(prefix);
  initRepo(dir);
  commit(dir, 'first', { 'README.md': '# shop\n', ...extra });
  return { dir, secrets: [], planted: new Map(), cleanup };
}

/**
 * A repository whose last commit adds one secret in a file with each hostile name (so diff mode with
 * base HEAD~1, history and tree modes all see every one).
 */
export function hostileNamesRepo(names: Readonly<Record<string, string>> = HOSTILE_NAMES): HostileRepo {
  const repo = emptyRepo('lr-hostile-names-');
  const files: Record<string, string> = {};
  for (const path of Object.values(names)) {
    const secret = keys.github();
    files[path] = `// config\n${leakLine(secret)}`;
    repo.planted.set(path, secret);
    repo.secrets.push(secret);
  }
  commit(repo.dir, 'add files with hostile names', files);
  return repo;
}

/** Byte-order-mark tricks: each file's bytes, and whether a secret in it is one a scanner must find. */
export function bomFiles(): { path: string; bytes: Buffer; secret: string }[] {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const cases: [string, (text: string) => Buffer][] = [
    // A UTF-16 little-endian mark before UTF-8 text: decoded as UTF-16 it becomes CJK noise and hides the key.
    ['ff-fe-then-utf8.ts', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf8(text)])],
    ['fe-ff-then-utf8.ts', (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf8(text)])],
    ['utf8-bom.env', (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)])],
    // Odd length after the mark: not UTF-16 whatever the mark says.
    ['ff-fe-odd.ts', (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf8(`${text}x`)])],
    // Real UTF-16 (as PowerShell writes it) must still be read as such.
    ['real-utf16le.ps1', (text) => Buffer.from(`\ufeff${text}`, 'utf16le')],
    ['real-utf16be.ps1', (text) => Buffer.from(`\ufeff${text}`, 'utf16le').swap16()],
    // A real UTF-16 file with a UTF-8 key spliced in: the mark is right for the rest, not for the key.
    [
      'utf16-with-utf8-inside.ps1',
      (text) =>
        Buffer.concat([Buffer.from(`\ufeff# settings\r\n${'x'.repeat(40)}\r\n`, 'utf16le'), utf8(`\n${text}\n`)]),
    ],
  ];
  return cases.map(([path, encode]) => {
    const secret = keys.github();
    return { path, bytes: encode(`GITHUB_TOKEN=${secret}\n`), secret };
  });
}

/** A repository committing every bomFiles() case. */
export function bomRepo(): HostileRepo {
  const repo = emptyRepo('lr-hostile-bom-');
  for (const file of bomFiles()) {
    writeFileSync(join(repo.dir, file.path), file.bytes);
    repo.planted.set(file.path, file.secret);
    repo.secrets.push(file.secret);
  }
  git(repo.dir, 'add', '-A');
  commit(repo.dir, 'files with byte-order marks', {});
  return repo;
}

/** What a special file can be: a FIFO (reading waits forever), a link to /dev/zero (never ends), or huge. */
export type SpecialKind = 'fifo' | 'dev-zero' | 'huge';

/** Makes `path` (inside `dir`) a FIFO, a symlink to /dev/zero, or a 60 MB file. */
export function makeSpecial(dir: string, path: string, kind: SpecialKind): void {
  const abs = join(dir, path);
  mkdirSync(dirname(abs), { recursive: true });
  if (kind === 'fifo') execFileSync('mkfifo', [abs]);
  else if (kind === 'dev-zero') symlinkSync('/dev/zero', abs);
  else writeFileSync(abs, `# padding\n${'#'.repeat(60 * 1024 * 1024)}\n`);
}

/**
 * A repository (with one planted secret in src/app.ts) whose `path` is special: `launch-ready.yml`, the
 * secret-scan baseline `.launch-ready-baseline.json`, or any other file a check reads by name.
 */
export function specialFileRepo(path: string, kind: SpecialKind): HostileRepo {
  const secret = keys.stripe();
  const repo = emptyRepo(`lr-hostile-${kind}-`, { 'src/app.ts': leakLine(secret) });
  repo.secrets.push(secret);
  repo.planted.set('src/app.ts', secret);
  makeSpecial(repo.dir, path, kind);
  return repo;
}

/**
 * A repository inside a parent folder that holds a secret of its own (`outside/leak.ts`) and a file a
 * config could overwrite (`outside/victim.txt`): `config` is committed as launch-ready.yml. Use it to check
 * that a repository's config cannot read or write outside the repository. `link-out` in the repository is
 * a symlink to the outside folder.
 */
export function escapingConfigRepo(config: string): HostileRepo & { outside: string } {
  const parent = tempDir('lr-hostile-escape-');
  const outside = join(parent.dir, 'outside');
  const outsideSecret = keys.github();
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'leak.ts'), leakLine(outsideSecret));
  writeFileSync(join(outside, 'victim.txt'), 'do not overwrite\n');
  const dir = join(parent.dir, 'repo');
  mkdirSync(dir);
  initRepo(dir);
  symlinkSync(outside, join(dir, 'link-out'));
  commit(dir, 'first', { 'README.md': '# shop\n', 'launch-ready.yml': config });
  return { dir, outside, secrets: [outsideSecret], planted: new Map(), cleanup: parent.cleanup };
}
