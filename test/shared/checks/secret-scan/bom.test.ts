// Byte-order marks: a mark must never hide a key, and real UTF-16 must still be read as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf16Text } from '../../../../shared/checks/secret-scan/scan-file.ts';
import { bomFiles, bomRepo, type HostileRepo } from '../../../hostile/repos.ts';
import { scan } from './scan-helpers.ts';

let repo: HostileRepo;
beforeAll(() => {
  repo = bomRepo();
});
afterAll(() => repo.cleanup());

const secretFiles = (findings: { severity: string; location?: unknown }[]) =>
  findings
    .filter((f) => f.severity !== 'info')
    .map((f) => (f.location as { file: string }).file)
    .sort();

describe('byte-order marks', () => {
  it('tree: finds the key in every file, whatever mark it starts with', async () => {
    const { report } = await scan(repo.dir, { mode: 'tree', baseline: 'none' });
    expect(secretFiles(report.findings)).toEqual([...repo.planted.keys()].sort());
    expect(JSON.stringify(report)).not.toMatch(/ghp_[A-Za-z0-9]{36}/);
  });

  it('tree: reports the column an editor shows, after a UTF-8 mark', async () => {
    const { report } = await scan(repo.dir, { mode: 'tree', baseline: 'none' });
    const finding = report.findings.find((f) => (f.location as { file: string }).file === 'utf8-bom.env');
    expect(finding?.location).toMatchObject({ line: 1, column: 'GITHUB_TOKEN='.length + 1 });
  });

  it('diff and history: find the key behind a mark in every file git shows as text', async () => {
    // Real UTF-16 holds NUL bytes: git shows it as binary, so only tree mode reads it.
    const textFiles = [...repo.planted.keys()].filter((path) => !path.endsWith('.ps1')).sort();
    for (const mode of ['diff', 'history'] as const) {
      const { report } = await scan(repo.dir, { mode, base: mode === 'diff' ? 'HEAD~1' : '', baseline: 'none' });
      expect(secretFiles(report.findings)).toEqual(textFiles);
      const utf8Bom = report.findings.find((f) => (f.location as { file: string }).file === 'utf8-bom.env');
      expect(utf8Bom?.location).toMatchObject({ line: 1, column: 'GITHUB_TOKEN='.length + 1 });
    }
  });

  it('decodes as UTF-16 only what is UTF-16', () => {
    const byPath = new Map(bomFiles().map((file) => [file.path, file.bytes]));
    expect(utf16Text(byPath.get('ff-fe-then-utf8.ts')!)).toBeUndefined();
    expect(utf16Text(byPath.get('fe-ff-then-utf8.ts')!)).toBeUndefined();
    expect(utf16Text(byPath.get('ff-fe-odd.ts')!)).toBeUndefined();
    expect(utf16Text(byPath.get('real-utf16le.ps1')!)).toMatch(/^GITHUB_TOKEN=ghp_/);
    expect(utf16Text(byPath.get('real-utf16be.ps1')!)).toMatch(/^GITHUB_TOKEN=ghp_/);
    expect(utf16Text(Buffer.from('\ufeff日本語のテキスト\r\n', 'utf16le'))).toBe('日本語のテキスト\r\n');
    // A lone low surrogate is no UTF-16 text.
    expect(utf16Text(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc]))).toBeUndefined();
  });
});
