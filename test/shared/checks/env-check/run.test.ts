// End-to-end: a project folder, a spec, values, and the report a founder reads.
import { afterEach, describe, expect, it } from 'vitest';
import { gateFailures, isAtLeast } from '../../../../shared/report/model.ts';
import { findingFor, makeProject, type Project, rules } from './project.ts';

const EXAMPLE = [
  '# What production needs',
  'DATABASE_URL=postgres://user:password@localhost:5432/shop',
  'STRIPE_SECRET_KEY=sk_live_your_key_here',
  'APP_URL=https://shop.example.com',
  'SUPPORT_EMAIL=help@example.com',
  'SENTRY_DSN= # optional',
  '',
].join('\n');

const GOOD_ENV = {
  DATABASE_URL: 'postgres://shop:Zq7pW2rT9xLm@db.prod.acme-shop.io:5432/shop',
  STRIPE_SECRET_KEY: `${'sk'}_live_51NfQ2hKX8b3Gm7Yv0aTqLpR4sW9zJ`,
  APP_URL: 'https://acme-shop.io',
  SUPPORT_EMAIL: 'help@acme-shop.io',
};

let project: Project | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('env-check in production', () => {
  it('passes a complete production environment', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const { report } = await project.check({}, GOOD_ENV);
    expect(report.ok).toBe(true);
    expect(report.findings.filter((f) => isAtLeast(f.severity, 'high'))).toEqual([]);
    expect(report.summary).toMatch(/All 5 production variables/);
    expect(report.details?.variables.find((v) => v.name === 'SENTRY_DSN')).toMatchObject({
      required: false,
      present: false,
      status: 'unset',
    });
  });

  it('fails on a missing variable and an http://localhost URL, naming both', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const { STRIPE_SECRET_KEY: _, ...env } = GOOD_ENV;
    const { report } = await project.check({}, { ...env, APP_URL: 'http://localhost:3000' });
    expect(report.ok).toBe(false);
    const missing = findingFor(report, 'env/missing', 'STRIPE_SECRET_KEY');
    expect(missing?.severity).toBe('blocker');
    expect(missing?.location).toEqual({ file: '.env.example', line: 3 });
    const local = findingFor(report, 'env/local-value', 'APP_URL');
    expect(local && isAtLeast(local.severity, 'high')).toBe(true);
    expect(local?.location).toEqual({ file: '.env.example', line: 4 });
    // The local URL is one problem, not also an insecure-URL one.
    expect(findingFor(report, 'env/insecure-url', 'APP_URL')).toBeUndefined();
    expect(gateFailures(report.findings, 'high').length).toBe(2);
    expect(report.summary).toMatch(/^2 of 5 production variables have problems: .*1 missing.*1 local address/);
  });

  it('reports an empty required variable like a missing one', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const { report } = await project.check({}, { ...GOOD_ENV, SUPPORT_EMAIL: '  ' });
    expect(findingFor(report, 'env/empty', 'SUPPORT_EMAIL')?.severity).toBe('blocker');
  });

  it('reports placeholders, including a secret left at its example value', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const { report } = await project.check(
      {},
      {
        ...GOOD_ENV,
        STRIPE_SECRET_KEY: 'sk_live_your_key_here',
        SUPPORT_EMAIL: 'support@example.com',
        DATABASE_URL: 'postgres://<user>:<password>@db.acme-shop.io/shop',
      },
    );
    expect(findingFor(report, 'env/placeholder', 'STRIPE_SECRET_KEY')?.severity).toBe('blocker');
    expect(findingFor(report, 'env/placeholder', 'DATABASE_URL')?.severity).toBe('blocker');
    expect(findingFor(report, 'env/placeholder', 'SUPPORT_EMAIL')?.severity).toBe('high');
    expect(report.metrics?.placeholder).toBe(3);
  });

  it('flags test-mode keys, staging hosts and plain http URLs', async () => {
    project = await makeProject({ '.env.example': `${EXAMPLE}PAYPAL_MODE=live\nAPP_DEBUG=false\n` });
    const { report } = await project.check(
      {},
      {
        ...GOOD_ENV,
        STRIPE_SECRET_KEY: `${'sk'}_test_51NfQ2hKX8b3Gm7Yv0aTqLpR4sW9zJ`,
        DATABASE_URL: 'postgres://shop:Zq7pW2rT9xLm@db.staging.acme-shop.io:5432/shop',
        APP_URL: 'http://acme-shop.io',
        PAYPAL_MODE: 'sandbox',
        APP_DEBUG: 'true',
      },
    );
    const testKey = findingFor(report, 'env/test-mode', 'STRIPE_SECRET_KEY');
    expect(testKey?.severity).toBe('blocker');
    expect(testKey?.message).toBe('STRIPE_SECRET_KEY is a Stripe test-mode key (sk_test_…) in production');
    expect(findingFor(report, 'env/test-mode', 'PAYPAL_MODE')?.severity).toBe('high');
    expect(findingFor(report, 'env/test-mode', 'APP_DEBUG')?.severity).toBe('high');
    expect(findingFor(report, 'env/staging-value', 'DATABASE_URL')).toBeDefined();
    expect(findingFor(report, 'env/insecure-url', 'APP_URL')?.severity).toBe('high');
  });

  it('skips the production-only checks for staging, but still wants every variable', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const env = {
      ...GOOD_ENV,
      STRIPE_SECRET_KEY: `${'sk'}_test_51NfQ2hKX8b3Gm7Yv0aTqLpR4sW9zJ`,
      APP_URL: 'http://localhost:3000',
    };
    const { SUPPORT_EMAIL: _, ...withoutEmail } = env;
    const { report } = await project.check({ environment: 'staging' }, withoutEmail);
    expect(rules(report).filter((id) => id !== 'env/unused')).toEqual(['env/missing']);
    expect(findingFor(report, 'env/missing', 'SUPPORT_EMAIL')?.severity).toBe('high');
    expect(report.details?.production).toBe(false);
    expect(report.summary).toMatch(/staging variables/);
  });

  it('never lets a planted secret value reach the report, and masks it', async () => {
    const secret = `${'sk'}_live_51PlantedSecretValue9f8e7d6c5b4a`;
    const password = 'Hunter2-Very-Secret-Pw';
    project = await makeProject({
      '.env.example': `${EXAMPLE}SESSION_SECRET=\n`,
      'src/server.ts': 'export const s = process.env.SESSION_SECRET;\n',
    });
    const env = {
      ...GOOD_ENV,
      STRIPE_SECRET_KEY: secret.replace('live', 'test'),
      DATABASE_URL: `postgres://shop:${password}@localhost/shop`,
      SESSION_SECRET: 'changeme',
      MAILER_TOKEN: 'tok_9f8e7d6c5b4a3210',
    };
    const { report, redactor } = await project.check({}, env);
    const json = JSON.stringify(report);
    for (const value of [env.STRIPE_SECRET_KEY, env.DATABASE_URL, password, 'changeme', GOOD_ENV.APP_URL]) {
      expect(json).not.toContain(value);
    }
    // The findings exist: nothing was hidden by not checking.
    expect(rules(report)).toEqual(expect.arrayContaining(['env/test-mode', 'env/local-value', 'env/placeholder']));
    expect(redactor.scrub(`x ${env.STRIPE_SECRET_KEY} ${env.DATABASE_URL} changeme`)).not.toMatch(
      /sk_test_51|Hunter2|changeme/,
    );
  });

  it('masks a connection string with a password whatever its name', async () => {
    const password = 'Pz4kW8nQ2rT6-broker';
    project = await makeProject({
      '.env.example': `${EXAMPLE}CELERY_BROKER_URL=redis://localhost:6379/0\n`,
      'src/server.ts': 'export const b = process.env.CELERY_BROKER_URL;\n',
    });
    const env = { ...GOOD_ENV, CELERY_BROKER_URL: `rediss://:${password}@cache.acme-shop.io:6379/0` };
    const { redactor } = await project.check({}, env);
    expect(redactor.scrub(`broker ${env.CELERY_BROKER_URL}`)).not.toContain(password);
  });

  it('makes fingerprints that survive moving lines in .env.example', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    const first = await project.check({}, {});
    await project.write('.env.example', `# moved\n\n${EXAMPLE}`);
    const second = await project.check({}, {});
    const prints = (run: typeof first) => run.report.findings.map((f) => f.fingerprint).sort();
    expect(prints(second)).toEqual(prints(first));
    expect(new Set(prints(first)).size).toBe(first.report.findings.length);
    expect(second.report.findings[0].location).not.toEqual(first.report.findings[0].location);
  });
});

describe('values from an env file', () => {
  it('reads --dotenv-file (envFile) relative to the working directory, its values winning over the process environment', async () => {
    project = await makeProject({
      '.env.example': EXAMPLE,
      'deploy/.env.production': [
        `DATABASE_URL=${GOOD_ENV.DATABASE_URL}`,
        `export STRIPE_SECRET_KEY="${GOOD_ENV.STRIPE_SECRET_KEY}"`,
        `APP_URL=${GOOD_ENV.APP_URL} # canonical`,
        'UNDECLARED_API_KEY=ak_9f8e7d6c5b4a3210fedc',
      ].join('\n'),
    });
    const { report, redactor } = await project.check(
      { envFile: 'deploy/.env.production' },
      { APP_URL: 'http://localhost:3000', SUPPORT_EMAIL: GOOD_ENV.SUPPORT_EMAIL },
    );
    expect(report.ok).toBe(true);
    expect(report.details?.envFile).toBe('deploy/.env.production');
    // A secret-looking key of the file is masked even though no spec mentions it.
    expect(redactor.scrub('ak_9f8e7d6c5b4a3210fedc')).not.toContain('ak_9f8e7d6c5b4a3210fedc');
  });

  it('says in one line when the env file cannot be read', async () => {
    project = await makeProject({ '.env.example': EXAMPLE });
    await expect(project.check({ envFile: 'nope.env' })).rejects.toMatchObject({
      name: 'UsageError',
      message: expect.stringContaining('nope.env'),
    });
  });

  it('refuses a binary env file instead of reading garbage', async () => {
    project = await makeProject({ '.env.example': EXAMPLE, 'values.env': Buffer.from([0x41, 0x3d, 0x00, 0x01]) });
    await expect(project.check({ envFile: 'values.env' })).rejects.toMatchObject({ name: 'UsageError' });
  });
});

describe('spec sources', () => {
  it('treats `# optional` keys as optional and the rest as required', async () => {
    project = await makeProject({ '.env.example': 'A_REQUIRED=\nB_OPTIONAL= # optional\n' });
    const { report } = await project.check({ scanCode: false }, {});
    expect(rules(report)).toEqual(['env/missing']);
    expect(report.findings[0].message).toMatch(/^A_REQUIRED /);
    expect(report.metrics).toMatchObject({ declared: 2, required: 1, missing: 1 });
  });

  it('finds .env.sample when there is no .env.example', async () => {
    project = await makeProject({ '.env.sample': 'API_TOKEN=\n' });
    const { report } = await project.check({ scanCode: false }, {});
    expect(findingFor(report, 'env/missing', 'API_TOKEN')?.location).toEqual({ file: '.env.sample', line: 1 });
  });

  it('fails with a usage error when a named example file is missing', async () => {
    project = await makeProject();
    await expect(project.check({ exampleFile: 'config/.env.example' })).rejects.toMatchObject({
      name: 'UsageError',
    });
  });

  it('lets launch-ready.yml refine .env.example keys and add its own, per environment', async () => {
    project = await makeProject({ '.env.example': 'APP_URL=\nLOG_LEVEL=info # optional\nWEBHOOK_SECRET=\n' });
    const options = {
      scanCode: false,
      variables: { LOG_LEVEL: { values: ['debug', 'info', 'warn'] }, APP_URL: 'url' },
      environments: {
        production: {
          WEBHOOK_SECRET: { required: false },
          PAYMENTS_REGION: { values: ['eu', 'us'], description: 'where orders are processed' },
        },
        staging: {},
      },
    };
    const { report } = await project.check(options, { APP_URL: 'https://acme-shop.io', LOG_LEVEL: 'verbose' });
    const variables = Object.fromEntries((report.details?.variables ?? []).map((v) => [v.name, v]));
    // LOG_LEVEL keeps its `# optional` from the example and gets its kind from the yml.
    expect(variables.LOG_LEVEL).toMatchObject({ required: false, kind: 'enum', status: 'invalid' });
    expect(findingFor(report, 'env/invalid-value', 'LOG_LEVEL')?.message).toBe(
      'LOG_LEVEL is not one of: debug, info, warn',
    );
    expect(variables.WEBHOOK_SECRET).toMatchObject({ required: false, secret: true, status: 'unset' });
    expect(variables.PAYMENTS_REGION).toMatchObject({ required: true, declaredIn: ['config'], status: 'missing' });
    expect(findingFor(report, 'env/missing', 'PAYMENTS_REGION')?.remediation).toMatch(
      /PAYMENTS_REGION: where orders are processed$/,
    );
    expect(variables.APP_URL.declaredIn).toEqual(['example', 'config']);

    const staging = await project.check({ ...options, environment: 'staging' }, { APP_URL: 'https://acme-shop.io' });
    expect(staging.report.details?.variables.map((v) => v.name)).not.toContain('PAYMENTS_REGION');
  });

  it('rejects an environment the config does not list (a typo would check nothing)', async () => {
    project = await makeProject();
    await expect(
      project.check({ environment: 'prodution', environments: { production: {}, staging: {} } }),
    ).rejects.toThrow(/prodution.*production, staging/);
  });

  it('says what to add when there is no spec at all', async () => {
    project = await makeProject({ 'app.py': 'import os\nkey = os.environ["OPENAI_API_KEY"]\n' });
    const { report } = await project.check({}, {});
    expect(rules(report)).toEqual(['env/no-spec']);
    expect(report.findings[0].severity).toBe('medium');
    expect(report.findings[0].message).toContain('OPENAI_API_KEY');
    expect(report.summary).toMatch(/No variable spec/);
  });

  it("in a monorepo root, points at the apps' example files instead of passing quietly", async () => {
    project = await makeProject({
      'apps/web/.env.example': 'NEXT_PUBLIC_API_URL=https://api.example.com\n',
      'apps/web/src/api.ts': 'export const api = process.env.NEXT_PUBLIC_API_URL;\n',
      'apps/api/.env.example': 'DATABASE_URL=postgres://localhost/db\n',
    });
    const { report } = await project.check({}, {});
    expect(rules(report)).toEqual(['env/no-spec']);
    expect(report.findings[0].severity).toBe('high');
    expect(report.findings[0].message).toContain('apps/api/.env.example, apps/web/.env.example');
    expect(report.findings[0].remediation).toMatch(/working-directory/);
  });
});

describe('kinds', () => {
  const kinds = {
    SITE_URL: 'url',
    MAX_ITEMS: 'number',
    FEATURE_FLAG: 'boolean',
    PLAN: { kind: 'enum', values: ['free', 'pro'] },
    SKU_PREFIX: { kind: 'regex', pattern: '[A-Z]{3}-\\d+' },
    FROM_EMAIL: 'email',
  };
  const good = {
    SITE_URL: 'https://acme-shop.io/',
    MAX_ITEMS: '25',
    FEATURE_FLAG: 'true',
    PLAN: 'pro',
    SKU_PREFIX: 'ABC-12',
    FROM_EMAIL: 'orders@acme-shop.io',
  };
  const bad = {
    SITE_URL: 'acme-shop.io',
    MAX_ITEMS: 'twenty',
    FEATURE_FLAG: 'maybe',
    PLAN: 'gold',
    SKU_PREFIX: 'abc-12x',
    FROM_EMAIL: 'orders at acme-shop.io',
  };

  it('accepts values of the right shape', async () => {
    project = await makeProject();
    const { report } = await project.check({ scanCode: false, variables: kinds }, good);
    expect(report.findings).toEqual([]);
  });

  it('reports each value of the wrong shape, saying what is expected', async () => {
    project = await makeProject();
    const { report } = await project.check({ scanCode: false, variables: kinds }, bad);
    const invalid = report.findings.filter((f) => f.ruleId === 'env/invalid-value');
    expect(invalid.map((f) => f.message.split(' ')[0]).sort()).toEqual(Object.keys(kinds).sort());
    expect(invalid.every((f) => f.severity === 'high')).toBe(true);
    expect(findingFor(report, 'env/invalid-value', 'MAX_ITEMS')?.message).toBe('MAX_ITEMS is not a number');
    expect(findingFor(report, 'env/invalid-value', 'SKU_PREFIX')?.message).toContain('[A-Z]{3}-\\d+');
  });

  it('weighs a kind guessed from a name lower than a declared one', async () => {
    project = await makeProject({ '.env.example': 'CALLBACK_URL=\n' });
    const { report } = await project.check({ scanCode: false }, { CALLBACK_URL: '/auth/callback' });
    expect(findingFor(report, 'env/invalid-value', 'CALLBACK_URL')?.severity).toBe('medium');
  });
});
