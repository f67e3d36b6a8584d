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
  /** false: this path is excluded (user ignore), so its lines are not even kept. */
  wantPath?: (path: string) => boolean;
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
      const path = patchPath(line.slice(4));
      this.#path = path !== undefined && (this.#handlers.wantPath?.(path) ?? true) ? path : undefined;
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
