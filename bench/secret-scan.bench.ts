// secret-scan speed, measured against its peers in one run on the same tree:
//   ours (tree mode through runSecretScan, every file, gitignore off), secretlint's CLI (recommended preset)
//   and ripgrep with our rules' regexes. Prints wall time, MB/s, peak memory and the ratios; then history
//   mode's peak memory on a generated repo of many commits, at two history lengths, to show it stays flat.
// Usage: node bench/secret-scan.bench.ts [--npm-corpus [dir]] [--skip-secretlint] [--skip-tree] [--skip-history]
//        [--copies N] [--commits N]
// The tree is a hard-linked copy of node_modules in .bench/tree (made once, reused), with nested
// node_modules folders renamed: secretlint's CLI always skips folders of that name. With --npm-corpus it is
// the published npm packages of bench/npm-corpus.ts instead (the issue's 100 MB tree of vite, vitest, ncc, …).
// MB/s is of text scanned (what our scan reports as bytesScanned), not of binaries skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureNpmCorpus } from './npm-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const npmArg = process.argv.indexOf('--npm-corpus');
const npmDir =
  npmArg !== -1 && process.argv[npmArg + 1] && !process.argv[npmArg + 1].startsWith('--')
    ? process.argv[npmArg + 1]
    : undefined;
const TREE = npmArg === -1 || process.argv[2] === '--child' ? join(BENCH, 'tree') : ensureNpmCorpus(npmDir);
const HISTORY_REPO = join(BENCH, 'history-repo');
const TIME = '/usr/bin/time';
/** secretlint's recommended preset, given to its CLI on the command line (see benchTree). */
const SECRETLINT_CONFIG = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });

if (process.argv[2] === '--child') {
  await child(process.argv[3]!, process.argv[4]!, process.argv[5]);
  process.exit(0);
}

interface Measure {
  name: string;
  wallSeconds: number;
  peakMb: number | undefined;
  /** CPU time over wall time, as /usr/bin/time reports it: 200 % is both of two cores busy. */
  cpuPercent?: string;
  /** User + system CPU seconds: less disturbed by other load on the machine than wall time. */
  cpuSeconds?: number;
  /** Ours only: MB of text scanned and threads used, from the scan's own report. */
  textMb?: number;
  threads?: number;
  note?: string;
}

const args = process.argv.slice(2);
const skipSecretlint = args.includes('--skip-secretlint');
const skipTree = args.includes('--skip-tree');
const commitsArg = args.indexOf('--commits');
const commits = commitsArg === -1 ? 2000 : Number(args[commitsArg + 1]);
const runsArg = args.indexOf('--runs');
/** Runs of ours per tree (median reported, after a warm-up run); secretlint, at ~20 s a run, runs once unless --secretlint-runs. */
const runs = runsArg === -1 ? 3 : Number(args[runsArg + 1]);
const secretlintRunsArg = args.indexOf('--secretlint-runs');
const secretlintRuns = secretlintRunsArg === -1 ? 1 : Number(args[secretlintRunsArg + 1]);
const copiesArg = args.indexOf('--copies');
/** node_modules here holds ~100 MB of text: three hard-linked copies make fixed start-up costs count less. */
const copies = copiesArg === -1 ? 3 : Number(args[copiesArg + 1]);

if (!skipTree) benchTree();
if (args.includes('--skip-history')) process.exit(0);

// History mode: the same scan over a short and a long stretch of one history; flat memory means the
// peak does not grow with the number of commits.
prepareHistory(commits);
const recentCount = Math.floor(commits / 4);
const quarter = execFileSync('git', ['rev-parse', `HEAD~${recentCount}`], {
  cwd: HISTORY_REPO,
  encoding: 'utf8',
}).trim();
const short = measure(
  `history, last ${recentCount} commits`,
  process.execPath,
  [import.meta.filename, '--child', 'history', HISTORY_REPO, quarter],
  ROOT,
);
const full = measure(
  `history, all ${commits} commits`,
  process.execPath,
  [import.meta.filename, '--child', 'history', HISTORY_REPO],
  ROOT,
);
console.log('\n| history scan | wall | commits/s | MB/s of added text | threads | CPU / wall | peak memory |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [r, n] of [
  [short, recentCount],
  [full, commits],
] as const) {
  console.log(
    `| ${r.name} | ${r.wallSeconds.toFixed(2)} s | ${(n / r.wallSeconds).toFixed(0)} | ${r.textMb === undefined ? 'n/a' : (r.textMb / r.wallSeconds).toFixed(1)} | ${r.threads ?? '?'} | ${r.cpuPercent ?? 'n/a'} | ${r.peakMb?.toFixed(0) ?? 'n/a'} MB |`,
  );
}
if (short.peakMb && full.peakMb) {
  console.log(`history peak memory, ${commits} vs ${recentCount} commits: ${(full.peakMb / short.peakMb).toFixed(2)}x`);
}

/** Ours, secretlint and ripgrep on the same tree. */
function benchTree(): void {
  if (npmArg === -1) prepareTree();
  // secretlint's config is handed to its CLI, not written into the tree: a .secretlintrc there would make our
  // scan run secretlint's rules as well (its .secretlintrc support) and the comparison would time both.
  rmSync(join(TREE, '.secretlintrc.json'), { force: true });
  const treeBytes = sizeOf(TREE);
  const treeMb = treeBytes / 1024 / 1024;
  console.log(
    npmArg === -1
      ? `tree: ${TREE} — ${treeMb.toFixed(0)} MB: ${copies} copies of this repo's installed npm packages (native binaries included)`
      : `tree: ${TREE} — ${treeMb.toFixed(0)} MB: published npm packages (bench/npm-corpus.ts)`,
  );

  // Warm the page cache so the first tool measured is not penalised by disk reads.
  if (hasRipgrep()) spawnSync('rg', ['--no-ignore', '--hidden', '-c', 'zzzzqqqq', TREE], { stdio: 'ignore' });
  else spawnSync('find', [TREE, '-type', 'f', '-exec', 'cat', '{}', '+'], { stdio: 'ignore' });

  const results: Measure[] = [];
  // CLI against CLI: our bundle (npm run build) as a user runs it, else the sources through runSecretScan.
  const cli = join(ROOT, 'dist/cli/index.js');
  const ours = existsSync(cli)
    ? measureMedian(
        'launch-ready CLI (ours)',
        process.execPath,
        [
          cli,
          'secret-scan',
          '--mode',
          'tree',
          '--no-gitignore',
          '--baseline',
          'none',
          '--fail-on',
          'never',
          '--format',
          'json',
        ],
        runs,
        true,
      )
    : measureMedian(
        'launch-ready (ours, from source)',
        process.execPath,
        [import.meta.filename, '--child', 'tree', TREE],
        runs,
        true,
      );
  results.push(ours);
  let secretlint: Measure | undefined;
  if (!skipSecretlint) {
    secretlint = measureMedian(
      'secretlint CLI 13 (recommended preset)',
      join(ROOT, 'node_modules/.bin/secretlint'),
      [
        '**/*',
        '--no-gitignore',
        '--secretlintrcJSON',
        SECRETLINT_CONFIG,
        '--format',
        'json',
        '--output',
        join(tmpdir(), 'secretlint-bench.json'),
      ],
      secretlintRuns,
      false,
    );
    results.push(secretlint);
  }
  let rg: Measure | undefined;
  if (hasRipgrep()) {
    const { file, used, total } = ripgrepPatterns();
    rg = measure('ripgrep (our rules)', 'rg', [
      '--no-ignore',
      '--hidden',
      '--count',
      '--regex-size-limit',
      '1G',
      '--dfa-size-limit',
      '1G',
      '-f',
      file,
      TREE,
    ]);
    rg.note = `${used} of our ${total} rule regexes (boundary look-arounds rewritten as character classes; rules with other look-around left out)`;
    results.push(rg);
    // A floor rather than a peer: only the rules' keywords, the literal search our prefilter does first.
    const keywords = measure('ripgrep (rule keywords only, for reference)', 'rg', [
      '--no-ignore',
      '--hidden',
      '--count',
      '--ignore-case',
      '--fixed-strings',
      '-f',
      ripgrepKeywords(),
      TREE,
    ]);
    results.push(keywords);
  } else {
    console.log('ripgrep: not installed (apt-get install -y ripgrep); skipped');
  }

  // Throughput of text: binaries and oversized files are skipped by every tool and count for nothing.
  const textMb = ours.textMb ?? treeMb;
  console.log(
    `text scanned: ${textMb.toFixed(1)} MB of ${treeMb.toFixed(0)} MB on disk; ours used ${ours.threads ?? '?'} thread(s)`,
  );
  console.log('\n| tool | wall | MB/s of text | CPU time | CPU / wall | peak memory |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.wallSeconds.toFixed(2)} s | ${(textMb / r.wallSeconds).toFixed(0)} | ${r.cpuSeconds === undefined ? 'n/a' : `${r.cpuSeconds.toFixed(2)} s`} | ${r.cpuPercent ?? 'n/a'} | ${r.peakMb === undefined ? 'n/a' : `${r.peakMb.toFixed(0)} MB`} |`,
    );
  }
  for (const r of results) if (r.note) console.log(`note: ${r.name}: ${r.note}`);
  if (secretlint) {
    console.log(`ours vs secretlint: ${(secretlint.wallSeconds / ours.wallSeconds).toFixed(1)}x faster (goal: 25x)`);
    if (secretlint.cpuSeconds && ours.cpuSeconds) {
      console.log(
        `ours vs secretlint, CPU time: ${(secretlint.cpuSeconds / ours.cpuSeconds).toFixed(1)}x less (less disturbed by other load)`,
      );
    }
  }
  console.log(
    `load average after the runs: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  if (rg)
    console.log(`ours vs ripgrep: ${(ours.wallSeconds / rg.wallSeconds).toFixed(1)}x ripgrep's time (goal: within 3x)`);
  console.log(`ours peak memory: ${ours.peakMb?.toFixed(0) ?? 'n/a'} MB (goal: under 300 MB)`);
}

/** Runs one command under /usr/bin/time for wall time and peak RSS (worker threads included). */
/** Runs one command under /usr/bin/time: in the tree (tree scans), or in the repository (history scans name their repo). */
function measure(name: string, command: string, commandArgs: string[], cwd = TREE): Measure {
  const timeFile = join(tmpdir(), `lr-bench-time-${process.pid}.txt`);
  const useTime = existsSync(TIME);
  const started = performance.now();
  const result = useTime
    ? spawnSync(TIME, ['-f', '%e %M %P %U %S', '-o', timeFile, command, ...commandArgs], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  let peakMb: number | undefined;
  let cpuPercent: string | undefined;
  let cpuSeconds: number | undefined;
  if (useTime && existsSync(timeFile)) {
    const [, rssKb, cpu, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ');
    peakMb = Number(rssKb) / 1024;
    cpuPercent = cpu;
    cpuSeconds = Number(user) + Number(system);
    rmSync(timeFile, { force: true });
  }
  const stdout = result.stdout?.toString() ?? '';
  const line = stdout.trim().split('\n').pop() ?? '';
  const summary = line.startsWith('{') ? ` ${line}` : '';
  console.log(`${name}: ${wall.toFixed(2)} s, exit ${result.status}${summary}`);
  if (result.error) console.log(`  could not run: ${result.error.message}`);
  else if (result.status !== 0 && result.status !== 1) console.log(result.stderr?.toString().slice(0, 500));
  const reported = summary ? (JSON.parse(line) as { mb?: number; threads?: number }) : cliMetrics(stdout);
  return { name, wallSeconds: wall, peakMb, cpuPercent, cpuSeconds, textMb: reported.mb, threads: reported.threads };
}

/**
 * The run of median wall time among `runs` (after one unmeasured warm-up run when asked: V8's compile cache
 * and the page cache then hold what every later run of a user's would find there).
 */
function measureMedian(name: string, command: string, commandArgs: string[], runs: number, warmUp: boolean): Measure {
  if (warmUp) measure(`${name} (warm-up, not counted)`, command, commandArgs);
  const all = Array.from({ length: Math.max(1, runs) }, () => measure(name, command, commandArgs));
  all.sort((a, b) => a.wallSeconds - b.wallSeconds);
  const median = all[Math.floor((all.length - 1) / 2)]!;
  if (all.length > 1) {
    median.note = `median of ${all.length} runs (wall ${all.map((r) => r.wallSeconds.toFixed(2)).join(', ')} s)`;
  }
  return median;
}

function prepareTree(): void {
  const marker = join(TREE, `.ready-${copies}`);
  if (existsSync(marker)) return;
  console.log(`preparing .bench/tree (${copies} hard-linked copies of node_modules, once)...`);
  rmSync(TREE, { recursive: true, force: true });
  mkdirSync(TREE, { recursive: true });
  for (let i = 1; i <= copies; i++) {
    execFileSync('cp', ['-al', join(ROOT, 'node_modules'), join(TREE, `packages-${i}`)]);
    renameNested(join(TREE, `packages-${i}`));
  }
  // Links would be followed by some tools and not others; keep only real files.
  execFileSync('find', [TREE, '-type', 'l', '-delete']);
  writeFileSync(marker, '');
}

function renameNested(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let path = join(dir, entry.name);
    if (entry.name === 'node_modules') {
      const renamed = join(dir, 'nested_modules');
      renameSync(path, renamed);
      path = renamed;
    }
    renameNested(path);
  }
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += lstatSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function hasRipgrep(): boolean {
  return spawnSync('rg', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Our rules' regexes in the syntax ripgrep's default engine takes; the ones it cannot take are left out. */
function ripgrepPatterns(): { file: string; used: number; total: number } {
  const listed = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { RULES } = await import(${JSON.stringify(join(ROOT, 'shared/checks/secret-scan/rules/index.ts'))});
       console.log(JSON.stringify(RULES.map((r) => ({ source: r.pattern.source, flags: r.pattern.flags }))));`,
    ],
    { encoding: 'utf8' },
  );
  const rules = JSON.parse(listed) as { source: string; flags: string }[];
  const accepted: string[] = [];
  for (const rule of rules) {
    // Boundary guards written as look-around become the classic (^|[^…]) / ([^…]|$), as gitleaks writes them.
    let source = rule.source
      .replace(/\(\?<!(\[(?:\\.|[^\]\\])*\])\)/g, (_, cls: string) => `(?:^|${negate(cls)})`)
      .replace(/\(\?!(\[(?:\\.|[^\]\\])*\])\)/g, (_, cls: string) => `(?:${negate(cls)}|$)`)
      .replace(/\(\?<([A-Za-z_]\w*)>/g, '(?P<$1>');
    if (rule.flags.includes('i')) source = `(?i:${source})`;
    if (rule.flags.includes('m') || rule.flags.includes('s'))
      source = `(?${rule.flags.includes('m') ? 'm' : ''}${rule.flags.includes('s') ? 's' : ''}:${source})`;
    const check = spawnSync('rg', ['--quiet', '-e', source, '/dev/null'], { stdio: 'ignore' });
    if (check.status !== 2) accepted.push(source);
  }
  const file = join(tmpdir(), 'lr-bench-rg-patterns.txt');
  writeFileSync(file, `${accepted.join('\n')}\n`);
  return { file, used: accepted.length, total: rules.length };
}

function ripgrepKeywords(): string {
  const listed = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { RULES } = await import(${JSON.stringify(join(ROOT, 'shared/checks/secret-scan/rules/index.ts'))});
       console.log(JSON.stringify([...new Set(RULES.flatMap((r) => r.keywords))]));`,
    ],
    { encoding: 'utf8' },
  );
  const file = join(tmpdir(), 'lr-bench-rg-keywords.txt');
  writeFileSync(file, `${(JSON.parse(listed) as string[]).join('\n')}\n`);
  return file;
}

function negate(cls: string): string {
  return cls.startsWith('[^') ? `[${cls.slice(2)}` : `[^${cls.slice(1)}`;
}

/** A repo of `count` commits made with git fast-import (seconds, not minutes), with keys added and removed. */
function prepareHistory(count: number): void {
  const marker = join(HISTORY_REPO, `.ready-${count}-v4`);
  if (existsSync(marker)) return;
  console.log(`\npreparing .bench/history-repo (${count} commits, once)...`);
  rmSync(HISTORY_REPO, { recursive: true, force: true });
  mkdirSync(HISTORY_REPO, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: HISTORY_REPO });
  const files = new Map<string, string[]>();
  // The fast-import stream goes through a file: for many commits it outgrows a string.
  const streamPath = join(tmpdir(), `lr-bench-fast-import-${process.pid}.txt`);
  const stream = openSync(streamPath, 'w');
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const token = () => `${'gh'}p_${Array.from(randomBytes(36), (b) => alnum[b % alnum.length]).join('')}`;
  for (let i = 1; i <= count; i++) {
    const path = `src/module${i % 50}/file${i % 7}.ts`;
    const lines = Array.from(
      { length: 100 },
      (_, j) => `export const value_${i}_${j} = computeSomething(${i * j}, 'label ${j}', { retries: ${j % 5} });`,
    );
    if (i % 100 === 0) lines.push(`export const token = '${token()}';`);
    // Each commit adds 100 lines and drops the oldest beyond 200, so files stay small however long the history.
    const kept = [...(files.get(path) ?? []), ...lines].slice(-200);
    files.set(path, kept);
    const content = `${kept.join('\n')}\n`;
    const message = `commit ${i}\n`;
    writeSync(
      stream,
      `commit refs/heads/main\nmark :${i}\nauthor Bench <bench@example.com> ${1_600_000_000 + i * 60} +0000\n` +
        `committer Bench <bench@example.com> ${1_600_000_000 + i * 60} +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}${i > 1 ? `from :${i - 1}\n` : ''}` +
        `M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`,
    );
  }
  closeSync(stream);
  execFileSync('sh', ['-c', `git fast-import --quiet < '${streamPath}'`], { cwd: HISTORY_REPO });
  rmSync(streamPath, { force: true });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: HISTORY_REPO });
  writeFileSync(marker, '');
}

async function child(mode: string, dir: string, base?: string): Promise<void> {
  const { runSecretScan } = await import('../shared/checks/secret-scan/scan.ts');
  const { secretScanOptionsSchema } = await import('../shared/checks/secret-scan/options.ts');
  const { Redactor } = await import('../shared/report/redact.ts');
  const options = secretScanOptionsSchema.parse({
    mode,
    noGitignore: true,
    baseline: '',
    ...(base ? { base } : {}),
  });
  const report = await runSecretScan(options, { cwd: dir, env: {}, redactor: new Redactor(), log: () => {} });
  const d = report.details!;
  console.log(
    JSON.stringify({
      findings: report.findings.length,
      files: d.filesScanned,
      mb: Number((d.bytesScanned / 1024 / 1024).toFixed(1)),
      threads: d.threads,
      commits: d.commits,
      ms: d.durationMs,
    }),
  );
}

/** Text MB and threads from our CLI's JSON report (its metrics carry bytesScanned; details the threads). */
function cliMetrics(stdout: string): { mb?: number; threads?: number } {
  try {
    const report = JSON.parse(stdout) as { metrics?: { bytesScanned?: number }; details?: { threads?: number } };
    const bytes = report.metrics?.bytesScanned;
    return { mb: bytes === undefined ? undefined : bytes / 1024 / 1024, threads: report.details?.threads };
  } catch {
    return {};
  }
}
