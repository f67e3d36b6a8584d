// Where source code reads environment variables, across the languages a SaaS is usually written in.
import { isViteBuiltin } from './runtime-variables.ts';

export interface EnvReference {
  name: string;
  /** 1-based. */
  line: number;
}

interface ReferencePattern {
  /** Matches carry the variable in the `name` group (or a destructuring list in `list`). */
  regex: RegExp;
  /** File extensions the pattern applies to; all source files when absent. */
  extensions?: ReadonlySet<string>;
  /** `import.meta.env` also holds Vite's own fields (MODE, DEV, ...), which nobody declares. */
  importMeta?: boolean;
}

const Q = `(['"\`])`;
const NAME = '(?<name>[A-Za-z_][A-Za-z0-9_]*)';
const ENV_FUNCTION_FILES = new Set(['.php', '.prisma']);
const PYTHON_FILES = new Set(['.py']);

const PATTERNS: readonly ReferencePattern[] = [
  { regex: new RegExp(String.raw`\bprocess\.env\.${NAME}`, 'g') },
  { regex: new RegExp(String.raw`\bprocess\.env\[\s*${Q}${NAME}\1\s*\]`, 'g') },
  { regex: new RegExp(String.raw`\bimport\.meta\.env\.${NAME}`, 'g'), importMeta: true },
  { regex: new RegExp(String.raw`\bimport\.meta\.env\[\s*${Q}${NAME}\1\s*\]`, 'g'), importMeta: true },
  { regex: new RegExp(String.raw`\bBun\.env\.${NAME}`, 'g') },
  { regex: new RegExp(String.raw`\bDeno\.env\.get\(\s*${Q}${NAME}\1`, 'g') },
  // const { A, B: b, C = 'x' } = process.env
  {
    regex: /\{(?<list>[^{}]*)\}\s*=\s*(?:process\.env|Bun\.env)\b/g,
  },
  { regex: /\{(?<list>[^{}]*)\}\s*=\s*import\.meta\.env\b/g, importMeta: true },
  // Python os.environ["X"], os.environ.get("X"), environ["X"]; os.getenv("X") and PHP getenv('X')
  { regex: new RegExp(String.raw`\benviron(?:\.get\(\s*|\[\s*)${Q}${NAME}\1`, 'g') },
  { regex: new RegExp(String.raw`\bgetenv\(\s*${Q}${NAME}\1`, 'g') },
  // django-environ: env("X"), env.str("X"), env.bool("X", default=False), env.db("DATABASE_URL")
  {
    regex: new RegExp(String.raw`(?<![\w.])env(?:\.[a-z_]+)?\(\s*${Q}${NAME}\1`, 'g'),
    extensions: PYTHON_FILES,
  },
  // Ruby ENV["X"], ENV.fetch("X")
  { regex: new RegExp(String.raw`\bENV(?:\.fetch\(?\s*|\[\s*)${Q}${NAME}\1`, 'g') },
  // Go, Rust, Java, C#, Elixir
  { regex: new RegExp(String.raw`\bos\.(?:Getenv|LookupEnv)\(\s*"${NAME}"`, 'g') },
  { regex: new RegExp(String.raw`\benv::var(?:_os)?\(\s*"${NAME}"`, 'g') },
  { regex: new RegExp(String.raw`\bSystem\.getenv\(\s*"${NAME}"`, 'g') },
  { regex: new RegExp(String.raw`\bEnvironment\.GetEnvironmentVariable\(\s*"${NAME}"`, 'g') },
  { regex: new RegExp(String.raw`\bSystem\.(?:get_env|fetch_env!?)\(\s*"${NAME}"`, 'g') },
  // PHP $_ENV['X'], Laravel env('X'), Prisma env("DATABASE_URL")
  { regex: new RegExp(String.raw`\$_ENV\[\s*${Q}${NAME}\1`, 'g'), extensions: ENV_FUNCTION_FILES },
  { regex: new RegExp(String.raw`(?<![\w$>.])env\(\s*${Q}${NAME}\1`, 'g'), extensions: ENV_FUNCTION_FILES },
];

export function findEnvReferences(text: string, extension: string): EnvReference[] {
  // Every pattern above contains "env" in some case: most files never mention it and cost one search.
  if (!/env/i.test(text)) return [];
  const found: { name: string; index: number }[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.extensions !== undefined && !pattern.extensions.has(extension)) continue;
    for (const match of text.matchAll(pattern.regex)) {
      const groups = match.groups ?? {};
      const names =
        groups.list === undefined
          ? [{ name: groups.name, index: match.index }]
          : destructuredNames(groups.list, match.index + match[0].indexOf('{') + 1);
      for (const reference of names) {
        if (!(pattern.importMeta && isViteBuiltin(reference.name))) found.push(reference);
      }
    }
  }
  const lineOf = lineFinder(text);
  return found.sort((a, b) => a.index - b.index).map(({ name, index }) => ({ name, line: lineOf(index) }));
}

/** `A, B: b, C = 'x', ...rest` → A, B, C with their offsets. */
function destructuredNames(list: string, offset: number): { name: string; index: number }[] {
  const names: { name: string; index: number }[] = [];
  for (const match of list.matchAll(/(?:^|,)\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?=[:=,]|$)/dg)) {
    names.push({ name: match.groups!.name, index: offset + match.indices!.groups!.name[0] });
  }
  return names;
}

function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
