// History mode scans runs of commits on every core at once. What it reports must be what one `git log -p`
// read start to end reports: every secret once, at the oldest commit that added it, in the same order, with
// the same counts. Checked on a real repository of a few hundred commits (made with git fast-import).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listHistory, streamHistory } from '../../../../shared/checks/secret-scan/git.ts';
import {
  addedLineHandlers,
  type Hit,
  hitKey,
  type RangeResult,
} from '../../../../shared/checks/secret-scan/history-scan.ts';
import { scanHistory } from '../../../../shared/checks/secret-scan/pool.ts';
import { userIgnore } from '../../../../shared/fs/paths.ts';
import type { Report } from '../../../../shared/report/model.ts';
import { keys, scan, tempDir } from './scan-helpers.ts';

const COMMITS = 260;
const MAX_BYTES = 4096;
const IGNORE = ['vendor/'];

/**
 * Keys added in many places of the history: carried along, removed and re-added, edited, renamed, in an
 * ignored folder, next to oversized additions. Returns nothing: the scans are compared with each other.
 */
function buildRepo(dir: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const tokens = Array.from({ length: 12 }, () => keys.github());
  const stripe = keys.stripe();
  let stream = '';
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let i = 1; i <= COMMITS; i++) {
    const ops: string[] = [];
    const path = `src/module${i % 9}/file${i % 5}.ts`;
    const lines = Array.from({ length: 20 }, (_, j) => `export const v${i}_${j} = compute(${i * j});`);
    if (i % 37 === 0) lines.push(`const token = '${tokens[(i / 37) % tokens.length]}';`);
    // The same key removed and added again far apart, and carried in a file edited all along.
    if (i % 100 === 7) ops.push(`M 100644 inline config/keys.js\n${data(`module.exports = '${stripe}';\n`)}`);
    if (i % 100 === 50) ops.push(`M 100644 inline config/keys.js\n${data('module.exports = process.env.KEY;\n')}`);
    if (i % 61 === 0) ops.push(`R src/module${i % 9}/file${i % 5}.ts src/moved${i}.ts`);
    if (i % 53 === 0) ops.push(`M 100644 inline vendor/lib${i}.js\n${data(`const k = '${keys.github()}';\n`)}`);
    // A binary key store, added and later replaced by new keys: a finding each time (by name and content id).
    if (i % 89 === 0) ops.push(`M 100644 inline certs/client.p12\n${data(`\u0000store ${i}\u0000`)}`);
    if (i % 71 === 0) ops.push(`M 100644 inline big/blob${i}.txt\n${data(`${'x'.repeat(MAX_BYTES * 2)}\n`)}`);
    ops.unshift(`M 100644 inline ${path}\n${data(`${lines.join('\n')}\n`)}`);
    const message = `commit ${i}\n`;
    stream +=
      `commit refs/heads/main\nmark :${i}\nauthor T <t@example.com> ${1_700_000_000 + i * 60} +0000\n` +
      `committer T <t@example.com> ${1_700_000_000 + i * 60} +0000\n${data(message)}` +
      `${i > 1 ? `from :${i - 1}\n` : ''}${ops.join('')}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
}

/** The single pass: one `git log -p` read start to end, one hit per fingerprint (the oldest). */
async function singlePass(dir: string): Promise<RangeResult> {
  const tally: RangeResult = { hits: [], filesScanned: 0, bytesScanned: 0, skipped: [], commits: 0 };
  const byFingerprint = new Map<string, Hit>();
  const handlers = addedLineHandlers(
    { maxFileBytes: MAX_BYTES, allow: [], isIgnored: userIgnore(IGNORE) },
    tally,
    (hit) => byFingerprint.set(hitKey(hit), hit),
  );
  handlers.onCommit = () => {
    tally.commits++;
  };
  await streamHistory(dir, 'HEAD', undefined, handlers, MAX_BYTES);
  return { ...tally, hits: [...byFingerprint.values()] };
}

function findings(reports: Report[]): string[] {
  return reports
    .flatMap((report) => report.findings)
    .map((f) => `${f.fingerprint} ${f.location && 'file' in f.location ? f.location.line : ''} ${f.message}`)
    .sort();
}

describe('history mode on every core', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir('lr-history-parallel-'));
    buildRepo(dir);
  });
  afterAll(() => cleanup());

  it('reports what one sequential git log -p pass reports, whatever the number of threads', async () => {
    const reference = await singlePass(dir);
    expect(reference.commits).toBe(COMMITS);
    expect(reference.hits.length).toBeGreaterThan(5);
    expect(reference.skipped.length).toBeGreaterThan(1);
    expect(reference.hits.filter((hit) => hit.match.ruleId === 'pkcs12-file')).toHaveLength(2);
    const commits = await listHistory(dir, 'HEAD', undefined);
    const options = { maxFileBytes: MAX_BYTES, allow: [], ignore: IGNORE, isIgnored: userIgnore(IGNORE) };
    for (const threads of [1, 2, 3]) {
      const { threads: used, workerFailures, ...result } = await scanHistory(dir, commits, { ...options, threads });
      // A worker still starting when the main thread has scanned every run is stopped, not waited for.
      expect({ used: used >= 1 && used <= threads, workerFailures }).toEqual({ used: true, workerFailures: 0 });
      expect(result).toEqual(reference);
    }
  });

  it('reports the same findings sharded in three and not sharded', async () => {
    const whole = await scan(dir, { mode: 'history', ignore: IGNORE, maxFileBytes: MAX_BYTES });
    expect(whole.report.details).toMatchObject({ commits: COMMITS });
    const shards = await Promise.all(
      [1, 2, 3].map(
        async (i) =>
          (await scan(dir, { mode: 'history', ignore: IGNORE, maxFileBytes: MAX_BYTES, shard: `${i}/3` })).report,
      ),
    );
    expect(findings(shards)).toEqual(findings([whole.report]));
    expect(findings([whole.report]).length).toBeGreaterThan(5);
  });
});
