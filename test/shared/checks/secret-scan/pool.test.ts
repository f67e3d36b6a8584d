import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFiles } from '../../../../shared/checks/secret-scan/pool.ts';
import { keys, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-pool-'));
});
afterEach(() => cleanup());

describe('scanning pool', () => {
  it('finds the same secrets and counts the same bytes whatever the number of threads', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) {
      files[`f${i}.js`] = `${'x = 1;\n'.repeat(i % 13)}${i % 37 === 0 ? `t = "${keys.github()}";\n` : ''}`;
    }
    files['bin.dat.txt'] = 'a\0b';
    writeFiles(dir, files);
    const paths = [...Object.keys(files), 'missing.js'];
    const options = { maxFileBytes: 1 << 20, allow: [] };

    const inline = await scanFiles(dir, paths, { ...options, threads: 1 });
    const parallel = await scanFiles(dir, paths, { ...options, threads: 3 });
    const summary = (r: typeof inline) => ({
      files: r.filesScanned,
      bytes: r.bytesScanned,
      binary: r.binaryFiles,
      skipped: r.skipped,
      hits: r.hits.map((h) => `${h.path}:${h.matches.map((m) => m.line).join(',')}`).sort(),
    });
    expect(summary(parallel)).toEqual(summary(inline));
    expect(inline.hits).toHaveLength(9);
    expect(inline.skipped).toEqual([{ path: 'missing.js', reason: 'not readable (ENOENT)' }]);
    expect(parallel.threads).toBe(3);
    expect(parallel.workerFailures).toBe(0);
  });
});
