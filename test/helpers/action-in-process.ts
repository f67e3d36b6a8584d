// runAction in this process, as the runner starts an action: every common input with its default, the runner's
// files, stdout collected. For checks that are not in the bundles (test/helpers' fake and hostile checks).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { vi } from 'vitest';
import type { CheckDefinition } from '../../shared/checks/definition.ts';
import { runAction } from '../../shared/run/action.ts';

export interface InProcessResult {
  stdout: string;
  summary: string;
  exitCode: number | undefined;
}

export async function runActionInProcess(
  definition: CheckDefinition,
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<InProcessResult> {
  const temp = mkdtempSync(join(tmpdir(), 'lr-runner-'));
  const savedEnv = { ...process.env };
  const summary = join(temp, 'summary.md');
  writeFileSync(summary, '');
  writeFileSync(join(temp, 'output'), '');
  const given = {
    config: 'launch-ready.yml',
    'fail-on': 'high',
    'working-directory': '.',
    'sarif-file': '',
    'github-token': '',
    ...inputs,
  };
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_REPOSITORY: 'founder/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(given).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...env,
  });
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await runAction(definition, [definition.configSection]);
    const exitCode = process.exitCode === undefined ? undefined : Number(process.exitCode);
    return { stdout, summary: readFileSync(summary, 'utf8'), exitCode };
  } finally {
    // core.summary keeps the first GITHUB_STEP_SUMMARY path it saw: the next run in this process has its own.
    (core.summary as unknown as { _filePath?: string })._filePath = undefined;
    core.summary.emptyBuffer();
    spy.mockRestore();
    process.env = savedEnv;
    process.exitCode = undefined;
    rmSync(temp, { recursive: true, force: true });
  }
}
