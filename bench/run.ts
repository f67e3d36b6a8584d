// `npm run bench`: every bench/*.bench.ts in turn, each printing its figures and its ratios against the
// peer it is measured with in the same run. Benchmarks inform; they never fail the build.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const benches = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const result = spawnSync(process.execPath, [join(import.meta.dirname, file)], { stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${file} exited with ${result.status ?? result.signal})`);
}
