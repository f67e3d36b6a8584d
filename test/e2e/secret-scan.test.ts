// secret-scan from the committed bundles on a real git repository: the three modes a workflow uses.
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { commit, initRepo, keys, tempDir, writeFiles } from '../shared/checks/secret-scan/scan-helpers.ts';

let repo: { dir: string; cleanup: () => void };
const planted = {
  onlyInHistory: keys.stripe(),
  inTree: keys.stripe(),
  addedLast: keys.awsKeyId(),
};

beforeAll(() => {
  repo = tempDir('lr-e2e-secrets-');
  initRepo(repo.dir);
  commit(repo.dir, 'first', {
    'src/app.ts': "export const greeting = 'hello';\n",
    'config/settings.py': `STRIPE_KEY = "${planted.onlyInHistory}"\n`,
    'docs/setup.md': 'Set `STRIPE_KEY` to something like `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`.\n',
  });
  commit(repo.dir, 'move the key to the environment', {
    'config/settings.py': 'import os\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\n',
    'src/pay.js': `\n\nconst stripe = require('stripe')('${planted.inTree}');\n`,
  });
  commit(repo.dir, 'add upload', {
    'src/upload.ts': `const client = new S3({ accessKeyId: "${planted.addedLast}" });\n`,
  });
});
afterAll(() => repo.cleanup());

const secretFindings = (json: string) =>
  (JSON.parse(json).findings as { severity: string; location?: { file: string; line: number }; message: string }[])
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.location?.file}:${f.location?.line}`)
    .sort();

describe('launch-ready secret-scan (dist/cli)', () => {
  it('tree: finds the keys in the files, not the documentation example, and exits 1', async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'tree', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    expect(secretFindings(result.stdout)).toEqual(['src/pay.js:3', 'src/upload.ts:1']);
  });

  it('diff: against HEAD~1 finds exactly what the last commit added', async () => {
    const args = ['secret-scan', '--mode', 'diff', '--base', 'HEAD~1', '--format', 'json'];
    const result = await runCliBundle(args, repo.dir);
    expect(result.code).toBe(1);
    expect(secretFindings(result.stdout)).toEqual(['src/upload.ts:1']);
  });

  it('history: finds the key that was removed, with its commit', async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'history', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    expect(secretFindings(result.stdout)).toContain('config/settings.py:1');
    expect(result.stdout).toMatch(/config\/settings\.py[^"]*".*|commit [0-9a-f]{7}/);
  });

  it('prints no planted value in any format', async () => {
    for (const format of ['text', 'json', 'markdown', 'sarif']) {
      const result = await runCliBundle(['secret-scan', '--mode', 'history', '--format', format], repo.dir);
      for (const value of Object.values(planted)) expect(result.stdout + result.stderr).not.toContain(value);
    }
  });
});

describe('secret-scan action (dist/secret-scan)', () => {
  it('annotates the file and line, writes a summary and SARIF, and masks every value', async () => {
    const result = await runActionBundle('secret-scan', { mode: 'tree', 'sarif-file': 'out/scan.sarif' }, repo.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error .*file=src\/pay\.js,line=3/m);
    expect(result.summary).toMatch(/^## ❌ secret-scan failed/);
    expect(result.outputs.passed).toBe('false');
    const sarif = readFileSync(join(repo.dir, 'out/scan.sarif'), 'utf8');
    expect(JSON.parse(sarif).runs[0].results.length).toBeGreaterThanOrEqual(2);
    const everything = [result.summary, result.outputs.reportJson, sarif, ...Object.values(result.outputs)].join('\n');
    for (const value of Object.values(planted)) {
      expect(everything).not.toContain(value);
      if (result.stdout.includes(value)) expect(result.stdout).toContain(`::add-mask::${value}`);
    }
    expect(readdirSync(join(repo.dir, 'out'))).toEqual(['scan.sarif']);
  });
});

describe('secret-scan with a .secretlintrc.json (dist/cli)', () => {
  it("runs the repository's secretlint rules from the bundled chunks, in the worker threads too", async () => {
    const { dir, cleanup } = tempDir('lr-e2e-secretlintrc-');
    try {
      const token = `ACME-${randomBytes(16).toString('hex').toUpperCase()}`;
      const files: Record<string, string> = {
        '.secretlintrc.json': JSON.stringify({
          rules: [
            { id: '@secretlint/secretlint-rule-preset-recommend' },
            {
              id: '@secretlint/secretlint-rule-pattern',
              options: { patterns: [{ name: 'ACME token', patterns: ['/ACME-[A-F0-9]{32}/'] }] },
            },
          ],
        }),
      };
      // Past 2000 files every core scans from the start: the worker bundle loads the secretlint chunks itself.
      for (let i = 0; i < 2100; i++) files[`src/m${i}.ts`] = `export const v${i} = ${i};\n`;
      for (const i of [5, 1005, 2005]) files[`src/m${i}.ts`] = `call('${token}');\n`;
      writeFiles(dir, files);
      const result = await runCliBundle(['secret-scan', '--mode', 'tree', '--format', 'json'], dir);
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { findings: { ruleId: string }[]; details: { threads: number } };
      expect(report.findings.map((f) => f.ruleId)).toEqual(Array(3).fill('secretlint/pattern'));
      expect(report.details.threads).toBeGreaterThan(1);
      expect(result.stdout + result.stderr).not.toContain(token);
    } finally {
      cleanup();
    }
  }, 60_000);

  it('stops with one line naming a malformed .secretlintrc.json, exit 2', async () => {
    const { dir, cleanup } = tempDir('lr-e2e-secretlintrc-');
    try {
      writeFiles(dir, { '.secretlintrc.json': '{ rules: [] }', 'a.ts': 'export {};\n' });
      const result = await runCliBundle(['secret-scan', '--mode', 'tree'], dir);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toMatch(/^launch-ready: \.secretlintrc\.json: not valid JSON \([^\n]*\)$/);
    } finally {
      cleanup();
    }
  });
});
