// The action side of the pipeline: inputs -> check -> summary, annotations, outputs, files -> gate.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import type { CheckContext, CheckDefinition } from '../checks/definition.ts';
import { DEFAULT_CONFIG_FILE } from '../config/load.ts';
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
import { assertFolder, type Outcome, parseFailOn, readConfig, runCheck, sarifPaths } from './pipeline.ts';

export async function runAction(definition: CheckDefinition, allSections: string[]): Promise<void> {
  // A secret is masked in the log the moment we learn of it, before anything can print it. The runner masks
  // a multi-line value (a PEM key) only line by line, so each line is registered.
  const redactor = new Redactor((value) => {
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) core.setSecret(line.trim());
  });
  try {
    const input = (name: string) => core.getInput(name);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const workingDirectory = input('working-directory') || '.';
    const cwd = resolve(workspace, workingDirectory);
    assertFolder(cwd, workingDirectory, "input 'working-directory'");
    const failOn = parseFailOn(input('fail-on'), "input 'fail-on'");
    // The runner always sends the input's default: the default file name is not a file the user asked for.
    const configInput = input('config');
    const config = await readConfig(
      cwd,
      configInput === DEFAULT_CONFIG_FILE ? undefined : configInput || undefined,
      allSections,
    );
    const params = Object.fromEntries(definition.params.map((p) => [p.name, input(p.name)]));
    const context: CheckContext = {
      cwd,
      env: process.env,
      redactor,
      event: readEvent(),
      source: 'action',
      log: (line: string) => printUntrusted(plainText(redactor.scrub(line))),
      githubToken: input('github-token') || undefined,
    };
    redactor.add(context.githubToken);
    // Annotations, SARIF and reports name files from the repository root, whatever the working-directory.
    const outcome = await runCheck(definition, config, params, failOn, context, { pathsRelativeTo: workspace });
    const { report, verdict, tables } = outcome;

    const { shown, hidden } = selectAnnotations(report.findings);
    const annotate = { error: core.error, warning: core.warning, notice: core.notice };
    for (const a of shown) annotate[a.level](redactor.scrub(a.message), redactor.scrubDeep(a.properties));
    let checkRun: CheckRunNote | undefined;
    if (hidden > 0) checkRun = await publishAllAnnotations(input('github-token'), context, outcome);

    const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), 'launch-ready', `${definition.name}.json`);
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, redactor.scrub(renderJson(report, verdict)));
    const sarifFile = input('sarif-file');
    if (sarifFile) {
      const sarifPath = resolve(cwd, sarifFile);
      await mkdir(dirname(sarifPath), { recursive: true });
      const paths = sarifPaths(cwd, config, process.env, workspace);
      await writeFile(sarifPath, redactor.scrub(renderSarif([report], VERSION, paths)));
      core.setOutput('sarif', sarifPath);
    }

    if (process.env.GITHUB_STEP_SUMMARY) {
      const note = annotationNote(hidden, checkRun);
      const markdown = renderMarkdown(report, { verdict, tables, annotationNote: note });
      await core.summary.addRaw(redactor.scrub(markdown), true).write();
    }
    core.setOutput('passed', String(verdict.passed));
    core.setOutput('findings', String(report.findings.length));
    core.setOutput('report', reportPath);
    for (const [name, value] of Object.entries(definition.outputs?.(report) ?? {})) {
      core.setOutput(name, redactor.scrub(value));
    }
    core.startGroup(`${definition.name} report`);
    printUntrusted(redactor.scrub(renderText(report, { verdict, tables })));
    core.endGroup();
    const line = headline(report, verdict);
    if (verdict.passed) core.info(line);
    else core.setFailed(line);
  } catch (error) {
    if (error instanceof UsageError) {
      core.setFailed(redactor.scrub(error.message));
      return;
    }
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    if (error instanceof Error && error.stack) core.debug(redactor.scrub(error.stack));
    core.setFailed(redactor.scrub(`launch-ready ${definition.name}: internal error: ${message}`));
  }
}

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
function printUntrusted(text: string): void {
  core.info(withoutCommands(text).replace(/\n$/, ''));
}

function readEvent(): { name: string; payload: Record<string, unknown> } | undefined {
  const name = process.env.GITHUB_EVENT_NAME;
  if (!name) return undefined;
  const path = process.env.GITHUB_EVENT_PATH;
  try {
    return { name, payload: path ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {} };
  } catch {
    return { name, payload: {} };
  }
}
