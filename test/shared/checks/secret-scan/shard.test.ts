import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard, splitCommits } from '../../../../shared/checks/secret-scan/shard.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { commit, git, initRepo, keys, scan, tempDir } from './scan-helpers.ts';

/** What a merged report holds of each finding: its fingerprint, where, and the commit it names. */
function found(reports: Report[]): string[] {
  return reports
    .flatMap((report) => report.findings)
    .map(
      (f) =>
        `${f.fingerprint} ${f.location && 'file' in f.location ? `${f.location.file}:${f.location.line}` : ''} ${f.message}`,
    )
    .sort();
}

const filler = (n: number) =>
  Array.from({ length: 8 }, (_, i) => `line ${i} of a config file, version ${n}`).join('\n');

describe('--shard I/N', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('lr-shard-'));
    initRepo(dir);
    const stripe = keys.stripe();
    const github = keys.github();
    const aws = keys.awsKeyId();
    commit(dir, 'init', { 'README.md': '# shop\n' }, '2024-01-01T00:00:00Z');
    // Added early and carried by every later tree: only its first commit shows it.
    commit(dir, 'stripe', { 'config.js': `${filler(0)}\nconst stripe = '${stripe}';\n` }, '2024-01-02T00:00:00Z');
    commit(dir, 'env', { 'app.env': `${filler(1)}\nGITHUB_TOKEN=${github}\n` }, '2024-01-03T00:00:00Z');
    for (let i = 0; i < 6; i++) commit(dir, `pad ${i}`, { [`notes/${i}.md`]: `note ${i}\n` });
    // Renamed with the key line unchanged: the new path gains no line with it here.
    commit(dir, 'rename', { 'app.env': null, 'deploy.env': `${filler(1)}\nGITHUB_TOKEN=${github}\n` });
    for (let i = 6; i < 12; i++) commit(dir, `pad ${i}`, { [`notes/${i}.md`]: `note ${i}\n` });
    // The key's line edited in the renamed file: the same secret, a line added again.
    commit(dir, 'edit', { 'deploy.env': `${filler(1)}\nGITHUB_TOKEN=${github} # prod\n` });
    // Removed, then re-added much later: still reported once, at its first commit.
    commit(dir, 'remove stripe', { 'config.js': `${filler(0)}\nconst stripe = process.env.STRIPE;\n` });
    for (let i = 12; i < 18; i++) commit(dir, `pad ${i}`, { [`notes/${i}.md`]: `note ${i}\n` });
    commit(dir, 'stripe again', { 'config.js': `${filler(0)}\nconst stripe = '${stripe}';\n` });
    // A branch adds a key and is merged.
    git(dir, 'checkout', '-q', '-b', 'feature');
    commit(dir, 'aws on a branch', { 'infra/aws.txt': `key ${aws}\n` });
    git(dir, 'checkout', '-q', 'main');
    commit(dir, 'main moves', { 'notes/main.md': 'main\n' });
    git(dir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    commit(dir, 'moved', { 'infra/aws.txt': null, 'infra/keys/aws.txt': `key ${aws}\n` });
    commit(dir, 'last', { 'notes/last.md': 'last\n' });
  });
  afterAll(() => cleanup());

  it('history: the shards together report exactly the whole scan, each secret at its oldest commit', async () => {
    const whole = (await scan(dir, { mode: 'history' })).report;
    expect(whole.findings.length).toBeGreaterThanOrEqual(4);
    for (const count of [2, 3, 4, 7]) {
      const parts: Report[] = [];
      let commits = 0;
      for (let index = 1; index <= count; index++) {
        const part = (await scan(dir, { mode: 'history', shard: `${index}/${count}` })).report;
        commits += (part.details as { commits: number }).commits;
        parts.push(part);
      }
      expect(found(parts), `${count} shards`).toEqual(found([whole]));
      expect(commits).toBe((whole.details as { commits: number }).commits);
    }
  });

  it('tree: files split by a hash of their path; the shards together report exactly the whole scan', async () => {
    const whole = (await scan(dir, { mode: 'tree' })).report;
    expect(whole.findings.length).toBeGreaterThanOrEqual(3);
    const parts = [];
    for (let index = 1; index <= 3; index++)
      parts.push((await scan(dir, { mode: 'tree', shard: `${index}/3` })).report);
    expect(found(parts)).toEqual(found([whole]));
    const scanned = parts.map((p) => (p.details as { filesScanned: number }).filesScanned);
    expect(scanned.reduce((a, b) => a + b)).toBe((whole.details as { filesScanned: number }).filesScanned);
  });

  it('refuses a shard that does not exist and a sharded diff, in one line', async () => {
    await expect(scan(dir, { mode: 'diff', shard: '1/2' })).rejects.toThrow(/shard: a diff is scanned whole/);
    expect(() => parseShard('3/2')).toThrow(/expected I\/N/);
    expect(() => parseShard('0/2')).toThrow(/expected I\/N/);
    expect(parseShard('')).toBeUndefined();
  });

  it('splits commits into runs of similar length, oldest first, and paths stably', () => {
    const newestFirst = Array.from({ length: 10 }, (_, i) => `c${9 - i}`);
    const sizes = [1, 2, 3].map((index) => splitCommits(newestFirst, { index, count: 3 }).own.length);
    expect(sizes).toEqual([3, 3, 4]);
    expect(splitCommits(newestFirst, { index: 1, count: 3 }).own).toEqual(['c2', 'c1', 'c0']);
    expect(splitCommits(newestFirst, { index: 2, count: 3 }).older).toEqual(['c2', 'c1', 'c0']);
    const owners = ['a.ts', 'src/b.ts', 'c/d/e.env'].map(
      (path) => [1, 2, 3, 4].filter((index) => inShard(path, { index, count: 4 })).length,
    );
    expect(owners).toEqual([1, 1, 1]);
  });
});
