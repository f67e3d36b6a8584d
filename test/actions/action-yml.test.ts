// Every action.yml matches the check it runs: node24, an existing bundle, and one input per option.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS } from '../../shared/checks/registry.ts';
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

  it('has one described input per option and the common ones', () => {
    const inputs = Object.keys(action.inputs ?? {}).sort();
    expect(inputs).toEqual([...COMMON_INPUTS, ...check.params.map((p) => p.name)].sort());
    for (const [input, spec] of Object.entries(action.inputs as Record<string, { description?: string }>)) {
      expect(spec.description, `input ${input}`).toMatch(/\w{3,}/);
    }
  });

  it('describes its outputs, including passed, findings and report', () => {
    const outputs = action.outputs as Record<string, { description?: string }>;
    for (const output of COMMON_OUTPUTS) expect(Object.keys(outputs)).toContain(output);
    for (const [output, spec] of Object.entries(outputs)) expect(spec.description, output).toMatch(/\w{3,}/);
  });
});

it('the version constant follows package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
});
