// Reads one file and runs detection on it. Shared by the inline path and the worker threads, so it never
// throws: every problem with one file becomes a skip reason and the scan goes on.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { errorCode } from '../../errors.ts';
import { detectSecrets } from './detect.ts';
import { formatBytes } from './format.ts';
import type { SecretMatch } from './types.ts';
import { detectInWindows, WINDOW_BYTES } from './windows.ts';

export interface FileScanOptions {
  maxFileBytes: number;
  allow: RegExp[];
}

export type FileScanResult =
  | { kind: 'scanned'; bytes: number; matches: SecretMatch[] }
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
  if (utf16 === undefined && buffer.subarray(0, SNIFF_BYTES).includes(0))
    return { kind: 'binary', bytes: buffer.length };
  try {
    const matches =
      utf16 === undefined
        ? detectBuffer(buffer, relPath, options.allow)
        : detectSecrets(utf16, relPath, { allow: options.allow });
    return { kind: 'scanned', bytes: buffer.length, matches: detached(matches) };
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
  const matches = detectSecrets(buffer.toString('latin1'), relPath, { allow });
  if (matches.length === 0 || isAscii(buffer)) return matches;
  return detectSecrets(buffer.toString('utf8'), relPath, { allow });
}

/** A value sliced from a file's text keeps the whole text alive; a copy lets it go. */
function detached(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length === 0) return matches;
  return matches.map((match) => ({ ...match, value: Buffer.from(match.value, 'utf8').toString('utf8') }));
}

/** Windows tools (PowerShell, regedit exports) write UTF-16 with a byte-order mark: text, despite its NULs. */
function utf16Text(buffer: Buffer): string | undefined {
  if (buffer.length < 2) return undefined;
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.toString('utf16le', 2);
  if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    const swapped = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return swapped.swap16().toString('utf16le');
  }
  return undefined;
}

/**
 * One read buffer per thread, grown as needed and reused: allocating a fresh buffer per file leaves
 * megabytes of external memory waiting for the garbage collector and drives peak memory up.
 */
let readBuffer = Buffer.allocUnsafe(1024 * 1024);

function readCapped(path: string, maxBytes: number): { buffer: Buffer } | { tooLarge: number; binary: boolean } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
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
  for (const path of relPaths) {
    const scanned = scanFile(root, path, options);
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
  return result;
}

export function mergeBatchResult(into: BatchResult, from: BatchResult): void {
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.binaryFiles += from.binaryFiles;
  into.hits.push(...from.hits);
  into.skipped.push(...from.skipped);
}
