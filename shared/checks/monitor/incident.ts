// The incident issue's words: title, body (with the hidden marker that finds it again), comments. Text from
// responses and checks is markdown-escaped; the caller scrubs secrets from all of it.

import type { Issue } from '../../github/issues.ts';
import { escapeOneLine } from '../../report/escape.ts';
import { renderTable } from '../../report/markdown.ts';
import type { Severity } from '../../report/model.ts';
import { availabilityTable } from './chart.ts';
import type { CheckStats } from './history.ts';

export const INCIDENT_LABEL = 'launch-ready-incident';

export interface CheckRun {
  check: string;
  at: string;
  ok: boolean;
  ms: number;
  kind?: string;
  what?: string;
  hint?: string;
  severity?: Severity;
  consecutiveFailures?: number;
  since?: string;
  previousFailures?: number;
  previousSince?: string;
  incident?: {
    action: 'opened' | 'commented' | 'closed' | 'waiting';
    number?: number;
    url?: string;
    comment?: string;
    downtimeMs?: number;
  };
}

export interface MonitorDetails {
  environment: string;
  failuresBeforeAlert: number;
  historyFile: string;
  /** 'on', or 'off: why' (no repository or token: the CLI on a laptop). */
  incidents: string;
  runs: CheckRun[];
  stats: CheckStats[];
  webhook: { sent: number; failed: number };
}

function markerPrefix(check: string, environment: string): string {
  return `<!-- launch-ready-incident check="${check}" environment="${environment}"`;
}

export function marker(check: string, environment: string, since: string): string {
  return `${markerPrefix(check, environment)} since="${since}" -->`;
}

/** The open incident of this check and environment, found by the marker the body starts with. */
export function findIncident(
  open: readonly Issue[],
  check: string,
  environment: string,
): { issue: Issue; since?: string } | undefined {
  const prefix = markerPrefix(check, environment);
  const issue = open.find((i) => i.body.startsWith(`${prefix} `));
  if (!issue) return undefined;
  const since = / since="([^"]+)"/.exec(issue.body.slice(0, 300))?.[1];
  return { issue, since: since && Number.isFinite(Date.parse(since)) ? since : undefined };
}

export function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}

export function incidentTitle(run: CheckRun, environment: string): string {
  return `Incident: ${run.check} failing in ${environment} (${run.kind})`.slice(0, 200);
}

function history(stats: readonly CheckStats[], environment: string): string[] {
  return renderTable(availabilityTable(stats, environment));
}

export function incidentBody(
  run: CheckRun,
  environment: string,
  stats: readonly CheckStats[],
  link: string | undefined,
): string {
  return [
    marker(run.check, environment, run.since ?? run.at),
    `## 🛑 ${escapeOneLine(run.check)} is failing in ${escapeOneLine(environment)}`,
    '',
    `- **Since:** ${run.since ?? run.at} (${run.consecutiveFailures ?? 1} failed run(s) in a row)`,
    `- **Failure class:** ${escapeOneLine(run.kind ?? 'unknown')}`,
    `- **What broke:** ${escapeOneLine(run.what ?? '')}`,
    ...(run.hint ? [`- **What to check:** ${escapeOneLine(run.hint)}`] : []),
    ...(link ? [`- **Run:** ${link}`] : []),
    '',
    ...history(stats, environment),
    '',
    '_Opened by launch-ready monitor: it comments here on every failing run and closes this issue when the check passes again._',
  ].join('\n');
}

export function stillFailingComment(run: CheckRun, link: string | undefined): string {
  return [
    `Still failing: ${run.consecutiveFailures ?? 1} run(s) in a row since ${run.since ?? run.at}.`,
    '',
    `- **Failure class:** ${escapeOneLine(run.kind ?? 'unknown')}`,
    `- **What broke:** ${escapeOneLine(run.what ?? '')}`,
    ...(link ? [`- **Run:** ${link}`] : []),
  ].join('\n');
}

export function recoveryComment(
  run: CheckRun,
  environment: string,
  since: string,
  downtimeMs: number,
  stats: readonly CheckStats[],
  link: string | undefined,
): string {
  return [
    `✅ ${escapeOneLine(run.check)} passes again in ${escapeOneLine(environment)} (${run.at}). Down for ${duration(downtimeMs)}, since ${since}. Closing.`,
    ...(link ? ['', `Run: ${link}`] : []),
    '',
    ...history(stats, environment),
  ].join('\n');
}

/** 3 h 5 min, 12 min, 40 s. */
export function duration(ms: number): string {
  // An incident whose start GitHub did not give (no created_at) has no length to state.
  if (!Number.isFinite(ms)) return 'an unknown time';
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  if (days > 0) return `${days} d ${hours % 24} h`;
  return `${hours} h ${minutes % 60} min`;
}
