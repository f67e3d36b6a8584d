// env-check as a founder and GitHub run it: the committed bundles, a real project folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';

const DB_PASSWORD = 'Zq8rT2vLx9PwK4mN';
const COMPLETE = {
  DATABASE_URL: `postgres://shop:${DB_PASSWORD}@db.prod.internal:5432/shop`,
  APP_URL: 'https://shop.acme-mugs.com',
  SESSION_SECRET: 'f3a9c1d7e5b2a8c4d6e0f1a3b5c7d9e1',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-env-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, '.env.example'),
    'DATABASE_URL=postgres://user:pass@localhost/db\nAPP_URL=https://example.com\nSESSION_SECRET=\n',
  );
  writeFileSync(
    join(dir, 'src/server.js'),
    'const db = process.env.DATABASE_URL;\nconst url = process.env.APP_URL;\nconst s = process.env.SESSION_SECRET;\n',
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('launch-ready env-check (dist/cli)', () => {
  it('fails with exit 1 on a missing variable and a localhost URL in production, naming both', async () => {
    const { DATABASE_URL: _missing, ...rest } = COMPLETE;
    const result = await runCliBundle(['env-check'], dir, { ...rest, APP_URL: 'http://localhost:3000' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('DATABASE_URL');
    expect(result.stdout).toContain('APP_URL');
    expect(result.stdout + result.stderr).not.toContain(rest.SESSION_SECRET);
  });

  it('reports a placeholder', async () => {
    const result = await runCliBundle(['env-check', '--format', 'json'], dir, {
      ...COMPLETE,
      SESSION_SECRET: 'changeme',
    });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'env/placeholder' }));
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'env/placeholder').message).toContain(
      'SESSION_SECRET',
    );
  });

  it('passes a complete production environment with exit 0 and prints no value', async () => {
    const result = await runCliBundle(['env-check', '--format', 'json'], dir, COMPLETE);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).gate.passed).toBe(true);
    for (const value of [DB_PASSWORD, COMPLETE.SESSION_SECRET]) expect(result.stdout).not.toContain(value);
  });

  it('reports a variable read in code but not declared, with file and line', async () => {
    writeFileSync(join(dir, 'src/mail.js'), '\n\nconst key = process.env.RESEND_API_KEY;\n');
    const result = await runCliBundle(['env-check', '--format', 'json'], dir, COMPLETE);
    const undeclared = JSON.parse(result.stdout).findings.find(
      (f: { ruleId: string }) => f.ruleId === 'env/undeclared',
    );
    expect(undeclared.message).toContain('RESEND_API_KEY');
    expect(undeclared.location).toEqual(expect.objectContaining({ file: 'src/mail.js', line: 3 }));
  });

  it('gives exit 2 and one clear line, no stack trace, for a malformed launch-ready.yml', async () => {
    writeFileSync(join(dir, 'launch-ready.yml'), 'env:\n  environment: [production\n');
    const result = await runCliBundle(['env-check'], dir, COMPLETE);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^launch-ready: .*launch-ready\.yml:\d+:\d+: invalid YAML/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('env-check action (dist/env-check)', () => {
  it('writes a job summary with a table, ::error annotations and outputs, and masks secrets', async () => {
    const { DATABASE_URL: _missing, ...rest } = COMPLETE;
    const result = await runActionBundle('env-check', { 'fail-on': 'high' }, dir, {
      ...rest,
      APP_URL: 'http://localhost:3000',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error .*file=\.env\.example,line=1.*::.*DATABASE_URL/m);
    expect(result.stdout).toContain(`::add-mask::${rest.SESSION_SECRET}`);
    expect(result.summary).toMatch(/^## ❌ env-check failed/);
    expect(result.summary).toMatch(/\| 🛑 \| blocker \| .* \| \.env\.example:1 \| `env\/missing` \|/);
    expect(result.outputs).toMatchObject({ passed: 'false' });
    expect(Number(result.outputs.findings)).toBeGreaterThan(0);
    expect(JSON.parse(result.outputs.reportJson!).check).toBe('env-check');
    const written = result.summary + result.outputs.reportJson;
    expect(written).not.toContain(rest.SESSION_SECRET);
  });

  it('fails the step with one line for a bad input', async () => {
    const result = await runActionBundle('env-check', { 'fail-on': 'severe' }, dir, COMPLETE);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::input 'fail-on' expects one of blocker, high, medium, low, info, never");
  });

  it('masks every line of a multi-line secret (the runner masks line by line) and prints the report in the log', async () => {
    const pemLike = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj';
    const result = await runActionBundle('env-check', {}, dir, { ...COMPLETE, SESSION_SECRET: pemLike });
    for (const line of pemLike.split('\n')) expect(result.stdout).toContain(`::add-mask::${line}`);
    // The report goes out with the runner's command processing off: it quotes names we did not write.
    expect(result.stdout).toMatch(
      /::group::env-check report\n::stop-commands::(\S+)\n.*env-check (passed|failed)[\s\S]*\n::\1::\n::endgroup::/,
    );
  });
});
