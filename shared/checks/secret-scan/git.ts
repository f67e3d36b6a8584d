// Git plumbing for diff and history modes: resolving the range a pull request adds (fetching what a
// shallow checkout lacks), and streaming patches through the parser without holding them in memory.
import { execFile, spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { UsageError } from '../../errors.ts';
import { COMMIT_MARKER, type PatchHandlers, PatchParser } from './patch.ts';

const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
const LOCAL_TIMEOUT_MS = 60_000;
const FETCH_TIMEOUT_MS = 120_000;
/** Options that make patch output the same whatever the user's git config says. */
const PATCH_FLAGS = [
  '-U0',
  // Whole blob ids on `index` lines: a binary key store is reported with its content's id (see patch.ts onBlob).
  '--full-index',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--find-renames',
  '--relative',
];

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runGit(cwd: string, args: string[], timeoutMs = LOCAL_TIMEOUT_MS): Promise<GitResult> {
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, env: GIT_ENV, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : '') });
      },
    );
  });
}

async function gitOk(cwd: string, args: string[]): Promise<string | undefined> {
  const result = await runGit(cwd, args);
  return result.code === 0 ? result.stdout.trim() : undefined;
}

export async function assertRepository(cwd: string, mode: string): Promise<void> {
  if ((await gitOk(cwd, ['rev-parse', '--is-inside-work-tree'])) !== 'true') {
    throw new UsageError(`${mode} mode needs a git repository: ${cwd} is not inside one (use --mode tree)`);
  }
}

export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  return gitOk(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

export interface DiffRange {
  base: string;
  head: string;
  /** The commit the diff starts from: the merge-base of base and head, as GitHub shows a pull request. */
  from: string;
  /** Set when the range had to be widened or approximated; one line for the log. */
  note?: string;
}

/**
 * Base and head as commits, fetching them from origin when a shallow checkout lacks them. A base that
 * cannot be had is a usage error naming the checkout setting that fixes it.
 */
export async function resolveDiffRange(
  cwd: string,
  base: string,
  head: string,
  log: (line: string) => void,
): Promise<DiffRange> {
  const headSha = await ensureCommit(cwd, head, 'head', log);
  // A first commit has no parent: everything it holds is compared with the empty tree.
  if (base === (await emptyTree(cwd))) return { base, head: headSha, from: base };
  const baseSha = await ensureCommit(cwd, base, 'base', log);
  let from = await gitOk(cwd, ['merge-base', baseSha, headSha]);
  if (from === undefined && (await gitOk(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true') {
    // The branch point lies below the shallow boundary: deepen a bounded number of times.
    for (const depth of [100, 1000]) {
      log(`secret-scan: fetching ${depth} more commits to find where the branch started`);
      await runGit(
        cwd,
        ['fetch', '--no-tags', '--no-recurse-submodules', `--deepen=${depth}`, 'origin'],
        FETCH_TIMEOUT_MS,
      );
      from = await gitOk(cwd, ['merge-base', baseSha, headSha]);
      if (from !== undefined) break;
    }
  }
  if (from === undefined) {
    return {
      base: baseSha,
      head: headSha,
      from: baseSha,
      note: `no common ancestor of ${short(baseSha)} and ${short(headSha)} in this checkout: comparing them directly (set fetch-depth: 0 on actions/checkout for an exact pull-request diff)`,
    };
  }
  return { base: baseSha, head: headSha, from };
}

async function ensureCommit(cwd: string, ref: string, role: string, log: (line: string) => void): Promise<string> {
  const found = await resolveCommit(cwd, ref);
  if (found !== undefined) return found;
  if (/^[0-9a-f]{7,64}$/i.test(ref)) {
    log(`secret-scan: ${role} commit ${short(ref)} is not in this checkout; fetching it from origin`);
    const fetched = await runGit(
      cwd,
      ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=100', 'origin', ref],
      FETCH_TIMEOUT_MS,
    );
    const after = fetched.code === 0 ? await resolveCommit(cwd, ref) : undefined;
    if (after !== undefined) return after;
  }
  throw new UsageError(
    `${role} commit ${short(ref)} is not in this checkout and could not be fetched: set fetch-depth: 0 on actions/checkout (or pass a ${role} that exists)`,
  );
}

/**
 * The base a laptop run compares with when none is given: where this branch left the default branch, or
 * else the previous commit, or else (a first commit) the empty tree so every line counts as added.
 */
export async function defaultBase(cwd: string, headSha: string): Promise<string> {
  for (const candidate of ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']) {
    const sha = await resolveCommit(cwd, candidate);
    if (sha === undefined) continue;
    const mergeBase = await gitOk(cwd, ['merge-base', sha, headSha]);
    if (mergeBase !== undefined && mergeBase !== headSha) return mergeBase;
  }
  const parent = await resolveCommit(cwd, `${headSha}~1`);
  if (parent !== undefined) return parent;
  return emptyTree(cwd);
}

export async function emptyTree(cwd: string): Promise<string> {
  return (await gitOk(cwd, ['hash-object', '-t', 'tree', '/dev/null'])) ?? '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
}

/** Streams the lines head adds over from into the handlers. */
export function streamDiff(cwd: string, from: string, head: string, handlers: PatchHandlers, maxBytes: number) {
  return streamPatch(cwd, ['diff', ...PATCH_FLAGS, from, head, '--', '.'], handlers, maxBytes);
}

/**
 * Streams every commit reachable from head (and not from base, when given), newest first. Merge commits
 * show no patch of their own: what they bring was already added by the commits they merge. History mode
 * scans the same commits in runs on every core (listHistory, streamCommits); this single pass is what the
 * runs joined must equal (the tests compare them).
 */
export function streamHistory(
  cwd: string,
  head: string,
  base: string | undefined,
  handlers: PatchHandlers,
  maxBytes: number,
) {
  return streamPatch(cwd, [...HISTORY_ARGS, ...historyRange(head, base), '--', '.'], handlers, maxBytes);
}

const HISTORY_ARGS = ['log', '-p', ...PATCH_FLAGS, `--format=${COMMIT_MARKER.replace('\u0000', '%x00')}%H %aI`];

function historyRange(head: string, base: string | undefined): string[] {
  return base === undefined ? [head] : [head, '--not', base];
}

/** The commits streamHistory walks, in its order (newest first): the same revision walk, without patches. */
export async function listHistory(cwd: string, head: string, base: string | undefined): Promise<string[]> {
  const result = await runGit(cwd, ['rev-list', ...historyRange(head, base), '--', '.'], LOCAL_TIMEOUT_MS);
  if (result.code !== 0) {
    throw new UsageError(`git rev-list failed: ${result.stderr.trim().split('\n')[0] || `exit code ${result.code}`}`);
  }
  return result.stdout.split('\n').filter((line) => line !== '');
}

/**
 * Streams the patches of exactly these commits, in the order given, each against its first parent as
 * streamHistory shows it. `paths` limits the patches to those files (literal paths, relative to cwd).
 */
export function streamCommits(
  cwd: string,
  commits: readonly string[],
  handlers: PatchHandlers,
  maxBytes: number,
  paths: readonly string[] = ['.'],
) {
  if (commits.length === 0) return Promise.resolve();
  return streamPatch(cwd, [...HISTORY_ARGS, '--no-walk=unsorted', '--stdin', '--', ...paths], handlers, maxBytes, {
    stdin: `${commits.join('\n')}\n`,
    literalPaths: paths[0] !== '.',
  });
}

function streamPatch(
  cwd: string,
  args: string[],
  handlers: PatchHandlers,
  maxBytes: number,
  extra: { stdin?: string; literalPaths?: boolean } = {},
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      env: extra.literalPaths ? { ...GIT_ENV, GIT_LITERAL_PATHSPECS: '1' } : GIT_ENV,
      stdio: [extra.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (extra.stdin !== undefined) {
      // git may exit before reading all of it (a bad revision): that is reported by its exit code, not EPIPE.
      child.stdin!.on('error', () => {});
      child.stdin!.end(extra.stdin);
    }
    const parser = new PatchParser(handlers, maxBytes);
    let stderr = '';
    let failure: unknown;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    const push = (line: string) => {
      if (failure !== undefined) return;
      try {
        parser.push(line.endsWith('\r') ? line.slice(0, -1) : line);
      } catch (error) {
        failure = error;
        child.kill();
      }
    };
    // Split on \n only: readline would also break at a lone \r inside a line, and a patch line cut in two
    // throws the hunk line counts off.
    const decoder = new StringDecoder('utf8');
    let partial = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const lines = (partial + decoder.write(chunk)).split('\n');
      partial = lines.pop()!;
      for (const line of lines) push(line);
    });
    let exitCode: number | null | undefined;
    let linesDone = false;
    const settle = () => {
      if (exitCode === undefined || !linesDone) return;
      if (failure !== undefined) return reject(failure);
      if (exitCode !== 0) {
        const reason = stderr.trim().split('\n')[0] || `exit code ${exitCode}`;
        return reject(new UsageError(`git ${args[0]} failed: ${reason}`));
      }
      try {
        parser.end();
        resolvePromise();
      } catch (error) {
        reject(error);
      }
    };
    child.stdout!.on('end', () => {
      const last = partial + decoder.end();
      if (last !== '') push(last);
      linesDone = true;
      settle();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      exitCode = code;
      settle();
    });
  });
}

export function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
