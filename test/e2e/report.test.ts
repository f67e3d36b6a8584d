// `launch-ready report`, the report action and the root action from the committed bundles: many JSON reports
// become one summary, one SARIF file, one gate, and one pull request comment edited in place on the fake GitHub.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../shared/report/describe.ts';
import { renderJson } from '../../shared/report/json.ts';
import type { Finding, Report } from '../../shared/report/model.ts';
import { RUNNER_TOKEN, runActionBundle, runCliBundle } from '../helpers/dist.ts';
import { type FakeGitHub, startFakeGitHub } from '../helpers/fake-github.ts';
import { addIssueComments, type FakeComments } from '../helpers/fake-github-comments.ts';
import { commit, initRepo, keys, tempDir } from '../shared/checks/secret-scan/scan-helpers.ts';

let dir: { dir: string; cleanup: () => void };
beforeAll(() => {
  dir = tempDir('lr-e2e-report-');
});
afterAll(() => dir.cleanup());

const passed: Verdict = { passed: true, failOn: 'high', failing: 0 };

function finding(check: string, severity: Finding['severity'], file: string, line: number): Finding {
  return {
    check,
    ruleId: `${check === 'secret-scan' ? 'secrets' : 'env'}/planted-${severity}`,
    severity,
    title: `A ${severity} problem in ${file}`,
    message: `Planted ${severity} finding`,
    location: { file, line },
    fingerprint: `${check}-${file}-${line}`,
  };
}

function reportFile(name: string, check: string, findings: Finding[], version?: string): string {
  const report: Report = {
    check,
    ok: findings.length === 0,
    summary: `${check}: ${findings.length} findings`,
    findings,
  };
  const path = join(dir.dir, name);
  writeFileSync(path, renderJson(report, passed, version));
  return name;
}

/** SARIF that code scanning takes: 2.1.0, a run per tool, every result located in a file with a start line. */
function expectValidSarif(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  expect(log.version).toBe('2.1.0');
  const tools = log.runs.map((run) => run.tool.driver.name);
  expect(new Set(tools).size).toBe(tools.length);
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      expect(result.ruleId).toMatch(/\S/);
      const physical = result.locations?.[0]?.physicalLocation;
      expect(physical?.artifactLocation?.uri, JSON.stringify(result)).toMatch(/\S/);
      expect(physical?.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  }
  return log;
}

describe('launch-ready report (dist/cli)', () => {
  it('merges the reports of two checks written by the CLI into one gate: exit 1 when either fails', async () => {
    const repo = tempDir('lr-e2e-report-repo-');
    try {
      initRepo(repo.dir);
      commit(repo.dir, 'pay', { 'src/pay.js': `const stripe = require('stripe')('${keys.stripe()}');\n` });
      const scan = await runCliBundle(['secret-scan', '--format', 'json', '--output', 'secrets.json'], repo.dir);
      expect(scan.code).toBe(1);
      const env = await runCliBundle(['env-check', '--format', 'json', '--output', 'env.json'], repo.dir);
      expect(env.code).toBe(0);

      const merged = await runCliBundle(
        ['report', '--reports', 'secrets.json', '--reports', 'env.json', '--sarif-file', 'all.sarif'],
        repo.dir,
      );
      expect(merged.code, merged.stderr).toBe(1);
      expect(merged.stdout).toContain('secret-scan failed');
      expect(merged.stdout).toContain('env-check passed');
      const sarif = expectValidSarif(readFileSync(join(repo.dir, 'all.sarif'), 'utf8'));
      expect(sarif.runs.map((r) => r.tool.driver.name)).toEqual(['launch-ready secret-scan', 'launch-ready env-check']);
      expect(sarif.runs[0]!.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('src/pay.js');

      // The merged report has its own gate: passing only the env-check report passes.
      expect((await runCliBundle(['report', 'env.json'], repo.dir)).code).toBe(0);
      expect((await runCliBundle(['report', 'secrets.json', 'env.json', '--fail-on', 'never'], repo.dir)).code).toBe(0);
    } finally {
      repo.cleanup();
    }
  });

  it('a folder of downloaded artifacts: the parts of one check become one SARIF run, its findings the union', async () => {
    const folder = join(dir.dir, 'artifacts');
    mkdirSync(join(folder, 'shard-1'), { recursive: true });
    mkdirSync(join(folder, 'shard-2'), { recursive: true });
    const a = finding('secret-scan', 'blocker', 'a.ts', 1);
    const b = finding('secret-scan', 'medium', 'b.ts', 2);
    const renderTo = (path: string, findings: Finding[]) =>
      writeFileSync(
        join(folder, path),
        renderJson({ check: 'secret-scan', ok: false, summary: 's', findings }, passed),
      );
    renderTo('shard-1/secret-scan.json', [a]);
    renderTo('shard-2/secret-scan.json', [a, b]);
    const result = await runCliBundle(['report', 'artifacts', '--format', 'sarif', '--fail-on', 'medium'], dir.dir);
    expect(result.code).toBe(1);
    const sarif = expectValidSarif(result.stdout);
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual([
      'a.ts',
      'b.ts',
    ]);
  });

  it('a malformed report and a report of another version: exit 2, one line naming the file', async () => {
    writeFileSync(join(dir.dir, 'broken.json'), '{"check": "secret-scan", ');
    const ok = reportFile('ok.json', 'env-check', []);
    const broken = await runCliBundle(['report', ok, 'broken.json'], dir.dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/^launch-ready: report broken\.json is not valid JSON/);

    writeFileSync(join(dir.dir, 'other.json'), JSON.stringify({ check: 'x', findings: 'none' }));
    const other = await runCliBundle(['report', 'other.json'], dir.dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/report other\.json is not a launch-ready JSON report/);

    const old = reportFile('old.json', 'secret-scan', [], '0.0.1');
    const mismatch = await runCliBundle(['report', ok, old], dir.dir);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr.trim()).toBe(
      'launch-ready: report old.json was written by launch-ready 0.0.1, this is 0.1.0: run every step with the same version',
    );
    const missing = await runCliBundle(['report', 'nowhere'], dir.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere does not exist');
  });
});

describe('the sticky pull request comment', () => {
  const TOKEN = 'ghs_fakeTOKENforTHEcommentTEST0123456789';
  let gh: FakeGitHub;
  let comments: FakeComments;
  beforeEach(async () => {
    gh = await startFakeGitHub({ token: TOKEN });
    comments = addIssueComments(gh);
  });
  afterEach(async () => {
    await gh.close();
    expect(gh.invalid).toEqual([]);
  });

  const pullRequest = (fork = false) => ({
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'b'.repeat(40), repo: { full_name: fork ? 'stranger/shop' : 'founder/shop' } },
        base: { sha: 'a'.repeat(40), repo: { full_name: 'founder/shop' } },
      },
    },
  });
  const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_WORKFLOW: 'launch-ready' });
  const runReport = (reports: string[], event = pullRequest()) =>
    runActionBundle('report', { reports: reports.join('\n'), 'github-token': TOKEN }, dir.dir, env(), { event });

  it('is created on the first run and edited in place on the next: one POST, then a PATCH, one comment', async () => {
    const failing = reportFile('pr-secrets.json', 'secret-scan', [
      finding('secret-scan', 'blocker', 'src/pay.js', 3),
      finding('secret-scan', 'low', 'src/x.js', 9),
    ]);
    const env1 = reportFile('pr-env.json', 'env-check', [finding('env-check', 'high', '.env.example', 2)]);
    const first = await runReport([failing, env1]);
    expect(first.code).toBe(1);
    expect(gh.writes().map((c) => `${c.method} ${c.status}`)).toEqual(['POST 201']);
    expect(comments.on(7)).toHaveLength(1);
    const body = comments.on(7)[0]!.body;
    expect(body.startsWith('<!-- launch-ready:launch-ready -->')).toBe(true);
    expect(body).toContain('secret-scan failed');
    expect(body).toContain('`src/pay.js:3`');
    expect(body).toContain('`.env.example:2`');
    expect(body).not.toContain('src/x.js:9</'); // lows only in the folded details
    expect(body).toContain('https://github.com/founder/shop/actions/runs/42');
    expect(body).toContain('<details>');
    expect(first.outputs['comment-url']).toBe(comments.on(7)[0]!.html_url);

    const fixed = reportFile('pr-fixed.json', 'secret-scan', []);
    const second = await runReport([fixed, reportFile('pr-env-fixed.json', 'env-check', [])]);
    expect(second.code).toBe(0);
    expect(gh.writes().map((c) => c.method)).toEqual(['POST', 'PATCH']);
    expect(comments.on(7)).toHaveLength(1);
    const edited = comments.on(7)[0]!.body;
    expect(edited).toContain('Everything passes now');
    expect(edited).not.toContain('src/pay.js:3');
    for (const output of [first, second]) {
      // Masked (::add-mask::) and nowhere else.
      const shown = output.stdout.replace(`::add-mask::${TOKEN}`, '') + output.stderr + output.summary;
      expect(shown + JSON.stringify(output.outputs)).not.toContain(TOKEN);
    }
  });

  it("leaves another person's comment alone and never adds a second one of its own", async () => {
    comments.seed(7, 'Looks good to me');
    comments.seed(7, 'I quote it: <!-- launch-ready:launch-ready -->', 'User');
    const ok = reportFile('pr-ok.json', 'env-check', []);
    await runReport([ok]);
    await runReport([ok]);
    const ours = comments.on(7).filter((c) => c.body.startsWith('<!-- launch-ready:launch-ready -->'));
    expect(ours).toHaveLength(1);
    expect(comments.on(7).map((c) => c.body.slice(0, 20))).toContain('Looks good to me');
    expect(comments.on(7).find((c) => c.user.type === 'User')!.body).toMatch(/^I quote it/);
  });

  it("a fork's pull request: no write is tried, the step passes on the gate alone, the summary is written", async () => {
    const ok = reportFile('fork-ok.json', 'env-check', [finding('env-check', 'medium', '.env.example', 1)]);
    const result = await runReport([ok], pullRequest(true));
    expect(result.code).toBe(0);
    expect(gh.calls).toEqual([]);
    expect(result.summary).toContain('env-check passed');
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('fork');
  });

  it('a 403 on the write: one warning, no comment, the step does not fail for it, the summary is written', async () => {
    gh.fail({
      method: 'POST',
      path: /\/issues\/7\/comments/,
      status: 403,
      message: 'Resource not accessible by integration',
    });
    const ok = reportFile('forbidden-ok.json', 'env-check', []);
    const result = await runReport([ok]);
    expect(result.code).toBe(0);
    expect(gh.writes().every((c) => c.status === 403)).toBe(true);
    expect(comments.all).toEqual([]);
    expect(result.summary).toContain('env-check passed');
    const warnings = result.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('pull-requests: write');
    expect(result.stdout).not.toContain('::error');
  });

  it('a failing gate still fails the step when the comment is refused', async () => {
    gh.fail({ method: 'POST', path: /\/comments/, status: 403 });
    const bad = reportFile('forbidden-bad.json', 'secret-scan', [finding('secret-scan', 'blocker', 'k.ts', 1)]);
    const result = await runReport([bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::launch-ready failed: 1 blocker/);
  });

  it('a malformed report fails the action step with one line naming the file', async () => {
    writeFileSync(join(dir.dir, 'action-broken.json'), '[]');
    const result = await runReport(['action-broken.json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::report action-broken.json holds no report');
    expect(gh.calls).toEqual([]);
  });

  it('the CLI comments too, with GITHUB_TOKEN, in a pull_request workflow', async () => {
    const eventFile = join(dir.dir, 'event.json');
    writeFileSync(eventFile, JSON.stringify(pullRequest().payload));
    const ok = reportFile('cli-ok.json', 'env-check', []);
    const result = await runCliBundle(['report', ok], dir.dir, {
      ...env(),
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: 'founder/shop',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventFile,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(comments.on(7)).toHaveLength(1);
    expect(result.stderr).not.toContain(TOKEN);
  });

  it('the root action runs secret-scan and env-check in one step, merged, with the comment', async () => {
    const repo = tempDir('lr-e2e-root-');
    try {
      initRepo(repo.dir);
      commit(repo.dir, 'pay', { 'src/pay.js': `const stripe = require('stripe')('${keys.stripe()}');\n` });
      const result = await runActionBundle(
        '.',
        { 'github-token': TOKEN, 'sarif-file': 'launch-ready.sarif' },
        repo.dir,
        env(),
        { event: { name: 'push' } },
      );
      expect(result.code).toBe(1);
      expect(result.summary).toContain('secret-scan failed');
      expect(result.summary).toContain('env-check passed');
      expect(result.stdout).toMatch(/::error title=blocker[^\n]*,file=src\/pay\.js,line=1/);
      const sarif = expectValidSarif(readFileSync(join(repo.dir, 'launch-ready.sarif'), 'utf8'));
      expect(sarif.runs.map((r) => r.tool.driver.name)).toEqual(['launch-ready env-check', 'launch-ready secret-scan']);
      // A push: no pull request to comment on, and no call.
      expect(gh.calls).toEqual([]);

      const onPr = await runActionBundle('.', { 'github-token': TOKEN, checks: 'env-check' }, repo.dir, env(), {
        event: pullRequest(),
      });
      expect(onPr.code).toBe(0);
      expect(onPr.summary).not.toContain('secret-scan');
      expect(comments.on(7)).toHaveLength(1);
      expect(comments.on(7)[0]!.body).toContain('env-check passed');
      expect(onPr.stdout + onPr.summary).not.toContain(RUNNER_TOKEN);
    } finally {
      repo.cleanup();
    }
  });

  it('the root action: a check that needs configuration fails the step naming it, the others still report', async () => {
    const repo = tempDir('lr-e2e-root-config-');
    try {
      const result = await runActionBundle('.', { checks: 'smoke-test, env-check' }, repo.dir, env());
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/::error::smoke-test: smoke-test needs the site to test/);
      expect(result.summary).toContain('env-check passed');
      const unknown = await runActionBundle('.', { checks: 'secret-scan,lint' }, repo.dir, env());
      expect(unknown.code).toBe(1);
      expect(unknown.stdout).toContain("::error::input 'checks': no check named 'lint'");
      expect(gh.calls).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
