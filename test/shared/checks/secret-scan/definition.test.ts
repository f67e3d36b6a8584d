import { describe, expect, it } from 'vitest';
import { secretScan } from '../../../../shared/checks/secret-scan/index.ts';
import { resolveMode } from '../../../../shared/checks/secret-scan/scan.ts';
import type { Finding, Report } from '../../../../shared/report/model.ts';
import { keys, makeContext, tempDir, writeFiles } from './scan-helpers.ts';

describe('secret-scan definition', () => {
  it('works with zero configuration', () => {
    const options = secretScan.schema.parse({});
    expect(options).toMatchObject({
      mode: 'auto',
      path: '.',
      buildDirs: ['dist', 'build', '.next/static', 'out', 'public'],
      baseline: '.launch-ready-baseline.json',
      writeBaseline: false,
      noGitignore: false,
    });
  });

  it('explains bad option values', () => {
    const mode = secretScan.schema.safeParse({ mode: 'everything' });
    expect(mode.success).toBe(false);
    expect(JSON.stringify(mode.error?.issues)).toMatch(/auto, tree, diff, history/);
    const allow = secretScan.schema.safeParse({ allow: ['(unclosed'] });
    expect(JSON.stringify(allow.error?.issues)).toMatch(/valid JavaScript regular expression/);
    const size = secretScan.schema.safeParse({ maxFileBytes: -1 });
    expect(JSON.stringify(size.error?.issues)).toMatch(/positive/);
  });

  it('declares a param for every option, with its key in the schema', () => {
    const parsed = secretScan.schema.parse({}) as Record<string, unknown>;
    for (const param of secretScan.params) {
      expect(parsed, param.name).toHaveProperty(param.key);
      expect(param.description.length).toBeGreaterThan(10);
    }
    expect(secretScan.params.map((p) => p.name)).toEqual(
      expect.arrayContaining(['mode', 'path', 'base', 'head', 'write-baseline', 'ignore', 'allow']),
    );
  });

  it('picks the mode from the event', () => {
    expect(resolveMode('auto', 'pull_request')).toBe('diff');
    expect(resolveMode('auto', 'schedule')).toBe('history');
    expect(resolveMode('auto', 'workflow_dispatch')).toBe('history');
    expect(resolveMode('auto', 'push')).toBe('tree');
    expect(resolveMode('auto', undefined)).toBe('tree');
    expect(resolveMode('tree', 'pull_request')).toBe('tree');
  });

  it('runs through run(), and presents findings grouped by rule with outputs', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const planted = [keys.github(), keys.github(), keys.github()];
      writeFiles(dir, {
        'a.ts': `const a = '${planted[0]}';\nconst b = '${planted[1]}';\n`,
        'b.ts': `const c = '${planted[2]}';\n`,
      });
      const report = await secretScan.run(secretScan.schema.parse({ mode: 'tree' }), makeContext(dir));
      const tables = secretScan.present!(report);
      const everything = JSON.stringify([report, tables, secretScan.outputs!(report)]);
      for (const value of planted) expect(everything).not.toContain(value);
      const [table] = tables;
      expect(table!.columns).toEqual(['Rule', 'Severity', 'Count', 'Files', 'What to do']);
      expect(table!.rows).toHaveLength(1);
      expect(table!.rows[0]!.slice(2, 4)).toEqual(['3', 'a.ts, b.ts']);
      expect(secretScan.outputs!(report)).toMatchObject({ 'secrets-found': '3', mode: 'tree' });
    } finally {
      cleanup();
    }
  });

  it('lists files it could not scan in a folded table, apart from the secrets', () => {
    const notice: Finding = {
      check: 'secret-scan',
      ruleId: 'secret-scan/file-skipped',
      severity: 'info',
      title: 'Not scanned: big.js',
      message: 'big.js was not scanned',
      fingerprint: 'x',
    };
    const report: Report = {
      check: 'secret-scan',
      ok: true,
      summary: '',
      findings: [notice],
      details: { skipped: [{ path: 'big.js', reason: 'larger than 10.0 MB' }] },
    };
    const tables = secretScan.present!(report);
    expect(tables).toEqual([
      {
        title: 'Files not scanned (1)',
        columns: ['File', 'Why'],
        rows: [['big.js', 'larger than 10.0 MB']],
        collapsed: true,
      },
    ]);
    expect(secretScan.outputs!(report)['secrets-found']).toBe('0');
  });
});
