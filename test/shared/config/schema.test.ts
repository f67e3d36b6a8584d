// launch-ready.schema.json agrees with the tool: what the tool accepts, editors accept, and the other way round.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../shared/checks/registry.ts';
import { type ConfigFile, resolveOptions } from '../../../shared/config/load.ts';
import { configJsonSchema } from '../../../shared/config/schema.ts';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(configJsonSchema(CHECKS));

/** What the tool says of a parsed launch-ready.yml: undefined when every check accepts it, else the message. */
function toolVerdict(sections: Record<string, unknown>): string | undefined {
  const config: ConfigFile = { path: 'launch-ready.yml', sections };
  try {
    for (const check of CHECKS) resolveOptions(check, config, {});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('launch-ready.schema.json', () => {
  it.each([
    ['an empty section (null in YAML)', { secrets: null, env: null, smoke: null }],
    ['an empty mapping', { secrets: {}, env: {}, smoke: {} }],
    ['a base URL', { smoke: { baseUrl: 'https://shop.example.com/base' } }],
    ['a base URL with basic auth', { smoke: { baseUrl: 'http://user:p%40ss@127.0.0.1:8080' } }],
  ])('accepts %s, as the tool does', (_, sections) => {
    expect(toolVerdict(sections)).toBeUndefined();
    expect(validate(sections), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [
      'a mistyped secrets key',
      { secrets: { ignor: ['test/**'] } },
      /secrets: Unrecognized key: "ignor" \(expected one of: mode, path, base,/,
    ],
    [
      'a base URL that is no URL',
      { smoke: { baseUrl: 'shop.example.com' } },
      /smoke\.baseUrl: expected an absolute URL/,
    ],
    [
      'a timeout Node cannot wait for',
      { smoke: { timeoutMs: 3_000_000_000 } },
      /smoke\.timeoutMs: timeoutMs must be at most 600000 ms/,
    ],
    ['a negative retry count', { smoke: { retries: -1 } }, /smoke\.retries: retries must be 0 or more/],
    ['a huge max file size', { secrets: { maxFileBytes: 2 ** 40 } }, /secrets\.maxFileBytes: expected at most/],
  ])('rejects %s, as the tool does', (_, sections, message) => {
    expect(toolVerdict(sections)).toMatch(message);
    expect(validate(sections)).toBe(false);
  });
});
