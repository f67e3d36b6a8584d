// secret-scan --shard over a matrix, measured on one machine: a generated repository of many commits scanned
// in history mode once whole, then as N shards run as N concurrent processes of the built CLI, then the N JSON
// reports merged by `launch-ready report`. Prints the wall time of the whole scan, of the slowest shard and of
// the merge, the ratio, and whether the shards' findings together are exactly the whole scan's.
// Usage: npm run build && node bench/shard.bench.ts [--commits N] [--shards N] [--keep]
// The repository is made with `git fast-import` in a temp folder outside this repo and removed afterwards
// (--keep leaves it and prints its path). Needs dist/cli/index.js (npm run build).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { keys } from '../test/shared/checks/secret-scan/scan-helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/index.js');
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const commits = flag('--commits', 20_000);
const shards = flag('--shards', 4);

if (!existsSync(CLI)) {
  console.log('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(0);
}

interface Run {
  name: string;
  wallSeconds: number;
  /** user + system CPU seconds, from /usr/bin/time when it is installed. */
  cpuSeconds?: number;
  code: number | null;
  stderr: string;
}

const work = mkdtempSync(join(tmpdir(), 'lr-shard-bench-'));
const repo = join(work, 'repo');
const reports = join(work, 'reports');
mkdirSync(reports);
try {
  const made = performance.now();
  const planted = makeRepository(repo, commits);
  console.log(
    `repository: ${commits} commits, ${planted} planted secrets (added, moved, removed), made with git fast-import in ${((performance.now() - made) / 1000).toFixed(1)} s`,
  );
  const cores = availableParallelism();
  console.log(
    `machine: ${cores} core(s): ${shards} concurrent shards share them, so ${shards} processes cannot run ${shards}x faster here than one (on a matrix each job has its own runner)`,
  );

  const scan = (extra: string[], output: string) => [
    CLI,
    'secret-scan',
    '--mode',
    'history',
    ...extra,
    '--format',
    'json',
    '--fail-on',
    'never',
    '--output',
    output,
  ];
  const whole = await timed('unsharded', scan([], join(work, 'whole.json')), repo);
  const started = performance.now();
  const parts = await Promise.all(
    Array.from({ length: shards }, (_, i) =>
      timed(
        `shard ${i + 1}/${shards}`,
        scan(['--shard', `${i + 1}/${shards}`], join(reports, `shard-${i + 1}.json`)),
        repo,
      ),
    ),
  );
  const allShards = (performance.now() - started) / 1000;
  // Each shard again, alone: what one job of a matrix sees on its own runner, without the others' contention.
  const alone: Run[] = [];
  for (let i = 0; i < shards; i++) {
    const output = join(work, `alone-${i + 1}.json`);
    alone.push(await timed(`shard ${i + 1}/${shards} alone`, scan(['--shard', `${i + 1}/${shards}`], output), repo));
  }
  const merge = await timed(
    'merge',
    [CLI, 'report', '--reports', reports, '--format', 'json', '--fail-on', 'never', '--output', 'merged.json'],
    work,
  );
  for (const run of [whole, ...parts, merge]) {
    if (run.code !== 0) console.log(`${run.name}: exit ${run.code}: ${run.stderr.trim().split('\n')[0]}`);
  }

  const wholeReport = readReport(join(work, 'whole.json'));
  const shardReports = parts.map((_, i) => readReport(join(reports, `shard-${i + 1}.json`)));
  const slowest = parts.reduce((a, b) => (b.wallSeconds > a.wallSeconds ? b : a));
  console.log('\n| run | wall | CPU (user+sys) | commits | findings |');
  console.log('|---|---:|---:|---:|---:|');
  const row = (run: Run, report: ScanReport | undefined) =>
    console.log(
      `| ${run.name} | ${run.wallSeconds.toFixed(2)} s | ${run.cpuSeconds === undefined ? 'n/a' : `${run.cpuSeconds.toFixed(2)} s`} | ${report?.details?.commits ?? ''} | ${report?.findings.length ?? ''} |`,
    );
  row(whole, wholeReport);
  parts.forEach((run, i) => {
    row(run, shardReports[i]);
  });
  for (const run of alone) row(run, undefined);
  row({ name: `all ${shards} shards (concurrent, wall)`, wallSeconds: allShards, code: 0, stderr: '' }, undefined);
  row(merge, undefined);

  console.log(`\nunsharded scan: ${whole.wallSeconds.toFixed(2)} s`);
  console.log(`slowest shard (${slowest.name}): ${slowest.wallSeconds.toFixed(2)} s`);
  const slowestAlone = alone.reduce((a, b) => (b.wallSeconds > a.wallSeconds ? b : a));
  console.log(`slowest shard run alone (${slowestAlone.name}): ${slowestAlone.wallSeconds.toFixed(2)} s`);
  console.log(`merge of ${shards} reports: ${merge.wallSeconds.toFixed(2)} s`);
  console.log(
    `ratio unsharded / (slowest shard + merge): ${(whole.wallSeconds / (slowest.wallSeconds + merge.wallSeconds)).toFixed(2)}x` +
      ` (the ${shards} shards concurrent on these ${cores} core(s))`,
  );
  console.log(
    `ratio unsharded / (slowest shard alone + merge): ${(whole.wallSeconds / (slowestAlone.wallSeconds + merge.wallSeconds)).toFixed(2)}x` +
      ` (as on a matrix, where each of the ${shards} jobs has a runner of its own)`,
  );
  const shardCpu = parts.reduce((sum, p) => sum + (p.cpuSeconds ?? Number.NaN), 0);
  if (whole.cpuSeconds !== undefined && !Number.isNaN(shardCpu)) {
    console.log(
      `CPU of the ${shards} shards together / CPU of the unsharded scan: ${(shardCpu / whole.cpuSeconds).toFixed(2)}x (the cost of sharding: every shard pays node's start with the rule set, and git rev-list over the whole history to find its part)`,
    );
  }

  const wholeKeys = findingKeys([wholeReport]);
  const unionKeys = findingKeys(shardReports);
  const mergedKeys = findingKeys([readReport(join(work, 'merged.json'))]);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((key, i) => key === b[i]);
  console.log(
    `union of the ${shards} shards' findings equals the unsharded scan's (fingerprint, file, line, commit): ${same(unionKeys, wholeKeys) ? 'yes' : 'NO'} (${unionKeys.length} vs ${wholeKeys.length})`,
  );
  console.log(
    `merged report's findings equal the unsharded scan's: ${same(mergedKeys, wholeKeys) ? 'yes' : 'NO'} (${mergedKeys.length} vs ${wholeKeys.length})`,
  );
} finally {
  if (args.includes('--keep')) console.log(`kept: ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

interface ScanReport {
  findings: { fingerprint?: string; message?: string; location?: { file?: string; line?: number } }[];
  details?: { commits?: number };
}

/** One report as the CLI writes it, or the findings of every section of a merged one. */
function readReport(path: string): ScanReport {
  if (!existsSync(path)) return { findings: [] };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as ScanReport & { reports?: ScanReport[] };
  if (Array.isArray(parsed.reports)) return { findings: parsed.reports.flatMap((r) => r.findings) };
  return parsed;
}

function findingKeys(list: ScanReport[]): string[] {
  return list
    .flatMap((report) => report.findings)
    .map(
      (f) =>
        `${f.fingerprint} ${f.location?.file}:${f.location?.line} ${/commit ([0-9a-f]{7,40})/.exec(f.message ?? '')?.[1]}`,
    )
    .sort();
}

/** Runs the CLI under /usr/bin/time (for CPU seconds) and measures its wall time. */
function timed(name: string, commandArgs: string[], cwd: string): Promise<Run> {
  const timeFile = join(work, `time-${name.replace(/\W+/g, '-')}.txt`);
  const useTime = existsSync(TIME);
  const [command, argv] = useTime
    ? [TIME, ['-f', '%U %S', '-o', timeFile, process.execPath, ...commandArgs]]
    : [process.execPath, commandArgs];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      let cpuSeconds: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
        cpuSeconds = (user ?? 0) + (system ?? 0);
      }
      done({ name, wallSeconds, cpuSeconds, code, stderr });
    });
  });
}

/**
 * `count` commits, each editing a few small text files, made with one git fast-import stream (seconds for 20,000
 * commits). A handful of keys, built at run time from parts, are added, moved to another file and removed along
 * the way. Returns how many were planted.
 */
function makeRepository(dir: string, count: number): number {
  mkdirSync(dir);
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const files = new Map<string, string[]>();
  const plants = new Map<number, { path: string; line: string; moveAt: number; removeAt: number }>();
  const makers = [keys.stripe, keys.github, keys.awsKeyId];
  const planted = 9;
  for (let k = 0; k < planted; k++) {
    const at = Math.floor(((k + 0.5) * count) / planted);
    const key = makers[k % makers.length]!();
    const line = k % 3 === 2 ? `const client = new S3({ accessKeyId: "${key}" });` : `API_KEY = "${key}"`;
    // Some keys are moved to another file a while later, some removed, some stay to the end.
    plants.set(at, {
      path: `config/secrets-${k}.txt`,
      line,
      moveAt: k % 3 === 0 ? at + 37 : -1,
      removeAt: k % 3 === 1 ? at + 53 : -1,
    });
  }
  const moves = new Map([...plants.values()].filter((p) => p.moveAt > 0).map((p) => [p.moveAt, p]));
  const removals = new Map([...plants.values()].filter((p) => p.removeAt > 0).map((p) => [p.removeAt, p]));
  const streamPath = join(dirname(dir), 'fast-import.txt');
  const stream = openSync(streamPath, 'w');
  const modify = (path: string, lines: string[]) => {
    const content = `${lines.join('\n')}\n`;
    return `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
  };
  for (let i = 1; i <= count; i++) {
    let changes = '';
    // Three of 300 small files per commit: one line rewritten in each, files stay at 12 lines.
    for (let f = 0; f < 3; f++) {
      const n = (i * 7 + f * 101) % 300;
      const path = `src/area${n % 30}/module${n}.ts`;
      const lines = files.get(path) ?? Array.from({ length: 12 }, (_, j) => `export const v${j} = ${j};`);
      lines[i % lines.length] =
        `export const v${i % lines.length} = compute(${i}, 'label ${f}', { retries: ${i % 5} });`;
      files.set(path, lines);
      changes += modify(path, lines);
    }
    const plant = plants.get(i);
    if (plant) changes += modify(plant.path, ['# service settings', plant.line, 'TIMEOUT = 30']);
    const moved = moves.get(i);
    if (moved) {
      changes += `D ${moved.path}\n`;
      changes += modify(moved.path.replace('config/', 'config/moved/'), ['# moved here', moved.line]);
    }
    const removed = removals.get(i);
    if (removed) changes += modify(removed.path, ['# service settings', 'API_KEY = env("API_KEY")', 'TIMEOUT = 30']);
    const message = `commit ${i}\n`;
    const when = `${1_600_000_000 + i * 60} +0000`;
    writeSync(
      stream,
      `commit refs/heads/main\nmark :${i}\nauthor Bench <bench@example.com> ${when}\ncommitter Bench <bench@example.com> ${when}\n` +
        `data ${Buffer.byteLength(message)}\n${message}${i > 1 ? `from :${i - 1}\n` : ''}${changes}`,
    );
  }
  closeSync(stream);
  // --depth=0: no delta chains. With them fast-import spends ten times as long (mostly in the kernel) here.
  execFileSync('sh', ['-c', `git fast-import --quiet --depth=0 < '${streamPath}'`], { cwd: dir });
  rmSync(streamPath, { force: true });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  return planted;
}
