import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../../../shared/errors.ts';
import { keys, locations, scan, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-baseline-'));
});
afterEach(() => cleanup());

describe('baseline', () => {
  it('lets a repo adopt the gate: known leaks pass, even after lines move, and only new ones fail', async () => {
    const oldA = keys.github();
    const oldB = keys.stripe();
    writeFiles(dir, { 'a.ts': `const a = '${oldA}';\n`, 'b.ts': `const b = '${oldB}';\n` });

    const written = await scan(dir, { mode: 'tree', writeBaseline: true });
    expect(written.report.ok).toBe(true);
    expect(written.report.findings).toEqual([]);
    expect(written.report.summary).toMatch(/Baseline written: 2 fingerprints/);
    const file = readFileSync(join(dir, '.launch-ready-baseline.json'), 'utf8');
    expect(file).not.toContain(oldA);
    expect(file).not.toContain(oldB);
    expect(JSON.parse(file).fingerprints).toHaveLength(2);

    const fresh = keys.github();
    writeFiles(dir, {
      'a.ts': `// a comment\n// pushes the key down\n\nconst a = '${oldA}';\nconst c = '${fresh}';\n`,
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(locations(report)).toEqual(['a.ts:5']);
    expect(report.details).toMatchObject({ baselineSuppressed: 2 });
    expect(report.summary).toMatch(/2 accepted by the baseline/);
  });

  it('keys a fingerprint on the value and the file, not the line', async () => {
    const token = keys.github();
    writeFiles(dir, { 'a.ts': `const t = '${token}';\n` });
    const before = (await scan(dir, { mode: 'tree' })).report.findings[0]!;
    writeFiles(dir, { 'a.ts': `\n\n\n   const t = '${token}';\n` });
    const moved = (await scan(dir, { mode: 'tree' })).report.findings[0]!;
    expect(moved.location).not.toEqual(before.location);
    expect(moved.fingerprint).toBe(before.fingerprint);

    writeFiles(dir, { 'a.ts': `const t = '${keys.github()}';\n`, 'b.ts': `const t = '${token}';\n` });
    const after = (await scan(dir, { mode: 'tree' })).report.findings.map((f) => f.fingerprint);
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before.fingerprint);
    expect(before.fingerprint).not.toContain(token);
  });

  it('rejects a malformed baseline with a one-line fix', async () => {
    writeFiles(dir, { '.launch-ready-baseline.json': '{"not": "a baseline"}', 'a.ts': 'x\n' });
    await expect(scan(dir, { mode: 'tree' })).rejects.toThrow(UsageError);
    await expect(scan(dir, { mode: 'tree' })).rejects.toThrow(/--write-baseline/);
  });

  it('reads a custom baseline path and can be turned off', async () => {
    writeFiles(dir, { 'a.ts': `const a = '${keys.github()}';\n` });
    await scan(dir, { mode: 'tree', writeBaseline: true, baseline: 'security/accepted.json' });
    expect((await scan(dir, { mode: 'tree', baseline: 'security/accepted.json' })).report.ok).toBe(true);
    expect((await scan(dir, { mode: 'tree', baseline: '' })).report.ok).toBe(false);
  });
});
