// Cold start of every action and the CLI from the committed dist/, against a bare `node -e 0` measured in
// the same run: what every workflow step pays before the check does anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(args: string[], env: NodeJS.ProcessEnv): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const temp = mkdtempSync(join(tmpdir(), 'lr-cold-'));
// An invalid fail-on input makes each action stop right after loading: that is the cold start.
const actionEnv = { ...process.env, 'INPUT_FAIL-ON': 'bogus', GITHUB_OUTPUT: join(temp, 'out'), RUNNER_TEMP: temp };
const baseline = time(['-e', '0'], process.env);
const rows: [string, number][] = [['node -e 0', baseline]];
rows.push(['launch-ready --version', time([join(root, 'dist/cli/index.js'), '--version'], process.env)]);
for (const action of readdirSync(join(root, 'actions')).sort()) {
  rows.push([`action ${action}`, time([join(root, 'dist', action, 'index.js')], actionEnv)]);
}
rmSync(temp, { recursive: true, force: true });

const size = (dir: string) =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).reduce(
    (sum, f) => sum + (statSync(join(root, dir, f)).isFile() ? statSync(join(root, dir, f)).size : 0),
    0,
  );
console.log(`median of ${RUNS} runs each`);
for (const [name, ms] of rows) {
  console.log(`${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms   ${(ms / baseline).toFixed(2)}× node -e 0`);
}
console.log(
  `dist/ total ${(size('dist') / 1e6).toFixed(2)} MB (shared bundle dist/lib ${(size('dist/lib') / 1e6).toFixed(2)} MB)`,
);
