// Temp folders, real git repositories and freshly generated keys for the scanning tests. Keys are built at
// run time from random bytes, so no live-format key is ever committed to this repository.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../../shared/checks/definition.ts';
import { type SecretScanOptions, secretScanOptionsSchema } from '../../../../shared/checks/secret-scan/options.ts';
import { runSecretScan } from '../../../../shared/checks/secret-scan/scan.ts';
import { Redactor } from '../../../../shared/report/redact.ts';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomFrom(alphabet: string, length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export const keys = {
  stripe: () => `${'sk'}_${'live'}_${randomFrom(ALNUM, 32)}`,
  github: () => `${'gh'}p_${randomFrom(ALNUM, 36)}`,
  awsKeyId: () => `${'AK'}IA${randomFrom(BASE32, 16)}`,
};

export function tempDir(prefix = 'lr-scan-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_IDENTITY }, encoding: 'utf8' }).trim();
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main');
}

/** Writes the files (null deletes one) and commits them with a fixed author date; returns the sha. */
export function commit(dir: string, message: string, files: Record<string, string | null>, date?: string): string {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) rmSync(join(dir, path), { force: true });
    else writeFiles(dir, { [path]: content });
  }
  git(dir, 'add', '-A');
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', message], {
    cwd: dir,
    env: {
      ...process.env,
      ...GIT_IDENTITY,
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  });
  return git(dir, 'rev-parse', 'HEAD');
}

export interface TestContext extends CheckContext {
  lines: string[];
}

export function makeContext(cwd: string, event?: CheckContext['event']): TestContext {
  const lines: string[] = [];
  return { cwd, env: {}, redactor: new Redactor(), log: (line) => lines.push(line), lines, event };
}

export function options(overrides: Partial<SecretScanOptions> = {}): SecretScanOptions {
  return secretScanOptionsSchema.parse(overrides);
}

export async function scan(cwd: string, overrides: Partial<SecretScanOptions> = {}, event?: CheckContext['event']) {
  const context = makeContext(cwd, event);
  const report = await runSecretScan(options(overrides), context);
  return { report, context };
}

/** "file:line" of each secret finding, sorted: what a user sees in annotations. */
export function locations(report: Awaited<ReturnType<typeof runSecretScan>>): string[] {
  return report.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => (f.location && 'file' in f.location ? `${f.location.file}:${f.location.line}` : '?'))
    .sort();
}
