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
