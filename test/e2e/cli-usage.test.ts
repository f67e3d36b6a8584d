// Usage mistakes through the built command: each is exit 2 and one line saying what to fix, never exit 3.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunResult, runCliBundle } from '../helpers/dist.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-usage-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Exit 2 with exactly one line on stderr, which is returned. */
function usageLine(result: RunResult): string {
  expect(result.code, result.stderr).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('launch-ready usage errors (dist/cli)', () => {
  it("README's env-check --dotenv-file with a missing file is our one-line error, not Node's", async () => {
    // The flag was --env-file, which Node 24 reads itself ("node: missing.env: not found", exit 9).
    const line = usageLine(await runCliBundle(['env-check', '--dotenv-file', 'missing.env'], dir));
    expect(line).toMatch(/^launch-ready: .*missing\.env/);
  });

  it('a timeout beyond what Node can wait for is a range error naming the flag', async () => {
    const args = ['smoke-test', '--base-url', 'http://127.0.0.1:9', '--timeout-ms', '3000000000'];
    expect(usageLine(await runCliBundle(args, dir))).toBe(
      'launch-ready: --timeout-ms: timeoutMs must be at most 600000 ms (10 minutes)',
    );
  });

  it('a base URL whose password does not decode is a usage error that does not echo the password', async () => {
    const line = usageLine(await runCliBundle(['smoke-test', '--base-url', 'http://a:%zz@127.0.0.1/'], dir));
    expect(line).toMatch(/^launch-ready: --base-url: .*malformed %-escape/);
    const bad = usageLine(
      await runCliBundle(['smoke-test', '--base-url', 'ftp://shopper:hunter2pass@shop.test/'], dir),
    );
    expect(bad).toContain('--base-url');
    expect(bad).not.toContain('hunter2pass');
  });

  it('a bad base URL in launch-ready.yml names the file field, not the flag', async () => {
    write({ 'launch-ready.yml': 'smoke:\n  baseUrl: shop.example.com\n' });
    const line = usageLine(await runCliBundle(['smoke-test'], dir));
    expect(line).toMatch(/^launch-ready: launch-ready\.yml: smoke\.baseUrl: expected an absolute URL/);
  });

  it('a YAML alias bomb in launch-ready.yml is a usage error, not a crash', async () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++) {
      const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    write({
      'launch-ready.yml': `smoke:\n  paths:\n    homepage: /\nx-bomb:\n${levels.map((l) => `  ${l}`).join('\n')}\n`,
    });
    const line = usageLine(await runCliBundle(['smoke-test', '--base-url', 'http://127.0.0.1:9'], dir));
    expect(line).toMatch(/^launch-ready: launch-ready\.yml: invalid YAML: .*alias/i);
  });

  it('a mistyped key in the secrets section is an error naming the keys allowed', async () => {
    write({ 'launch-ready.yml': 'secrets:\n  ignor: [test/**]\n' });
    const line = usageLine(await runCliBundle(['secret-scan'], dir));
    expect(line).toMatch(
      /^launch-ready: launch-ready\.yml: secrets: Unrecognized key: "ignor" \(expected one of: .*ignore/,
    );
  });

  it('--cwd that does not exist says so', async () => {
    const line = usageLine(await runCliBundle(['env-check', '--cwd', join(dir, 'nonexistent')], dir));
    expect(line).toBe(`launch-ready: --cwd: the folder ${join(dir, 'nonexistent')} does not exist`);
  });

  it('turns a switch off with --no-<name> and with --<name> false', async () => {
    write({ '.env.example': 'APP_URL=https://example.com\n', 'src/index.js': 'process.env.UNDECLARED_KEY;\n' });
    const env = { APP_URL: 'https://shop.example.com' };
    const ruleIds = async (...flags: string[]) => {
      const result = await runCliBundle(['env-check', '--format', 'json', '--fail-on', 'never', ...flags], dir, env);
      expect(result.code, result.stderr).toBe(0);
      return (JSON.parse(result.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId);
    };
    expect((await ruleIds()).join(' ')).toMatch(/undeclared/);
    expect((await ruleIds('--no-scan-code')).join(' ')).not.toMatch(/undeclared/);
    expect((await ruleIds('--scan-code', 'false')).join(' ')).not.toMatch(/undeclared/);
    expect((await ruleIds('--scan-code=false')).join(' ')).not.toMatch(/undeclared/);
  });
});
