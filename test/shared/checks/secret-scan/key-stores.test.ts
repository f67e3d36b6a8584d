import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRules, ruleInfo } from '../../../../shared/checks/secret-scan/detect.ts';
import { fileRuleFor } from '../../../../shared/checks/secret-scan/rules/files.ts';
import { commit, git, initRepo, locations, scan, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-keystore-'));
});
afterEach(() => cleanup());

/** Binary like a real PKCS#12 file (DER, NUL bytes), with a marker that must never reach any output. */
function keyStoreBytes(marker: string): Buffer {
  return Buffer.concat([
    Buffer.from([0x30, 0x82, 0x0a, 0x00, 0x02, 0x01, 0x03, 0x00]),
    Buffer.from(marker),
    randomBytes(256),
  ]);
}

const ruleOf = (report: Awaited<ReturnType<typeof scan>>['report'], file: string) =>
  report.findings.find((f) => f.location && 'file' in f.location && f.location.file === file)?.ruleId;

describe('key stores found by their name', () => {
  it('tree: reports each committed key store at line 1, high, with a rotation remedy, never its content', async () => {
    const marker = `MARKER${randomBytes(8).toString('hex')}`;
    writeFiles(dir, {
      'certs/client.p12': keyStoreBytes(marker),
      'win/App_TemporaryKey.PFX': keyStoreBytes(marker),
      'android/app/release.jks': keyStoreBytes(marker),
      'android/upload.keystore': keyStoreBytes(marker),
      'ops/passwords.kdbx': keyStoreBytes(marker),
      // A text file named like a key store is still one by its name, and its text is never shown.
      'legacy/old.p12': `not really DER: ${marker}\n`,
      'src/app.ts': 'export const a = 1;\n',
    });
    const { report, context } = await scan(dir, { mode: 'tree' });

    expect(locations(report)).toEqual([
      'android/app/release.jks:1',
      'android/upload.keystore:1',
      'certs/client.p12:1',
      'legacy/old.p12:1',
      'ops/passwords.kdbx:1',
      'win/App_TemporaryKey.PFX:1',
    ]);
    expect(ruleOf(report, 'certs/client.p12')).toBe('pkcs12-file');
    expect(ruleOf(report, 'win/App_TemporaryKey.PFX')).toBe('pkcs12-file');
    expect(ruleOf(report, 'android/app/release.jks')).toBe('java-keystore-file');
    expect(ruleOf(report, 'ops/passwords.kdbx')).toBe('keepass-database-file');
    const p12 = report.findings.find((f) => f.ruleId === 'pkcs12-file')!;
    expect(p12.severity).toBe('high');
    expect(p12.remediation).toMatch(/certificate/);
    expect(p12.remediation).toMatch(/CI secret store/);
    expect(p12.remediation).toMatch(/git history/);
    expect(report.ok).toBe(false);
    const output = JSON.stringify(report) + context.lines.join('\n');
    expect(output).not.toContain(marker);
  });

  it('tree: leaves Android debug keys, trust stores, ignored and gitignored files alone', async () => {
    writeFiles(dir, {
      'android/app/debug.keystore': keyStoreBytes('x'),
      'kafka/client.truststore.jks': keyStoreBytes('x'),
      'certs/truststore.p12': keyStoreBytes('x'),
      'secrets/prod.p12': keyStoreBytes('x'),
      'local/dev.pfx': keyStoreBytes('x'),
      '.gitignore': 'local/\n',
      'doc/type.P126.html': '<p>not a key store</p>\n',
    });
    const { report } = await scan(dir, { mode: 'tree', ignore: ['secrets/'] });
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('a baseline accepts a key store until its content changes', async () => {
    writeFiles(dir, { 'certs/client.p12': keyStoreBytes('one') });
    const written = await scan(dir, { mode: 'tree', writeBaseline: true });
    expect(written.report.summary).toMatch(/Baseline written: 1 fingerprints/);
    const baseline = readFileSync(join(dir, '.launch-ready-baseline.json'), 'utf8');
    expect(JSON.parse(baseline).fingerprints).toEqual([
      expect.objectContaining({ ruleId: 'pkcs12-file', file: 'certs/client.p12' }),
    ]);

    const accepted = await scan(dir, { mode: 'tree' });
    expect(accepted.report.ok).toBe(true);
    expect(accepted.report.details).toMatchObject({ baselineSuppressed: 1 });

    // New keys under the same name are a new leak.
    writeFiles(dir, { 'certs/client.p12': keyStoreBytes('two') });
    const replaced = await scan(dir, { mode: 'tree' });
    expect(locations(replaced.report)).toEqual(['certs/client.p12:1']);
  });

  it('diff: a pull request adding a key store is a finding, one deleting it is not; one fingerprint in every mode', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'README.md': '# app\n' });
    writeFiles(dir, { 'certs/my client.p12': keyStoreBytes('x'), 'android/app/debug.keystore': keyStoreBytes('y') });
    commit(dir, 'add store', {});

    const added = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(locations(added.report)).toEqual(['certs/my client.p12:1']);
    const tree = await scan(dir, { mode: 'tree' });
    expect(tree.report.findings.map((f) => f.fingerprint)).toEqual(added.report.findings.map((f) => f.fingerprint));

    commit(dir, 'remove store', { 'certs/my client.p12': null });
    const removed = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(removed.report.findings).toEqual([]);
    expect(removed.report.ok).toBe(true);
  });

  it('diff: a key store renamed and changed is reported under its new name', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'README.md': '# app\n' });
    const bytes = keyStoreBytes('x');
    writeFiles(dir, { 'a.p12': bytes });
    commit(dir, 'add', {});
    writeFiles(dir, { 'certs/b.p12': Buffer.concat([bytes, Buffer.from([0])]) });
    commit(dir, 'move and change', { 'a.p12': null });
    expect(git(dir, 'diff', '--name-status', '-M', 'HEAD~1')).toMatch(/^R\d+\ta\.p12\tcerts\/b\.p12$/);
    const { report } = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(locations(report)).toEqual(['certs/b.p12:1']);
  });

  it('history: finds a key store a past commit added, at that commit, even after it was deleted', async () => {
    initRepo(dir);
    commit(dir, 'root', { 'README.md': '# app\n' });
    writeFiles(dir, { 'deploy/prod.pfx': keyStoreBytes('x'), 'ignored/old.jks': keyStoreBytes('x') });
    const added = commit(dir, 'add store', {}, '2024-02-03T04:05:06Z');
    commit(dir, 'remove store', { 'deploy/prod.pfx': null, 'ignored/old.jks': null });

    const { report } = await scan(dir, { mode: 'history', ignore: ['ignored/'] });
    expect(locations(report)).toEqual(['deploy/prod.pfx:1']);
    expect(report.findings[0]!.ruleId).toBe('pkcs12-file');
    expect(report.findings[0]!.message).toContain(added.slice(0, 7));
  });
});

describe('key store rules', () => {
  it('match by extension, case-insensitively, and are listed with the other rules', () => {
    expect(fileRuleFor('security/es/kibana_client.p12')?.id).toBe('pkcs12-file');
    expect(fileRuleFor('cagw_key.P12')?.id).toBe('pkcs12-file');
    expect(fileRuleFor('keys/app.jceks')?.id).toBe('java-keystore-file');
    for (const path of ['scripts/syntest.p1200.sh', 'p12', '.p12', 'x.p12.md', 'cacerts.jks', 'debug.keystore']) {
      expect(fileRuleFor(path)).toBeUndefined();
    }
    const ids = listRules().map((rule) => rule.id);
    expect(ids).toEqual(expect.arrayContaining(['pkcs12-file', 'java-keystore-file', 'keepass-database-file']));
    expect(ruleInfo('pkcs12-file').severity).toBe('high');
  });
});
