import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CheckDefinition } from '../../../shared/checks/definition.ts';
import { envCheck } from '../../../shared/checks/env-check/index.ts';
import { booleanSwitches, runCli } from '../../../shared/cli/main.ts';
import { UsageError } from '../../../shared/errors.ts';
import { captureIo } from '../../helpers/capture-io.ts';
import { fakeCheck, PLANTED_SECRET } from '../../helpers/fake-check.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const needsUrl: CheckDefinition<{ url: string }> = {
  name: 'needs-url',
  description: 'a check that cannot run without a URL',
  configSection: 'needsUrl',
  schema: z.object({ url: z.string().default('') }),
  params: [{ name: 'url', key: 'url', type: 'string', description: 'the URL' }],
  async run(options) {
    if (!options.url) throw new UsageError('needs-url needs --url');
    return { check: 'needs-url', ok: true, summary: `checked ${options.url}`, findings: [] };
  },
};

async function cli(...argv: string[]) {
  return cliWith([fakeCheck], ...argv);
}

async function cliWith(checks: CheckDefinition[], ...argv: string[]) {
  const io = captureIo({ cwd: dir, checks });
  const code = await runCli(argv, io);
  return { code, ...io.out };
}

describe('launch-ready command', () => {
  it('exits 0 when nothing reaches fail-on, 1 when something does', async () => {
    expect((await cli('fake', '--severity', 'medium')).code).toBe(0);
    expect((await cli('fake', '--severity', 'high')).code).toBe(1);
    expect((await cli('fake', '--severity', 'medium', '--fail-on', 'medium')).code).toBe(1);
    expect((await cli('fake', '--severity', 'blocker', '--fail-on', 'never')).code).toBe(0);
  });

  it('takes options from launch-ready.yml and lets flags win', async () => {
    writeFileSync(join(dir, 'launch-ready.yml'), 'fake:\n  severity: blocker\n  count: 3\n');
    const fromFile = await cli('fake', '--format', 'json');
    expect(fromFile.code).toBe(1);
    expect(JSON.parse(fromFile.stdout).findings).toHaveLength(3);
    const overridden = await cli('fake', '--format', 'json', '--count', '2');
    expect(JSON.parse(overridden.stdout).findings).toHaveLength(2);
  });

  it('gives exit 2 and one line, no stack, for a malformed config', async () => {
    writeFileSync(join(dir, 'launch-ready.yml'), 'fake:\n  severity: [blocker\n  count: 3\n');
    const result = await cli('fake');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/launch-ready\.yml:\d+:\d+: invalid YAML/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the field and what is expected for a wrong value', async () => {
    writeFileSync(join(dir, 'launch-ready.yml'), 'fake:\n  count: lots\n');
    const result = await cli('fake');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/launch-ready\.yml: fake\.count: .*number/i);
    writeFileSync(join(dir, 'launch-ready.yml'), 'fakes: {}\n');
    const unknownSection = await cli('fake');
    expect(unknownSection.code).toBe(2);
    expect(unknownSection.stderr).toContain("unknown section 'fakes': expected one of fake");
  });

  it('rejects bad flags with exit 2 and a pointer to help', async () => {
    const badNumber = await cli('fake', '--count', 'many');
    expect(badNumber.code).toBe(2);
    expect(badNumber.stderr).toContain("--count expects a number, got 'many'");
    const unknown = await cli('fake', '--frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('launch-ready fake --help');
    expect((await cli('nope')).code).toBe(2);
    expect((await cli('fake', '--fail-on', 'severe')).stderr).toContain('--fail-on expects one of');
    expect((await cli('fake', '--config', 'missing.yml')).code).toBe(2);
    const unwritable = await cli('fake', '--output', 'no/such/folder/out.txt');
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('--output: cannot write no/such/folder/out.txt (ENOENT)');
  });

  it('never prints a secret the check registered, in any format or file', async () => {
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const result = await cli('fake', '--severity', 'high', '--echo', PLANTED_SECRET, '--format', format);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(result.stdout + result.stderr).not.toContain(PLANTED_SECRET);
      expect(result.stdout + result.stderr).not.toContain(PLANTED_SECRET.slice(8));
    }
    await cli('fake', '--severity', 'high', '--echo', PLANTED_SECRET, '--output', 'out.json', '--format', 'json');
    await cli('fake', '--severity', 'high', '--echo', PLANTED_SECRET, '--sarif-file', 'out.sarif');
    for (const file of ['out.json', 'out.sarif']) {
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain(PLANTED_SECRET);
    }
  });

  it('writes SARIF 2.1.0 that code scanning can track across runs', async () => {
    const result = await cli('fake', '--severity', 'blocker', '--count', '2', '--format', 'sarif');
    const sarif = JSON.parse(result.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id).sort()).toEqual(['fake-rule-0', 'fake-rule-1']);
    expect(run.results[0]).toMatchObject({
      level: 'error',
      partialFingerprints: { primaryLocationLineHash: 'fp0' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/file0.ts' }, region: { startLine: 1 } } }],
    });
  });

  it('prints help for the command and for a check', async () => {
    const main = await cli('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('fake');
    expect(main.stdout).toContain('Exit codes');
    const own = await cli('fake', '--help');
    expect(own.stdout).toContain('--count <number>');
    expect(own.stdout).toContain('--echo <text>');
    expect(own.stdout).toContain("'fake' section of launch-ready.yml");
  });

  it('groups text output by severity and includes the check tables', async () => {
    const result = await cli('fake', '--severity', 'high', '--count', '2');
    expect(result.stdout).toContain('HIGH (2)');
    expect(result.stdout).toMatch(/src\/file0\.ts:1\s+Problem 0/);
    expect(result.stdout).toContain('Rows');
    expect(result.stdout).not.toContain('\x1b[');
  });

  it('all: runs the checks the config has a section for, or without one every check that can run', async () => {
    const both = [fakeCheck as CheckDefinition, needsUrl as CheckDefinition];
    const zeroConfig = await cliWith(both, 'all', '--format', 'json');
    expect(zeroConfig.code).toBe(0);
    expect(JSON.parse(zeroConfig.stdout).check).toBe('fake');
    expect(zeroConfig.stderr).toContain('skipped needs-url: needs-url needs --url');
    writeFileSync(join(dir, 'launch-ready.yml'), 'needsUrl:\n  url: https://shop.test\n');
    const configured = await cliWith(both, 'all', '--format', 'json');
    expect(JSON.parse(configured.stdout)).toMatchObject({ check: 'needs-url', summary: 'checked https://shop.test' });
  });

  it('points --env-file (which Node usually swallows) at --dotenv-file when it does reach us', async () => {
    const result = await cliWith([envCheck as CheckDefinition], 'env-check', '--env-file', 'x.env');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^launch-ready: Unknown option '--env-file'.*: use --dotenv-file/);
  });

  it('reads a boolean switch as --x, --x true|false, --x=false and --no-x', () => {
    const params = [{ name: 'scan-code', key: 'scanCode', type: 'boolean' as const, description: '' }];
    expect(booleanSwitches(['--scan-code'], params).switches).toEqual({ 'scan-code': true });
    expect(booleanSwitches(['--scan-code', 'false', '--cwd', '.'], params)).toEqual({
      args: ['--cwd', '.'],
      switches: { 'scan-code': false },
    });
    expect(booleanSwitches(['--scan-code=FALSE'], params).switches).toEqual({ 'scan-code': false });
    expect(booleanSwitches(['--no-scan-code'], params).switches).toEqual({ 'scan-code': false });
    expect(() => booleanSwitches(['--scan-code=maybe'], params)).toThrow(
      "--scan-code expects true or false, got 'maybe'",
    );
  });
});
