// launch-ready.yml: one optional file, one section per check. Errors are one line naming the field.
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type CheckDefinition, type Param, type ParamSource, paramLabel } from '../checks/definition.ts';
import { UsageError } from '../errors.ts';
import { MAX_CONFIG_BYTES, readTextFile } from '../fs/read.ts';

export const DEFAULT_CONFIG_FILE = 'launch-ready.yml';
/** `path` is the file as messages name it. */
export type ConfigFile = { path: string; sections: Record<string, unknown> };
/** yaml's own default; a real config uses a handful of anchors, an alias bomb needs far more expansions. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads the config file. A missing default file means "all defaults"; a missing file the user named is an error.
 */
export async function loadConfigFile(
  file: string,
  named: boolean,
  knownSections: string[],
  path = file,
): Promise<ConfigFile> {
  // A repository's own config may be a FIFO, a link to /dev/zero or huge: refused in one line, never read.
  const text = await readTextFile(file, {
    maxBytes: MAX_CONFIG_BYTES,
    what: 'config file',
    display: path,
    optional: !named,
  });
  if (text === undefined) return { path, sections: {} };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    const reason = yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new UsageError(`${path}:${line}:${col}: invalid YAML: ${reason}`);
  }
  let value: unknown;
  try {
    // maxAliasCount bounds alias expansion: a "billion laughs" file fails here instead of eating the memory.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new UsageError(`${path}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (value === null || value === undefined) return { path, sections: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${path}: expected a mapping of sections (${knownSections.join(', ')}) at the top level`);
  }
  for (const key of Object.keys(value)) {
    if (!knownSections.includes(key)) {
      throw new UsageError(`${path}: unknown section '${key}': expected one of ${knownSections.join(', ')}`);
    }
  }
  return { path, sections: value as Record<string, unknown> };
}

/**
 * A flag or input value as given: a string (actions, `--flag value`), true (a bare CLI switch), or the values of
 * a repeated list flag (`--allow a --allow b`).
 */
export type RawParams = Record<string, string | boolean | string[] | undefined>;

/**
 * The check's options: its config section, with the given params laid over it (params win),
 * validated and completed with defaults by the check's schema.
 */
export function resolveOptions<O>(
  definition: CheckDefinition<O>,
  config: ConfigFile,
  raw: RawParams,
  source: ParamSource = 'cli',
): O {
  const section = structuredClone(config.sections[definition.configSection] ?? {});
  if (typeof section !== 'object' || section === null || Array.isArray(section)) {
    throw new UsageError(`${config.path}: '${definition.configSection}' must be a mapping of options`);
  }
  const fromParams = new Map<string, Param>();
  for (const param of definition.params) {
    const given = raw[param.name];
    const value = Array.isArray(given) ? given.join('\n') : given;
    if (value === undefined || value === '') continue;
    setPath(section as Record<string, unknown>, param.key, parseParam(param, value, source));
    fromParams.set(param.key, param);
  }
  const result = definition.schema.safeParse(section);
  if (result.success) return result.data;
  throw new UsageError(
    describeIssue(
      result.error,
      definition.schema as z.ZodType,
      definition.configSection,
      config.path,
      fromParams,
      source,
    ),
  );
}

export function parseParam(param: Param, value: string | boolean, source: ParamSource = 'cli'): unknown {
  const label = paramLabel(param.name, source);
  if (typeof value === 'boolean') {
    if (param.type === 'boolean') return value;
    throw new UsageError(`${label} needs a value (${param.description})`);
  }
  switch (param.type) {
    case 'string':
      return value;
    case 'number': {
      const n = Number(value.trim());
      if (value.trim() === '' || !Number.isFinite(n)) {
        throw new UsageError(`${label} expects a number, got '${value}'`);
      }
      return n;
    }
    case 'boolean': {
      const v = value.trim().toLowerCase();
      if (v === 'true') return true;
      if (v === 'false') return false;
      throw new UsageError(`${label} expects true or false, got '${value}'`);
    }
    case 'list':
    case 'lines':
      return value
        .split(param.type === 'list' ? /[\n,]/ : /\r?\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
  }
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

function describeIssue(
  error: z.ZodError,
  schema: z.ZodType,
  section: string,
  file: string,
  fromParams: Map<string, Param>,
  source: ParamSource,
): string {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  const param = [...fromParams].find(([key]) => path === key || path.startsWith(`${key}.`))?.[1];
  const where = param ? paramLabel(param.name, source) : `${file}: ${section}${path ? `.${path}` : ''}`;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `${where}: ${issue.message}${knownKeysHint(issue, schema)}${more}`;
}

/** For a mistyped key, the keys that are allowed there: what the user most needs to fix it. */
function knownKeysHint(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  if (issue.code !== 'unrecognized_keys') return '';
  let node: unknown = schema;
  for (const key of issue.path) {
    node = objectShape(node)?.[String(key)];
    if (node === undefined) return '';
  }
  const keys = Object.keys(objectShape(node) ?? {});
  return keys.length > 0 ? ` (expected one of: ${keys.join(', ')})` : '';
}

/** The shape of an object schema, seen through the wrappers (default, optional, pipe) around it. */
function objectShape(node: unknown): Record<string, unknown> | undefined {
  for (let depth = 0; depth < 8 && node; depth++) {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return undefined;
    if (def.type === 'object') return def.shape as Record<string, unknown>;
    node = def.innerType ?? def.in;
  }
  return undefined;
}
