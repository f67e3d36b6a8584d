// Every action.yml matches the check it runs: node24, an existing bundle, one input per option generated from the
// check's params, and a description the Marketplace shows whole.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paramDefault } from '../../shared/checks/param-docs.ts';
import { CHECKS } from '../../shared/checks/registry.ts';
import { withGeneratedInputs } from '../../shared/run/action-inputs.ts';
import { VERSION } from '../../shared/version.ts';

const root = resolve(import.meta.dirname, '../..');
const COMMON_INPUTS = ['config', 'fail-on', 'working-directory', 'sarif-file', 'github-token'];
const COMMON_OUTPUTS = ['passed', 'findings', 'report', 'sarif'];

describe.each(CHECKS.map((c) => [c.name, c] as const))('actions/%s/action.yml', (name, check) => {
  const dir = join(root, 'actions', name);
  const action = parse(readFileSync(join(dir, 'action.yml'), 'utf8'));

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(resolve(dir, action.runs.main))).toBe(true);
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
  });

  it('has the common inputs, then one described input per option, in order', () => {
    const inputs = Object.keys(action.inputs ?? {});
    expect(inputs).toEqual([...COMMON_INPUTS, ...check.params.map((p) => p.name)]);
    for (const [input, spec] of Object.entries(action.inputs as Record<string, { description?: string }>)) {
      expect(spec.description, `input ${input}`).toMatch(/\w{3,}/);
    }
  });

  it('lets launch-ready.yml decide: every option input defaults to empty and states the built-in default', () => {
    const inputs = action.inputs as Record<string, { description: string; default?: unknown; required?: boolean }>;
    for (const param of check.params) {
      const spec = inputs[param.name]!;
      // The runner sends every input's default: anything but '' would override the config file.
      expect(spec.default, `input ${param.name}`).toBe('');
      expect(spec.required, `input ${param.name}`).toBe(false);
      const builtIn = paramDefault(check, param);
      if (typeof builtIn === 'number' || typeof builtIn === 'boolean' || (typeof builtIn === 'string' && builtIn)) {
        expect(spec.description, `input ${param.name}`).toContain(`Default: ${builtIn}`);
      }
    }
  });

  it('equals its generated form (npm run build writes the inputs block)', () => {
    const text = readFileSync(join(dir, 'action.yml'), 'utf8');
    expect(withGeneratedInputs(text, check)).toBe(text);
  });

  it('has a description the Marketplace shows whole (125 characters at most)', () => {
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('describes its outputs, including passed, findings and report', () => {
    const outputs = action.outputs as Record<string, { description?: string }>;
    for (const output of COMMON_OUTPUTS) expect(Object.keys(outputs)).toContain(output);
    for (const [output, spec] of Object.entries(outputs)) expect(spec.description, output).toMatch(/\w{3,}/);
  });
});

it('every action folder has a Marketplace-sized description', () => {
  for (const dir of readdirSync(join(root, 'actions'))) {
    const file = join(root, 'actions', dir, 'action.yml');
    if (!existsSync(file)) continue;
    expect(parse(readFileSync(file, 'utf8')).description.length, dir).toBeLessThanOrEqual(125);
  }
});

it('the version constant follows package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});

describe.each([
  ['action.yml', 'dist/root/index.js'],
  ['actions/report/action.yml', '../../dist/report/index.js'],
])('%s (merges reports; no check of its own)', (file, main) => {
  const action = parse(readFileSync(join(root, file), 'utf8'));

  it('runs on node24 from the committed bundle, with branding and a Marketplace-sized description', () => {
    expect(action.runs).toEqual({ using: 'node24', main });
    expect(existsSync(resolve(root, file, '..', main))).toBe(true);
    expect(action.branding).toMatchObject({ icon: expect.any(String), color: expect.any(String) });
    expect(action.description.length).toBeLessThanOrEqual(125);
  });

  it('has the common inputs and comment; only config, fail-on, working-directory and github-token carry defaults', () => {
    const inputs = action.inputs as Record<string, { description: string; default: string; required: boolean }>;
    for (const name of ['fail-on', 'working-directory', 'sarif-file', 'github-token', 'comment']) {
      expect(Object.keys(inputs)).toContain(name);
    }
    for (const [name, spec] of Object.entries(inputs)) {
      expect(spec.description, name).toMatch(/\w{3,}/);
      expect(spec.required, name).toBe(false);
      if (!['config', 'fail-on', 'working-directory', 'github-token'].includes(name))
        expect(spec.default, name).toBe('');
    }
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining([...COMMON_OUTPUTS, 'comment-url']));
  });
});

it('the root action runs, with an empty checks input, the checks that need no configuration, as it says', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8'));
  const zeroConfig = CHECKS.filter((c) => c.zeroConfig).map((c) => c.name);
  expect(zeroConfig.sort()).toEqual(['env-check', 'secret-scan']);
  expect(action.inputs.checks.description).toContain(
    'Empty: the checks that need no configuration, secret-scan and env-check',
  );
  expect(CHECKS.filter((c) => c.zeroConfig && c.onlyWhenNamed)).toEqual([]);
});
