// Text a fork's pull request or a probed site controls must not become a workflow command in the action log,
// nor an escape sequence in a terminal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import { runActionInProcess } from '../../helpers/action-in-process.ts';
import { captureIo } from '../../helpers/capture-io.ts';
import { HOSTILE_FILE, hostileCheck } from '../../helpers/hostile-check.ts';
import { workflowCommands } from '../../helpers/workflow-commands.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-untrusted-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runHostileAction(): Promise<{ stdout: string; summary: string }> {
  return runActionInProcess(hostileCheck, dir, { count: '12', 'sarif-file': 'out.sarif' });
}

describe('the action log', () => {
  it('runs no command that report text, log lines or tables carry', async () => {
    const { stdout } = await runHostileAction();
    const commands = workflowCommands(stdout);
    // Only what we issue ourselves: annotations, the report group, the stop-commands around untrusted text.
    expect(new Set(commands.map((c) => c.name))).toEqual(
      new Set(['stop-commands', 'error', 'warning', 'group', 'endgroup']),
    );
    for (const c of commands.filter((c) => c.name === 'stop-commands')) {
      expect(c.data).toMatch(/^launch-ready-[0-9a-f]{32}$/);
    }
    const annotations = commands.filter((c) => c.properties.title !== undefined);
    // One annotation per finding (12 is under the per-level cap), none of them the injected one.
    expect(annotations).toHaveLength(12);
    expect(annotations.map((a) => a.properties.file)).not.toContain('pwned.js');
    expect(annotations.map((a) => a.data)).not.toContain('INJECTED');
    // The annotation stays on the real file, whatever its name.
    expect(annotations.map((a) => a.properties.file)).toContain(HOSTILE_FILE);
    // …and its text reaches the log line without a terminal escape or a text-reordering mark.
    for (const a of annotations) expect(a.data + (a.properties.title ?? '')).not.toMatch(/[\x1b\x07\u202e]/);
    // The file property stays the real path (the runner does not print the command line itself).
    const printed = stdout.split('\n').filter((l) => !annotations.some((a) => a.line === l));
    expect(printed.filter((l) => /[\x1b\x07\u202e]/.test(l))).toEqual([]);
    // The report is still printed, inside the stop-commands block.
    expect(stdout).toContain('title 0');
    expect(stdout).toContain('probing');
  });

  it('without the stop-commands blocks, the same run would have injected commands (the test can tell)', async () => {
    const { stdout } = await runHostileAction();
    const unprotected = stdout.replace(/^::stop-commands::.*$/gm, '').replace(/^::launch-ready-[0-9a-f]{32}::$/gm, '');
    const names = workflowCommands(unprotected).map((c) => c.name);
    expect(names).toContain('add-mask');
  });
});

describe('terminal text', () => {
  it('carries no escape sequence or control character from findings, tables or progress lines', async () => {
    const io = captureIo({ cwd: dir, checks: [hostileCheck] });
    expect(await runCli(['hostile'], io)).toBe(1);
    for (const text of [io.out.stdout, io.out.stderr]) {
      expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
    }
    // The file keeps a findable name: control characters are shown, not dropped.
    expect(io.out.stdout).toContain('x ::error file=pwned.js,line=1::INJECTED y.js');
    expect(io.out.stdout).toContain('\\x1b[2J');
  });

  it('in a workflow step (GITHUB_ACTIONS=true) the CLI prints it with command processing off', async () => {
    const io = captureIo({ cwd: dir, checks: [hostileCheck], env: { GITHUB_ACTIONS: 'true' } });
    await runCli(['hostile'], io);
    for (const text of [io.out.stdout, io.out.stderr]) {
      expect(new Set(workflowCommands(text).map((c) => c.name))).toEqual(new Set(['stop-commands']));
    }
    expect(io.out.stdout).toContain('title 0');
    // The formats for machines stay as they are: JSON to a file must parse.
    const json = captureIo({ cwd: dir, checks: [hostileCheck], env: { GITHUB_ACTIONS: 'true' } });
    await runCli(['hostile', '--format', 'json'], json);
    expect(JSON.parse(json.out.stdout).findings).toHaveLength(12);
  });

  it('markdown printed to a log starts no line with a workflow command', async () => {
    const io = captureIo({ cwd: dir, checks: [hostileCheck] });
    await runCli(['hostile', '--format', 'markdown'], io);
    expect(workflowCommands(io.out.stdout)).toEqual([]);
  });

  it('keeps our own colours on a TTY and nothing else', async () => {
    const io = captureIo({ cwd: dir, checks: [hostileCheck], isTty: true });
    await runCli(['hostile'], io);
    expect(io.out.stdout).toContain('\x1b[31m');
    const ours = /\x1b\[(?:0|1;31|31|33|36|34|32|2)m/g;
    expect(io.out.stdout.replace(ours, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
});
