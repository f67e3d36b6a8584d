// Dotenv files: values come from Node's own parser (util.parseEnv: comments, `export`, quotes, multi-line),
// and a line scan adds what the parser drops: where each key is declared and its trailing comment.
import { parseEnv } from 'node:util';
import { MAX_DOTENV_BYTES, readTextFile } from '../../fs/read.ts';

export interface DotenvEntry {
  name: string;
  value: string;
  /** 1-based line of the (last) assignment. */
  line: number;
  /** The text of a trailing `# comment` on that line, without the `#`. */
  comment: string | undefined;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:\s)/;

export function parseDotenv(source: string): DotenvEntry[] {
  // Editors on Windows save a BOM, which would otherwise become part of the first key's name.
  const text = source.replace(/^\uFEFF/, '');
  const values = parseEnv(text);
  const lines = text.split(/\r?\n/);
  const positions = new Map<string, { line: number; comment: string | undefined }>();
  for (const [index, lineText] of lines.entries()) {
    const match = ASSIGNMENT.exec(lineText);
    if (match === null) continue;
    const name = match[1];
    // A line inside a quoted multi-line value can look like an assignment: only real keys count.
    if (!Object.hasOwn(values, name)) continue;
    positions.set(name, { line: index + 1, comment: trailingComment(lineText.slice(match[0].length)) });
  }
  // parseEnv returns keys sorted: report them in the file's order, as people wrote them.
  return Object.entries(values)
    .map(([name, value]) => ({
      name,
      value: value ?? '',
      line: positions.get(name)?.line ?? 1,
      comment: positions.get(name)?.comment,
    }))
    .sort((a, b) => a.line - b.line);
}

/** The comment after a value: `# ...` once any quoted value is closed, preceded by whitespace or nothing. */
function trailingComment(afterEquals: string): string | undefined {
  let rest = afterEquals.trimStart();
  const quote = rest[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = rest.indexOf(quote, 1);
    if (close === -1) return undefined;
    rest = rest.slice(close + 1);
  } else if (rest.startsWith('#')) {
    return rest.slice(1).trim();
  }
  const hash = rest.search(/\s#/);
  return hash === -1 ? undefined : rest.slice(hash).trimStart().slice(1).trim();
}

/** `# optional`, `# Optional: only for EU shops`, `# optional - ...`. */
export function isOptionalComment(comment: string | undefined): boolean {
  return comment !== undefined && /^optional\b/i.test(comment);
}

/** Reads a dotenv file the user pointed at; a file we cannot use is a usage mistake, said in one line. */
export async function readDotenvFile(path: string, displayPath: string): Promise<DotenvEntry[]> {
  const text = await readTextFile(path, {
    maxBytes: MAX_DOTENV_BYTES,
    what: 'dotenv file',
    display: displayPath,
    missingHint: 'check the path (relative to the working directory)',
  });
  return parseDotenv(text);
}
