// Builds dist/: one shared ncc bundle (dist/lib) plus a two-line stub per action and for the CLI, then the
// generated docs and schema. `node scripts/build.ts --out DIR` builds elsewhere (check-generated compares).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { generate } from './generate.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? root);
const dist = join(out, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

function bundle(entry: string, target: string): void {
  // transpile-only: `npm run typecheck` is the type check; ncc only bundles.
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', target, '-q', '-t', '--target', 'es2022', '--license', 'licenses.txt'],
    { cwd: root, stdio: 'inherit' },
  );
}

/** A stub is the entry file itself, transpiled, with its import of shared/entry.ts pointed at the bundle. */
function stub(source: string, target: string, shebang: boolean): void {
  const ts_ = readFileSync(join(root, source), 'utf8');
  const js = ts.transpileModule(ts_, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: false },
  }).outputText;
  const pointed = js.replace(/(['"])(?:\.\.\/)+(?:shared\/)?entry\.ts\1/, "'../lib/index.js'");
  if (pointed === js) throw new Error(`${source} does not import shared/entry.ts`);
  mkdirSync(join(dist, target), { recursive: true });
  const file = join(dist, target, 'index.js');
  writeFileSync(file, `${shebang ? '#!/usr/bin/env node\n' : ''}${pointed}`);
  if (shebang) chmodSync(file, 0o755);
}

rmSync(dist, { recursive: true, force: true });
bundle('shared/entry.ts', join(dist, 'lib'));
if (existsSync(join(root, 'shared/checks/secret-scan/worker.ts'))) {
  bundle('shared/checks/secret-scan/worker.ts', join(dist, 'secret-scan-worker'));
}
writeFileSync(join(dist, 'package.json'), '{ "type": "module" }\n');
stub('shared/cli/index.ts', 'cli', true);
for (const name of readdirSync(join(root, 'actions'))) {
  if (existsSync(join(root, 'actions', name, 'main.ts'))) stub(`actions/${name}/main.ts`, name, false);
}
// The repository's own action.yml (the Marketplace entry) runs dist/root/index.js.
stub('actions/root.ts', 'root', false);
await generate(out);
