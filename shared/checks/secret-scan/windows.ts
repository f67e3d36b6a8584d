// Detection over a large file in overlapping windows. V8 places a string of more than 128 KB in its large-object
// space: each one is fresh memory from the system, decoded at about 200 MB/s instead of several GB/s, and counted
// towards the next full garbage collection (a multi-megabyte bundle decoded whole is also most of the scanner's peak
// memory). Windows whose text, context and overlap included, stays under that size are decoded into the young
// generation at copy speed and freed by a cheap scavenge.
import { isAscii } from 'node:buffer';
import { detectSecretsInBytes } from './detect.ts';
import type { SecretMatch } from './types.ts';

/** V8's largest regular heap object is 128 KB; a one-byte string has a 16-byte header. */
const REGULAR_STRING_BYTES = 128 * 1024 - 16;
/** Text read past a window's end: longer than any credential (a 4096-bit PEM key is about 3.3 KB). */
export const OVERLAP_BYTES = 16 * 1024;
/** Text read before a window's start, so a rule sees the `apiKey = ` in front of a value. */
export const CONTEXT_BYTES = 1024;
/** A file up to this size is decoded whole; a larger one window by window, each text staying a regular string. */
export const WINDOW_BYTES = REGULAR_STRING_BYTES - OVERLAP_BYTES - CONTEXT_BYTES;
const NEWLINE = 0x0a;

export interface WindowSizes {
  window: number;
  overlap: number;
  context: number;
}

const DEFAULT_SIZES: WindowSizes = { window: WINDOW_BYTES, overlap: OVERLAP_BYTES, context: CONTEXT_BYTES };

/**
 * The matches detection finds in the whole file, found window by window. The file is cut into ranges
 * (at a newline when one lies in a range's second half); each range is read with some text before and
 * after it, and reports only the matches that start inside it, so none is missed at a cut or reported twice.
 */
export function detectInWindows(
  buffer: Buffer,
  relPath: string,
  allow: RegExp[],
  sizes: WindowSizes = DEFAULT_SIZES,
): SecretMatch[] {
  const found: { match: SecretMatch; offset: number }[] = [];
  let from = 0;
  let lineAtFrom = 1;
  while (from < buffer.length) {
    const to = rangeEnd(buffer, from, sizes.window);
    const textStart = Math.max(0, from - sizes.context);
    const textEnd = Math.min(buffer.length, to + sizes.overlap);
    const bytes = buffer.subarray(textStart, textEnd);
    const textStartLine = lineAtFrom - countNewlines(buffer, textStart, from);
    let line = 1;
    let lineStart = 0;
    for (const match of detectSecretsInBytes(bytes, relPath, { allow })) {
      for (; line < match.line; line++) lineStart = bytes.indexOf(NEWLINE, lineStart) + 1;
      const offset = textStart + lineStart + match.column - 1;
      if (offset < from) continue;
      if (offset >= to) break;
      found.push({ match: { ...match, line: textStartLine + match.line - 1 }, offset });
    }
    lineAtFrom += countNewlines(buffer, from, to);
    from = to;
  }
  const ascii = isAscii(buffer);
  return found.map(({ match, offset }) => {
    const fileLineStart = buffer.lastIndexOf(NEWLINE, offset - 1) + 1;
    // Offsets are bytes; with non-ASCII text the value and column are given as a UTF-8 reader sees them.
    return ascii
      ? { ...match, column: offset - fileLineStart + 1 }
      : {
          ...match,
          column: buffer.toString('utf8', fileLineStart, offset).length + 1,
          value: Buffer.from(match.value, 'latin1').toString('utf8'),
        };
  });
}

function rangeEnd(buffer: Buffer, from: number, window: number): number {
  const hardEnd = from + window;
  if (hardEnd >= buffer.length) return buffer.length;
  const newline = buffer.lastIndexOf(NEWLINE, hardEnd - 1);
  return newline >= from + window / 2 ? newline + 1 : hardEnd;
}

function countNewlines(buffer: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = buffer.indexOf(NEWLINE, from); i !== -1 && i < to; i = buffer.indexOf(NEWLINE, i + 1)) count++;
  return count;
}
