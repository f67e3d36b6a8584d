// The issue author's acceptance check, on an independent labelled corpus (test/fixtures/secret-scan-corpus):
// a real git repository of ~70 files of many types with planted secrets and decoys of every class, run
// through the committed CLI bundle in all three modes. Precision and recall are scored by file and line.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCommit, fromDisk, type ScanFinding, score } from '../fixtures/secret-scan-corpus/evaluate.ts';
import { buildCorpus, type Corpus, leakProbes } from '../fixtures/secret-scan-corpus/generate.ts';
import { type RunResult, runCliBundle } from '../helpers/dist.ts';

let temp: string;
let corpus: Corpus;
const runs: Record<'tree' | 'diff' | 'history', RunResult> = {} as never;

const findingsOf = (result: RunResult): ScanFinding[] => JSON.parse(result.stdout).findings;
const describeScore = (s: ReturnType<typeof score>) =>
  JSON.stringify({
    misses: s.misses.map((m) => m.kind),
    falsePositives: s.falsePositives.map((f) => `${f.ruleId} ${f.file}:${f.line}`),
  });

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'lr-secret-corpus-'));
  corpus = buildCorpus(join(temp, 'repo'));
  const scan = (...args: string[]) => runCliBundle(['secret-scan', '--format', 'json', ...args], corpus.dir);
  [runs.tree, runs.diff, runs.history] = await Promise.all([
    scan('--mode', 'tree'),
    scan('--mode', 'diff', '--base', 'HEAD~1'),
    scan('--mode', 'history'),
  ]);
}, 30_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('secret-scan on an independent labelled corpus (dist/cli)', () => {
  it('tree: precision and recall at least 0.95, and exit code 1', () => {
    expect(runs.tree.code).toBe(1);
    const s = score(findingsOf(runs.tree), corpus.tree, corpus.all, fromDisk(corpus.dir));
    expect(s.expected).toBeGreaterThanOrEqual(60);
    expect(s.recall, describeScore(s)).toBeGreaterThanOrEqual(0.95);
    expect(s.precision, describeScore(s)).toBeGreaterThanOrEqual(0.95);
  });

  it('tree: honours .gitignore outside the build output, but scans the gitignored bundle in dist/', () => {
    const s = score(findingsOf(runs.tree), corpus.tree, corpus.all, fromDisk(corpus.dir));
    expect(s.falsePositives.filter((f) => f.file === '.env.local')).toEqual([]);
    expect(s.misses.filter((m) => m.kind === 'stripe-live-bundle')).toEqual([]);
  });

  it('diff against HEAD~1: exactly the secrets the last commit added, and exit code 1', () => {
    expect(runs.diff.code).toBe(1);
    const s = score(findingsOf(runs.diff), corpus.diff, corpus.all, fromDisk(corpus.dir));
    expect(s.misses, describeScore(s)).toEqual([]);
    expect(s.falsePositives, describeScore(s)).toEqual([]);
  });

  it('history: finds the secrets that were committed and later removed, and exit code 1', () => {
    expect(runs.history.code).toBe(1);
    const s = score(findingsOf(runs.history), corpus.removed, corpus.all, fromCommit(corpus.dir));
    expect(s.misses.map((m) => m.kind)).toEqual([]);
  });

  it('prints no planted value in any output: text, json, markdown, sarif', async () => {
    const out = join(temp, 'out');
    mkdirSync(out);
    const results = await Promise.all(
      (['text', 'json', 'markdown', 'sarif'] as const).map((format) =>
        runCliBundle(
          [
            'secret-scan',
            '--mode',
            'tree',
            '--format',
            format,
            '--output',
            join(out, `report.${format}`),
            '--sarif-file',
            join(out, `also-${format}.sarif`),
          ],
          corpus.dir,
        ),
      ),
    );
    const texts = [
      ...results.flatMap((r) => [r.stdout, r.stderr]),
      ...Object.values(runs).flatMap((r) => [r.stdout, r.stderr]),
      ...readdirSync(out).map((file) => readFileSync(join(out, file), 'utf8')),
    ];
    expect(readdirSync(out)).toHaveLength(8);
    const leaked = leakProbes(corpus.all).filter((probe) => texts.some((text) => text.includes(probe)));
    expect(leaked.map((probe) => corpus.all.find((p) => p.written.includes(probe))?.kind)).toEqual([]);
  });
});
