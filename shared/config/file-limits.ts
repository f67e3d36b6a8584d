// Limits on what launch-ready.yml may say. The file is part of the repository, so a pull request edits it:
// it must not switch the gate off (`writeBaseline: true` passes every run) nor point a check outside the
// repository (scan /etc, read ~/.aws/credentials as a dotenv file, write a baseline over ~/.bashrc).
// Flags and action inputs are the user's own word and are not limited. Declared per check in `fileLimits`.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CheckDefinition } from '../checks/definition.ts';
import { UsageError } from '../errors.ts';
import { findRepoTop } from '../fs/walk.ts';
import type { ConfigFile, RawParams } from './load.ts';

/** Refuses the check's flag-only options in the config file. Run before the options are validated. */
export function refuseFlagOnlyInFile(definition: CheckDefinition, config: ConfigFile): void {
  const section = config.sections[definition.configSection];
  for (const key of definition.fileLimits?.flagOnly ?? []) {
    if (valueAt(section, key) === undefined) continue;
    const param = definition.params.find((p) => p.key === key);
    const how = param ? ` (--${param.name} on the command line, \`${param.name}:\` input of the action)` : '';
    throw new UsageError(
      `${config.path}: ${definition.configSection}.${key} is not accepted in the config file: a pull request could set it; remove it and use the flag or input${how}`,
    );
  }
}

/**
 * Refuses a path option the config file gives (and no flag or input overrides) that leaves the repository
 * holding the folder checked (that folder itself outside any repository): absolute, `..` out, or a symlink
 * whose target lies out.
 */
export function confineFilePaths<O>(
  definition: CheckDefinition<O>,
  config: ConfigFile,
  raw: RawParams,
  options: O,
  cwd: string,
): void {
  const limits = definition.fileLimits?.paths ?? [];
  if (limits.length === 0) return;
  const section = config.sections[definition.configSection];
  const fromFile = (key: string) => valueAt(section, key) !== undefined && !givenAsParam(definition, raw, key);
  const boundary = findRepoTop(resolve(cwd)) ?? resolve(cwd);
  for (const { key, under } of limits) {
    if (!fromFile(key)) continue;
    const value = valueAt(options, key);
    if (typeof value !== 'string' || value === '') continue;
    const where = `${config.path}: ${definition.configSection}.${key}`;
    const param = definition.params.find((p) => p.key === key);
    const fix = `give a path inside the repository, or pass it as ${param ? `--${param.name} (input ${param.name})` : 'a flag'} if you mean it`;
    if (isAbsolute(value)) throw new UsageError(`${where}: ${value} is an absolute path: ${fix}`);
    const underValue = under === undefined ? undefined : valueAt(options, under);
    const base = typeof underValue === 'string' ? resolve(cwd, underValue) : resolve(cwd);
    // A base given by a flag is trusted: the file's path must then stay inside that base.
    const limit = under !== undefined && givenAsParam(definition, raw, under) ? base : boundary;
    const target = resolve(base, value);
    if (!isInside(limit, target)) throw new UsageError(`${where}: ${value} leads out of the repository: ${fix}`);
    if (!isInside(realOrSelf(limit), realPathOfNearest(target))) {
      throw new UsageError(`${where}: ${value} goes through a symbolic link out of the repository: ${fix}`);
    }
  }
}

function givenAsParam(definition: CheckDefinition, raw: RawParams, key: string): boolean {
  return definition.params.some((p) => {
    const given = raw[p.name];
    return p.key === key && given !== undefined && given !== '' && !(Array.isArray(given) && given.length === 0);
  });
}

function valueAt(node: unknown, dotted: string): unknown {
  let value = node;
  for (const key of dotted.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (a file yet to write). */
function realPathOfNearest(path: string): string {
  let rest = '';
  for (let current = path; ; current = dirname(current)) {
    try {
      return resolve(realpathSync(current), rest);
    } catch {
      if (dirname(current) === current) return path;
      rest = rest === '' ? relative(dirname(current), current) : `${relative(dirname(current), current)}${sep}${rest}`;
    }
  }
}
