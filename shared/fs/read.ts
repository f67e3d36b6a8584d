// Reading a file the user (or a repository's launch-ready.yml) names: a config, a baseline, a dotenv file.
// A repository is untrusted input: such a path can be a FIFO (reading it waits forever), a symlink to
// /dev/zero (reading it never ends) or a 60 MB file. Each is refused in one line before anything is read.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { errorCode, UsageError } from '../errors.ts';

/** Config files (launch-ready.yml) are a few KB; 1 MiB leaves room for any real one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Dotenv files: larger than any real one, so a log or a dump named by mistake is refused. */
export const MAX_DOTENV_BYTES = 1024 * 1024;
/** Baselines hold about 150 bytes per accepted finding: 50 MiB is some 300,000 findings. */
export const MAX_BASELINE_BYTES = 50 * 1024 * 1024;
/** .gitignore files: a symlink to /dev/zero or a huge one means no rules rather than a hang. */
export const MAX_IGNORE_FILE_BYTES = 1024 * 1024;

export interface ReadTextOptions {
  /** Files larger than this are refused. */
  maxBytes: number;
  /** What the file should be, for messages: "config file", "baseline", "dotenv file". */
  what: string;
  /** The path as messages name it (default: the path given). */
  display?: string;
  /** true: a missing file reads as undefined instead of an error. */
  optional?: boolean;
  /** Added to the "no such file" message: how to fix the path. */
  missingHint?: string;
}

/**
 * The file's content as UTF-8 text (a leading byte-order mark removed), or undefined when it is missing and
 * `optional`. Regular files only (a symlink counts as its target), at most `maxBytes`, no NUL bytes; any
 * other case is a UsageError naming the file. Opened non-blocking, so a FIFO is seen for what it is rather
 * than waited on.
 */
export async function readTextFile(path: string, options: ReadTextOptions & { optional?: false }): Promise<string>;
export async function readTextFile(path: string, options: ReadTextOptions): Promise<string | undefined>;
export async function readTextFile(path: string, options: ReadTextOptions): Promise<string | undefined> {
  return readTextFileSync(path, options);
}

/** readTextFile for synchronous callers (the tree walker's .gitignore files). */
export function readTextFileSync(path: string, options: ReadTextOptions): string | undefined {
  const buffer = readUserFileSync(path, options);
  if (buffer === undefined) return undefined;
  const shown = options.display ?? path;
  if (buffer.includes(0)) throw new UsageError(`${options.what} ${shown} is a binary file: a text file is expected`);
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}

/** The bytes of a user-named file, with the checks of readTextFile except the one for NUL bytes. */
export function readUserFileSync(path: string, options: ReadTextOptions): Buffer | undefined {
  const shown = options.display ?? path;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer that never comes.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' && options.optional) return undefined;
    if (code === 'ENOENT') {
      const hint = options.missingHint ? `: ${options.missingHint}` : '';
      throw new UsageError(`${options.what} ${shown} does not exist${hint}`);
    }
    throw new UsageError(`cannot read ${options.what} ${shown} (${code})`);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      throw new UsageError(`${options.what} ${shown} is ${kindOf(info)}: a regular file is expected`);
    }
    if (info.size > options.maxBytes) {
      throw new UsageError(
        `${options.what} ${shown} is ${info.size} bytes: at most ${sizeText(options.maxBytes)} is accepted`,
      );
    }
    // One byte more than the size: a file that grows while it is read past the cap is caught below.
    const buffer = Buffer.alloc(Math.min(info.size, options.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > options.maxBytes) {
      throw new UsageError(`${options.what} ${shown} grew past ${sizeText(options.maxBytes)} while it was read`);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${options.what} ${shown} (${errorCode(error)})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The id git gives a file's content (SHA-1 of `blob <size>\0` and the bytes), read in chunks so a huge file
 * costs no memory. Regular files only, opened non-blocking like every file here; throws (with a code) otherwise.
 */
export function gitBlobId(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    const hash = createHash('sha1').update(`blob ${info.size}\0`);
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let offset = 0;
    // Exactly the size the header announced: a file that grows or shrinks meanwhile still gives a well-formed id.
    while (offset < info.size) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, info.size - offset), offset);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      offset += n;
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}
