// The configuration README shows must be one the checks accept: docs that lie cost a founder an afternoon.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { CHECKS } from '../../shared/checks/registry.ts';
import { loadConfigFile, resolveOptions } from '../../shared/config/load.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

it("README's example launch-ready.yml is valid for every check", async () => {
  const section = readme.slice(readme.indexOf('## Configuration'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  expect(yaml).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'lr-readme-'));
  try {
    writeFileSync(join(dir, 'launch-ready.yml'), yaml!);
    const config = await loadConfigFile(
      join(dir, 'launch-ready.yml'),
      true,
      CHECKS.map((c) => c.configSection),
    );
    expect(Object.keys(config.sections).sort()).toEqual(CHECKS.map((c) => c.configSection).sort());
    for (const check of CHECKS) expect(() => resolveOptions(check, config, {}), check.name).not.toThrow();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('README quickstart is exactly the two commands CI runs', () => {
  const quickstart = readme.slice(readme.indexOf('## Quickstart'));
  const block = /```sh\n([\s\S]*?)```/.exec(quickstart)?.[1]?.trim().split('\n');
  expect(block).toEqual(['npm ci && npm run demo', 'npm test']);
});

it("README's signup mail and webhook example is a valid smoke section", async () => {
  const { smokeOptionsSchema } = await import('../../shared/checks/smoke-test/options.ts');
  const { parse } = await import('yaml');
  const section = readme.slice(readme.indexOf('### Signup mail, password resets and payment webhooks'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  expect(yaml).toBeDefined();
  const parsed = smokeOptionsSchema.parse(parse(yaml!).smoke);
  expect(parsed.preset).toBe('saas');
  expect(parsed.steps[0]?.kind).toBe('webhook');
});
