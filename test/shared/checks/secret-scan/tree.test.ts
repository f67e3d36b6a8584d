import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../../shared/errors.ts';
import { initRepo, keys, locations, scan, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('tree mode', () => {
  it('reports each secret on its file, line and column, with the value redacted everywhere', async () => {
    const stripe = keys.stripe();
    const github = keys.github();
    writeFiles(dir, {
      'src/pay.ts': `import x from 'y';\n\nconst stripe = new Stripe('${stripe}');\n`,
      'config/ci.yml': `env:\n  TOKEN: ${github}\n`,
      'README.md': 'nothing to see here\n',
    });
    const { report, context } = await scan(dir, { mode: 'tree' });

    expect(locations(report)).toEqual(['config/ci.yml:2', 'src/pay.ts:3']);
    const pay = report.findings.find((f) => f.location && 'file' in f.location && f.location.file === 'src/pay.ts')!;
    expect(pay.location).toEqual({ file: 'src/pay.ts', line: 3, column: "const stripe = new Stripe('".length + 1 });
    expect(pay.severity).toBe('blocker');
    expect(pay.evidence).toBe(`${stripe.slice(0, 4)}…(${stripe.length})`);
    expect(pay.remediation).toMatch(/rotate/i);
    expect(pay.remediation).toMatch(/history/i);
    expect(report.ok).toBe(false);
    expect(report.details).toMatchObject({ mode: 'tree', filesScanned: 3 });

    const everything = JSON.stringify(report) + context.lines.join('\n');
    expect(everything).not.toContain(stripe);
    expect(everything).not.toContain(github);
    expect(context.redactor.scrub(`${stripe} ${github}`)).not.toMatch(/sk_live_|ghp_\w{10}/);
  });

  it('passes a clean tree', async () => {
    writeFiles(dir, { 'a.ts': 'export const a = 1;\n', 'b.md': '# b\n' });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(report.ok).toBe(true);
    expect(report.findings).toEqual([]);
    expect(report.summary).toMatch(/No secrets found/);
  });

  it('honours .gitignore like git, nested files and negations included', async () => {
    const kept = keys.github();
    writeFiles(dir, {
      '.gitignore': '*.local\nlogs/\n',
      'app/.gitignore': '!keep.local\n',
      'secret.local': `TOKEN=${keys.github()}\n`,
      'logs/out.txt': `TOKEN=${keys.github()}\n`,
      'app/keep.local': `TOKEN=${kept}\n`,
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(locations(report)).toEqual(['app/keep.local:1']);

    const all = await scan(dir, { mode: 'tree', noGitignore: true });
    expect(locations(all.report)).toEqual(['app/keep.local:1', 'logs/out.txt:1', 'secret.local:1']);
  });

  it('always scans browser build output, even gitignored, and rates a key there a blocker', async () => {
    writeFiles(dir, {
      '.gitignore': 'dist/\n.next/\nnode_modules/\n',
      'dist/assets/app.js': `var k="${keys.github()}";`,
      '.next/static/chunks/main.js': `var k="${keys.github()}";`,
      '.next/cache/x.js': `var k="${keys.github()}";`,
      'node_modules/lib/dist/index.js': `var k="${keys.github()}";`,
      'src/token.ts': `export const t = '${keys.github()}';\n`,
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(locations(report)).toEqual(['.next/static/chunks/main.js:1', 'dist/assets/app.js:1', 'src/token.ts:1']);
    const bySeverity = Object.fromEntries(
      report.findings.map((f) => [(f.location as { file: string }).file, f.severity]),
    );
    expect(bySeverity['dist/assets/app.js']).toBe('blocker');
    expect(bySeverity['.next/static/chunks/main.js']).toBe('blocker');
    expect(bySeverity['src/token.ts']).toBe('high');
    expect(report.findings.find((f) => f.severity === 'blocker')!.message).toMatch(/browser/);

    const custom = await scan(dir, { mode: 'tree', buildDirs: ['.next/cache'] });
    expect(locations(custom.report)).toEqual(['.next/cache/x.js:1', 'src/token.ts:1']);
  });

  it('skips paths the user ignores and values the user allows', async () => {
    const allowed = `${keys.github().slice(0, 10)}ALLOWEDxxxxxxxxxxxxxxxxxxxxxxxxxxx`.slice(0, 40);
    writeFiles(dir, {
      'fixtures/fake.env': `TOKEN=${keys.github()}\n`,
      'src/a.ts': `const a = '${keys.github()}';\n`,
      'src/b.ts': `const b = '${allowed}';\n`,
    });
    const { report } = await scan(dir, { mode: 'tree', ignore: ['fixtures/'], allow: ['ALLOWED'] });
    expect(locations(report)).toEqual(['src/a.ts:1']);
  });

  it('skips binary and oversized files with a notice, and never follows symbolic links', async () => {
    const big = `TOKEN=${keys.github()}\n${'x'.repeat(3000)}`;
    writeFiles(dir, {
      'blob.bin.txt': Buffer.concat([Buffer.from(`a\0b TOKEN=${keys.github()}\n`)]),
      'image.png': `TOKEN=${keys.github()}`,
      'big.txt': big,
      'native-addon': Buffer.concat([Buffer.from('\x7fELF\0\0'), Buffer.alloc(5000, 1)]),
      'ok.ts': `const t = '${keys.github()}';\n`,
    });
    symlinkSync(join(dir, 'ok.ts'), join(dir, 'link.ts'));
    const { report } = await scan(dir, { mode: 'tree', maxFileBytes: 2048 });
    expect(locations(report)).toEqual(['ok.ts:1']);
    const notice = report.findings.find((f) => f.severity === 'info')!;
    expect(notice.location).toEqual({ file: 'big.txt', line: 1 });
    expect(notice.message).toMatch(/larger than 2\.0 KB/);
    expect(report.findings.filter((f) => f.severity === 'info')).toHaveLength(1);
    expect(report.details).toMatchObject({ binaryFiles: 3, skipped: [{ path: 'big.txt' }] });
  });

  it('reads UTF-16 files with a byte-order mark, and files named like binaries but holding text', async () => {
    const utf16 = keys.github();
    const be = Buffer.from(`\ufeffTOKEN=${keys.github()}\r\n`, 'utf16le').swap16();
    writeFiles(dir, {
      'export.reg': Buffer.from(`\ufeffWindows Registry\r\n"Token"="${utf16}"\r\n`, 'utf16le'),
      'big-endian.txt': be,
      'server.key': `token: ${keys.github()}\n`,
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(locations(report)).toEqual(['big-endian.txt:1', 'export.reg:2', 'server.key:1']);
    expect(JSON.stringify(report)).not.toContain(utf16);
  });

  it('finds the exact column after non-ASCII text', async () => {
    const token = keys.github();
    writeFiles(dir, { 'i18n.ts': `const msg = "héllo wörld ✓"; const t = "${token}";\n` });
    const { report } = await scan(dir, { mode: 'tree' });
    const prefix = 'const msg = "héllo wörld ✓"; const t = "';
    expect(report.findings[0]!.location).toEqual({ file: 'i18n.ts', line: 1, column: prefix.length + 1 });
  });

  it('gives a one-line usage error when the path is not a folder', async () => {
    writeFiles(dir, { 'file.txt': 'x' });
    await expect(scan(dir, { mode: 'tree', path: 'file.txt' })).rejects.toThrow(UsageError);
    await expect(scan(dir, { mode: 'tree', path: 'missing' })).rejects.toThrow(/path: missing is not a folder/);
  });

  it('scans a tree of many files completely, in a stable order', async () => {
    const files: Record<string, string> = {};
    const expected: string[] = [];
    for (let i = 0; i < 500; i++) {
      const secret = i % 50 === 7;
      files[`pkg${i % 10}/file${i}.js`] =
        `// file ${i}\n${'let a = 1;\n'.repeat(20)}${secret ? `const t = "${keys.github()}";\n` : ''}`;
      if (secret) expected.push(`pkg${i % 10}/file${i}.js:22`);
    }
    writeFiles(dir, files);
    const { report, context } = await scan(dir, { mode: 'tree' });
    expect(locations(report)).toEqual(expected.sort());
    expect(report.details).toMatchObject({ filesScanned: 500 });
    expect(context.lines.join('\n')).not.toMatch(/failed/);
  });
});

describe('tree mode on part of a repository', () => {
  it('applies the .gitignore files above the scan path and names files from the repository top', async () => {
    const { dir, cleanup } = tempDir();
    try {
      initRepo(dir);
      writeFiles(dir, {
        '.gitignore': 'node_modules/\n',
        'packages/web/node_modules/lib/index.js': `var k = "${keys.github()}";`,
        'packages/web/src/a.ts': `const a = '${keys.github()}';\n`,
        'packages/web/test/fixture.ts': `const a = '${keys.github()}';\n`,
        'packages/api/b.ts': `const b = '${keys.github()}';\n`,
      });
      const { report } = await scan(dir, { mode: 'tree', path: 'packages/web', ignore: ['test/'] });
      expect(locations(report)).toEqual(['packages/web/src/a.ts:1']);
    } finally {
      cleanup();
    }
  });
});
