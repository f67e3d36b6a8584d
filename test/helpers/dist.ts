// Runs the committed bundles as GitHub and a founder's shell do: a real node process, real files.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

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
}

/** An action bundle with inputs, a step summary file and an outputs file, as the runner provides them. */
export async function runActionBundle(
  action: string,
  inputs: Record<string, string>,
  cwd: string,
  env: Record<string, string> = {},
): Promise<ActionResult> {
  const temp = mkdtempSync(join(tmpdir(), 'lr-action-'));
  try {
    const summaryFile = join(temp, 'summary.md');
    const outputFile = join(temp, 'output');
    writeFileSync(summaryFile, '');
    writeFileSync(outputFile, '');
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    );
    const result = await run([join(root, 'dist', action, 'index.js')], cwd, {
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      GITHUB_WORKSPACE: cwd,
      RUNNER_TEMP: temp,
      ...inputEnv,
      ...env,
    });
    const reportFile = join(temp, 'launch-ready', `${action}.json`);
    const report = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
    return {
      ...result,
      summary: readFileSync(summaryFile, 'utf8'),
      outputs: { ...parseOutputs(readFileSync(outputFile, 'utf8')), reportJson: report },
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
