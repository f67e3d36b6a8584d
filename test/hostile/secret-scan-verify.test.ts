// secret-scan's verify input, end to end through the built action bundle (run `npm run build` first), against a
// hostile "provider" that reflects the key it is sent in its body and headers. The key must reach that provider's
// fake alone and appear in no log line, summary, output or report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { git, initRepo, tempDir, writeFiles } from '../shared/checks/secret-scan/scan-helpers.ts';
import {
  bearerOf,
  type FakeProvider,
  startFakeProvider,
  verifyKeys,
} from '../shared/checks/secret-scan/verify/fake-providers.ts';

describe('secret-scan action, verify input', () => {
  let reflector: FakeProvider;
  let stranger: FakeProvider;
  let folder: ReturnType<typeof tempDir>;
  const key = verifyKeys.github();

  beforeAll(async () => {
    reflector = await startFakeProvider((request) => ({
      status: 200,
      headers: { 'x-echo': bearerOf(request) },
      body: JSON.stringify({ login: bearerOf(request), headers: request.headers }),
    }));
    stranger = await startFakeProvider(() => ({ status: 200 }));
    folder = tempDir('lr-verify-action-');
    initRepo(folder.dir);
    writeFiles(folder.dir, { 'config/deploy.env': `GITHUB_TOKEN=${key}\n` });
    git(folder.dir, 'add', '-A');
  });

  afterAll(async () => {
    await reflector.close();
    await stranger.close();
    folder.cleanup();
  });

  const env = () => ({
    LAUNCH_READY_VERIFY_GITHUB_URL: reflector.url,
    LAUNCH_READY_VERIFY_STRIPE_URL: stranger.url,
    LAUNCH_READY_VERIFY_OPENAI_URL: stranger.url,
  });

  it('marks a live key a blocker, tells only its provider, and prints the key nowhere', async () => {
    const result = await runActionBundle('secret-scan', { mode: 'tree', verify: 'true' }, folder.dir, env());
    expect(result.code, result.stdout).toBe(1);
    expect(reflector.calls).toHaveLength(1);
    expect(bearerOf(reflector.calls[0]!)).toBe(key);
    expect(stranger.calls).toEqual([]);

    const report = JSON.parse(result.reportJson ?? '{}');
    expect(report.findings[0]).toMatchObject({ severity: 'blocker', properties: { verification: 'live' } });
    expect(result.summary).toContain('Verified with the provider');
    const printed = [result.stdout, result.stderr, result.summary, result.reportJson, JSON.stringify(result.outputs)]
      .join('\n')
      .replaceAll(`::add-mask::${key}`, '');
    expect(printed).not.toContain(key);
  });

  it('asks no provider when the input is left empty', async () => {
    const before = reflector.calls.length;
    const result = await runActionBundle('secret-scan', { mode: 'tree' }, folder.dir, env());
    expect(result.code, result.stdout).toBe(1);
    expect(reflector.calls).toHaveLength(before);
    expect(JSON.parse(result.reportJson ?? '{}').findings[0].properties).toBeUndefined();
  });

  it('--verify on the command line: the verdict in the SARIF output, the key nowhere', async () => {
    reflector.calls.length = 0;
    const result = await runCliBundle(
      ['secret-scan', '--mode', 'tree', '--verify', '--format', 'sarif'],
      folder.dir,
      env(),
    );
    expect(result.code, result.stderr).toBe(1);
    expect(reflector.calls).toHaveLength(1);
    const sarif = JSON.parse(result.stdout);
    expect(sarif.runs[0].results[0].properties).toMatchObject({ verification: 'live', severity: 'blocker' });
    expect(`${result.stdout}\n${result.stderr}`).not.toContain(key);
  });

  it('a base URL override in clear text to another host is a usage error, and nothing is sent', async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'tree', '--verify'], folder.dir, {
      LAUNCH_READY_VERIFY_GITHUB_URL: 'http://example.com',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/LAUNCH_READY_VERIFY_GITHUB_URL: expected an https URL/);
  });
});
