// biome-ignore-all lint/suspicious/noTemplateCurlyInString: forms hold literal `${…}` shell and PHP text
// Recall per file syntax: every provider sample is written in every form a repository holds it in (the forms
// gitleaks generates for its own rule tests, plus typed declarations, shell, Terraform, Dockerfile, JSON strings
// holding a whole env file, URL userinfo and curl flags) and must be found in at least 95 % of them, per form.
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../../../shared/checks/secret-scan/detect.ts';
import { Keys } from '../../../fixtures/secret-corpus/generate.ts';
import { PROVIDER_DECOYS, PROVIDER_SAMPLES } from '../../../fixtures/secret-corpus/provider-samples.ts';

interface Form {
  name: string;
  path: string;
  /** `i`: camelCase name stem (`hubspot`), `I`: upper-case stem (`HUBSPOT`), `s`: the secret. */
  write: (i: string, I: string, s: string) => string;
  /** The form has no place for a name: only formats that identify themselves can be found in it. */
  nameless?: boolean;
}

const FORMS: readonly Form[] = [
  { name: 'ini quoted', path: 'config/app.ini', write: (i, _, s) => `${i}Token="${s}"` },
  { name: 'ini quoted, spaced', path: 'config/app.ini', write: (i, _, s) => `${i}Token = "${s}"` },
  { name: 'ini unquoted', path: 'config/app.ini', write: (i, _, s) => `${i}Token=${s}` },
  { name: 'ini unquoted, spaced', path: 'config/app.ini', write: (i, _, s) => `${i}Token = ${s}` },
  { name: '.env', path: '.env.production', write: (_, I, s) => `${I}_TOKEN=${s}` },
  { name: 'shell export', path: 'scripts/deploy.sh', write: (_, I, s) => `export ${I}_TOKEN="${s}"` },
  {
    name: 'shell heredoc',
    path: 'scripts/setup.sh',
    write: (_, I, s) => `cat > .env <<EOF\nNODE_ENV=production\n${I}_TOKEN=${s}\nEOF`,
  },
  { name: 'json', path: 'config/app.json', write: (i, _, s) => `{\n    "${i}_token": "${s}"\n}` },
  {
    name: 'json escaped string',
    path: 'fixtures/payload.json',
    write: (i, _, s) => `\\{\n    \\"${i}_token\\": \\"${s}\\"\n\\}`,
  },
  {
    name: 'KEY=value inside a JSON string with \\n',
    path: 'deploy/app.json',
    write: (_, I, s) => `{"env": "NODE_ENV=production\\n${I}_TOKEN=${s}\\nPORT=8080"}`,
  },
  { name: 'xml element', path: 'config/settings.xml', write: (i, _, s) => `<${i}Token>${s}</${i}Token>` },
  {
    name: 'xml element, multi-line',
    path: 'config/settings.xml',
    write: (i, _, s) => `<${i}Token>\n    ${s}\n</${i}Token>`,
  },
  { name: 'yaml unquoted', path: 'config/app.yaml', write: (i, _, s) => `${i}_token: ${s}` },
  { name: 'yaml single-quoted', path: 'config/app.yaml', write: (i, _, s) => `${i}_token: '${s}'` },
  { name: 'yaml double-quoted', path: 'config/app.yaml', write: (i, _, s) => `${i}_token: "${s}"` },
  { name: 'yaml literal block', path: 'config/app.yml', write: (i, _, s) => `${i}_token: |\n  ${s}` },
  { name: 'yaml folded block', path: 'config/app.yml', write: (i, _, s) => `${i}_token: >\n  ${s}` },
  { name: 'toml', path: 'config/app.toml', write: (i, _, s) => `[service]\n${i}_token = "${s}"` },
  { name: 'C#', path: 'src/Config.cs', write: (i, _, s) => `string ${i}Token = "${s}";` },
  { name: 'Go typed var', path: 'internal/config.go', write: (i, _, s) => `var ${i}Token string = "${s}"` },
  { name: 'Go short declaration', path: 'internal/config.go', write: (i, _, s) => `${i}Token := "${s}"` },
  { name: 'Go raw string', path: 'internal/config.go', write: (i, _, s) => `${i}Token := \`${s}\`` },
  { name: 'Java', path: 'src/Config.java', write: (i, _, s) => `String ${i}Token = "${s}";` },
  { name: 'Kotlin', path: 'src/Config.kt', write: (i, _, s) => `var ${i}Token = "${s}"` },
  { name: 'Kotlin typed', path: 'src/Config.kt', write: (i, _, s) => `val ${i}Token: String = "${s}"` },
  { name: 'Swift typed', path: 'App/Config.swift', write: (i, _, s) => `let ${i}Token: String = "${s}"` },
  { name: 'TypeScript typed', path: 'src/config.ts', write: (i, _, s) => `const ${i}Token: string = '${s}';` },
  { name: 'PHP concatenation', path: 'public/index.php', write: (i, _, s) => `$${i}Token .= "${s}";` },
  { name: 'PHP null coalescing', path: 'public/index.php', write: (i, _, s) => `$${i}Token ??= "${s}";` },
  { name: 'Python single quote', path: 'app/settings.py', write: (i, _, s) => `${i}Token = '${s}'` },
  { name: 'Python double quote', path: 'app/settings.py', write: (i, _, s) => `${i}Token = "${s}"` },
  { name: 'logstash', path: 'pipeline/main.conf', write: (i, _, s) => `  "${i}Token" => "${s}"` },
  { name: 'CSV', path: 'data/keys.csv', write: (i, _, s) => `${i}Token,${s},` },
  { name: 'Makefile =', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN = "${s}"` },
  { name: 'Makefile :=', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN := "${s}"` },
  { name: 'Makefile ::=', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN ::= "${s}"` },
  { name: 'Makefile :::=', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN :::= "${s}"` },
  { name: 'Makefile ?=', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN ?= "${s}"` },
  { name: 'Makefile +=', path: 'Makefile', write: (_, I, s) => `${I}_TOKEN += "${s}"` },
  {
    name: 'Terraform',
    path: 'infra/main.tf',
    write: (i, _, s) => `resource "service_key" "main" {\n  ${i}_token = "${s}"\n}`,
  },
  { name: 'Dockerfile ENV', path: 'Dockerfile', write: (_, I, s) => `FROM node:24\nENV ${I}_TOKEN=${s}` },
  {
    name: 'URL userinfo',
    path: 'scripts/sync.sh',
    write: (_, __, s) => `git clone "https://deploy:${s}@git.shop.test/app.git"`,
    nameless: true,
  },
  {
    name: 'curl -u',
    path: 'scripts/check.sh',
    write: (_, __, s) => `curl -s -u "deploy:${s}" https://api.shop.test/v1/orders`,
    nameless: true,
  },
  {
    name: 'curl header',
    path: 'README.md',
    write: (_, __, s) => `curl https://api.shop.test/v1/orders \\\n  -H "Authorization: Bearer ${s}"`,
    nameless: true,
  },
];

const stem = (name: string) => name.replace(/[-_](\w)/g, (_, c: string) => c.toUpperCase());

/** Found when some finding holds the sample (a URL rule reports the URL's secret part, curl the pair). */
function found(text: string, path: string, secret: string): boolean {
  return detectSecrets(text, path).some(
    (m) => m.value === secret || m.value.includes(secret) || (m.value.length >= 16 && secret.includes(m.value)),
  );
}

describe('recall per file syntax', () => {
  const k = new Keys(31_337);
  const samples = PROVIDER_SAMPLES.map((sample) => ({ ...sample, value: sample.make(k) }));

  it.each(FORMS.map((form) => [form.name, form] as const))('%s: ≥ 95 % of the samples are found', (_name, form) => {
    const applicable = samples.filter((sample) => !form.nameless || sample.selfIdentifying);
    const missed = applicable
      .filter((sample) => {
        const text = form.write(stem(sample.name), sample.name.toUpperCase(), sample.value);
        return !found(text, form.path, sample.value);
      })
      .map((sample) => sample.ruleId);
    const recall = (applicable.length - missed.length) / applicable.length;
    expect({ recall: recall >= 0.95, missed }).toEqual({ recall: true, missed: expect.any(Array) });
    // Names the misses when the bar is not met, so the failing rule is obvious.
    if (recall < 1) console.log(`${form.name}: ${(recall * 100).toFixed(1)} % (missed ${missed.join(', ')})`);
  });

  it('covers every provider rule with a sample and at least 26 forms', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(26);
    expect(new Set(samples.map((s) => s.ruleId)).size).toBeGreaterThanOrEqual(100);
  });
});

describe('false samples', () => {
  it.each(PROVIDER_DECOYS.map((decoy) => [decoy.kind, decoy.text] as const))('%s: %s', (_kind, text) => {
    expect(detectSecrets(text, 'src/config.ts').map((m) => m.ruleId)).toEqual([]);
  });
});
