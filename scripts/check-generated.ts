// CI guard: dist/, action-docs/, the inputs of actions/*/action.yml and launch-ready.schema.json must equal a fresh build, because GitHub runs
// the committed dist/ without building anything.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const fresh = mkdtempSync(join(tmpdir(), 'launch-ready-build-'));

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  } catch {
    return [];
  }
}

try {
  execFileSync(process.execPath, [join(root, 'scripts/build.ts'), '--out', fresh], { cwd: root, stdio: 'inherit' });
  const differences: string[] = [];
  for (const target of ['dist', 'action-docs']) {
    const built = files(join(fresh, target));
    const committed = files(join(root, target)).filter((f) => !f.startsWith('examples/'));
    for (const f of new Set([...built, ...committed])) {
      if (!built.includes(f)) differences.push(`${target}/${f} is not produced by the build (remove it)`);
      else if (!committed.includes(f)) differences.push(`${target}/${f} is missing`);
      else if (!readFileSync(join(fresh, target, f)).equals(readFileSync(join(root, target, f)))) {
        differences.push(`${target}/${f} differs`);
      }
    }
  }
  // action.yml: only the files the build writes (the generated inputs block), main.ts is hand-written.
  for (const f of files(join(fresh, 'actions'))) {
    const committed = join(root, 'actions', f);
    if (!existsSync(committed)) differences.push(`actions/${f} is missing`);
    else if (!readFileSync(join(fresh, 'actions', f)).equals(readFileSync(committed))) {
      differences.push(`actions/${f} differs (its inputs are generated from the check's params)`);
    }
  }
  const schema = 'launch-ready.schema.json';
  if (!existsSync(join(root, schema))) differences.push(`${schema} is missing`);
  else if (!readFileSync(join(fresh, schema)).equals(readFileSync(join(root, schema)))) {
    differences.push(`${schema} differs`);
  }
  if (differences.length > 0) {
    console.error(`Generated files are out of date (run \`npm run build\` and commit):\n  ${differences.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`dist/, action-docs/, actions/*/action.yml inputs and ${schema} equal a fresh build.`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
