// biome-ignore-all lint/suspicious/noTemplateCurlyInString: decoys are literal `${VAR}` text, not templates
// What users rely on from the detector: each decoy class stays quiet, suppressions work, odd input never
// throws, and every rule carries what the reporter needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSecrets, listRules, ruleInfo } from '../../../../shared/checks/secret-scan/detect.ts';
import { ALNUM, HEX, Keys, UPPER_DIGITS } from '../../../fixtures/secret-corpus/generate.ts';

const k = new Keys(7);
// Prefixes are split so this file never holds a whole live-format key.
const stripe = () => `${'sk'}_live_${k.pick(ALNUM, 32)}`;
const github = () => `${'gh'}p_${k.pick(ALNUM, 36)}`;
const awsId = () => `${'AK'}IA${k.pick(UPPER_DIGITS, 16)}`;

const ids = (text: string, path = 'src/app.ts') => detectSecrets(text, path).map((m) => m.ruleId);

describe('detectSecrets', () => {
  it('returns the value, rule, severity and 1-based position of each secret', () => {
    const key = stripe();
    const [match] = detectSecrets(`// config\nconst stripe = "${key}";\n`, 'src/pay.ts');
    expect(match).toEqual({
      ruleId: 'stripe-live-secret-key',
      title: 'Stripe live secret key',
      severity: 'blocker',
      line: 2,
      column: 17,
      value: key,
    });
  });

  it('finds several secrets on one minified line, each at its own column', () => {
    const a = stripe();
    const b = github();
    const text = `!function(){var e={a:"${a}",b:"${b}"}}();`;
    const matches = detectSecrets(text, 'dist/app.min.js');
    expect(matches.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['stripe-live-secret-key', 1, text.indexOf(a) + 1],
      ['github-token', 1, text.indexOf(b) + 1],
    ]);
  });

  it('finds a private key inside a JSON string and in an env file, with escaped newlines', () => {
    const body = k.pick(`${ALNUM}+/`, 64 * 5);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\\nMIIE${body.match(/.{1,64}/g)!.join('\\n')}\\n-----END RSA PRIVATE KEY-----`;
    expect(ids(`{"key": "${pem}"}`, 'creds.json')).toEqual(['private-key']);
    expect(ids(`SIGNING_KEY="${pem}"\n`, '.env.production')).toEqual(['private-key']);
  });

  it('finds a private key split into quoted lines joined in code', () => {
    const lines = [
      '-----BEGIN RSA PRIVATE KEY-----',
      ...`MIIE${k.pick(`${ALNUM}+/`, 64 * 5)}`.match(/.{1,64}/g)!,
      '-----END RSA PRIVATE KEY-----',
    ];
    const java = `String key =\n${lines.map((line) => `    "${line}"`).join(' +\n')};\n`;
    const python = `KEY = (\n${lines.map((line) => `    "${line}\\n"`).join('\n')}\n)\n`;
    expect(ids(java, 'src/Keys.java')).toEqual(['private-key']);
    expect(ids(python, 'app/keys.py')).toEqual(['private-key']);
  });

  it.each([
    ['AWS documentation key id', 'aws_access_key_id = "AKIAIOSFODNN7EXAMPLE"'],
    ['AWS documentation secret', 'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"'],
    ['x placeholder', `STRIPE_KEY=${'sk'}_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx`],
    ['angle-bracket placeholder', 'api_key = "<your-api-key>"'],
    ['your_..._here placeholder', 'API_KEY=your_api_key_here'],
    ['changeme', 'password: changeme'],
    ['shell variable', 'DB_PASSWORD=${DB_PASSWORD}'],
    ['GitHub Actions expression', 'token: ${{ secrets.DEPLOY_TOKEN }}'],
    ['process.env lookup', 'const apiKey = process.env.API_KEY;'],
    ['os.environ lookup', 'secret_key = os.environ["SECRET_KEY"]'],
    ['redacted stars', 'password = "****************"'],
    ['ellipsis', `STRIPE_SECRET_KEY=${'sk'}_live_...`],
    ['sequential characters', `key = "${'sk'}_live_abcdefghijklmnopqrstuvwxyz0123"`],
    ['repeated characters', `key = "${'gh'}p_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"`],
    ['publishable key', `const pk = "pk_live_${k.pick(ALNUM, 32)}";`],
    [
      'PEM public key',
      `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${k.pick(ALNUM, 300)}\n-----END PUBLIC KEY-----`,
    ],
    ['git SHA', `commit = "${k.pick(HEX, 40)}"`],
    ['lockfile integrity', `"integrity": "sha512-${k.pick(`${ALNUM}+/`, 86)}=="`],
    ['UUID under a secret-like name', `client_secret = "${k.uuid()}"`],
    [
      'base64 image',
      `background: url("data:image/png;base64,${k.pick(`${ALNUM}+/`, 40)}${awsId()}${k.pick(`${ALNUM}+/`, 200)}");`,
    ],
    ['regex describing a token', `const re = /${'gh'}p_[A-Za-z0-9]{36}/;`],
    ['token format in a string', `pattern = "${'sk'}_live_[0-9a-zA-Z]{24}"`],
    ['concatenated at run time', `const key = "${'sk'}_live_" + suffix;`],
    ['template literal', `const key = \`${'sk'}_live_\${suffix}\`;`],
    ['low-entropy generic value', 'password = "password1"'],
    ['identifier as value', 'token = "access_token"'],
    ['bcrypt hash', `password: "$2b$10$${k.pick(`${ALNUM}./`, 53)}"`],
    ['Firebase web config', `firebaseConfig = { apiKey: "AIza${k.pick(ALNUM, 35)}", authDomain: "x.firebaseapp.com" }`],
    [
      'jwt.io example',
      'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
    ['database URL with placeholder password', 'DATABASE_URL=postgres://user:password@localhost:5432/app'],
    ['database URL with the user as password', 'url: postgres://postgres:postgres@db:5432/app'],
  ])('stays quiet on a decoy: %s', (_kind, text) => {
    expect(detectSecrets(text, 'config/app.env')).toEqual([]);
  });

  it('reads a marker word as a person types it: a random key holding `duMMy` is a key, one holding `DUMMY` is not', () => {
    const random = `${k.pick(ALNUM, 10)}duMMy${k.pick(ALNUM, 21)}`;
    const typed = `${k.pick(ALNUM, 10)}DUMMY${k.pick(ALNUM, 21)}`;
    expect(detectSecrets(`token = "${'gh'}p_${random}"\n`, 'src/a.ts').map((m) => m.ruleId)).toEqual(['github-token']);
    expect(detectSecrets(`token = "${'gh'}p_${typed}"\n`, 'src/a.ts')).toEqual([]);
  });

  it.each([
    ['launch-ready:allow', '// launch-ready:allow'],
    ['gitleaks:allow', '# gitleaks:allow'],
    ['secretlint-disable-line', '// secretlint-disable-line'],
  ])('suppresses a line carrying %s, and only that line', (_marker, comment) => {
    const allowed = stripe();
    const other = stripe();
    const matches = detectSecrets(`a = "${allowed}" ${comment}\nb = "${other}"\n`, 'src/a.ts');
    expect(matches.map((m) => m.value)).toEqual([other]);
  });

  it('in a minified bundle, honours an allow comment next to the key but not one far away on the same line', () => {
    const near = stripe();
    const far = stripe();
    const filler = 'var a=1;'.repeat(200);
    const bundle = `/* secretlint-disable-line */${filler}x="${far}";${filler}y="${near}"/* launch-ready:allow */;`;
    expect(detectSecrets(bundle, 'dist/app.js').map((m) => m.value)).toEqual([far]);
  });

  it('skips values matched by the config allow-list', () => {
    const allowed = github();
    const other = github();
    const allow = [new RegExp(allowed.slice(0, 12)), /never/g];
    const matches = detectSecrets(`x = "${allowed}"\ny = "${other}"\n`, 'a.ts', { allow });
    expect(matches.map((m) => m.value)).toEqual([other]);
  });

  it('reports a provider key once, under its provider rule rather than the generic one', () => {
    expect(ids(`STRIPE_SECRET_KEY="${stripe()}"`)).toEqual(['stripe-live-secret-key']);
  });

  it('accepts unquoted values only where the file format makes them literal', () => {
    const value = `Zx9${k.pick(ALNUM, 20)}`;
    expect(ids(`API_SECRET=${value}\n`, '.env')).toEqual(['generic-secret']);
    expect(ids(`api_secret: ${value}\n`, 'deploy/values.yaml')).toEqual(['generic-secret']);
    expect(ids(`const api_secret = ${value};\n`, 'src/app.js')).toEqual([]);
  });

  it('does not guess from variable names in lockfiles, but still finds provider keys there', () => {
    const generic = `"token": "Zx9${k.pick(ALNUM, 30)}"`;
    const leaked = `"resolved": "https://x:${github()}@npm.pkg.github.com/a.tgz"`;
    expect(ids(`${generic}\n${leaked}\n`, 'package-lock.json')).toEqual(['github-token']);
  });

  it('never throws on odd input: empty, binary noise, huge lines, unterminated keys, unicode', () => {
    const noise = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('');
    const inputs = [
      '',
      noise,
      `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(100_000)}`,
      'password='.repeat(50_000),
      `${'sk'}_live_`.repeat(20_000),
      'é'.repeat(10_000) + stripe() + '🙂'.repeat(1000),
      '"'.repeat(100_000),
      `token: ${'a-'.repeat(100_000)}`,
    ];
    for (const input of inputs) expect(() => detectSecrets(input, 'odd.bin')).not.toThrow();
    expect(detectSecrets('', 'empty')).toEqual([]);
  });
});

describe('rules', () => {
  const rules = listRules();

  it('have unique kebab-case ids, a title, a severity and a remediation that says to rotate', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const info = ruleInfo(rule.id);
      expect(info.title).toBe(rule.title);
      expect(info.severity).toBe(rule.severity);
      expect(info.remediation).toMatch(/^Rotate it first .+ then remove it from the code and the git history\.$/);
    }
  });

  it('cover the providers the issue lists', () => {
    const wanted = [
      'stripe-live-secret-key',
      'stripe-restricted-key',
      'braintree-access-token',
      'square-access-token',
      'shopify-access-token',
      'aws-access-key-id',
      'aws-secret-access-key',
      'gcp-service-account-key',
      'azure-storage-account-key',
      'digitalocean-token',
      'private-key',
      'database-url-password',
      'sendgrid-api-key',
      'mailgun-api-key',
      'mailchimp-api-key',
      'postmark-server-token',
      'resend-api-key',
      'slack-token',
      'slack-webhook-url',
      'twilio-api-key',
      'telegram-bot-token',
      'discord-webhook-url',
      'github-token',
      'gitlab-token',
      'npm-access-token',
      'pypi-token',
      'vault-token',
      'pulumi-access-token',
      'doppler-token',
      'sentry-auth-token',
      'linear-api-key',
      'vercel-token',
      'netlify-token',
      'openai-api-key',
      'anthropic-api-key',
      'huggingface-token',
      'age-secret-key',
      'signing-secret',
      'generic-secret',
    ];
    expect(wanted.filter((id) => !rules.some((r) => r.id === id))).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(70);
  });

  it('give secretlint rule ids a readable fallback', () => {
    expect(ruleInfo('secretlint/aws')).toMatchObject({ title: 'Secret (aws)', severity: 'high' });
  });
});

describe('this repository', () => {
  it('scans clean: rule sources, corpus generator and tests hold no live-format key', () => {
    const roots = ['shared/checks/secret-scan', 'test/fixtures/secret-corpus', 'test/shared/checks/secret-scan'];
    const findings: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(?:ts|json|md)$/.test(entry.name)) {
          for (const m of detectSecrets(readFileSync(path, 'latin1'), path))
            findings.push(`${path}:${m.line} ${m.ruleId}`);
        }
      }
    };
    for (const root of roots) walk(root);
    expect(findings).toEqual([]);
  });
});
