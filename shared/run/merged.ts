// One gate over many reports: `launch-ready report`, the report action and the root action merge the reports of
// their checks into one job summary, one SARIF file (a run per check), one exit code and the sticky pull request
// comment. Rendering stays in shared/report (renderMergedMarkdown, renderSarif, renderComment): this module
// only decides what goes where.
import type { Table } from '../checks/definition.ts';
import { findCheck } from '../checks/registry.ts';
import { UsageError } from '../errors.ts';
import { renderMergedMarkdown, type Section } from '../report/markdown.ts';
import { combineReports, overallReport, verdictOf } from '../report/merge.ts';
import type { Report } from '../report/model.ts';
import { commentMarker, renderComment, stateOf } from '../report/pr-comment.ts';
import type { Redactor } from '../report/redact.ts';
import { renderSarif, type SarifOptions } from '../report/sarif.ts';
import { VERSION } from '../version.ts';
import type { FailOn } from './pipeline.ts';

export interface Merged {
  overall: Section;
  sections: Section[];
}

export function mergeReports(reports: readonly Report[], failOn: FailOn, tables = tablesOf): Merged {
  const sections = combineReports(reports).map(
    (report): Section => ({ report, verdict: verdictOf(report, failOn), tables: tables(report) }),
  );
  const all = overallReport(sections.map((s) => s.report));
  return { overall: { report: all, verdict: verdictOf(all, failOn) }, sections };
}

/** The check's own tables (smoke-test steps…), rebuilt from the report's details; none if they do not fit. */
function tablesOf(report: Report): Table[] {
  try {
    return findCheck(report.check)?.present?.(report) ?? [];
  } catch {
    // Details from a file are not guaranteed to have the shape the check wrote: the findings still show.
    return [];
  }
}

export function mergedMarkdown(merged: Merged): string {
  return renderMergedMarkdown(merged.overall, merged.sections);
}

export function mergedSarif(merged: Merged, options: SarifOptions): string {
  return renderSarif(
    merged.sections.map((s) => s.report),
    VERSION,
    options,
  );
}

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export function parseCommentMode(value: string | undefined, label: string): CommentMode {
  const v = (value ?? '').trim().toLowerCase() || 'auto';
  if ((COMMENT_MODES as readonly string[]).includes(v)) return v as CommentMode;
  throw new UsageError(`${label} expects one of ${COMMENT_MODES.join(', ')}, got '${value}'`);
}

export interface CommentRun {
  mode: CommentMode;
  env: Readonly<Record<string, string | undefined>>;
  event?: { name: string; payload: Record<string, unknown> };
  token?: string;
  redactor: Redactor;
  /** A line for the log (created, updated, skipped on a non-PR event). */
  info: (line: string) => void;
  /** One line when the comment could not be written: the step goes on. */
  warn: (line: string) => void;
}

/**
 * Writes or edits the sticky comment when the mode and the event call for one. Never throws for GitHub's sake:
 * a fork's read-only token, a 403 or any other refusal is one warning, and the job summary still has it all.
 * Returns the comment's URL when one was written.
 */
export async function publishComment(merged: Merged, run: CommentRun): Promise<string | undefined> {
  if (run.mode === 'never') return undefined;
  const { pullRequestOf, upsertStickyComment } = await import('../github/pr-comment.ts');
  const place = pullRequestOf(run.env, run.event);
  const skip = (why: string, warn: boolean) => {
    const line = `launch-ready: no pull request comment: ${why}; the job summary has the report.`;
    if (warn) run.warn(line);
    else run.info(line);
    return undefined;
  };
  if ('skip' in place) {
    // auto on a push or a schedule: nothing to comment on, and nothing worth a log line.
    if (run.mode === 'auto' && place.fork !== true) return undefined;
    return skip(place.skip, true);
  }
  const token = run.token?.trim();
  if (!token) return skip('no token (give the github-token input or GITHUB_TOKEN)', true);
  const { checkGitHubClient, GitHubApiError } = await import('../github/client.ts');
  const client = checkGitHubClient(token, { env: run.env, redactor: run.redactor, log: run.info });
  const marker = commentMarker(run.env.GITHUB_WORKFLOW ?? 'launch-ready');
  const runUrl = runUrlOf(run.env);
  try {
    const result = await upsertStickyComment(client, place.target, marker, (previousBody) =>
      run.redactor.scrub(
        renderComment({
          marker,
          overall: merged.overall,
          sections: merged.sections,
          runUrl,
          previous: stateOf(previousBody),
          version: VERSION,
        }),
      ),
    );
    run.info(`launch-ready: pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
    return result.url;
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    const why =
      error.kind === 'forbidden'
        ? `the token may not write it (${error.message}); give the job \`permissions: pull-requests: write\``
        : error.message;
    return skip(run.redactor.scrub(why), true);
  }
}

/** GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID, when all three are known. */
export function runUrlOf(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const server = (env.GITHUB_SERVER_URL ?? '').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  if (!/^https?:\/\/[^\s)]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repository) || !/^\d+$/.test(runId)) {
    return undefined;
  }
  return `${server}/${repository}/actions/runs/${runId}`;
}
