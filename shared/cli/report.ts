// `launch-ready report`: merge JSON reports (earlier steps, a matrix's downloaded artifacts) into one output,
// one SARIF file, one gate and exit code; in GitHub Actions also the job summary and the sticky PR comment.
import { appendFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorCode, UsageError } from '../errors.ts';
import { tokenFrom } from '../github/client.ts';
import { plainText } from '../report/escape.ts';
import { Redactor } from '../report/redact.ts';
import { inActionsLog, withoutCommands } from '../report/workflow-commands.ts';
import { readEvent } from '../run/event.ts';
import {
  COMMENT_MODES,
  mergedMarkdown,
  mergedSarif,
  mergeReports,
  parseCommentMode,
  publishComment,
} from '../run/merged.ts';
import { assertFolder, FAIL_ON_VALUES, parseFailOn, sarifPaths } from '../run/pipeline.ts';
import { loadReports } from '../run/report-files.ts';
import type { Io } from './main.ts';
import { FORMATS, type Format, render } from './output.ts';

const FLAGS = {
  reports: {
    type: 'string',
    multiple: true,
    description: 'a JSON report or a folder of them (repeatable; default: $RUNNER_TEMP/launch-ready)',
  },
  format: { type: 'string', description: `output format: ${FORMATS.join(', ')} (default: text)` },
  output: { type: 'string', description: 'write the output to this file instead of stdout' },
  'fail-on': { type: 'string', description: `exit 1 at or above: ${FAIL_ON_VALUES.join(', ')} (default: high)` },
  'sarif-file': { type: 'string', description: 'also write SARIF 2.1.0, one run per check, to this file' },
  comment: {
    type: 'string',
    description: `sticky pull request comment: ${COMMENT_MODES.join(', ')} (default: auto, on pull_request events with GITHUB_TOKEN)`,
  },
  cwd: { type: 'string', description: 'folder relative paths start from (default: the current folder)' },
  help: { type: 'boolean', description: 'show this help' },
} as const;

export function reportHelp(): string {
  const width = Math.max(...Object.keys(FLAGS).map((name) => name.length + 2));
  const lines = Object.entries(FLAGS).map(([name, spec]) => `  ${`--${name}`.padEnd(width)}  ${spec.description}`);
  return `launch-ready report: merge JSON reports into one summary, SARIF file, pull request comment and gate

Usage: launch-ready report [--reports DIR|FILE]… [DIR|FILE…] [options]

Options:
${lines.join('\n')}

Reports are the files --format json writes and every action leaves in $RUNNER_TEMP/launch-ready. Reports of
another launch-ready version are refused. In GitHub Actions the merged summary goes to $GITHUB_STEP_SUMMARY.
`;
}

export async function runReportCommand(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see: launch-ready report --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(reportHelp());
    return 0;
  }
  const format = (values.format ?? 'text') as Format;
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got '${values.format}'`);
  }
  const failOn = parseFailOn(values['fail-on'], '--fail-on');
  const comment = parseCommentMode(values.comment, '--comment');
  const cwd = resolve(io.cwd, values.cwd ?? '.');
  assertFolder(cwd, values.cwd ?? '.', '--cwd');
  const sources = [...(values.reports ?? []), ...positionals];
  if (sources.length === 0) {
    if (!io.env.RUNNER_TEMP) throw new UsageError('name the reports to merge: launch-ready report --reports DIR|FILE');
    sources.push(join(io.env.RUNNER_TEMP, 'launch-ready'));
  }
  const loaded = await loadReports(sources, cwd);
  const merged = mergeReports(
    loaded.map((l) => l.report),
    failOn,
  );
  const redactor = new Redactor();
  const guard = inActionsLog(io.env) ? withoutCommands : (text: string) => text;
  const outcomes = merged.sections.map((s) => ({ ...s, tables: s.tables ?? [] }));
  const config = { path: 'launch-ready.yml', sections: {} };
  const sarif = sarifPaths(cwd, config, io.env);
  const color = io.isTty && format === 'text' && values.output === undefined && !io.env.NO_COLOR;
  const text = format === 'markdown' ? mergedMarkdown(merged) : render(outcomes, format, color, sarif);
  if (values.output) await writeTo(resolve(io.cwd, values.output), '--output', values.output, text, false);
  else io.stdout(format === 'text' ? guard(text) : text);
  if (values['sarif-file']) {
    await writeTo(
      resolve(io.cwd, values['sarif-file']),
      '--sarif-file',
      values['sarif-file'],
      mergedSarif(merged, sarif),
      false,
    );
  }
  if (io.env.GITHUB_STEP_SUMMARY) {
    await writeTo(
      io.env.GITHUB_STEP_SUMMARY,
      'GITHUB_STEP_SUMMARY',
      io.env.GITHUB_STEP_SUMMARY,
      `${mergedMarkdown(merged)}\n`,
      true,
    );
  }
  await publishComment(merged, {
    mode: comment,
    env: io.env,
    event: readEvent(io.env),
    token: tokenFrom(io.env),
    redactor,
    info: (line) => io.stderr(guard(`${plainText(redactor.scrub(line))}\n`)),
    warn: (line) => io.stderr(guard(`${plainText(redactor.scrub(line))}\n`)),
  });
  return merged.overall.verdict.passed ? 0 : 1;
}

async function writeTo(path: string, flag: string, shown: string, text: string, append: boolean): Promise<void> {
  try {
    await (append ? appendFile(path, text) : writeFile(path, text));
  } catch (error) {
    throw new UsageError(`${flag}: cannot write ${shown} (${errorCode(error)}): does its folder exist?`);
  }
}
