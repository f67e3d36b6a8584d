import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../shared/errors.ts';
import { readTextFile } from '../../../shared/fs/read.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const options = { maxBytes: 1024, what: 'config file', display: 'launch-ready.yml' };

describe('readTextFile', () => {
  it('reads a regular file as UTF-8 without its byte-order mark, also through a symlink', async () => {
    writeFileSync(join(dir, 'a.yml'), '\ufeffsecrets: {}\n');
    symlinkSync(join(dir, 'a.yml'), join(dir, 'link.yml'));
    expect(await readTextFile(join(dir, 'a.yml'), options)).toBe('secrets: {}\n');
    expect(await readTextFile(join(dir, 'link.yml'), options)).toBe('secrets: {}\n');
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await expect(readTextFile(join(dir, 'fifo'), options)).rejects.toThrow(
      /^config file launch-ready\.yml is a named pipe \(FIFO\): a regular file is expected$/,
    );
  });

  it('refuses a symlink to /dev/zero, a folder and a file over the cap, in one line each', async () => {
    symlinkSync('/dev/zero', join(dir, 'zero'));
    await expect(readTextFile(join(dir, 'zero'), options)).rejects.toThrow(/is a device: a regular file is expected/);
    await expect(readTextFile(dir, options)).rejects.toThrow(/is a folder/);
    writeFileSync(join(dir, 'big'), 'x'.repeat(1025));
    await expect(readTextFile(join(dir, 'big'), options)).rejects.toThrow(
      'config file launch-ready.yml is 1025 bytes: at most 1024 bytes is accepted',
    );
    writeFileSync(join(dir, 'bin'), 'a\u0000b');
    await expect(readTextFile(join(dir, 'bin'), options)).rejects.toThrow(UsageError);
  });

  it('reads a missing optional file as undefined; a missing named one is an error with the hint', async () => {
    expect(await readTextFile(join(dir, 'none'), { ...options, optional: true })).toBeUndefined();
    await expect(readTextFile(join(dir, 'none'), { ...options, missingHint: 'check the path' })).rejects.toThrow(
      'config file launch-ready.yml does not exist: check the path',
    );
  });
});
