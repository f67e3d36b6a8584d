import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfigFile, parseParam, resolveOptions } from '../../../shared/config/load.ts';
import { configJsonSchema } from '../../../shared/config/schema.ts';
import { UsageError } from '../../../shared/errors.ts';
import { fakeCheck } from '../../helpers/fake-check.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (text: string) => {
  const path = join(dir, 'launch-ready.yml');
  writeFileSync(path, text);
  return path;
};

describe('launch-ready.yml', () => {
  it('is optional: a missing default file means defaults', async () => {
    const config = await loadConfigFile(join(dir, 'launch-ready.yml'), false, ['fake']);
    expect(resolveOptions(fakeCheck, config, {})).toEqual({ severity: 'none', count: 1, echo: '' });
  });

  it('an empty file is all defaults too', async () => {
    const config = await loadConfigFile(write('# nothing yet\n'), false, ['fake']);
    expect(config.sections).toEqual({});
  });

  it('rejects what is not a mapping, duplicate keys and syntax errors with the position', async () => {
    await expect(loadConfigFile(write('- a\n- b\n'), false, ['fake'])).rejects.toThrow(/expected a mapping/);
    await expect(loadConfigFile(write('fake: {}\nfake: {}\n'), false, ['fake'])).rejects.toThrow(
      /launch-ready\.yml:2:1: invalid YAML/,
    );
    await expect(loadConfigFile(write('fake:\n  count: "1\n'), false, ['fake'])).rejects.toBeInstanceOf(UsageError);
  });

  it('names the field and the flag that carried a wrong value', async () => {
    const config = await loadConfigFile(write('fake:\n  severity: severe\n'), false, ['fake']);
    expect(() => resolveOptions(fakeCheck, config, {})).toThrow(/launch-ready\.yml: fake\.severity: /);
    const fine = await loadConfigFile(write('fake:\n  count: 2\n'), false, ['fake']);
    expect(() => resolveOptions(fakeCheck, fine, { count: '99' })).toThrow(/^--count: /);
    expect(resolveOptions(fakeCheck, fine, { severity: 'low' })).toMatchObject({ count: 2, severity: 'low' });
  });

  it('generates a JSON Schema editors can use, with descriptions and defaults', () => {
    type Section = { type: string; properties: Record<string, { default?: unknown; description?: string }> };
    const schema = configJsonSchema([fakeCheck]) as {
      properties: { fake: { anyOf: Section[] } };
      additionalProperties: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    // A section may be left empty (`fake:` is null in YAML), as the tool accepts it.
    expect(schema.properties.fake.anyOf).toContainEqual({ type: 'null' });
    const section = schema.properties.fake.anyOf.find((branch) => branch.type === 'object')!;
    expect(section.properties.count).toMatchObject({ default: 1, description: 'how many findings' });
  });

  it('reads an alias bomb ("billion laughs") as a usage error, not an out-of-memory crash', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const path = write(`fake:
  echo: x
bomb:
${levels.map((l) => `  ${l}`).join('\n')}
`);
    const attempt = loadConfigFile(path, true, ['fake', 'bomb'], 'launch-ready.yml');
    await expect(attempt).rejects.toThrow(UsageError);
    await expect(loadConfigFile(path, true, ['fake', 'bomb'], 'launch-ready.yml')).rejects.toThrow(
      /^launch-ready\.yml: invalid YAML: .*alias/i,
    );
  });

  it('names the input, not the flag, in an action run', async () => {
    const config = await loadConfigFile(write('fake:\n  count: 2\n'), false, ['fake']);
    expect(() => resolveOptions(fakeCheck, config, { count: 'many' }, 'action')).toThrow(
      "input 'count' expects a number, got 'many'",
    );
    expect(() => resolveOptions(fakeCheck, config, { count: '99' }, 'action')).toThrow(/^input 'count': /);
    expect(() => resolveOptions(fakeCheck, config, { count: 'many' })).toThrow("--count expects a number, got 'many'");
  });

  it('splits list values on commas and newlines, lines values (regexes) on newlines only', () => {
    const list = { name: 'dirs', key: 'dirs', type: 'list' as const, description: '' };
    const lines = { name: 'allow', key: 'allow', type: 'lines' as const, description: '' };
    expect(parseParam(list, 'dist, build\npublic')).toEqual(['dist', 'build', 'public']);
    expect(parseParam(lines, '^x{2,5}$\r\n^test_')).toEqual(['^x{2,5}$', '^test_']);
  });

  it('lists the allowed keys when a key is mistyped', async () => {
    const config = await loadConfigFile(write('fake:\n  severty: high\n'), false, ['fake']);
    expect(() => resolveOptions(fakeCheck, config, {})).toThrow(
      /launch-ready\.yml: fake: Unrecognized key: "severty" \(expected one of: severity, count, echo\)/,
    );
  });
});
