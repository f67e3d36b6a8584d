import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { walkTree } from '../../../shared/fs/walk.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lr-walk-'));
  const files: Record<string, string> = {
    '.gitignore': 'generated/\n*.log\ndist/\n',
    'src/a.ts': '',
    'src/keep.log': '',
    'src/.gitignore': '!keep.log\nlocal.ts\n',
    'src/local.ts': '',
    'debug.log': '',
    'generated/x.ts': '',
    'dist/app.js': '',
    'assets/logo.png': '',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('lists files as git sees them: nested .gitignore files, negations, the deepest rule winning', () => {
  const { files, binaryByName } = walkTree({ root, gitignore: true, buildDirs: [], ignore: [] });
  expect(files).toEqual(['.gitignore', 'src/.gitignore', 'src/a.ts', 'src/keep.log']);
  expect(binaryByName).toBe(1);
});

it('forces browser build output in even when gitignored, and honours the user ignore globs', () => {
  const { files } = walkTree({ root, gitignore: true, buildDirs: ['dist'], ignore: ['src/a.ts'] });
  expect(files).toContain('dist/app.js');
  expect(files).not.toContain('src/a.ts');
});

it('lists everything but .git when .gitignore is off', () => {
  const { files } = walkTree({ root, gitignore: false, buildDirs: [], ignore: [] });
  expect(files).toEqual(expect.arrayContaining(['debug.log', 'generated/x.ts', 'src/local.ts', 'dist/app.js']));
});
