// The steps every action and CLI command share: config -> options -> check -> redacted report -> gate.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { CheckContext, CheckDefinition, Table } from '../checks/definition.ts';
import { confineFilePaths, refuseFlagOnlyInFile } from '../config/file-limits.ts';
import {
  type ConfigFile,
  DEFAULT_CONFIG_FILE,
  loadConfigFile,
  type RawParams,
  resolveOptions,
} from '../config/load.ts';
import { errorCode, UsageError } from '../errors.ts';
import type { Verdict } from '../report/describe.ts';
import { type Finding, gateFailures, type Report, SEVERITIES, type Severity } from '../report/model.ts';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never'];
export const DEFAULT_FAIL_ON: FailOn = 'high';

export function parseFailOn(value: string | undefined, flag: string): FailOn {
  const v = (value ?? '').trim().toLowerCase() || DEFAULT_FAIL_ON;
  if ((FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
  throw new UsageError(`${flag} expects one of ${FAIL_ON_VALUES.join(', ')}, got '${value}'`);
}

export interface Outcome {
  report: Report;
  verdict: Verdict;
  tables: Table[];
}

/** The folder a check runs in must exist: say so in the user's words rather than fail later on a file in it. */
export function assertFolder(dir: string, given: string, label: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    throw new UsageError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `${label}: the folder ${given} does not exist`
        : `${label}: cannot open the folder ${given} (${code})`,
    );
  }
  if (!isFolder) throw new UsageError(`${label}: ${given} is a file, not a folder`);
}

export async function readConfig(cwd: string, configPath: string | undefined, sections: string[]): Promise<ConfigFile> {
  const named = configPath !== undefined && configPath !== '';
  const path = resolve(cwd, named ? configPath : DEFAULT_CONFIG_FILE);
  // Messages name the file as the user would: relative to the folder checked.
  const shown = relative(cwd, path);
  return loadConfigFile(path, named, sections, shown.startsWith('..') ? path : shown);
}

export interface RunOptions {
  /**
   * Folder every file path in the report is made relative to. Checks name files relative to `context.cwd`;
   * an action names them from the repository root (GITHUB_WORKSPACE), as annotations and SARIF need.
   * Default: context.cwd (the CLI names files as seen from --cwd).
   */
  pathsRelativeTo?: string;
}

/** Runs one check and returns its report with every secret the run met scrubbed out. */
export async function runCheck<O>(
  definition: CheckDefinition<O>,
  config: ConfigFile,
  params: RawParams,
  failOn: FailOn,
  context: CheckContext,
  runOptions: RunOptions = {},
): Promise<Outcome> {
  refuseFlagOnlyInFile(definition as CheckDefinition, config);
  const options = resolveOptions(definition, config, params, context.source ?? 'cli');
  confineFilePaths(definition, config, params, options, context.cwd);
  const raw = await definition.run(options, { ...context, config });
  const rebased = rebasePaths(raw, context.cwd, runOptions.pathsRelativeTo ?? context.cwd);
  const report = context.redactor.scrubDeep(rebased);
  const failing = gateFailures(report.findings, failOn).length;
  const tables = context.redactor.scrubDeep(definition.present?.(report) ?? []);
  return { report, verdict: { passed: failing === 0, failOn, failing }, tables };
}

/** The report with every finding's file made relative to `to` instead of `from` (forward slashes). */
export function rebasePaths(report: Report, from: string, to: string): Report {
  const prefix = relative(resolve(to), resolve(from));
  if (prefix === '') return report;
  const rebase = (file: string) =>
    isAbsolute(file) ? file : relative(resolve(to), resolve(from, file)).split(sep).join('/');
  const findings = report.findings.map((finding): Finding => {
    const location = finding.location;
    if (location === undefined || !('file' in location)) return finding;
    return { ...finding, location: { ...location, file: rebase(location.file) } };
  });
  return { ...report, findings };
}

/**
 * The file SARIF results without one (a URL, a variable declared only in the config) point at, relative to the
 * repository root like every other path (findings are rebased there by runCheck): the config file when it exists,
 * else the workflow file that runs the action, else launch-ready.yml.
 */
export function sarifPaths(
  cwd: string,
  config: ConfigFile,
  env: Readonly<Record<string, string | undefined>>,
  workspace?: string,
): { anchor?: string } {
  const root = workspace === undefined ? undefined : relative(workspace, cwd).split(sep).join('/');
  const inRepo = root === undefined || !root.startsWith('..');
  const configPath = resolve(cwd, config.path);
  if (inRepo && !isAbsolute(config.path) && existsSync(configPath)) {
    return { anchor: posix.normalize(posix.join(root ?? '', config.path.split(sep).join('/'))) };
  }
  // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/ci.yml@refs/heads/main
  const workflow = /^[^/]+\/[^/]+\/(.+?)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  if (workflow !== undefined) return { anchor: workflow };
  return { anchor: root ? posix.join(root, DEFAULT_CONFIG_FILE) : undefined };
}
