// The `launch-ready` command: the same checks as the actions, for a laptop or any CI.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CheckContext, CheckDefinition, Param } from '../checks/definition.ts';
import { describeParam } from '../checks/param-docs.ts';
import { CHECKS } from '../checks/registry.ts';
import { configJsonSchema } from '../config/schema.ts';
import { errorCode, UsageError } from '../errors.ts';
import { plainText } from '../report/escape.ts';
import { Redactor } from '../report/redact.ts';
import { inActionsLog, withoutCommands } from '../report/workflow-commands.ts';
import {
  assertFolder,
  FAIL_ON_VALUES,
  type FailOn,
  type Outcome,
  parseFailOn,
  readConfig,
  runCheck,
  sarifPaths,
} from '../run/pipeline.ts';
import { VERSION } from '../version.ts';
import { FORMATS, type Format, render } from './output.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The checks on offer; tests pass their own. */
  checks?: readonly CheckDefinition[];
}

const COMMON_FLAGS = {
  config: { type: 'string', description: 'config file (default: launch-ready.yml in --cwd; missing = defaults)' },
  format: { type: 'string', description: `output format: ${FORMATS.join(', ')} (default: text)` },
  output: { type: 'string', description: 'write the output to this file instead of stdout' },
  'fail-on': { type: 'string', description: `exit 1 at or above: ${FAIL_ON_VALUES.join(', ')} (default: high)` },
  'sarif-file': { type: 'string', description: 'also write SARIF 2.1.0 to this file' },
  cwd: { type: 'string', description: 'folder to check (default: the current folder)' },
  help: { type: 'boolean', description: 'show this help' },
} as const;

/** Runs the command line; returns the exit code (0 passed, 1 gate failed, 2 usage or config error). */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`launch-ready: ${plainText(error.message)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`launch-ready: internal error: ${message.split('\n')[0]}\n`);
    if (io.env.LAUNCH_READY_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 3;
  }
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const checks = io.checks ?? CHECKS;
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(mainHelp(checks));
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (command === 'schema') {
    io.stdout(`${JSON.stringify(configJsonSchema(checks), null, 2)}\n`);
    return 0;
  }
  if (command === 'demo') {
    const { runDemo } = await import('../demo/run.ts');
    return runDemo(rest, io);
  }
  if (command === 'report') {
    const { runReportCommand } = await import('./report.ts');
    return runReportCommand(rest, io);
  }
  if (command === 'all') {
    return runChecks(
      checks.filter((c) => !c.onlyWhenNamed),
      checks,
      rest,
      io,
      true,
    );
  }
  const check = checks.find((c) => c.name === command);
  if (!check) {
    const names = [...checks.map((c) => c.name), 'all', 'report', 'demo', 'schema'];
    throw new UsageError(`unknown command '${command}': expected one of ${names.join(', ')}`);
  }
  return runChecks([check], checks, rest, io, false);
}

async function runChecks(
  checks: readonly CheckDefinition[],
  known: readonly CheckDefinition[],
  argv: string[],
  io: Io,
  all: boolean,
): Promise<number> {
  const only = checks.length === 1 ? checks[0] : undefined;
  const flags = { ...COMMON_FLAGS, ...Object.fromEntries((only?.params ?? []).map(paramFlag)) };
  const { args, switches } = booleanSwitches(argv, only?.params ?? []);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof flags; allowPositionals: false; strict: true }>>;
  try {
    parsed = parseArgs({ args, options: flags, allowPositionals: false, strict: true });
  } catch (error) {
    const name = only?.name ?? 'all';
    throw new UsageError(
      `${(error as Error).message.split('\n')[0]}${renamedHint(args)} (see: launch-ready ${name} --help)`,
    );
  }
  const values = { ...parsed.values, ...switches } as Record<string, string | boolean | string[] | undefined>;
  if (values.help) {
    io.stdout(only ? checkHelp(only) : allHelp());
    return 0;
  }
  const format = parseFormat(values.format as string | undefined);
  const failOn: FailOn = parseFailOn(values['fail-on'] as string | undefined, '--fail-on');
  const cwd = resolve(io.cwd, (values.cwd as string | undefined) ?? '.');
  assertFolder(cwd, (values.cwd as string | undefined) ?? '.', '--cwd');
  const config = await readConfig(
    cwd,
    values.config as string | undefined,
    known.map((c) => c.configSection),
  );
  const redactor = new Redactor();
  // Progress lines quote file names and responses: no escape sequence from them reaches the terminal.
  // In a workflow step the runner reads both streams: untrusted text goes out with command processing off.
  const guard = inActionsLog(io.env) ? withoutCommands : (text: string) => text;
  const context: CheckContext = {
    cwd,
    env: io.env,
    redactor,
    source: 'cli',
    log: (line: string) => io.stderr(guard(`${plainText(redactor.scrub(line))}\n`)),
  };
  const selected = all ? checks.filter((c) => c.configSection in config.sections) : checks;
  const outcomes: Outcome[] = [];
  for (const check of selected.length > 0 ? selected : checks) {
    try {
      outcomes.push(await runCheck(check, config, values, failOn, context));
    } catch (error) {
      // `all` without a config section runs what works zero-config and says what the rest need.
      if (!(all && selected.length === 0 && error instanceof UsageError)) throw error;
      io.stderr(`launch-ready: skipped ${check.name}: ${plainText(error.message)}\n`);
    }
  }
  const color = io.isTty && format === 'text' && values.output === undefined && !io.env.NO_COLOR;
  const sarif = sarifPaths(cwd, config, io.env);
  const text = redactor.scrub(render(outcomes, format, color, sarif));
  if (values.output) await writeOutput(io.cwd, values.output as string, '--output', text);
  // Only the text for people: the machine formats are often redirected to a file, and JSON/SARIF lines never
  // start with text we did not write. Markdown may go to $GITHUB_STEP_SUMMARY, which the runner does not parse.
  else io.stdout(format === 'text' ? guard(text) : text);
  if (values['sarif-file']) {
    const text = redactor.scrub(render(outcomes, 'sarif', false, sarif));
    await writeOutput(io.cwd, values['sarif-file'] as string, '--sarif-file', text);
  }
  return outcomes.some((o) => !o.verdict.passed) ? 1 : 0;
}

async function writeOutput(cwd: string, path: string, flag: string, text: string): Promise<void> {
  try {
    await writeFile(resolve(cwd, path), text);
  } catch (error) {
    throw new UsageError(`${flag}: cannot write ${path} (${errorCode(error)}): does its folder exist?`);
  }
}

/**
 * A boolean flag is on as `--scan-code` or `--scan-code true`, off as `--no-scan-code`, `--scan-code false` or
 * `--scan-code=false`: taken out of argv here because parseArgs accepts no value after a boolean (and its own
 * allowNegative would turn the `--no-gitignore` flag into `gitignore: false`).
 */
export function booleanSwitches(
  argv: readonly string[],
  params: readonly Param[],
): { args: string[]; switches: Record<string, boolean> } {
  const booleans = new Set(params.filter((p) => p.type === 'boolean').map((p) => p.name));
  const args: string[] = [];
  const switches: Record<string, boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1];
    if (name === undefined) {
      args.push(arg);
      continue;
    }
    if (booleans.has(name)) {
      const inline = match![2];
      const next = argv[i + 1]?.toLowerCase();
      if (inline !== undefined) switches[name] = parseSwitch(name, inline);
      else if (next === 'true' || next === 'false') {
        switches[name] = next === 'true';
        i++;
      } else switches[name] = true;
    } else if (name.startsWith('no-') && booleans.has(name.slice(3)) && match![2] === undefined) {
      switches[name.slice(3)] = false;
    } else args.push(arg);
  }
  return { args, switches };
}

function parseSwitch(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  throw new UsageError(`--${name} expects true or false, got '${value}'`);
}

/** Flags renamed because Node claims them (it reads --env-file itself and never runs us). */
const RENAMED_FLAGS: Record<string, string> = { 'env-file': 'dotenv-file', 'env-file-if-exists': 'dotenv-file' };

function renamedHint(args: readonly string[]): string {
  for (const arg of args) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    if (name !== undefined && RENAMED_FLAGS[name]) return `: use --${RENAMED_FLAGS[name]}`;
  }
  return '';
}

function paramFlag(param: Param): [string, { type: 'string' | 'boolean'; multiple: boolean }] {
  const multiple = param.type === 'list' || param.type === 'lines';
  return [param.name, { type: param.type === 'boolean' ? 'boolean' : 'string', multiple }];
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'text';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got '${value}'`);
}

function flagLines(flags: [string, string][]): string {
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`).join('\n');
}

function commonFlagLines(own: [string, string][] = []): string {
  return flagLines([
    ...own,
    ...Object.entries(COMMON_FLAGS).map(([name, spec]): [string, string] => [`--${name}`, spec.description]),
  ]);
}

function mainHelp(checks: readonly CheckDefinition[]): string {
  const width = Math.max(...checks.map((c) => c.name.length), 6);
  return `launch-ready ${VERSION}: will your first customers be able to sign up, log in, pay and use the app?

Usage: launch-ready <command> [options]

Checks:
${checks.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`).join('\n')}

Other commands:
  ${'all'.padEnd(width)}  run every check launch-ready.yml has a section for
  ${'report'.padEnd(width)}  merge JSON reports into one summary, SARIF file, pull request comment and gate
  ${'demo'.padEnd(width)}  run every check against an embedded demo storefront with launch-day mistakes
  ${'schema'.padEnd(width)}  print the JSON Schema of launch-ready.yml

Options for every check:
${commonFlagLines()}

Exit codes: 0 passed, 1 a finding at or above --fail-on, 2 usage or configuration error, 3 internal error.
Run 'launch-ready <check> --help' for a check's own options.
`;
}

const HELP_VALUE: Record<Param['type'], string> = {
  string: ' <text>',
  number: ' <number>',
  boolean: ' [true|false]',
  list: ' <a,b,…>',
  lines: ' <value> (repeatable)',
};

function checkHelp(check: CheckDefinition): string {
  const own = check.params.map((p): [string, string] => [`--${p.name}${HELP_VALUE[p.type]}`, describeParam(check, p)]);
  return `launch-ready ${check.name}: ${check.description}

Usage: launch-ready ${check.name} [options]

Options:
${commonFlagLines(own)}

Config: the '${check.configSection}' section of launch-ready.yml; options given here win over it.
A switch turns off with --no-<name> or --<name> false.
`;
}

function allHelp(): string {
  return `launch-ready all: run every check launch-ready.yml has a section for (without one, every check that works with no config)

Usage: launch-ready all [options]

Options:
${commonFlagLines()}
`;
}
