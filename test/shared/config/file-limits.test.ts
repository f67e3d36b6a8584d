// A repository's own launch-ready.yml (which a pull request edits) cannot switch the gate off or reach out of
// the repository; the same values given as flags or inputs are the user's word and work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../shared/checks/registry.ts';
import type { RawParams } from '../../../shared/config/load.ts';
import { configJsonSchema } from '../../../shared/config/schema.ts';
import { UsageError } from '../../../shared/errors.ts';
import { Redactor } from '../../../shared/report/redact.ts';
import { readConfig, runCheck } from '../../../shared/run/pipeline.ts';
import { escapingConfigRepo } from '../../hostile/repos.ts';

async function run(check: string, config: string, params: RawParams = {}) {
  const repo = escapingConfigRepo(config);
  try {
    const definition = CHECKS.find((c) => c.name === check)!;
    const sections = CHECKS.map((c) => c.configSection);
    const loaded = await readConfig(repo.dir, undefined, sections);
    const context = { cwd: repo.dir, env: {}, redactor: new Redactor(), log: () => {} };
    const outcome = await runCheck(definition, loaded, params, 'high', context);
    return { outcome, victim: readFileSync(join(repo.outside, 'victim.txt'), 'utf8') };
  } finally {
    repo.cleanup();
  }
}

const refused = async (check: string, config: string, message: RegExp) => {
  const error = await run(check, config).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).toMatch(message);
};

describe('secret-scan options from launch-ready.yml', () => {
  it('refuses writeBaseline there, saying to use the flag', async () => {
    await refused(
      'secret-scan',
      'secrets:\n  writeBaseline: true\n',
      /^launch-ready\.yml: secrets\.writeBaseline is not accepted in the config file: .*--write-baseline/,
    );
  });

  it('refuses a scan path that is absolute, climbs out, or is a symlink out', async () => {
    await refused('secret-scan', 'secrets:\n  path: /etc\n', /secrets\.path: \/etc is an absolute path: .*--path/);
    await refused('secret-scan', 'secrets:\n  path: ../outside\n', /secrets\.path: \.\.\/outside leads out of/);
    await refused(
      'secret-scan',
      'secrets:\n  path: link-out\n',
      /secrets\.path: link-out goes through a symbolic link/,
    );
  });

  it('refuses a baseline outside the repository, so nothing is read or written there', async () => {
    for (const baseline of ['../outside/victim.txt', 'link-out/victim.txt', '/tmp/x.json']) {
      await refused('secret-scan', `secrets:\n  baseline: ${baseline}\n`, /secrets\.baseline: /);
    }
  });

  it('accepts paths inside the repository, `..` included when it stays inside', async () => {
    const { outcome } = await run(
      'secret-scan',
      'secrets:\n  mode: tree\n  path: .\n  baseline: sub/../accepted.json\n',
    );
    expect(outcome.report.ok).toBe(true);
  });

  it('takes the same values from flags: the user asked for them', async () => {
    const { outcome, victim } = await run('secret-scan', 'secrets:\n  mode: tree\n', {
      path: '../outside',
      baseline: 'none',
    });
    expect(victim).toBe('do not overwrite\n');
    expect(outcome.report.ok).toBe(false);
    // Paths are named from the folder checked, so a scan outside it says where it was.
    expect(outcome.report.findings[0]?.location).toMatchObject({ file: '../outside/leak.ts' });
  });

  it('writes a baseline with the flag even when the file names the baseline inside the repository', async () => {
    const { outcome } = await run('secret-scan', 'secrets:\n  mode: tree\n  baseline: accepted.json\n', {
      'write-baseline': true,
    });
    expect(outcome.report.details).toMatchObject({ baselineWritten: { path: 'accepted.json' } });
  });

  it('leaves writeBaseline out of the JSON schema editors complete the file from', () => {
    // A section is `anyOf: [options, null]` (an empty `secrets:` is null in YAML).
    const schema = configJsonSchema(CHECKS) as {
      properties: { secrets: { anyOf: { properties?: Record<string, unknown> }[] } };
    };
    const options = schema.properties.secrets.anyOf.find((branch) => branch.properties)?.properties ?? {};
    expect(Object.keys(options)).not.toContain('writeBaseline');
    expect(Object.keys(options)).toContain('baseline');
  });
});

describe('env-check files from launch-ready.yml', () => {
  it('refuses an env file or example file outside the repository', async () => {
    await refused(
      'env-check',
      'env:\n  envFile: ../outside/leak.ts\n',
      /env\.envFile: \.\.\/outside\/leak\.ts leads out/,
    );
    await refused('env-check', 'env:\n  exampleFile: link-out/leak.ts\n', /env\.exampleFile: .*symbolic link/);
    await refused('env-check', 'env:\n  envFile: /etc/hostname\n', /env\.envFile: .*absolute path/);
  });
});
