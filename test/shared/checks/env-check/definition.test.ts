// The contract the lead's pipeline relies on: zero-config defaults, params that map to options,
// a JSON Schema for launch-ready.yml, a light definition, and the summary table and outputs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { envCheck, envCheckOptionsSchema } from '../../../../shared/checks/env-check/index.ts';
import { makeProject } from './project.ts';

describe('env-check options', () => {
  it('works with no configuration at all', () => {
    expect(envCheckOptionsSchema.parse({})).toEqual({
      environment: 'production',
      envFile: '',
      exampleFile: '',
      scanCode: true,
      ignoreVariables: [],
      ignorePaths: [],
      productionEnvironments: ['production', 'prod', 'live'],
      variables: {},
      environments: {},
    });
  });

  it('has a param for every option a flag can set, each naming a real key', () => {
    const keys = Object.keys(envCheckOptionsSchema.parse({}));
    for (const param of envCheck.params) {
      expect(keys).toContain(param.key);
      // envFile's flag is --dotenv-file: Node reads a --env-file argument itself and never runs launch-ready.
      const kebab = param.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      expect(param.name).toBe(param.key === 'envFile' ? 'dotenv-file' : kebab);
    }
  });

  it('converts to a JSON Schema editors can use', () => {
    for (const io of ['input', 'output'] as const) {
      const schema = z.toJSONSchema(envCheckOptionsSchema, { io }) as { properties: Record<string, unknown> };
      expect(Object.keys(schema.properties)).toContain('environments');
    }
  });

  it('explains a bad variable spec in words', () => {
    const messages = (input: unknown) => {
      const result = envCheckOptionsSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(messages({ variables: { PLAN: { kind: 'enum' } } }).join('\n')).toMatch(/PLAN.*enum needs `values/);
    expect(messages({ variables: { SKU: { kind: 'regex', pattern: '([' } } }).join('\n')).toMatch(
      /SKU.*valid JavaScript regular expression/,
    );
    expect(messages({ variables: { 'BAD NAME': 'url' } }).join('\n')).toMatch(/BAD NAME: variable names use letters/);
    expect(messages({ variables: { SITE: 'uri' } })).toEqual([
      'variables.SITE: expected a kind: string, url, number, boolean, enum, regex, email',
    ]);
    expect(messages({ environments: { production: { SITE: { kind: 'uri' } } } }).join('\n')).toMatch(
      /^environments\.production\.SITE: kind: .*"url"/,
    );
    expect(messages({ enviroment: 'staging' }).length).toBeGreaterThan(0);
  });
});

describe('env-check definition', () => {
  it('keeps its entry light: the implementation is loaded only when run', async () => {
    const source = await readFile(
      fileURLToPath(import.meta.resolve('../../../../shared/checks/env-check/index.ts')),
      'utf8',
    );
    const staticImports = [...source.matchAll(/^import .* from '(.*)';$/gm)].map((match) => match[1]);
    expect(staticImports.every((path) => /^\.\.\/|\.\/(schema|table)\.ts$/.test(path))).toBe(true);
    expect(source).toContain("import('./run.ts')");
  });

  it('shows every variable in a table and names missing ones in outputs, without values', async () => {
    const project = await makeProject({
      '.env.example': 'API_TOKEN=\nSITE_URL=https://acme-shop.io\nNOTE= # optional\n',
    });
    try {
      const { report } = await project.check({ scanCode: false }, { SITE_URL: 'https://acme-shop.io' });
      const [table] = envCheck.present?.(report) ?? [];
      expect(table.columns).toEqual(['Variable', 'Required', 'Secret', 'Status']);
      expect(table.rows).toEqual([
        ['API_TOKEN', 'yes', 'yes', 'missing'],
        ['SITE_URL', 'yes', 'no', 'ok'],
        ['NOTE', 'optional', 'no', 'not set (optional)'],
      ]);
      expect(JSON.stringify(table)).not.toContain('acme-shop.io');
      expect(envCheck.outputs?.(report)).toEqual({ missing: 'API_TOKEN', 'problem-variables': '1' });
    } finally {
      await project.remove();
    }
  });
});

describe('actions/env-check/action.yml', () => {
  it('has one described input per param, empty by default so launch-ready.yml is never overridden', async () => {
    const path = fileURLToPath(import.meta.resolve('../../../../actions/env-check/action.yml'));
    const action = parse(await readFile(path, 'utf8')) as {
      inputs: Record<string, { description: string; default: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    for (const param of envCheck.params) {
      const input = action.inputs[param.name];
      expect(input?.description, param.name).toBeTruthy();
      expect(input?.default ?? '', param.name).toBe('');
    }
    expect(Object.keys(action.inputs).slice(0, 4)).toEqual(['config', 'fail-on', 'working-directory', 'sarif-file']);
    expect(Object.keys(action.outputs)).toEqual([
      'passed',
      'findings',
      'report',
      'sarif',
      'missing',
      'problem-variables',
    ]);
    expect(Object.values(action.outputs).every((output) => output.description.length > 0)).toBe(true);
    expect(action.runs).toEqual({ using: 'node24', main: '../../dist/env-check/index.js' });
  });
});
