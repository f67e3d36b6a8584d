// secret-scan --shard I/N from the committed bundles, as a matrix runs it: three jobs each scan a third of the
// history (CLI and action), the report command merges their JSON, and the merge equals one whole scan.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { commit, initRepo, keys, tempDir } from '../shared/checks/secret-scan/scan-helpers.ts';

interface JsonFinding {
  fingerprint: string;
  message: string;
  location?: { file?: string; line?: number };
}

let repo: { dir: string; cleanup: () => void };
const planted = { stripe: keys.stripe(), github: keys.github(), aws: keys.awsKeyId() };

beforeAll(() => {
  repo = tempDir('lr-e2e-shard-');
  initRepo(repo.dir);
  const pad = (i: number) => commit(repo.dir, `pad ${i}`, { [`notes/${i}.md`]: `note ${i}\n` });
  commit(repo.dir, 'init', { 'README.md': '# shop\n' });
  commit(repo.dir, 'stripe', { 'config/settings.py': `STRIPE_KEY = "${planted.stripe}"\n` });
  for (let i = 0; i < 4; i++) pad(i);
  commit(repo.dir, 'github token', { 'app.env': `PORT=3000\nGITHUB_TOKEN=${planted.github}\n` });
  for (let i = 4; i < 8; i++) pad(i);
  // Moved: the same line under a new path is no new secret.
  commit(repo.dir, 'move env', { 'app.env': null, 'deploy/app.env': `PORT=3000\nGITHUB_TOKEN=${planted.github}\n` });
  commit(repo.dir, 'aws', { 'src/upload.ts': `const client = new S3({ accessKeyId: "${planted.aws}" });\n` });
  for (let i = 8; i < 12; i++) pad(i);
  // Removed: still in the history.
  commit(repo.dir, 'remove stripe', { 'config/settings.py': 'import os\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\n' });
  commit(repo.dir, 'remove aws', { 'src/upload.ts': 'const client = new S3({});\n' });
  for (let i = 12; i < 16; i++) pad(i);
  // Re-added long after in another file: a second place to clean up, so a finding of its own.
  commit(repo.dir, 'stripe again', { 'scripts/charge.js': `const stripe = require('stripe')('${planted.stripe}');\n` });
});
afterAll(() => repo.cleanup());

/** Each finding as fingerprint, file:line and the commit its message names, sorted. */
function found(findings: JsonFinding[]): string[] {
  return findings
    .map(
      (f) =>
        `${f.fingerprint} ${f.location?.file}:${f.location?.line} ${/commit ([0-9a-f]{7,40})/.exec(f.message)?.[1]}`,
    )
    .sort();
}

const findingsOf = (json: string) => (JSON.parse(json) as { findings: JsonFinding[] }).findings;

/** SARIF that code scanning takes: 2.1.0, every result with a rule the run declares and a file and line. */
function expectValidSarif(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  expect(log.version).toBe('2.1.0');
  for (const run of log.runs) {
    expect(run.tool.driver.name).toMatch(/\S/);
    const rules = new Set((run.tool.driver.rules ?? []).map((rule) => rule.id));
    for (const result of run.results ?? []) {
      expect(rules.has(result.ruleId!), `rule ${result.ruleId} declared`).toBe(true);
      const physical = result.locations?.[0]?.physicalLocation;
      expect(physical?.artifactLocation?.uri).toMatch(/\S/);
      expect(physical?.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  }
  return log;
}

describe('secret-scan --mode history --shard I/3 (dist)', () => {
  let whole: string[];
  beforeAll(async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'history', '--format', 'json'], repo.dir);
    expect(result.code, result.stderr).toBe(1);
    whole = found(findingsOf(result.stdout));
  });

  it('the unsharded scan finds each planted secret where it was first committed, the move not again', () => {
    expect(whole.map((key) => key.split(' ')[1]).sort()).toEqual([
      'app.env:2',
      'config/settings.py:1',
      'scripts/charge.js:1',
      'src/upload.ts:1',
    ]);
  });

  it('CLI: the three shards together report exactly the unsharded findings', async () => {
    const parts: JsonFinding[] = [];
    const perShard: number[] = [];
    for (let index = 1; index <= 3; index++) {
      const args = ['secret-scan', '--mode', 'history', '--shard', `${index}/3`, '--format', 'json'];
      const result = await runCliBundle([...args, '--fail-on', 'never'], repo.dir);
      expect(result.code, result.stderr).toBe(0);
      parts.push(...findingsOf(result.stdout));
      perShard.push(findingsOf(result.stdout).length);
    }
    expect(found(parts)).toEqual(whole);
    // Really split: no one shard carries the whole history's findings.
    expect(Math.max(...perShard)).toBeLessThan(whole.length);
  });

  it('action: three matrix jobs, valid SARIF each, merged by launch-ready report into the unsharded findings', async () => {
    const reports = join(repo.dir, '.shards');
    mkdirSync(reports, { recursive: true });
    const parts: JsonFinding[] = [];
    for (let index = 1; index <= 3; index++) {
      const sarifFile = `.sarif/shard-${index}.sarif`;
      const result = await runActionBundle(
        'secret-scan',
        { mode: 'history', shard: `${index}/3`, 'sarif-file': sarifFile, 'fail-on': 'never' },
        repo.dir,
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.reportJson).toMatch(/^\{/);
      // What the matrix job uploads as an artifact and the report job downloads into one folder.
      writeFileSync(join(reports, `shard-${index}.json`), result.reportJson!);
      parts.push(...findingsOf(result.reportJson!));
      const sarif = expectValidSarif(readFileSync(join(repo.dir, sarifFile), 'utf8'));
      expect(sarif.runs.flatMap((run) => run.results ?? [])).toHaveLength(findingsOf(result.reportJson!).length);
    }
    expect(found(parts)).toEqual(whole);

    const merged = await runCliBundle(
      ['report', '--reports', reports, '--sarif-file', 'merged.sarif', '--format', 'json'],
      repo.dir,
    );
    expect(merged.code, merged.stderr).toBe(1);
    expect(found(findingsOf(merged.stdout))).toEqual(whole);
    const sarif = expectValidSarif(readFileSync(join(repo.dir, 'merged.sarif'), 'utf8'));
    expect(sarif.runs.map((run) => run.tool.driver.name)).toHaveLength(1);
    expect(sarif.runs[0]!.results).toHaveLength(whole.length);
    const everything = merged.stdout + merged.stderr + readFileSync(join(repo.dir, 'merged.sarif'), 'utf8');
    for (const value of Object.values(planted)) expect(everything).not.toContain(value);
  });

  it.each([['4/3'], ['x'], ['0/3']])(
    'refuses --shard %s: exit 2, one line naming the flag and the form',
    async (shard) => {
      const result = await runCliBundle(['secret-scan', '--mode', 'history', '--shard', shard], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^launch-ready: --shard: expected I\/N/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
