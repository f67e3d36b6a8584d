// The action side of the pipeline: inputs -> check -> summary, annotations, outputs, files -> gate.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { CheckContext, CheckDefinition } from '../checks/definition.ts';
import { type ConfigFile, DEFAULT_CONFIG_FILE } from '../config/load.ts';
import { UsageError } from '../errors.ts';
import { annotationNote, type CheckRunNote, selectAnnotations } from '../report/annotations.ts';
import { headline } from '../report/describe.ts';
import { escapeMarkdown, plainText } from '../report/escape.ts';
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { MIN_SECRET_LENGTH, Redactor } from '../report/redact.ts';
import { renderSarif } from '../report/sarif.ts';
import { renderText } from '../report/text.ts';
import { withoutCommands } from '../report/workflow-commands.ts';
import { VERSION } from '../version.ts';
import { readEvent } from './event.ts';
import { assertFolder, type FailOn, type Outcome, parseFailOn, readConfig, runCheck, sarifPaths } from './pipeline.ts';

/** What every action step reads first: the redactor, the folders, the gate and the config. */
export interface ActionSetup {
  redactor: Redactor;
  input: (name: string) => string;
  workspace: string;
  cwd: string;
  failOn: FailOn;
  config: ConfigFile;
  context: CheckContext;
}

/** What one check leaves behind in an action step (its annotations are already emitted). */
export interface CheckStep {
  outcome: Outcome;
  reportPath: string;
  annotationNote?: string;
}

/** A secret is masked in the log the moment we learn of it, before anything can print it. */
function actionRedactor(): Redactor {
  // The runner masks a multi-line value (a PEM key) only line by line, so each line is registered.
  return new Redactor((value) => {
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) core.setSecret(line.trim());
  });
}

export async function setupAction(redactor: Redactor, allSections: string[]): Promise<ActionSetup> {
  const input = (name: string) => core.getInput(name);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = input('working-directory') || '.';
  const cwd = resolve(workspace, workingDirectory);
  assertFolder(cwd, workingDirectory, "input 'working-directory'");
  const failOn = parseFailOn(input('fail-on'), "input 'fail-on'");
  // The runner always sends the input's default: the default file name is not a file the user asked for.
  const configInput = input('config');
  const config =
    allSections.length === 0
      ? { path: DEFAULT_CONFIG_FILE, sections: {} }
      : await readConfig(cwd, configInput === DEFAULT_CONFIG_FILE ? undefined : configInput || undefined, allSections);
  const context: CheckContext = {
    cwd,
    env: process.env,
    redactor,
    event: readEvent(process.env),
    source: 'action',
    log: (line: string) => printUntrusted(plainText(redactor.scrub(line))),
    githubToken: input('github-token') || undefined,
  };
  redactor.add(context.githubToken);
  return { redactor, input, workspace, cwd, failOn, config, context };
}

/** Runs one check: its annotations, its check run when they overflow, its JSON report and its log group. */
export async function checkStep(definition: CheckDefinition, setup: ActionSetup): Promise<CheckStep> {
  const { redactor, input, workspace, config, failOn, context } = setup;
  const params = Object.fromEntries(definition.params.map((p) => [p.name, input(p.name)]));
  // Annotations, SARIF and reports name files from the repository root, whatever the working-directory.
  const outcome = await runCheck(definition, config, params, failOn, context, { pathsRelativeTo: workspace });
  const { report, verdict, tables } = outcome;

  const { shown, hidden } = selectAnnotations(report.findings);
  const annotate = { error: core.error, warning: core.warning, notice: core.notice };
  for (const a of shown) annotate[a.level](redactor.scrub(a.message), redactor.scrubDeep(a.properties));
  let checkRun: CheckRunNote | undefined;
  if (hidden > 0) checkRun = await publishAllAnnotations(input('github-token'), context, outcome);

  const reportPath = join(reportsFolder(), `${definition.name}.json`);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, redactor.scrub(renderJson(report, verdict)));
  core.startGroup(`${definition.name} report`);
  printUntrusted(redactor.scrub(renderText(report, { verdict, tables })));
  core.endGroup();
  return { outcome, reportPath, annotationNote: annotationNote(hidden, checkRun) };
}

/** RUNNER_TEMP/launch-ready: every action's JSON report, and where the report action looks by default. */
export function reportsFolder(): string {
  return join(process.env.RUNNER_TEMP ?? tmpdir(), 'launch-ready');
}

export async function runAction(definition: CheckDefinition, allSections: string[]): Promise<void> {
  const redactor = actionRedactor();
  await failingWith(definition.name, redactor, async () => {
    const setup = await setupAction(redactor, allSections);
    const { cwd, config, workspace, input } = setup;
    const { outcome, reportPath, annotationNote: note } = await checkStep(definition, setup);
    const { report, verdict, tables } = outcome;
    const sarifFile = input('sarif-file');
    if (sarifFile) {
      const paths = sarifPaths(cwd, config, process.env, workspace);
      await writeSarif(resolve(cwd, sarifFile), redactor.scrub(renderSarif([report], VERSION, paths)));
    }
    if (process.env.GITHUB_STEP_SUMMARY) {
      const markdown = renderMarkdown(report, { verdict, tables, annotationNote: note });
      await core.summary.addRaw(redactor.scrub(markdown), true).write();
    }
    core.setOutput('passed', String(verdict.passed));
    core.setOutput('findings', String(report.findings.length));
    core.setOutput('report', reportPath);
    for (const [name, value] of Object.entries(definition.outputs?.(report) ?? {})) {
      core.setOutput(name, redactor.scrub(value));
    }
    const line = headline(report, verdict);
    if (verdict.passed) core.info(line);
    else core.setFailed(line);
  });
}

export async function writeSarif(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  core.setOutput('sarif', path);
}

/** The step fails with one line: a usage error as it is, anything else as an internal error (stack in debug). */
export async function failingWith(name: string, redactor: Redactor, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(redactor.scrub(error.message));
      return;
    }
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (error instanceof Error && error.stack) core.debug(redactor.scrub(error.stack));
    core.setFailed(redactor.scrub(`launch-ready ${name}: internal error: ${message}`));
  }
}

export { actionRedactor };

/**
 * The file annotations on a check run, when the token may write one: the run's URL and what it lacks, or
 * undefined. Anything short of every annotation is a warning: the step goes on, the summary says where they are.
 */
async function publishAllAnnotations(
  token: string,
  context: CheckContext,
  outcome: Outcome,
): Promise<CheckRunNote | undefined> {
  context.redactor.add(token);
  const { checkRunTarget, checkRunAnnotations, publishCheckRun } = await import('../github/check-run.ts');
  const target = checkRunTarget(process.env, token, context.event?.payload);
  if (!target) return undefined;
  const { report, verdict } = outcome;
  const annotations = context.redactor.scrubDeep(checkRunAnnotations(report.findings));
  // The check run's summary is rendered as markdown on GitHub.
  const summary = escapeMarkdown(context.redactor.scrub(report.summary));
  const result = await publishCheckRun(target, report, verdict, summary, annotations);
  if (result.error)
    core.warning(context.redactor.scrub(`launch-ready: not every annotation is on a check run: ${result.error}`));
  return result.url === undefined ? undefined : { url: result.url, omitted: result.omitted };
}

/** Text we did not write (file names, responses) in the log, with the runner's command processing off. */
export function printUntrusted(text: string): void {
  core.info(withoutCommands(text).replace(/\n$/, ''));
}
