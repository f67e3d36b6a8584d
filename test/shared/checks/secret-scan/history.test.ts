import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commit, git, initRepo, keys, locations, scan, tempDir } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-history-'));
});
afterEach(() => cleanup());

describe('history mode', () => {
  it('finds a secret that was removed, with the commit and author date that added it', async () => {
    initRepo(dir);
    commit(dir, 'init', { 'README.md': '# app\n' }, '2024-01-02T03:04:05Z');
    const leaked = keys.stripe();
    const added = commit(
      dir,
      'oops',
      { 'config.js': `module.exports = {\n  stripe: '${leaked}',\n};\n` },
      '2024-02-03T04:05:06Z',
    );
    commit(
      dir,
      'remove key',
      { 'config.js': 'module.exports = { stripe: process.env.STRIPE };\n' },
      '2024-03-04T05:06:07Z',
    );

    const tree = await scan(dir, { mode: 'tree' });
    expect(tree.report.findings).toEqual([]);

    const { report, context } = await scan(dir, { mode: 'history' });
    expect(locations(report)).toEqual(['config.js:2']);
    const finding = report.findings[0]!;
    expect(finding.message).toContain(added.slice(0, 7));
    expect(finding.message).toContain('2024-02-03T04:05:06');
    expect(finding.severity).toBe('blocker');
    expect(report.details).toMatchObject({ mode: 'history', commits: 3 });
    expect(JSON.stringify(report) + context.lines.join('\n')).not.toContain(leaked);
  });

  it('reports a secret carried or moved through many commits once, at the commit that introduced it', async () => {
    initRepo(dir);
    const token = keys.github();
    const first = commit(dir, 'add', { 'a.ts': `const t = '${token}';\n` });
    for (let i = 0; i < 5; i++) {
      commit(dir, `edit ${i}`, { 'a.ts': `${'// pad\n'.repeat(i + 1)}const t = '${token}';\n` });
    }
    const { report } = await scan(dir, { mode: 'history' });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toContain(first.slice(0, 7));
    expect(report.details).toMatchObject({ commits: 6 });
  });

  it('on schedule, auto mode scans the history; base limits it to newer commits', async () => {
    initRepo(dir);
    commit(dir, 'old', { 'old.ts': `const t = '${keys.github()}';\n` });
    const cut = commit(dir, 'cut', { 'x.txt': 'x\n' });
    commit(dir, 'new', { 'new.ts': `const t = '${keys.github()}';\n` });

    const all = await scan(dir, {}, { name: 'schedule', payload: {} });
    expect(all.report.details).toMatchObject({ mode: 'history' });
    expect(locations(all.report)).toEqual(['new.ts:1', 'old.ts:1']);

    const recent = await scan(dir, { mode: 'history', base: cut });
    expect(locations(recent.report)).toEqual(['new.ts:1']);
  });

  it('includes commits of merged branches', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'a.txt': 'a\n' });
    git(dir, 'checkout', '-q', '-b', 'side');
    commit(dir, 'side', { 'side.ts': `const t = '${keys.github()}';\n` });
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'main', { 'b.txt': 'b\n' });
    git(dir, 'merge', '-q', '--no-edit', 'side');
    const { report } = await scan(dir, { mode: 'history' });
    expect(locations(report)).toEqual(['side.ts:1']);
  });
});

describe('history mode on unusual content', () => {
  it('keeps line numbers right through CRLF files and stray carriage returns', async () => {
    const { dir, cleanup } = tempDir('lr-history-');
    try {
      initRepo(dir);
      commit(dir, 'crlf', {
        'win.txt': `one\r\ntwo\r\nTOKEN=${keys.github()}\r\n`,
        'odd.js': `var a = "x\ry";\n+++ b/fake\nconst t = "${keys.github()}";\n`,
      });
      const { report } = await scan(dir, { mode: 'history' });
      expect(locations(report)).toEqual(['odd.js:3', 'win.txt:3']);
    } finally {
      cleanup();
    }
  });
});
