// The hostile-repository suite, end to end: the built CLI (dist/cli) and the action bundles run as the runner
// runs them, against repositories an attacker's pull request could leave behind (see repos.ts). Run
// `npm run build` first: these tests run the committed bundles.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunResult, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { workflowCommands } from '../helpers/workflow-commands.ts';
import {
  bomRepo,
  emptyRepo,
  escapingConfigRepo,
  git,
  type HostileRepo,
  hostileNamesRepo,
  type SpecialKind,
  specialFileRepo,
} from './repos.ts';

interface JsonFinding {
  severity: string;
  location?: { file: string; line: number };
}

const secretFiles = (json: string) =>
  (JSON.parse(json).findings as JsonFinding[])
    .filter((f) => f.severity !== 'info')
    .map((f) => f.location?.file ?? '')
    .sort();

/** No planted value in anything the run printed or wrote. */
function expectNoSecret(repo: HostileRepo, ...outputs: (string | undefined)[]): void {
  const text = outputs.join('\n');
  for (const secret of repo.secrets) {
    // The runner masks what follows ::add-mask::, so the value may appear only there.
    const unmasked = text.replaceAll(`::add-mask::${secret}`, '');
    expect(unmasked).not.toContain(secret);
  }
}

/** A usage error as the CLI reports it: exit 2, one line on stderr, nothing on stdout. */
function expectUsageError(result: RunResult, message: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

/** A usage error as the action reports it: the step fails with one `::error::` line saying what to fix. */
function expectActionUsageError(result: RunResult, message: RegExp): void {
  expect(result.code, result.stdout).toBe(1);
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(message);
}

describe('byte-order marks', () => {
  let repo: HostileRepo;
  beforeAll(() => {
    repo = bomRepo();
  });
  afterAll(() => repo.cleanup());

  it('CLI tree: the key behind every mark is found, and never printed', async () => {
    const result = await runCliBundle(['secret-scan', '--mode', 'tree', '--format', 'json'], repo.dir);
    expect(result.code).toBe(1);
    expect(secretFiles(result.stdout)).toEqual([...repo.planted.keys()].sort());
    expectNoSecret(repo, result.stdout, result.stderr);
  });

  it('action tree: the same findings, every value masked', async () => {
    const result = await runActionBundle('secret-scan', { mode: 'tree' }, repo.dir);
    expect(result.code).toBe(1);
    expect(secretFiles(result.reportJson ?? '')).toEqual([...repo.planted.keys()].sort());
    expectNoSecret(repo, result.stdout, result.stderr, result.summary, result.reportJson);
  });
});

describe('hostile file names in diff and history modes', () => {
  let repo: HostileRepo;
  beforeAll(() => {
    repo = hostileNamesRepo();
  });
  afterAll(() => repo.cleanup());

  for (const mode of ['diff', 'history']) {
    it(`CLI ${mode}: every finding points at a file that exists`, async () => {
      const args = [
        'secret-scan',
        '--mode',
        mode,
        '--format',
        'json',
        ...(mode === 'diff' ? ['--base', 'HEAD~1'] : []),
      ];
      const result = await runCliBundle(args, repo.dir);
      expect(result.code).toBe(1);
      const files = secretFiles(result.stdout);
      expect(files).toEqual([...repo.planted.keys()].sort());
      for (const file of files) expect(existsSync(join(repo.dir, file)), JSON.stringify(file)).toBe(true);
      expectNoSecret(repo, result.stdout, result.stderr);
    });
  }

  it('action diff on a pull request: every finding points at a file that exists', async () => {
    const base = git(repo.dir, 'rev-parse', 'HEAD~1');
    const head = git(repo.dir, 'rev-parse', 'HEAD');
    const event = { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } };
    const result = await runActionBundle('secret-scan', {}, repo.dir, {}, { event });
    expect(result.code).toBe(1);
    const files = secretFiles(result.reportJson ?? '');
    expect(files).toEqual([...repo.planted.keys()].sort());
    for (const file of files) expect(existsSync(join(repo.dir, file)), JSON.stringify(file)).toBe(true);
    expectNoSecret(repo, result.stdout, result.stderr, result.summary, result.reportJson);
  });

  it('no file name reaches the action log as a workflow command (::error file=pwned.js… is neutralised)', async () => {
    const result = await runActionBundle('secret-scan', { mode: 'tree' }, repo.dir);
    expect(result.code).toBe(1);
    // What the runner would execute: only our own commands, never one a file name spells out.
    const commands = workflowCommands(result.stdout);
    expect(commands.filter((c) => c.properties.file === 'pwned.js' || c.data === 'INJECTED')).toEqual([]);
    // The finding in that file is annotated on it, its name intact.
    expect(commands.map((c) => c.properties.file)).toContain('::error file=pwned.js,line=1::INJECTED.ts');
    for (const c of commands) {
      expect(['add-mask', 'error', 'warning', 'notice', 'group', 'endgroup', 'stop-commands']).toContain(c.name);
    }
  });
});

const KINDS: SpecialKind[] = ['fifo', 'dev-zero', 'huge'];
const WHY: Record<SpecialKind, RegExp> = {
  fifo: /is a named pipe \(FIFO\): a regular file is expected/,
  'dev-zero': /is a device: a regular file is expected/,
  huge: /is \d+ bytes: at most \d+ MiB is accepted/,
};

describe.each(KINDS)('a %s where a file is read by name', (kind) => {
  it('launch-ready.yml: CLI exit 2 in one line, action fails in one line', async () => {
    const repo = specialFileRepo('launch-ready.yml', kind);
    try {
      const cli = await runCliBundle(['secret-scan', '--mode', 'tree'], repo.dir);
      expectUsageError(cli, new RegExp(`^launch-ready: config file launch-ready\\.yml ${WHY[kind].source}`));
      const action = await runActionBundle('secret-scan', { mode: 'tree' }, repo.dir);
      expectActionUsageError(action, WHY[kind]);
    } finally {
      repo.cleanup();
    }
  });

  it('the secret-scan baseline: CLI exit 2 in one line, action fails in one line', async () => {
    const repo = specialFileRepo('.launch-ready-baseline.json', kind);
    try {
      const cli = await runCliBundle(['secret-scan', '--mode', 'tree'], repo.dir);
      expectUsageError(cli, new RegExp(`^launch-ready: baseline \\.launch-ready-baseline\\.json ${WHY[kind].source}`));
      const action = await runActionBundle('secret-scan', { mode: 'tree' }, repo.dir);
      expectActionUsageError(action, WHY[kind]);
      expectNoSecret(repo, cli.stdout, cli.stderr, action.stdout, action.summary);
    } finally {
      repo.cleanup();
    }
  });

  it('.secretlintrc.json: CLI exit 2 in one line; a .secretlintignore is read as no patterns', async () => {
    const repo = specialFileRepo('.secretlintrc.json', kind);
    try {
      const cli = await runCliBundle(['secret-scan', '--mode', 'tree'], repo.dir);
      expectUsageError(cli, new RegExp(`^launch-ready: secretlint config \\.secretlintrc\\.json ${WHY[kind].source}`));
      expectNoSecret(repo, cli.stdout, cli.stderr);
    } finally {
      repo.cleanup();
    }
    const ignoring = specialFileRepo('.secretlintignore', kind);
    try {
      const cli = await runCliBundle(['secret-scan', '--mode', 'tree', '--format', 'json'], ignoring.dir);
      expect(cli.code).toBe(1);
      expect(secretFiles(cli.stdout)).toEqual(['src/app.ts']);
    } finally {
      ignoring.cleanup();
    }
  });

  it('env-check: the .env.example: CLI exit 2 in one line', async () => {
    const repo = specialFileRepo('.env.example', kind);
    try {
      const cli = await runCliBundle(['env-check'], repo.dir);
      expectUsageError(cli, new RegExp(`^launch-ready: dotenv file \\.env\\.example ${WHY[kind].source}`));
    } finally {
      repo.cleanup();
    }
  });
});

describe('--write-baseline through a committed symlink', () => {
  it('refuses to write through it rather than overwrite its target', async () => {
    const repo = emptyRepo('lr-hostile-link-baseline-');
    const victim = escapingConfigRepo('');
    try {
      symlinkSync(join(victim.outside, 'victim.txt'), join(repo.dir, '.launch-ready-baseline.json'));
      const cli = await runCliBundle(['secret-scan', '--mode', 'tree', '--write-baseline'], repo.dir);
      expectUsageError(cli, /baseline .* is a symbolic link: remove it, then write the baseline again/);
      expect(readFileSync(join(victim.outside, 'victim.txt'), 'utf8')).toBe('do not overwrite\n');
    } finally {
      repo.cleanup();
      victim.cleanup();
    }
  });
});

describe('launch-ready.yml reaching out of the repository', () => {
  const cases: [string, string, RegExp][] = [
    [
      'secrets.path ../outside',
      'secrets:\n  path: ../outside\n',
      /secrets\.path: \.\.\/outside leads out of the repository/,
    ],
    ['secrets.path /etc', 'secrets:\n  path: /etc\n', /secrets\.path: \/etc is an absolute path/],
    [
      'secrets.path through a symlink',
      'secrets:\n  path: link-out\n',
      /secrets\.path: link-out goes through a symbolic link/,
    ],
    [
      'secrets.baseline outside',
      'secrets:\n  baseline: ../outside/victim.txt\n',
      /secrets\.baseline: \.\.\/outside\/victim\.txt leads out/,
    ],
    [
      'writeBaseline in the file',
      'secrets:\n  writeBaseline: true\n',
      /secrets\.writeBaseline is not accepted in the config file/,
    ],
  ];

  for (const [name, config, message] of cases) {
    it(`${name}: refused by the CLI (exit 2) and the action`, async () => {
      const repo = escapingConfigRepo(config);
      try {
        const cli = await runCliBundle(['secret-scan', '--mode', 'tree'], repo.dir);
        expectUsageError(cli, message);
        const action = await runActionBundle('secret-scan', { mode: 'tree' }, repo.dir);
        expectActionUsageError(action, message);
        expect(readFileSync(join(repo.outside, 'victim.txt'), 'utf8')).toBe('do not overwrite\n');
        expectNoSecret(repo, cli.stdout, cli.stderr, action.stdout, action.summary, action.reportJson);
      } finally {
        repo.cleanup();
      }
    });
  }

  it('env.envFile outside: refused by the CLI (exit 2)', async () => {
    const repo = escapingConfigRepo('env:\n  envFile: ../outside/leak.ts\n');
    try {
      expectUsageError(await runCliBundle(['env-check'], repo.dir), /env\.envFile: \.\.\/outside\/leak\.ts leads out/);
    } finally {
      repo.cleanup();
    }
  });

  it('the same path as a flag or input is the user asking: it is scanned', async () => {
    const repo = escapingConfigRepo('secrets:\n  mode: tree\n');
    try {
      const cli = await runCliBundle(['secret-scan', '--path', '../outside', '--format', 'json'], repo.dir);
      expect(cli.code).toBe(1);
      // Named from the folder checked (the CLI's cwd, the action's workspace): it says the file is outside.
      expect(secretFiles(cli.stdout)).toEqual(['../outside/leak.ts']);
      const action = await runActionBundle('secret-scan', { path: '../outside' }, repo.dir);
      expect(action.code).toBe(1);
      expect(secretFiles(action.reportJson ?? '')).toEqual(['../outside/leak.ts']);
      expectNoSecret(repo, cli.stdout, cli.stderr, action.stdout, action.summary, action.reportJson);
    } finally {
      repo.cleanup();
    }
  });
});
