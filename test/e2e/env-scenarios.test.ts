// env-check from the committed bundles on the projects founders actually have: Next.js, Vite, Django,
// a monorepo; example files with CRLF, `export`, quotes and comments; values with `=` and `#`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunResult, runActionBundle, runCliBundle } from '../helpers/dist.ts';

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  location?: { file: string; line: number };
}

let dir: string | undefined;
afterEach(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'lr-e2e-envs-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const AT_OR_ABOVE_HIGH = new Set(['blocker', 'high']);

async function envCheck(cwd: string, env: Record<string, string>, ...flags: string[]) {
  const result: RunResult = await runCliBundle(['env-check', '--format', 'json', ...flags], cwd, env);
  for (const value of Object.values(env)) {
    // Long enough to be a real value (short ones like "False" or "eu-west-1" appear in ordinary words).
    if (value.length >= 12) expect(result.stdout + result.stderr, 'a value was printed').not.toContain(value);
  }
  const report = result.stdout === '' ? undefined : JSON.parse(result.stdout);
  return { ...result, findings: (report?.findings ?? []) as Finding[], report };
}

const severe = (findings: Finding[]) => findings.filter((f) => AT_OR_ABOVE_HIGH.has(f.severity));

// A Next.js shop's .env.example as founders write it: Windows line endings, comments, export, quotes.
const NEXT_EXAMPLE = [
  '# Core',
  'export NEXT_PUBLIC_SITE_URL="https://shop.example.com"',
  'DATABASE_URL=postgres://user:password@localhost:5432/shop',
  'STRIPE_SECRET_KEY=sk_test_xxx',
  'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_xxx',
  'STRIPE_WEBHOOK_SECRET=whsec_xxx',
  'SENTRY_DSN= # optional',
  'RESEND_API_KEY=re_xxxxxxxx',
  "EMAIL_FROM='Acme <orders@example.com>'",
  'NEXTAUTH_SECRET=',
  'NEXTAUTH_URL=http://localhost:3000',
  'REDIS_URL=redis://localhost:6379 # cache',
  'FEATURE_FLAGS=newCheckout=1,reviews=0',
  '',
].join('\r\n');

const NEXT_CODE = `export const env = {
  db: process.env.DATABASE_URL!,
  site: process.env.NEXT_PUBLIC_SITE_URL,
  pk: process.env['NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY'],
  dsn: process.env.SENTRY_DSN,
  resend: process.env.RESEND_API_KEY,
  from: process.env.EMAIL_FROM,
  auth: [process.env.NEXTAUTH_SECRET, process.env.NEXTAUTH_URL, process.env.REDIS_URL, process.env.FEATURE_FLAGS],
  production: process.env.NODE_ENV === 'production' && process.env.VERCEL_ENV === 'production',
};
const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: webhook } = process.env;
export const ga = process.env.NEXT_PUBLIC_GA_ID;
`;

// What a real production deploy holds (made-up, but shaped like the providers' values).
const NEXT_PRODUCTION: Record<string, string> = {
  NEXT_PUBLIC_SITE_URL: 'https://shop.acme-mugs.com',
  DATABASE_URL:
    'postgres://acme_app:Vn7pQ2xLm9Kd4RtZ@acme-prod.c9akciq32xyz.us-east-1.rds.amazonaws.com:5432/acme?sslmode=require',
  STRIPE_SECRET_KEY: `${'sk'}_live_51MzQ8rLkJd7Gh2Pq9XyZaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefGHIJ`,
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: 'pk_live_51MzQ8rLkJd7Gh2Pq9XyZaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdef',
  STRIPE_WEBHOOK_SECRET: `${'whsec'}_9f8e7d6c5b4a39281706f5e4d3c2b1a0`,
  SENTRY_DSN: 'https://4f2a9c1e7b3d4e5f8a6b0c9d2e1f3a4b@o4505123456789012.ingest.us.sentry.io/4505123456789013',
  RESEND_API_KEY: `${'re'}_Hk3pQ9xZ_7LmN2vB8cR4tY6wE1sA5dF0g`,
  EMAIL_FROM: 'Acme Mugs <orders@acme-mugs.com>',
  NEXTAUTH_SECRET: 'Jk8s+Q2vX/9pLm4RtZ7wYc1Nd6Fh3Bg0Ae5Ui=',
  NEXTAUTH_URL: 'https://shop.acme-mugs.com',
  REDIS_URL: 'rediss://default:AXk2ZTc4YjE5Zjk0NDBmOWE3@eu1-golden-fox-38291.upstash.io:6379',
  FEATURE_FLAGS: 'newCheckout=1,reviews=0',
  NEXT_PUBLIC_GA_ID: 'G-7XK2PQ9ZLM',
};

describe('env-check on a Next.js shop (dist/cli)', () => {
  it('passes a complete, realistic production environment with exit 0 and no finding at high or above', async () => {
    const cwd = project({ '.env.example': NEXT_EXAMPLE, 'lib/env.ts': NEXT_CODE });
    const result = await envCheck(cwd, NEXT_PRODUCTION);
    expect(severe(result.findings)).toEqual([]);
    expect(result.code).toBe(0);
    // NEXT_PUBLIC_GA_ID is read but not declared: said, with its place, at medium.
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'env/undeclared',
        severity: 'medium',
        location: { file: 'lib/env.ts', line: 12 },
      }),
    );
  });

  it('reads the values from an env file with quotes, `=` and `#` in them the same way', async () => {
    const file = Object.entries(NEXT_PRODUCTION)
      .map(([name, value]) => `${name}="${value}"`)
      .join('\n');
    const cwd = project({
      '.env.example': NEXT_EXAMPLE,
      'lib/env.ts': NEXT_CODE,
      'deploy/production.env': `${file}\nexport NEXTAUTH_SECRET='q8#v!k2z@x7m$w4p^r9t&y3u*b6n=='\n`,
    });
    const result = await envCheck(cwd, {}, '--dotenv-file', 'deploy/production.env');
    expect(severe(result.findings)).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('q8#v!k2z@x7m');
  });

  it('fails a deploy with a missing key, a localhost URL, a test key and a placeholder, naming each', async () => {
    const cwd = project({ '.env.example': NEXT_EXAMPLE, 'lib/env.ts': NEXT_CODE });
    const { STRIPE_WEBHOOK_SECRET: _missing, ...rest } = NEXT_PRODUCTION;
    const result = await envCheck(cwd, {
      ...rest,
      NEXTAUTH_URL: 'http://localhost:3000',
      STRIPE_SECRET_KEY: NEXT_PRODUCTION.STRIPE_SECRET_KEY.replace('_live_', '_test_'),
      RESEND_API_KEY: 're_your_api_key_here',
    });
    expect(result.code).toBe(1);
    const byRule = Object.fromEntries(severe(result.findings).map((f) => [f.ruleId, f.message]));
    expect(byRule['env/missing']).toContain('STRIPE_WEBHOOK_SECRET');
    expect(byRule['env/local-value']).toContain('NEXTAUTH_URL');
    expect(byRule['env/test-mode']).toContain('STRIPE_SECRET_KEY');
    expect(byRule['env/placeholder']).toContain('RESEND_API_KEY');
  });
});

describe('env-check on other stacks (dist/cli)', () => {
  it('Vite: import.meta.env variables are checked, and Vite built-ins are not reported', async () => {
    const cwd = project({
      '.env.example': 'VITE_API_URL=https://api.example.com\nVITE_STRIPE_PUBLISHABLE_KEY=pk_test_123\n',
      'src/main.ts': [
        'const api = import.meta.env.VITE_API_URL;',
        "const pk = import.meta.env['VITE_STRIPE_PUBLISHABLE_KEY'];",
        'if (import.meta.env.DEV || import.meta.env.PROD || import.meta.env.MODE || import.meta.env.BASE_URL) {}',
        'const { VITE_SENTRY_DSN } = import.meta.env;',
        '',
      ].join('\n'),
    });
    const ok = await envCheck(cwd, {
      VITE_API_URL: 'https://api.acme-mugs.com',
      VITE_STRIPE_PUBLISHABLE_KEY: 'pk_live_51MzQ8rLkJd7Gh2Pq9XyZaBcDeFgHi',
    });
    expect(ok.code).toBe(0);
    expect(ok.findings.map((f) => [f.ruleId, f.location])).toEqual([
      ['env/undeclared', { file: 'src/main.ts', line: 4 }],
    ]);
    const bad = await envCheck(cwd, {
      VITE_API_URL: 'http://api.acme-mugs.com',
      VITE_STRIPE_PUBLISHABLE_KEY: 'pk_test_123',
    });
    expect(bad.code).toBe(1);
    expect(
      severe(bad.findings)
        .map((f) => f.message.split(' ')[0])
        .sort(),
    ).toEqual(['VITE_API_URL', 'VITE_STRIPE_PUBLISHABLE_KEY']);
  });

  it('Django: os.environ and django-environ reads count, a complete environment passes, DEBUG on fails', async () => {
    const cwd = project({
      '.env.example': [
        'DJANGO_SECRET_KEY=django-insecure-change-me',
        'DJANGO_DEBUG=False',
        'DATABASE_URL=postgres://postgres:postgres@db:5432/app',
        'CELERY_BROKER_URL=redis://redis:6379/0',
        'AWS_S3_REGION_NAME=eu-west-1',
        '',
      ].join('\n'),
      'shop/settings.py': [
        'import os',
        'import environ',
        'env = environ.Env()',
        'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]',
        'DEBUG = env.bool("DJANGO_DEBUG", default=False)',
        'DATABASES = {"default": env.db("DATABASE_URL")}',
        "CELERY_BROKER_URL = os.getenv('CELERY_BROKER_URL')",
        'AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")',
        'EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD")',
        '',
      ].join('\n'),
    });
    const production = {
      DJANGO_SECRET_KEY: 'q8#v!k2z@x7m$w4p^r9t&y3u*b6n(c1e)h5j-l0s_d+f=g',
      DJANGO_DEBUG: 'False',
      DATABASE_URL: 'postgres://acme:Vn7pQ2xLm9Kd4RtZ@acme-db.internal:5432/acme',
      CELERY_BROKER_URL: 'rediss://:Pz4kW8nQ2rT6@acme-redis.abc123.euw1.cache.amazonaws.com:6379/0',
      AWS_S3_REGION_NAME: 'eu-west-1',
    };
    const ok = await envCheck(cwd, production);
    expect(ok.code).toBe(0);
    // Every declared variable is read (env.db counts), and the one read but not declared is named.
    expect(ok.findings.map((f) => [f.ruleId, f.message.split(' ')[0], f.location])).toEqual([
      ['env/undeclared', 'EMAIL_HOST_PASSWORD', { file: 'shop/settings.py', line: 9 }],
    ]);
    const debug = await envCheck(cwd, { ...production, DJANGO_DEBUG: 'True' });
    expect(debug.code).toBe(1);
    expect(severe(debug.findings).map((f) => f.message.split(' ')[0])).toEqual(['DJANGO_DEBUG']);
  });

  it('a monorepo checked from its root says which apps declare variables instead of passing quietly', async () => {
    const cwd = project({
      'package.json': '{ "workspaces": ["apps/*"] }',
      'apps/web/.env.example': 'NEXT_PUBLIC_API_URL=https://api.example.com\n',
      'apps/web/src/api.ts': 'export const api = process.env.NEXT_PUBLIC_API_URL;\n',
      'apps/api/.env.example': 'DATABASE_URL=postgres://localhost/db\n',
      'apps/api/src/db.ts': 'export const { DATABASE_URL } = process.env;\n',
    });
    const root = await envCheck(cwd, {});
    expect(root.code).toBe(1);
    expect(root.findings[0]?.message).toContain('apps/api/.env.example, apps/web/.env.example');
    const app = await envCheck(join(cwd, 'apps/api'), {
      DATABASE_URL: 'postgres://acme:Bq9wZ3xTv7Lp@db.acme-mugs.com:5432/acme',
    });
    expect(app.code).toBe(0);
  });
});

describe('env-check usage and action (dist)', () => {
  it('a malformed launch-ready.yml is exit 2 with one clear line and no stack trace', async () => {
    const cwd = project({
      '.env.example': 'APP_URL=\n',
      'launch-ready.yml': 'env:\n  variables:\n    APP_URL: url\n   bad: [\n',
    });
    const result = await runCliBundle(['env-check'], cwd, { APP_URL: 'https://acme-mugs.com' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('launch-ready.yml');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('the action writes a summary table and ::error annotations, and prints no value', async () => {
    const cwd = project({ '.env.example': NEXT_EXAMPLE, 'lib/env.ts': NEXT_CODE });
    const { STRIPE_WEBHOOK_SECRET: _missing, ...rest } = NEXT_PRODUCTION;
    const env = { ...rest, NEXTAUTH_URL: 'http://localhost:3000' };
    const result = await runActionBundle('env-check', {}, cwd, env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error title=blocker%3A [^:]*,file=\.env\.example,line=6::STRIPE_WEBHOOK_SECRET/m);
    expect(result.stdout).toMatch(/^::error title=high%3A [^:]*,file=\.env\.example,line=11::NEXTAUTH_URL/m);
    expect(result.summary).toMatch(/^\| Variable \| Required \| Secret \| Status \|$/m);
    // Cells are markdown-escaped: STRIPE\_WEBHOOK\_SECRET renders as the name, never as emphasis.
    expect(result.summary).toMatch(/^\| STRIPE\\_WEBHOOK\\_SECRET \| yes \| yes \| missing \|$/m);
    expect(result.outputs.passed).toBe('false');
    // ::add-mask:: is how the runner learns the secrets; everything else must be free of values.
    const shown = result.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const value of Object.values(env)) {
      if (value.length >= 12)
        expect(shown + result.stderr + result.summary + result.outputs.reportJson).not.toContain(value);
    }
  });
});
