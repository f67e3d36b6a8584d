// Runs the committed bundles as GitHub and a founder's shell do: a real node process, real files.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const root = resolve(import.meta.dirname, '../..');

/** The token the fake runner substitutes for `${{ github.token }}`: tests assert it never reaches any output. */
export const RUNNER_TOKEN = 'ghs_runnerTOKENnotForOutput0123456789abcd';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/** `launch-ready <args>` from dist/cli/index.js. */
export function runCliBundle(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
  return run([join(root, 'dist/cli/index.js'), ...args], cwd, env);
}

export interface ActionResult extends RunResult {
  summary: string;
  outputs: Record<string, string>;
  /** The JSON report the action left in RUNNER_TEMP/launch-ready ('' when none). */
  reportJson?: string;
}

export interface RunnerOptions {
  /** GITHUB_WORKSPACE; default: cwd. The process starts here, as the runner starts every step in the workspace. */
  workspace?: string;
  /** GITHUB_EVENT_NAME and the payload written to GITHUB_EVENT_PATH; default a `push` with no payload fields. */
  event?: { name: string; payload?: Record<string, unknown> };
}

interface ActionInputSpec {
  default?: unknown;
}

/**
 * The `INPUT_*` variables the runner sets for an action: one for every input of its action.yml, the workflow's
 * value or else the input's `default:` (with `${{ github.token }}` replaced by the job token), named as the
 * runner names them (upper case, spaces to `_`, hyphens kept).
 */
export function runnerInputs(actionYml: string, given: Record<string, string>): Record<string, string> {
  const action = parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, ActionInputSpec> };
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = spec?.default === undefined || spec.default === null ? '' : String(spec.default);
    values[name] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, RUNNER_TOKEN);
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in values)) throw new Error(`${actionYml} has no input '${name}': the runner would warn and ignore it`);
    values[name] = value;
  }
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
}

/**
 * An action's bundle run as the GitHub runner runs it: every input of its action.yml set (the test's value or
 * the default), GITHUB_* files for the summary, outputs and event, RUNNER_TEMP, GITHUB_WORKSPACE.
 * `cwd` is where the repository is checked out (the workspace) unless `options.workspace` says otherwise.
 */
export async function runActionBundle(
  action: string,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
  options: RunnerOptions = {},
): Promise<ActionResult> {
  const temp = mkdtempSync(join(tmpdir(), 'lr-action-'));
  try {
    const summaryFile = join(temp, 'summary.md');
    const outputFile = join(temp, 'output');
    const eventFile = join(temp, 'event.json');
    writeFileSync(summaryFile, '');
    writeFileSync(outputFile, '');
    writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));
    const actionYml = action === '.' ? join(root, 'action.yml') : join(root, 'actions', action, 'action.yml');
    const workspace = options.workspace ?? cwd;
    const result = await run([join(root, 'dist', action === '.' ? 'root' : action, 'index.js')], workspace, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_ENV: join(temp, 'env'),
      GITHUB_STATE: join(temp, 'state'),
      GITHUB_EVENT_NAME: options.event?.name ?? 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'founder/shop',
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ID: '42',
      GITHUB_SERVER_URL: 'https://github.com',
      // Nothing listens here: a test that expects no GitHub call fails fast instead of reaching out.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: temp,
      ...runnerInputs(actionYml, inputs),
      ...env,
    });
    const reportFile = join(temp, 'launch-ready', `${action}.json`);
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    return {
      ...result,
      summary: readFileSync(summaryFile, 'utf8'),
      outputs: { ...parseOutputs(readFileSync(outputFile, 'utf8')), reportJson: report },
      reportJson: report,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The runner's GITHUB_OUTPUT format: `name<<DELIMITER\nvalue\nDELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}
