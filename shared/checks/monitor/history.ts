// The monitor's memory between runs: one small JSON file (restored and saved by actions/cache in a workflow),
// every run's result per check and environment for the last 7 days, bounded in size whatever happens.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readTextFile } from '../../fs/read.ts';

export const HISTORY_DAYS = 7;
const DAY_MS = 86_400_000;
/** One run every 5 minutes for 7 days is 2,016 per check; a few checks and environments stay far under this. */
export const MAX_ENTRIES = 20_000;
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;

export interface HistoryEntry {
  /** ISO time of the run. */
  at: string;
  check: string;
  environment: string;
  ok: boolean;
  /** How long the check took, in ms. */
  ms: number;
  /** Failure class (dns, connect, tls, timeout, http, assertion, or a rule id) when it failed. */
  kind?: string;
}

export interface History {
  version: 1;
  entries: HistoryEntry[];
}

/** Where the history lives when the options name no file. */
export function historyPath(given: string, cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  if (given !== '') return resolve(cwd, given);
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'launch-ready-monitor', 'history.json');
  return resolve(cwd, '.launch-ready', 'monitor-history.json');
}

/** The stored history; an unreadable or malformed file starts a new one (said in the log), never fails the run. */
export async function loadHistory(path: string, log: (line: string) => void): Promise<History> {
  let text: string | undefined;
  try {
    text = await readTextFile(path, { maxBytes: MAX_HISTORY_BYTES, what: 'monitor history', optional: true });
  } catch (error) {
    log(`monitor: history not read (${(error as Error).message.split('\n')[0]}): starting a new one`);
    return { version: 1, entries: [] };
  }
  if (text === undefined) return { version: 1, entries: [] };
  try {
    const parsed = JSON.parse(text) as { version?: unknown; entries?: unknown };
    if (parsed.version !== 1 || !Array.isArray(parsed.entries)) throw new Error('not a monitor history');
    return { version: 1, entries: parsed.entries.filter(isEntry) };
  } catch (error) {
    log(`monitor: history ${path} is malformed (${(error as Error).message.split('\n')[0]}): starting a new one`);
    return { version: 1, entries: [] };
  }
}

function isEntry(value: unknown): value is HistoryEntry {
  const e = value as HistoryEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.at === 'string' &&
    Number.isFinite(Date.parse(e.at)) &&
    typeof e.check === 'string' &&
    typeof e.environment === 'string' &&
    typeof e.ok === 'boolean' &&
    typeof e.ms === 'number'
  );
}

/** The history with the new entries, without anything older than 7 days, at most MAX_ENTRIES (the newest). */
export function appendEntries(history: History, added: HistoryEntry[], now: number): History {
  const since = now - HISTORY_DAYS * DAY_MS;
  const entries = [...history.entries, ...added]
    .filter((e) => Date.parse(e.at) >= since)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { version: 1, entries: entries.slice(-MAX_ENTRIES) };
}

export async function saveHistory(path: string, history: History): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Written beside and renamed: a run cancelled mid-write leaves the previous history whole.
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(history)}\n`);
  await rename(temporary, path);
}

/** The current run of failures of one check (newest last): how many in a row, and when the first of them ran. */
export function failureStreak(
  entries: readonly HistoryEntry[],
  check: string,
  environment: string,
): { count: number; since?: string } {
  let count = 0;
  let since: string | undefined;
  const own = entries.filter((e) => e.check === check && e.environment === environment);
  for (let i = own.length - 1; i >= 0 && !own[i]!.ok; i--) {
    count++;
    since = own[i]!.at;
  }
  return { count, since };
}

export interface DayStats {
  /** YYYY-MM-DD (UTC). */
  day: string;
  runs: number;
  failures: number;
  /** Percent of passing runs, one decimal. */
  availability: number;
  p95Ms: number;
}

export interface CheckStats {
  check: string;
  runs: number;
  failures: number;
  availability: number;
  p95Ms: number;
  days: DayStats[];
}

/** Availability and p95 duration per check over the last 7 days, in total and per day (days with runs only). */
export function statsOf(
  entries: readonly HistoryEntry[],
  environment: string,
  checks: readonly string[],
): CheckStats[] {
  return checks.map((check) => {
    const own = entries.filter((e) => e.check === check && e.environment === environment);
    const byDay = new Map<string, HistoryEntry[]>();
    for (const e of own) {
      const day = e.at.slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), e]);
    }
    const days = [...byDay.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, list]) => ({ day, ...summarize(list) }));
    return { check, ...summarize(own), days };
  });
}

function summarize(list: readonly HistoryEntry[]): {
  runs: number;
  failures: number;
  availability: number;
  p95Ms: number;
} {
  const runs = list.length;
  const failures = list.filter((e) => !e.ok).length;
  const availability = runs === 0 ? 0 : Math.round(((runs - failures) / runs) * 1000) / 10;
  return {
    runs,
    failures,
    availability,
    p95Ms: percentile(
      list.map((e) => e.ms),
      0.95,
    ),
  };
}

/** Nearest-rank percentile; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!);
}
