// The two actions that end in one merged report: `report` (merges the JSON reports earlier steps or a matrix's
// jobs wrote) and the root action (runs several checks in one step, then merges their reports). Both hand the
// merged report to the same writers: one job summary, one SARIF file, the sticky comment, one gate.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { CheckDefinition } from '../checks/definition.ts';
import { render } from '../cli/output.ts';
import { UsageError } from '../errors.ts';
import { headline } from '../report/describe.ts';
import { plainText } from '../report/escape.ts';
import type { Report } from '../report/model.ts';
import {
  type ActionSetup,
  actionRedactor,
  checkStep,
  failingWith,
  reportsFolder,
  setupAction,
  writeSarif,
} from './action.ts';
import {
  type CommentMode,
  mergedMarkdown,
  mergedSarif,
  mergeReports,
  parseCommentMode,
  publishComment,
} from './merged.ts';
import { sarifPaths } from './pipeline.ts';
import { loadReports } from './report-files.ts';

/** `reports` input: files or folders, one per line or comma-separated. */
function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export async function runReportAction(): Promise<void> {
  const redactor = actionRedactor();
  await failingWith('report', redactor, async () => {
    const setup = await setupAction(redactor, []);
    const comment = parseCommentMode(setup.input('comment'), "input 'comment'");
    const sources = splitList(setup.input('reports'));
    const loaded = await loadReports(sources.length > 0 ? sources : [reportsFolder()], setup.cwd);
    await publishMerged(
      setup,
      loaded.map((l) => l.report),
      comment,
    );
  });
}

/** The checks named in the root action's `checks` input; empty: every check that runs with no configuration. */
export function chooseChecks(value: string, checks: readonly CheckDefinition[]): CheckDefinition[] {
  const names = splitList(value);
  if (names.length === 0) return checks.filter((c) => c.zeroConfig);
  return [...new Set(names)].map((name) => {
    const check = checks.find((c) => c.name === name);
    if (!check) {
      throw new UsageError(
        `input 'checks': no check named '${name}': expected ${checks.map((c) => c.name).join(', ')}`,
      );
    }
    return check;
  });
}

export async function runRootAction(checks: readonly CheckDefinition[], allSections: string[]): Promise<void> {
  const redactor = actionRedactor();
  await failingWith('launch-ready', redactor, async () => {
    const setup = await setupAction(redactor, allSections);
    const comment = parseCommentMode(setup.input('comment'), "input 'comment'");
    const chosen = chooseChecks(setup.input('checks'), checks);
    const reports: Report[] = [];
    const problems: string[] = [];
    for (const check of chosen) {
      try {
        reports.push((await checkStep(check, setup)).outcome.report);
      } catch (error) {
        // One check's configuration mistake does not hide the others' reports; the step fails with it below.
        if (!(error instanceof UsageError)) throw error;
        problems.push(`${check.name}: ${error.message}`);
      }
    }
    await publishMerged(setup, reports, comment, problems);
  });
}

/** Where the merged JSON goes: beside, not inside, the folder the report action reads by default. */
function mergedReportPath(): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), 'launch-ready-report', 'report.json');
}

async function publishMerged(
  setup: ActionSetup,
  reports: readonly Report[],
  comment: CommentMode,
  problems: readonly string[] = [],
): Promise<void> {
  const { redactor, input, cwd, config, workspace, failOn } = setup;
  const merged = mergeReports(reports, failOn);
  const sarifFile = input('sarif-file');
  if (sarifFile) {
    const paths = sarifPaths(cwd, config, process.env, workspace);
    await writeSarif(resolve(cwd, sarifFile), redactor.scrub(mergedSarif(merged, paths)));
  }
  const reportPath = mergedReportPath();
  await mkdir(dirname(reportPath), { recursive: true });
  const outcomes = merged.sections.map((s) => ({ ...s, tables: s.tables ?? [] }));
  await writeFile(reportPath, redactor.scrub(render(outcomes, 'json', false)));
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(redactor.scrub(mergedMarkdown(merged)), true).write();
  }
  const url = await publishComment(merged, {
    mode: comment,
    env: process.env,
    event: setup.context.event,
    token: input('github-token'),
    redactor,
    info: (line) => core.info(redactor.scrub(plainText(line))),
    warn: (line) => core.warning(redactor.scrub(line)),
  });
  const { report, verdict } = merged.overall;
  core.setOutput('passed', String(verdict.passed && problems.length === 0));
  core.setOutput('findings', String(report.findings.length));
  core.setOutput('report', reportPath);
  if (url) core.setOutput('comment-url', url);
  const line = headline(report, verdict);
  if (problems.length > 0) core.setFailed(redactor.scrub(problems.join('; ')));
  else if (verdict.passed) core.info(line);
  else core.setFailed(line);
}
