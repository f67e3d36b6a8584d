// What every hostile-input test asserts of a run's outputs, whatever the check: it ended the way a user can act
// on (a report, or one line saying what is wrong), and nothing the hostile side wrote became a workflow command.
import { expect } from 'vitest';
import type { RunResult } from '../helpers/dist.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';

/** The text hostile inputs carry: a workflow command the runner would execute if it started a log line. */
export const PWNED = 'PWNED';

/** A Node stack frame, or the pipeline's crash wording. */
const CRASH = /internal error|^\s+at .+:\d+:\d+\)?$|Maximum call stack|heap out of memory/im;

/** Exit 0 or 1 with a report (exit 2 would be a usage error: the input was not the user's), no stack anywhere. */
export function expectReport(result: RunResult): void {
  expect(result.code, result.stderr).not.toBeNull();
  expect([0, 1], `exit ${result.code}: ${result.stderr}`).toContain(result.code);
  expect(result.stdout + result.stderr).not.toMatch(CRASH);
}

/** What the runner would execute from this stdout that hostile text wrote (a command naming PWNED, or its data). */
export function plantedCommands(stdout: string): string[] {
  return workflowCommands(stdout)
    .filter((c) => c.name.includes(PWNED) || c.data.startsWith(PWNED) || c.data.startsWith(`::`))
    .map((c) => c.line);
}

/** Lines of a CLI's output that the runner would read as a workflow command (the CLI runs in workflows too). */
export function commandLines(...outputs: string[]): string[] {
  return outputs
    .join('\n')
    .split('\n')
    .filter((line) => /^\s*::/.test(line) || /##\[/.test(line));
}
