import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../../shared/errors.ts';
import { commit, git, initRepo, keys, locations, scan, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-diff-'));
});
afterEach(() => cleanup());

describe('diff mode', () => {
  it('reports only the secrets the last commit added, on their new-file lines', async () => {
    initRepo(dir);
    const old = keys.github();
    commit(dir, 'one', { 'app.ts': `const a = 1;\nconst old = '${old}';\nconst b = 2;\n`, 'README.md': '# x\n' });
    const added = keys.github();
    const newFile = keys.stripe();
    commit(dir, 'two', {
      'app.ts': `// header\n// moved down\nconst a = 1;\nconst old = '${old}';\nconst b = 2;\nconst added = '${added}';\n`,
      'pay/stripe.ts': `export const key = '${newFile}';\n`,
    });

    const { report, context } = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(locations(report)).toEqual(['app.ts:6', 'pay/stripe.ts:1']);
    expect(report.findings.find((f) => f.ruleId.includes('stripe'))!.location).toEqual({
      file: 'pay/stripe.ts',
      line: 1,
      column: "export const key = '".length + 1,
    });
    expect(report.details).toMatchObject({ mode: 'diff', filesScanned: 2 });
    const output = JSON.stringify(report) + context.lines.join('\n');
    for (const value of [old, added, newFile]) expect(output).not.toContain(value);
  });

  it('does not report a secret the change removes', async () => {
    initRepo(dir);
    commit(dir, 'one', { '.env': `TOKEN=${keys.github()}\n` });
    commit(dir, 'two', { '.env': '# TOKEN now lives in the secret store\n' });
    const { report } = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('on pull_request compares from where the branch left its base, so base-branch commits do not count', async () => {
    initRepo(dir);
    const base0 = commit(dir, 'root', { 'a.txt': 'a\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    const head = commit(dir, 'feature', { 'feature.ts': `const t = '${keys.github()}';\n` });
    git(dir, 'checkout', '-q', 'main');
    const base = commit(dir, 'main moves on', { 'main-only.ts': `const t = '${keys.github()}';\n` });
    expect(base).not.toBe(base0);

    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } };
    const { report } = await scan(dir, {}, event);
    expect(report.details).toMatchObject({ mode: 'diff', base, head });
    expect(locations(report)).toEqual(['feature.ts:1']);
  });

  it('on push compares with the commit before the push', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'old.ts': `const t = '${keys.github()}';\n` });
    const before = commit(dir, 'already pushed', { 'a.txt': 'a\n' });
    commit(dir, 'p1', { 'p1.ts': `const t = '${keys.github()}';\n` });
    const after = commit(dir, 'p2', { 'p2.ts': `const t = '${keys.github()}';\n` });
    const { report } = await scan(dir, { mode: 'diff' }, { name: 'push', payload: { before, after } });
    expect(locations(report)).toEqual(['p1.ts:1', 'p2.ts:1']);
    expect(report.details).toMatchObject({ base: before, head: after });
  });

  it('on a laptop defaults to the lines the branch added since it left main', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'a.txt': 'a\n', 'old.ts': `const t = '${keys.github()}';\n` });
    git(dir, 'checkout', '-q', '-b', 'feature');
    commit(dir, 'f1', { 'f1.ts': `const t = '${keys.github()}';\n` });
    commit(dir, 'f2', { 'f2.ts': `const t = '${keys.github()}';\n` });
    const { report } = await scan(dir, { mode: 'diff' });
    expect(locations(report)).toEqual(['f1.ts:1', 'f2.ts:1']);
  });

  it('treats every line of a first commit as added', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'a.ts': `const t = '${keys.github()}';\n` });
    const { report } = await scan(dir, { mode: 'diff' });
    expect(locations(report)).toEqual(['a.ts:1']);
  });

  it('ignores renames, honours ignore globs, and reads quoted unicode paths', async () => {
    initRepo(dir);
    commit(dir, 'one', { 'src/old name.ts': `const t = '${keys.github()}';\n${'filler line\n'.repeat(5)}` });
    git(dir, 'mv', 'src/old name.ts', 'src/new name.ts');
    commit(dir, 'two', {
      'données/café.env': `TOKEN=${keys.github()}\n`,
      'fixtures/fake.env': `TOKEN=${keys.github()}\n`,
    });
    const { report } = await scan(dir, { mode: 'diff', base: 'HEAD~1', ignore: ['fixtures/**'] });
    expect(locations(report)).toEqual(['données/café.env:1']);
  });

  it('fetches a base commit a shallow checkout lacks', async () => {
    const origin = join(dir, 'origin');
    const clone = join(dir, 'clone');
    writeFiles(dir, { 'origin/.keep': '' });
    initRepo(origin);
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    const base = commit(origin, 'one', { 'a.ts': 'const a = 1;\n' });
    commit(origin, 'two', { 'b.ts': `const t = '${keys.github()}';\n` });
    git(dir, 'clone', '-q', '--depth=1', `file://${origin}`, clone);
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');

    const { report, context } = await scan(clone, { mode: 'diff', base });
    expect(locations(report)).toEqual(['b.ts:1']);
    expect(context.lines.join('\n')).toMatch(/fetching it from origin/);
  });

  it('deepens a shallow checkout until it finds where the pull request branched', async () => {
    const origin = join(dir, 'origin');
    const clone = join(dir, 'clone');
    writeFiles(dir, { 'origin/.keep': '' });
    initRepo(origin);
    git(origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
    commit(origin, 'root', { 'a.ts': 'const a = 1;\n' });
    git(origin, 'checkout', '-q', '-b', 'feature');
    const head = commit(origin, 'feature', { 'f.ts': `const t = '${keys.github()}';\n` });
    git(origin, 'checkout', '-q', 'main');
    let base = '';
    for (let i = 0; i < 3; i++) base = commit(origin, `main ${i}`, { [`m${i}.ts`]: `const t = '${keys.github()}';\n` });
    git(dir, 'clone', '-q', '--depth=1', '--branch', 'main', `file://${origin}`, clone);

    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } };
    const { report, context } = await scan(clone, {}, event);
    expect(locations(report)).toEqual(['f.ts:1']);
    expect(context.lines.join('\n')).toMatch(/head commit \w+ is not in this checkout; fetching it/);
    expect(context.lines.join('\n')).toMatch(/fetching 100 more commits/);
  });

  it('scans part of a repository and names files from the repository top', async () => {
    initRepo(dir);
    commit(dir, 'one', { 'README.md': 'x\n' });
    commit(dir, 'two', {
      'apps/web/src/a.ts': `const t = '${keys.github()}';\n`,
      'apps/api/b.ts': `const t = '${keys.github()}';\n`,
    });
    const { report } = await scan(dir, { mode: 'diff', base: 'HEAD~1', path: 'apps/web' });
    expect(locations(report)).toEqual(['apps/web/src/a.ts:1']);
  });

  it('says which fetch-depth to set when the base cannot be had', async () => {
    initRepo(dir);
    commit(dir, 'one', { 'a.ts': 'x\n' });
    const missing = 'deadbeef'.repeat(5);
    const attempt = scan(dir, { mode: 'diff', base: missing });
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(scan(dir, { mode: 'diff', base: missing })).rejects.toThrow(/fetch-depth: 0/);
  });

  it('refuses a folder that is not a git repository', async () => {
    writeFiles(dir, { 'a.txt': 'x' });
    await expect(scan(dir, { mode: 'diff' })).rejects.toThrow(/needs a git repository/);
  });
});
