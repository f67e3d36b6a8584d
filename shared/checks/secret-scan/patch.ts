// Parses `git diff -U0` / `git log -p -U0` output line by line into the lines each file gained, with their
// line numbers in the new file. Fed one line at a time so a long history streams through in flat memory.

/** The header line our `git log --format` prints before each commit's patch. */
export const COMMIT_MARKER = '\u0000commit ';

export interface CommitInfo {
  sha: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

export interface AddedText {
  path: string;
  commit?: CommitInfo;
  /** The added lines, hunks separated by one empty line so no match spans two hunks. */
  text: string;
  /** New-file line number of each line of `text` (0 for the separators). */
  lineNumbers: number[];
  bytes: number;
}

export interface PatchHandlers {
  /** Called once per file section that added lines. */
  onFile: (added: AddedText) => void;
  /** A file whose added lines exceed the cap: skipped with a notice. */
  onOversized?: (path: string, commit: CommitInfo | undefined) => void;
  onCommit?: (commit: CommitInfo) => void;
  /**
   * Called once per file section whose new side has content (added or changed, text or binary, not deleted),
   * with the content's blob id (full with `--full-index`): how a key store, which shows no lines, is seen.
   */
  onBlob?: (blob: NewBlob) => void;
  /** false: this path is excluded (user ignore), so its lines are not even kept. */
  wantPath?: (path: string) => boolean;
}

export interface NewBlob {
  path: string;
  commit?: CommitInfo;
  blobId: string;
}

const HUNK = /^@@@* -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

export class PatchParser {
  readonly #handlers: PatchHandlers;
  readonly #maxBytes: number;
  #commit: CommitInfo | undefined;
  #path: string | undefined;
  #lines: string[] = [];
  #lineNumbers: number[] = [];
  #bytes = 0;
  #oversized = false;
  #oldLeft = 0;
  #newLeft = 0;
  #nextLine = 0;
  #blobId: string | undefined;
  #renamedTo: string | undefined;

  constructor(handlers: PatchHandlers, maxBytes: number) {
    this.#handlers = handlers;
    this.#maxBytes = maxBytes;
  }

  push(line: string): void {
    if (this.#oldLeft > 0 || this.#newLeft > 0) {
      this.#hunkLine(line);
      return;
    }
    if (line.startsWith(COMMIT_MARKER)) {
      this.#flush();
      this.#path = undefined;
      const [sha = '', date = ''] = line.slice(COMMIT_MARKER.length).split(' ');
      this.#commit = { sha, date };
      this.#handlers.onCommit?.(this.#commit);
    } else if (line.startsWith('diff --git ') || line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.#flush();
      this.#path = undefined;
    } else if (line.startsWith('+++ ')) {
      this.#setPath(patchPath(line.slice(4)));
    } else if (line.startsWith('index ')) {
      const blobId = /^index [0-9a-f,]+\.\.([0-9a-f]+)/.exec(line)?.[1];
      this.#blobId = blobId === undefined || /^0+$/.test(blobId) ? undefined : blobId;
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      this.#renamedTo = unquote(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      this.#setPath(this.#renamedTo ?? binaryNewPath(line));
    } else {
      const hunk = HUNK.exec(line);
      if (hunk) {
        this.#oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
        this.#nextLine = Number(hunk[2]);
        this.#newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
        if (this.#lines.length > 0) this.#keep('', 0);
      }
    }
  }

  end(): void {
    this.#flush();
  }

  #hunkLine(line: string): void {
    const sign = line[0];
    if (sign === '+') {
      // A UTF-8 byte-order mark is no column of the first line an editor shows.
      this.#keep(this.#nextLine === 1 ? line.slice(1).replace(/^\uFEFF/, '') : line.slice(1), this.#nextLine);
      this.#nextLine++;
      this.#newLeft--;
    } else if (sign === '-') {
      this.#oldLeft--;
    } else if (sign === ' ') {
      this.#nextLine++;
      this.#newLeft--;
      this.#oldLeft--;
    } else if (sign !== '\\') {
      // Not a patch line: the hunk header lied or the stream is cut. Resynchronise on the next header.
      this.#oldLeft = 0;
      this.#newLeft = 0;
      this.push(line);
    }
  }

  #setPath(path: string | undefined): void {
    this.#path = path !== undefined && (this.#handlers.wantPath?.(path) ?? true) ? path : undefined;
  }

  #keep(text: string, lineNumber: number): void {
    if (this.#path === undefined || this.#oversized) return;
    this.#bytes += text.length + 1;
    if (this.#bytes > this.#maxBytes) {
      this.#oversized = true;
      this.#lines = [];
      this.#lineNumbers = [];
      return;
    }
    this.#lines.push(text);
    this.#lineNumbers.push(lineNumber);
  }

  #flush(): void {
    const path = this.#path;
    if (path !== undefined && this.#oversized) {
      this.#handlers.onOversized?.(path, this.#commit);
    } else if (path !== undefined && this.#lines.length > 0) {
      this.#handlers.onFile({
        path,
        commit: this.#commit,
        text: this.#lines.join('\n'),
        lineNumbers: this.#lineNumbers,
        bytes: this.#bytes,
      });
    }
    if (path !== undefined && this.#blobId !== undefined) {
      this.#handlers.onBlob?.({ path, blobId: this.#blobId, ...(this.#commit ? { commit: this.#commit } : {}) });
    }
    this.#blobId = undefined;
    this.#renamedTo = undefined;
    this.#lines = [];
    this.#lineNumbers = [];
    this.#bytes = 0;
    this.#oversized = false;
    this.#oldLeft = 0;
    this.#newLeft = 0;
  }
}

/**
 * The file a `+++ ` line names, or undefined for a deleted file. Git ends the line with a tab when the name
 * holds a space (so `patch` knows where it ends), and C-quotes a name with a quote, backslash or control
 * character (newline, tab, ESC). A raw tab at the end is always git's: a name ending in a tab is quoted.
 */
export function patchPath(target: string): string | undefined {
  const label = target.endsWith('\t') ? target.slice(0, -1) : target;
  if (label === '/dev/null') return undefined;
  const path = unquote(label);
  return path.startsWith('b/') ? path.slice(2) : path;
}

/**
 * The new side of `Binary files a/x.p12 and b/x.p12 differ` (git shows no `+++` line for a binary file), or
 * undefined for a deletion. Either name may hold " and "; but a new file's old side is /dev/null, and otherwise
 * both sides name the same file (a rename's target comes from its `rename to` line), so the halves are equal.
 */
export function binaryNewPath(line: string): string | undefined {
  const body = line.slice('Binary files '.length, -' differ'.length);
  if (body.endsWith(' and /dev/null')) return undefined;
  if (body.startsWith('/dev/null and ')) return patchPath(body.slice('/dev/null and '.length));
  const half = (body.length - ' and '.length) / 2;
  return Number.isInteger(half) ? patchPath(body.slice(half + ' and '.length)) : undefined;
}

/** Git C-quotes paths with unusual bytes: "b/caf\303\251.txt", "b/new\nline.txt". */
export function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      // Whole code points: an emoji's two UTF-16 halves encoded one by one would each become U+FFFD.
      const codePoint = String.fromCodePoint(body.codePointAt(i)!);
      bytes.push(...Buffer.from(codePoint, 'utf8'));
      i += codePoint.length - 1;
      continue;
    }
    const next = body[i + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
