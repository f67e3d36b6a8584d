// Diff, history and tree modes on files whose names git quotes or pads: findings name the real file, ignore
// globs and baselines keep matching.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchPath, unquote } from '../../../../shared/checks/secret-scan/patch.ts';
import { HOSTILE_NAMES, type HostileRepo, hostileNamesRepo } from '../../../hostile/repos.ts';
import { scan } from './scan-helpers.ts';

let repo: HostileRepo;
beforeAll(() => {
  repo = hostileNamesRepo();
});
afterAll(() => repo.cleanup());

const fileOf = (f: { location?: unknown }) => (f.location as { file: string }).file;

describe.each([
  ['tree', { mode: 'tree' as const }],
  ['diff', { mode: 'diff' as const, base: 'HEAD~1' }],
  ['history', { mode: 'history' as const }],
])('%s mode with hostile file names', (_mode, overrides) => {
  it('reports every planted secret at the real file, which exists', async () => {
    const { report } = await scan(repo.dir, { ...overrides, baseline: 'none' });
    const files = report.findings.filter((f) => f.severity !== 'info').map(fileOf);
    expect(files.sort()).toEqual([...repo.planted.keys()].sort());
    for (const file of files) expect(existsSync(join(repo.dir, file)), JSON.stringify(file)).toBe(true);
    expect(report.findings.every((f) => f.location && 'line' in f.location && f.location.line === 2)).toBe(true);
  });

  it('honours an ignore glob matching a name with a space and a quote', async () => {
    const { report } = await scan(repo.dir, { ...overrides, baseline: 'none', ignore: ['docs/', 'src/a "b" c.ts'] });
    const ignored = [HOSTILE_NAMES.space, HOSTILE_NAMES.spaceAndQuote];
    const expected = [...repo.planted.keys()].filter((path) => !ignored.includes(path));
    expect(report.findings.map(fileOf).sort()).toEqual(expected.sort());
  });
});

describe('baselines across modes with hostile file names', () => {
  it('a baseline written in tree mode accepts the same findings in diff and history modes', async () => {
    const baseline = 'accepted.json';
    await scan(repo.dir, { mode: 'tree', baseline, writeBaseline: true });
    for (const mode of ['diff', 'history'] as const) {
      const { report } = await scan(repo.dir, { mode, base: mode === 'diff' ? 'HEAD~1' : '', baseline });
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
      expect(report.details).toMatchObject({ baselineSuppressed: repo.planted.size });
    }
  });
});

describe('patchPath', () => {
  it('drops the tab git adds after a name with a space, quoted or not, and unquotes', () => {
    expect(patchPath('b/my notes.md\t')).toBe('my notes.md');
    expect(patchPath('"b/tab\\there \\"q\\" \\\\b.txt"\t')).toBe('tab\there "q" \\b.txt');
    expect(patchPath('"b/new\\nline.txt"')).toBe('new\nline.txt');
    expect(patchPath('"b/\\033[31mred.txt"')).toBe('\u001b[31mred.txt');
    expect(patchPath('/dev/null')).toBeUndefined();
    expect(unquote('"b/\\"🚀\\".txt"')).toBe('b/"🚀".txt');
  });
});
