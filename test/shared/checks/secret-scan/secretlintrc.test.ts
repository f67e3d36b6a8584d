// A repository set up for secretlint: its .secretlintrc rules run through @secretlint/core beside our detectors,
// findings merged, its comments and ignore file honoured. Real @secretlint packages from node_modules.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanFiles } from '../../../../shared/checks/secret-scan/pool.ts';
import { prepareSecretlint, secretlintLoads } from '../../../../shared/checks/secret-scan/secretlint.ts';
import { readSecretlintConfig } from '../../../../shared/checks/secret-scan/secretlintrc.ts';
import { UsageError } from '../../../../shared/errors.ts';
import { commit, initRepo, keys, scan, tempDir, writeFiles } from './scan-helpers.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir('lr-secretlintrc-'));
});
afterEach(() => cleanup());

/** A company token format no built-in rule knows: only the repository's pattern rule finds it. */
const mycoToken = () => `MYCO-${randomBytes(12).toString('hex').toUpperCase()}`;
const PATTERN_RULE = {
  id: '@secretlint/secretlint-rule-pattern',
  options: { patterns: [{ name: 'MyCo token', patterns: ['/MYCO-[A-F0-9]{24}/'] }], allows: ['/MYCO-0{24}/'] },
};
const rc = (rules: unknown[]) => JSON.stringify({ rules }, null, 2);

function fileLine(finding: { location?: unknown }): string {
  const location = finding.location as { file: string; line: number };
  return `${location.file}:${location.line}`;
}

describe('a repository with .secretlintrc.json', () => {
  it("finds the team's own token format through the pattern rule, redacted, as secretlint/pattern", async () => {
    const token = mycoToken();
    writeFiles(dir, {
      '.secretlintrc.json': rc([PATTERN_RULE]),
      'src/client.ts': `// client\nheaders.set('X-MyCo', '${token}');\n`,
      'src/fixture.ts': `export const sample = "MYCO-${'0'.repeat(24)}";\n`,
    });
    const { report, context } = await scan(dir, { mode: 'tree' });

    const found = report.findings.filter((f) => f.ruleId === 'secretlint/pattern');
    expect(found.map(fileLine)).toEqual(['src/client.ts:2']);
    expect(found[0]).toMatchObject({
      severity: 'high',
      location: { file: 'src/client.ts', line: 2, column: "headers.set('X-MyCo', '".length + 1 },
    });
    expect(found[0]!.message).toContain('MyCo token');
    expect(report.ok).toBe(false);
    // The pattern rule's `allows` option (handled by @secretlint/core itself) kept the all-zero sample out.
    const output = JSON.stringify(report) + context.lines.join('\n');
    expect(output).not.toContain(token);
    expect(context.redactor.scrub(`leaked ${token}`)).not.toContain(token);
    expect(context.lines.join('\n')).toContain('running 1 secretlint rule(s) from .secretlintrc.json');
  });

  it('reports AWS keys found by both the preset and our rules once each, as ours, naming the secretlint rule', async () => {
    const keyId = keys.awsKeyId();
    // secretlint's AWS rule ends its match at a word boundary, so it misses a key ending in `+` or `/` (one in 32):
    // this test is about merging, so its key ends in a letter or digit.
    const secretKey = `${randomBytes(30).toString('base64').slice(0, 39)}Q`;
    writeFiles(dir, {
      // The preset's own per-rule options (enableIDScanRule) reach its aws member through @secretlint/core.
      '.secretlintrc.json': rc([
        {
          id: '@secretlint/secretlint-rule-preset-recommend',
          rules: [{ id: '@secretlint/secretlint-rule-aws', options: { enableIDScanRule: true } }],
        },
      ]),
      'deploy.sh': `export AWS_ACCESS_KEY_ID=${keyId}\nexport AWS_SECRET_ACCESS_KEY=${secretKey}\n`,
    });
    const { report, context } = await scan(dir, { mode: 'tree' });

    const secrets = report.findings.filter((f) => f.severity !== 'info');
    expect(secrets.map(fileLine).sort()).toEqual(['deploy.sh:1', 'deploy.sh:2']);
    for (const secret of secrets) {
      expect(secret.ruleId).not.toMatch(/^secretlint\//);
      expect(secret.message).toContain('secretlint rule secretlint/aws reports it too');
    }
    const output = JSON.stringify(report) + context.lines.join('\n');
    expect(output).not.toContain(keyId);
    expect(output).not.toContain(secretKey);
  });

  it('loads a rule from the repository’s own node_modules first', async () => {
    writeFiles(dir, {
      '.secretlintrc.json': rc([{ id: 'acme' }]),
      'node_modules/secretlint-rule-acme/package.json': JSON.stringify({
        name: 'secretlint-rule-acme',
        type: 'module',
        main: 'index.js',
      }),
      'node_modules/secretlint-rule-acme/index.js': `
        const messages = { ACME: { en: (p) => 'acme key: ' + p.KEY } };
        export const creator = {
          messages,
          meta: { id: 'secretlint-rule-acme', recommended: false, type: 'scanner', supportedContentTypes: ['text'] },
          create(context) {
            const t = context.createTranslator(messages);
            return {
              file(source) {
                for (const m of source.content.matchAll(/ACME_[a-z0-9]{20}/g)) {
                  context.report({ message: t('ACME', { KEY: m[0] }), range: [m.index, m.index + m[0].length], severity: 'warning' });
                }
              },
            };
          },
        };`,
      'app.env': `X=1\nACME=ACME_${randomBytes(10).toString('hex')}\n`,
    });
    const { report } = await scan(dir, { mode: 'tree', ignore: ['node_modules/'] });
    const acme = report.findings.filter((f) => f.ruleId === 'secretlint/acme');
    expect(acme.map(fileLine)).toEqual(['app.env:2']);
    expect(acme[0]!.severity).toBe('high');
  });

  it('keeps scanning with our rules when a repository rule throws on every file', async () => {
    const stripe = keys.stripe();
    writeFiles(dir, {
      '.secretlintrc.json': rc([{ id: 'broken' }]),
      'node_modules/secretlint-rule-broken/package.json': JSON.stringify({
        name: 'secretlint-rule-broken',
        main: 'index.js',
      }),
      'node_modules/secretlint-rule-broken/index.js': `
        exports.creator = {
          meta: { id: 'secretlint-rule-broken', recommended: false, type: 'scanner', supportedContentTypes: ['text'] },
          create() { return { file(source) { if (source.content) throw new Error('boom'); } }; },
        };`,
      'src/pay.ts': `const k = "${stripe}";\n`,
    });
    const { report, context } = await scan(dir, { mode: 'tree', ignore: ['node_modules/'] });
    expect(report.findings.filter((f) => f.severity !== 'info').map(fileLine)).toEqual(['src/pay.ts:1']);
    expect(report.findings.filter((f) => f.severity === 'info').map((f) => f.message)).toContain(
      "src/pay.ts was not scanned: secretlint's rules failed on it (Error); launch-ready's own rules scanned it.",
    );
    expect(JSON.stringify(report) + context.lines.join('\n')).not.toContain(stripe);
  });

  it('warns in one line about a rule package that is not installed and still runs the others', async () => {
    const token = mycoToken();
    writeFiles(dir, {
      '.secretlintrc.json': rc([{ id: '@acme/secretlint-rule-not-published' }, PATTERN_RULE]),
      'a.txt': `${token}\n`,
    });
    const { report, context } = await scan(dir, { mode: 'tree' });
    const warnings = context.lines.filter((line) => line.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('@acme/secretlint-rule-not-published');
    expect(warnings[0]).toContain('npm install --save-dev @acme/secretlint-rule-not-published');
    expect(report.findings.map((f) => f.ruleId)).toEqual(['secretlint/pattern']);
  });

  it('refuses malformed JSON with one line naming the file', async () => {
    writeFiles(dir, { '.secretlintrc.json': '{ "rules": [ { "id": "x" }, ] }', 'a.txt': 'x\n' });
    const error = await scan(dir, { mode: 'tree' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^\.secretlintrc\.json: not valid JSON/);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a config without a rules list, and a rule option the rule rejects, naming the file', () => {
    writeFiles(dir, { '.secretlintrc.yml': 'rule:\n  - id: x\n' });
    expect(() => readSecretlintConfig(dir)).toThrow(/^\.secretlintrc\.yml: rules: expected a list of rules/);
    writeFiles(dir, {
      '.secretlintrc': JSON.stringify({
        rules: [{ id: '@secretlint/secretlint-rule-pattern', options: { patterns: [{ name: 'empty' }] } }],
      }),
    });
    const config = readSecretlintConfig(dir)!;
    expect(config.file).toBe('.secretlintrc');
    return expect(prepareSecretlint(dir, config, () => {})).rejects.toThrow(
      /^\.secretlintrc: a secretlint rule refused its options \(Pattern "empty" must have/,
    );
  });

  it('honours secretlint-disable-next-line and disable/enable blocks for our findings and secretlint’s', async () => {
    const [hiddenOurs, hiddenTheirs, blockOurs, blockTheirs, shownOurs, shownTheirs] = [
      keys.stripe(),
      mycoToken(),
      keys.github(),
      mycoToken(),
      keys.stripe(),
      mycoToken(),
    ];
    writeFiles(dir, {
      '.secretlintrc.json': rc([PATTERN_RULE]),
      'src/keys.ts': [
        '// secretlint-disable-next-line',
        `const a = "${hiddenOurs}";`,
        '// secretlint-disable-next-line',
        `const b = "${hiddenTheirs}";`,
        '/* secretlint-disable */',
        `const c = "${blockOurs}";`,
        `const d = "${blockTheirs}";`,
        '/* secretlint-enable */',
        `const e = "${shownOurs}";`,
        `const f = "${shownTheirs}";`,
        '',
      ].join('\n'),
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(report.findings.map((f) => `${fileLine(f)} ${f.ruleId}`)).toEqual([
      expect.stringMatching(/^src\/keys\.ts:9 (?!secretlint)/),
      'src/keys.ts:10 secretlint/pattern',
    ]);
  });

  it('skips the paths .secretlintignore lists', async () => {
    writeFiles(dir, {
      '.secretlintignore': '# generated\nfixtures/\n',
      'fixtures/keys.ts': `const k = "${keys.stripe()}";\n`,
      'src/ok.ts': 'export {};\n',
    });
    const { report } = await scan(dir, { mode: 'tree' });
    expect(report.ok).toBe(true);
    expect(report.details).toMatchObject({ filesScanned: 2 });
  });

  it('runs the rules in the worker threads too, each file once', async () => {
    const token = mycoToken();
    const files: Record<string, string> = { '.secretlintrc.json': rc([PATTERN_RULE]) };
    const paths: string[] = [];
    for (let i = 0; i < 400; i++) {
      const path = `src/f${i}.ts`;
      files[path] = i % 100 === 7 ? `export const t = "${token}";\n` : `export const n${i} = ${i};\n`;
      paths.push(path);
    }
    writeFiles(dir, files);
    const setup = await prepareSecretlint(dir, readSecretlintConfig(dir)!, () => {});
    const result = await scanFiles(dir, paths, { maxFileBytes: 1 << 20, allow: [], secretlint: setup, threads: 2 });
    expect(result.threads).toBe(2);
    expect(result.filesScanned).toBe(400);
    const hits = result.hits.flatMap((hit) => hit.matches.map((match) => `${hit.path} ${match.ruleId}`)).sort();
    expect(hits).toEqual(
      ['src/f107.ts', 'src/f207.ts', 'src/f307.ts', 'src/f7.ts'].map((p) => `${p} secretlint/pattern`),
    );
  });
});

describe('diff and history with a .secretlintrc.json', () => {
  it('run the rules on the lines each commit adds, at their line in the file, history keeping the oldest', async () => {
    const [first, second] = [mycoToken(), mycoToken()];
    const stripe = keys.stripe();
    initRepo(dir);
    commit(dir, 'config', { '.secretlintrc.json': rc([PATTERN_RULE]), 'src/a.ts': 'export {};\n' });
    const added = commit(dir, 'first token', { 'src/a.ts': `export {};\n\nsend('${first}');\n` });
    commit(dir, 'second token, moved first', {
      'src/a.ts': `export {};\n\nsend('${first}');\n// secretlint-disable-next-line\nsend('${second}');\nconst k = '${stripe}';\n`,
    });

    const diff = await scan(dir, { mode: 'diff', base: 'HEAD~1' });
    expect(diff.report.findings.map((f) => `${fileLine(f)} ${f.ruleId}`)).toEqual([
      expect.stringMatching(/^src\/a\.ts:6 (?!secretlint)/),
    ]);

    const history = await scan(dir, { mode: 'history' });
    const pattern = history.report.findings.filter((f) => f.ruleId === 'secretlint/pattern');
    expect(pattern.map(fileLine)).toEqual(['src/a.ts:3']);
    expect(pattern[0]!.message).toContain(`commit ${added.slice(0, 7)}`);
    const output =
      JSON.stringify([diff.report, history.report]) + [...diff.context.lines, ...history.context.lines].join('\n');
    for (const value of [first, second, stripe]) expect(output).not.toContain(value);
  });
});

describe('a repository without a secretlint config', () => {
  it('never loads @secretlint/core', async () => {
    const before = secretlintLoads.count;
    writeFiles(dir, { 'src/a.ts': `const k = "${keys.stripe()}";\n`, 'secretlintrc.json.md': 'docs\n' });
    const { report, context } = await scan(dir, { mode: 'tree' });
    expect(report.findings).toHaveLength(1);
    expect(secretlintLoads.count).toBe(before);
    expect(context.lines.join('\n')).not.toContain('secretlint');
  });
});
