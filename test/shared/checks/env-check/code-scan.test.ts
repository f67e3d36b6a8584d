// Variables read in code: found across languages, located at their first use, with the noise left out.
import { afterEach, describe, expect, it } from 'vitest';
import { findEnvReferences } from '../../../../shared/checks/env-check/env-references.ts';
import { findingFor, makeProject, type Project, rules } from './project.ts';

let project: Project | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

const names = (text: string, extension: string) => findEnvReferences(text, extension).map((r) => r.name);

describe('findEnvReferences', () => {
  it('reads JavaScript and TypeScript forms', () => {
    const text = [
      'const a = process.env.ALPHA;',
      'const b = process.env[\'BRAVO\'] ?? process.env["CHARLIE"];',
      'const { DELTA, ECHO: echo, FOXTROT = "x", ...rest } = process.env;',
      'const g = import.meta.env.VITE_GOLF, mode = import.meta.env.MODE;',
      'const h = Deno.env.get("HOTEL"); const i = Bun.env.INDIA;',
    ].join('\n');
    expect(names(text, '.ts')).toEqual([
      'ALPHA',
      'BRAVO',
      'CHARLIE',
      'DELTA',
      'ECHO',
      'FOXTROT',
      'VITE_GOLF',
      'HOTEL',
      'INDIA',
    ]);
  });

  it('reads Python, Ruby, Go, PHP and Prisma forms', () => {
    expect(names('os.environ["A1"]\nos.environ.get(\'A2\')\nos.getenv("A3")\nenviron["A4"]\n', '.py')).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
    ]);
    expect(names('ENV["R1"]\nENV.fetch("R2")\nENV.fetch "R3"\n', '.rb')).toEqual(['R1', 'R2', 'R3']);
    expect(names('os.Getenv("G1")\nos.LookupEnv("G2")\n', '.go')).toEqual(['G1', 'G2']);
    expect(names("getenv('P1'); $_ENV['P2']; env('P3');\n", '.php')).toEqual(['P1', 'P2', 'P3']);
    expect(names('url = env("DATABASE_URL")\n', '.prisma')).toEqual(['DATABASE_URL']);
    // django-environ, the usual way Django settings read the environment.
    expect(
      names(
        'SECRET_KEY = env("D1")\nDEBUG = env.bool("D2", default=False)\nDATABASES = {"default": env.db("D3")}\n',
        '.py',
      ),
    ).toEqual(['D1', 'D2', 'D3']);
    expect(names('x = self.env("NOT_DJANGO")\n', '.py')).toEqual([]);
    // env('X') is a Laravel/Prisma idiom; in JavaScript it is just some function.
    expect(names("env('NOT_ENV')\n", '.js')).toEqual([]);
  });

  it('gives the line of each use, destructured names included', () => {
    const text = 'x\nconst {\n  ONE,\n  TWO: two,\n} = process.env;\nprocess.env.THREE\n';
    expect(findEnvReferences(text, '.js')).toEqual([
      { name: 'ONE', line: 3 },
      { name: 'TWO', line: 4 },
      { name: 'THREE', line: 6 },
    ]);
  });
});

describe('undeclared and unused variables', () => {
  it('reports a variable read in code but not declared, at its first use, counting the other places', async () => {
    project = await makeProject({
      '.env.example': 'DATABASE_URL=\nLEGACY_FLAG= # optional\n',
      'src/db.ts': 'export const url = process.env.DATABASE_URL;\n',
      'src/mail.ts': '// mail\n\nconst key = process.env.RESEND_API_KEY;\nconst again = process.env.RESEND_API_KEY;\n',
      'worker/jobs.py': 'import os\nKEY = os.environ.get("RESEND_API_KEY")\nREGION = os.getenv("AWS_REGION")\n',
      'app/models/user.rb': 'SECRET = ENV.fetch("DEVISE_SECRET")\n',
    });
    const { report } = await project.check({}, { DATABASE_URL: 'postgres://u:p@db.acme-shop.io/x' });
    const resend = findingFor(report, 'env/undeclared', 'RESEND_API_KEY');
    expect(resend).toMatchObject({ severity: 'medium', location: { file: 'src/mail.ts', line: 3 } });
    expect(resend?.message).toContain('and 2 other places');
    expect(findingFor(report, 'env/undeclared', 'DEVISE_SECRET')?.location).toEqual({
      file: 'app/models/user.rb',
      line: 1,
    });
    expect(findingFor(report, 'env/undeclared', 'AWS_REGION')?.location).toEqual({ file: 'worker/jobs.py', line: 3 });
    const unused = findingFor(report, 'env/unused', 'LEGACY_FLAG');
    expect(unused).toMatchObject({ severity: 'info', location: { file: '.env.example', line: 2 } });
    expect(findingFor(report, 'env/unused', 'DATABASE_URL')).toBeUndefined();
    expect(report.summary).toMatch(/3 read in code but not declared/);
    expect(report.details?.variables.find((v) => v.name === 'DATABASE_URL')?.uses).toBe(1);
  });

  it("ignores the runtime's own variables and the user's ignore list", async () => {
    project = await makeProject({
      '.env.example': 'API_TOKEN=\n',
      'index.js': [
        'process.env.API_TOKEN',
        'process.env.NODE_ENV; process.env.PORT; process.env.GITHUB_SHA; process.env.VERCEL_URL;',
        'process.env.npm_package_version; process.env.CI; import.meta.env.DEV;',
        'process.env.NEXT_PUBLIC_ANALYTICS_ID;',
      ].join('\n'),
    });
    const { report } = await project.check(
      { ignoreVariables: ['NEXT_PUBLIC_*'] },
      { API_TOKEN: 'tok_live_8c1f0aa93b2e4d' },
    );
    expect(rules(report)).toEqual([]);
  });

  it('counts a variable declared for another environment as declared', async () => {
    project = await makeProject({ 'src/a.ts': 'process.env.STAGING_BANNER; process.env.API_TOKEN;\n' });
    const { report } = await project.check(
      { environments: { production: { API_TOKEN: 'string' }, staging: { STAGING_BANNER: 'string' } } },
      { API_TOKEN: 'tok_live_8c1f0aa93b2e4d' },
    );
    expect(rules(report)).toEqual([]);
  });

  it('skips dependencies, build output, .gitignored, vendored, binary and huge files', async () => {
    const read = (name: string) => `process.env.${name};\n`;
    project = await makeProject({
      '.env.example': 'API_TOKEN=\n',
      '.gitignore': 'generated/\n*.local.ts\n',
      'src/app.ts': read('API_TOKEN'),
      'node_modules/lib/index.js': read('FROM_NODE_MODULES'),
      'dist/index.js': read('FROM_DIST'),
      'build/server.js': read('FROM_BUILD'),
      'vendor/lib.rb': 'ENV["FROM_VENDOR"]\n',
      'generated/client.ts': read('FROM_GITIGNORED_DIR'),
      'src/secrets.local.ts': read('FROM_GITIGNORED_FILE'),
      'packages/web/.gitignore': 'tmp/\n',
      'packages/web/tmp/x.ts': read('FROM_NESTED_GITIGNORE'),
      'packages/web/page.tsx': read('FROM_NESTED_PACKAGE'),
      'public/app.min.js': read('FROM_MINIFIED'),
      'src/blob.ts': Buffer.concat([Buffer.from(read('FROM_BINARY')), Buffer.from([0, 1, 2])]),
      'src/huge.ts': `${read('FROM_HUGE')}${'// filler\n'.repeat(110_000)}`,
      'scripts/seed.ts': read('FROM_IGNORE_PATHS'),
    });
    const { report, logs } = await project.check(
      { ignorePaths: ['scripts/'] },
      { API_TOKEN: 'tok_live_8c1f0aa93b2e4d' },
    );
    expect(report.details?.undeclared.map((u) => u.name)).toEqual(['FROM_NESTED_PACKAGE']);
    expect(report.details?.scan).toMatchObject({ filesScanned: 2, skippedBinary: 1, skippedLarge: 1 });
    expect(logs.join('\n')).toMatch(/skipped 1 over 1 MiB source file/);
    expect(logs.join('\n')).toMatch(/skipped 1 binary source file/);
  });

  it('does not call everything unused when there is no source code to scan', async () => {
    project = await makeProject({ '.env.example': 'API_TOKEN=\n' });
    const { report } = await project.check({}, { API_TOKEN: 'tok_live_8c1f0aa93b2e4d' });
    expect(rules(report)).toEqual([]);
  });

  it('can be switched off', async () => {
    project = await makeProject({ '.env.example': 'A=\n', 'a.js': 'process.env.B\n' });
    const { report } = await project.check({ scanCode: false }, { A: 'x' });
    expect(rules(report)).toEqual([]);
    expect(report.details?.scan).toBeUndefined();
  });
});
