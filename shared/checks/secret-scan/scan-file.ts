// Reads one file and runs detection on it. Shared by the inline path and the worker threads, so it never
// throws: every problem with one file becomes a skip reason and the scan goes on.
import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../../errors.ts';
import { detectSecrets, detectSecretsInBytes } from './detect.ts';
import { formatBytes } from './format.ts';
import type { SecretlintSetup } from './secretlintrc.ts';
import type { SecretMatch } from './types.ts';
import { detectInWindows, WINDOW_BYTES } from './windows.ts';

export interface FileScanOptions {
  maxFileBytes: number;
  allow: RegExp[];
  /** The repository's secretlint rules (its .secretlintrc), run on each file beside ours; absent: none. */
  secretlint?: SecretlintSetup;
  /** Hand back the decoded text (for secretlint's rules), so the file is decoded once. */
  keepText?: boolean;
}

export type FileScanResult =
  | { kind: 'scanned'; bytes: number; matches: SecretMatch[]; text?: string }
  | { kind: 'binary'; bytes: number }
  | { kind: 'skipped'; reason: string };

/** Git's own test for binary content: a NUL byte in the first 8000 bytes. */
const SNIFF_BYTES = 8000;

export function scanFile(root: string, relPath: string, options: FileScanOptions): FileScanResult {
  let buffer: Buffer;
  try {
    const read = readCapped(join(root, relPath), options.maxFileBytes);
    if ('tooLarge' in read) {
      // A huge binary (a native module, a database) holds no readable key: no notice for it.
      if (read.binary) return { kind: 'binary', bytes: read.tooLarge };
      return {
        kind: 'skipped',
        reason: `larger than ${formatBytes(options.maxFileBytes)} (${formatBytes(read.tooLarge)})`,
      };
    }
    buffer = read.buffer;
  } catch (error) {
    return { kind: 'skipped', reason: `not readable (${errorCode(error)})` };
  }
  const utf16 = utf16Text(buffer);
  // A byte-order mark says nothing for sure: the bytes after it are scanned as they are too, so no mark
  // (real or planted) can hide a key written in plain UTF-8.
  const bytes = buffer.subarray(markLength(buffer));
  if (utf16 === undefined && bytes.subarray(0, SNIFF_BYTES).includes(0))
    return { kind: 'binary', bytes: buffer.length };
  try {
    // Kept for secretlint, a small file is decoded once, as UTF-8, and our detectors read that same text.
    const text =
      options.keepText && utf16 === undefined && bytes.length <= WINDOW_BYTES ? bytes.toString('utf8') : undefined;
    const plain =
      text === undefined
        ? detectBuffer(bytes, relPath, options.allow)
        : detectSecrets(text, relPath, { allow: options.allow });
    const matches = utf16 === undefined ? plain : union(detectSecrets(utf16, relPath, { allow: options.allow }), plain);
    const kept = options.keepText ? { text: text ?? utf16 ?? bytes.toString('utf8') } : {};
    return { kind: 'scanned', bytes: buffer.length, matches: detached(matches), ...kept };
  } catch (error) {
    return { kind: 'skipped', reason: `detection failed (${errorCode(error)})` };
  }
}

/**
 * Latin-1 decoding is a plain byte copy, several times faster than UTF-8, and keys are ASCII. Only when a
 * file with non-ASCII bytes has a match is it decoded again as UTF-8, so columns and values are exact.
 */
export function detectBuffer(buffer: Buffer, relPath: string, allow: RegExp[]): SecretMatch[] {
  if (buffer.length > WINDOW_BYTES) return detectInWindows(buffer, relPath, allow);
  const matches = detectSecretsInBytes(buffer, relPath, { allow });
  if (matches.length === 0 || isAscii(buffer)) return matches;
  return detectSecrets(buffer.toString('utf8'), relPath, { allow });
}

/** A value sliced from a file's text keeps the whole text alive; a copy lets it go. */
function detached(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length === 0) return matches;
  return matches.map((match) => ({ ...match, value: Buffer.from(match.value, 'utf8').toString('utf8') }));
}

/**
 * Windows tools (PowerShell, regedit exports) write UTF-16 with a byte-order mark: text, despite its NULs.
 * Two bytes FF FE or FE FF start many a file that is not UTF-16, so the mark counts only when the rest
 * agrees: whole code units, no broken surrogate pair, and the NUL high bytes that ASCII text in UTF-16 has.
 */
export function utf16Text(buffer: Buffer): string | undefined {
  const littleEndian = buffer[0] === 0xff && buffer[1] === 0xfe;
  if (!littleEndian && !(buffer[0] === 0xfe && buffer[1] === 0xff)) return undefined;
  if (buffer.length % 2 !== 0) return undefined;
  const body = Buffer.from(buffer.subarray(2));
  if (!littleEndian) body.swap16();
  if (!looksLikeUtf16le(body)) return undefined;
  return body.toString('utf16le');
}

/** At least one code unit in the first 8000 bytes is ASCII (high byte NUL), and no surrogate is unpaired. */
function looksLikeUtf16le(body: Buffer): boolean {
  const end = Math.min(body.length, SNIFF_BYTES) & ~1;
  let ascii = 0;
  let pendingHigh = false;
  for (let i = 0; i < end; i += 2) {
    const unit = body[i]! | (body[i + 1]! << 8);
    if (unit < 0x80) ascii++;
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const isLow = unit >= 0xdc00 && unit <= 0xdfff;
    if (isLow && !pendingHigh) return false;
    if (pendingHigh && !isLow) return false;
    pendingHigh = isHigh;
  }
  return ascii > 0;
}

/** Bytes of a leading byte-order mark (UTF-8, UTF-16 either way), 0 when there is none. */
function markLength(buffer: Buffer): number {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 3;
  if ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff)) return 2;
  return 0;
}

/** The matches of both readings of one file, each secret once. */
function union(first: SecretMatch[], second: SecretMatch[]): SecretMatch[] {
  const seen = new Set(first.map((match) => `${match.ruleId}\0${match.value}`));
  return [...first, ...second.filter((match) => !seen.has(`${match.ruleId}\0${match.value}`))];
}

/**
 * One read buffer per thread, grown as needed and reused: allocating a fresh buffer per file leaves
 * megabytes of external memory waiting for the garbage collector and drives peak memory up.
 */
let readBuffer = Buffer.allocUnsafe(1024 * 1024);

function readCapped(path: string, maxBytes: number): { buffer: Buffer } | { tooLarge: number; binary: boolean } {
  // Non-blocking and regular files only: the walker listed a file, but a FIFO may have taken its place since.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    const size = info.size;
    if (size > maxBytes) {
      const head = readBuffer.subarray(0, readSync(fd, readBuffer, 0, Math.min(SNIFF_BYTES, readBuffer.length), 0));
      return { tooLarge: size, binary: utf16Text(head) === undefined && head.includes(0) };
    }
    if (size > readBuffer.length) readBuffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, readBuffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return { buffer: readBuffer.subarray(0, offset) };
  } finally {
    closeSync(fd);
  }
}

export interface FileHit {
  path: string;
  matches: SecretMatch[];
}

/** What scanning a list of files adds up to; small enough to post back from a worker. */
export interface BatchResult {
  filesScanned: number;
  bytesScanned: number;
  binaryFiles: number;
  hits: FileHit[];
  skipped: { path: string; reason: string }[];
}

export function emptyBatchResult(): BatchResult {
  return { filesScanned: 0, bytesScanned: 0, binaryFiles: 0, hits: [], skipped: [] };
}

export function scanBatch(root: string, relPaths: readonly string[], options: FileScanOptions): BatchResult {
  const result = emptyBatchResult();
  for (const path of relPaths) addToBatch(result, path, scanFile(root, path, options));
  return result;
}

export function addToBatch(result: BatchResult, path: string, scanned: FileScanResult): void {
  if (scanned.kind === 'skipped') {
    result.skipped.push({ path, reason: scanned.reason });
  } else if (scanned.kind === 'binary') {
    result.binaryFiles++;
  } else {
    result.filesScanned++;
    result.bytesScanned += scanned.bytes;
    if (scanned.matches.length > 0) result.hits.push({ path, matches: scanned.matches });
  }
}

/**
 * How a thread scans one batch: synchronously with our detectors alone, or, when the repository has a
 * secretlint config, asynchronously (@secretlint/core is async) with its rules too, loaded on first use.
 */
export function batchScanner(
  root: string,
  options: FileScanOptions,
): (paths: readonly string[]) => BatchResult | Promise<BatchResult> {
  const { secretlint } = options;
  if (secretlint === undefined) return (paths) => scanBatch(root, paths, options);
  let linted: Promise<(paths: readonly string[]) => Promise<BatchResult>> | undefined;
  return async (paths) => {
    linted ??= import('./secretlint.ts').then((module) => module.lintedBatchScanner(root, { ...options, secretlint }));
    return (await linted)(paths);
  };
}

export function mergeBatchResult(into: BatchResult, from: BatchResult): void {
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.binaryFiles += from.binaryFiles;
  into.hits.push(...from.hits);
  into.skipped.push(...from.skipped);
}
