// The copyable workflows (action-docs/examples) and the repository's self-test work as written: every input they
// pass exists, SARIF is uploaded only when written, check runs have their permission, the JSON report is kept.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS } from '../../shared/checks/registry.ts';
import { loadConfigFile, resolveOptions } from '../../shared/config/load.ts';

const root = resolve(import.meta.dirname, '../..');

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on?: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const workflows: [string, Workflow][] = [
  ...readdirSync(join(root, 'action-docs/examples'))
    .filter((f) => f.endsWith('.yml'))
    .map((f): [string, Workflow] => [
      `action-docs/examples/${f}`,
      parse(readFileSync(join(root, 'action-docs/examples', f), 'utf8')),
    ]),
  ['.github/workflows/self-test.yml', parse(readFileSync(join(root, '.github/workflows/self-test.yml'), 'utf8'))],
];

/**
 * The action folder a step runs, for ours (`launch-ready/launch-ready/actions/x@v1` or `./actions/x`), or '.' for
 * the root action (`launch-ready/launch-ready@v1` or `./`).
 */
function ourAction(step: Step): string | undefined {
  if (/^(?:launch-ready\/launch-ready@|\.\/?$)/.test(step.uses ?? '')) return '.';
  return /^(?:launch-ready\/launch-ready\/|\.\/)actions\/([\w-]+)(?:@|$)/.exec(step.uses ?? '')?.[1];
}

function inputsOf(action: string): string[] {
  const file = action === '.' ? join(root, 'action.yml') : join(root, 'actions', action, 'action.yml');
  return Object.keys(parse(readFileSync(file, 'utf8')).inputs ?? {});
}

/** The launch-ready.yml an example ships with (action-docs/examples/<name>/launch-ready.yml), if any. */
function exampleConfig(file: string): string | undefined {
  const companion = join(root, file.replace(/\.yml$/, ''), 'launch-ready.yml');
  return file.startsWith('action-docs/examples/') && existsSync(companion) ? companion : undefined;
}

/** The environment variables a workflow's launch-ready.yml reads as ${env.NAME}. */
function envReadBy(file: string): string[] {
  const config = exampleConfig(file);
  if (config === undefined) return [];
  return [...new Set([...readFileSync(config, 'utf8').matchAll(/\$\{env\.(\w+)\}/g)].map((m) => m[1]!))];
}

/** Checks that annotate files, and so may put every annotation on a check run (needs checks: write). */
const FILE_ANNOTATING = new Set(['secret-scan', 'env-check', '.']);
/** Actions that write the sticky pull request comment (unless told `comment: never`). */
const COMMENTING = new Set(['report', '.']);

describe.each(workflows)('%s', (file, workflow) => {
  const jobs = Object.entries(workflow.jobs);

  it('passes only inputs our actions have', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps) {
        const action = ourAction(step);
        if (!action) continue;
        for (const input of Object.keys(step.with ?? {}))
          expect(inputsOf(action), `${action}: ${input}`).toContain(input);
      }
    }
  });

  it('uploads SARIF only when the step wrote it', () => {
    for (const [, job] of jobs) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))) {
        expect(step.if ?? '').toMatch(/steps\.[\w-]+\.outputs\.sarif != ''/);
      }
    }
  });

  it('grants checks: write where an action may put its annotations on a check run', () => {
    for (const [name, job] of jobs) {
      const annotates = job.steps.some((step) => FILE_ANNOTATING.has(ourAction(step) ?? ''));
      if (!annotates) continue;
      const permissions = { ...workflow.permissions, ...job.permissions };
      expect(permissions.checks, `job ${name}`).toBe('write');
    }
  });

  it('grants pull-requests: write where a step comments on a pull request', () => {
    const onPullRequests = /pull_request/.test(JSON.stringify(workflow.on ?? {}));
    for (const [name, job] of jobs) {
      const comments = job.steps.some(
        (step) => COMMENTING.has(ourAction(step) ?? '') && step.with?.comment !== 'never',
      );
      if (!comments || !onPullRequests) continue;
      const permissions = { ...workflow.permissions, ...job.permissions };
      expect(permissions['pull-requests'], `job ${name}`).toBe('write');
    }
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: names the ${env.NAME} syntax itself
  it('passes a secret through env: only when its launch-ready.yml reads it as ${env.NAME}, and every one it reads', () => {
    // smoke-test reads the environment only through ${env.NAME} in launch-ready.yml (a webhook signing secret, an
    // inbox token, the saas password), and masks what it reads. A secret in a step's env that no ${env.NAME} names
    // would sit unmasked in the action's environment for nothing; a ${env.NAME} with no env would fail the copy.
    const read = envReadBy(file);
    for (const [, job] of jobs) {
      for (const step of job.steps) {
        if (ourAction(step) !== 'smoke-test') continue;
        const env = step.env ?? {};
        for (const [name, value] of Object.entries(env)) {
          if (/secrets\./.test(value)) expect(read, `${name} is passed but not read`).toContain(name);
        }
        for (const name of read) expect(Object.keys(env), `\${env.${name}} has no env:`).toContain(name);
      }
    }
  });
});

it('the deploy example ends with the merged report, the pull request example gates through it', () => {
  const steps = (file: string) =>
    Object.values(workflows.find(([f]) => f === file)![1].jobs).flatMap((job) => job.steps);
  const deploy = steps('action-docs/examples/deploy.yml');
  expect(ourAction(deploy.at(-1)!)).toBe('report');
  expect(deploy.at(-1)!.if).toBe('always()');
  const pr = steps('action-docs/examples/pull-request.yml');
  expect(pr.filter((s) => ourAction(s) === 'report')).toHaveLength(1);
  expect(pr.filter((s) => ourAction(s) === 'secret-scan')[0]!.with).toMatchObject({ mode: 'diff' });
});

it('at least one example keeps the JSON report (the job summary points to it) as an artifact', () => {
  const uploads = workflows
    .filter(([file]) => file.startsWith('action-docs/'))
    .flatMap(([, w]) => Object.values(w.jobs).flatMap((job) => job.steps))
    .filter((step) => step.uses?.startsWith('actions/upload-artifact'));
  expect(uploads.some((step) => /steps\.[\w-]+\.outputs\.report/.test(String(step.with?.path)))).toBe(true);
});

it('each launch-ready.yml an example ships with is a valid config for the checks it configures', async () => {
  const companions = workflows.map(([file]) => exampleConfig(file)).filter((f) => f !== undefined);
  expect(companions.map((f) => f.slice(root.length + 1))).toContain(
    'action-docs/examples/smoke-flows/launch-ready.yml',
  );
  for (const path of companions) {
    const config = await loadConfigFile(
      path,
      true,
      CHECKS.map((c) => c.configSection),
      path,
    );
    for (const check of CHECKS.filter((c) => c.configSection in config.sections)) {
      expect(() => resolveOptions(check, config, {}), `${path}: ${check.name}`).not.toThrow();
    }
  }
});

it('the smoke flows example runs the saas preset with a mail inbox and a signed webhook', () => {
  const config = parse(readFileSync(join(root, 'action-docs/examples/smoke-flows/launch-ready.yml'), 'utf8'));
  expect(config.smoke).toMatchObject({ preset: 'saas', inbox: { kind: 'mailpit' } });
  expect(config.smoke.steps).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'webhook', webhook: expect.objectContaining({ scheme: 'stripe' }) }),
    ]),
  );
});
