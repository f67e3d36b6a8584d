// Polls a URL until it answers 2xx or a deadline passes: a deploy workflow's "is the new version up yet".
import type { Probe } from './probe.ts';
import type { ProbeResult } from './types.ts';

export interface WaitForOptions {
  /** Give up after this long. */
  deadlineMs: number;
  /** Deadline of each poll; shortened near the end so the total stays within deadlineMs. */
  requestTimeoutMs: number;
  /** First pause between polls, doubled up to maxIntervalMs. Default 250. */
  intervalMs?: number;
  /** Default 2000. */
  maxIntervalMs?: number;
  /** Sent with every poll (e.g. the Basic credentials of a protected staging site). */
  headers?: Record<string, string>;
  onAttempt?: (result: ProbeResult, attempt: number) => void;
}

export interface WaitForResult {
  ok: boolean;
  attempts: number;
  waitedMs: number;
  /** The last answer (or failure) seen. */
  last: ProbeResult;
}

const MIN_POLL_MS = 50;

export async function waitFor(probe: Probe, url: string, options: WaitForOptions): Promise<WaitForResult> {
  const startedAt = performance.now();
  const endAt = startedAt + options.deadlineMs;
  let interval = options.intervalMs ?? 250;
  const maxInterval = options.maxIntervalMs ?? 2_000;
  for (let attempt = 1; ; attempt += 1) {
    const remaining = Math.max(1, endAt - performance.now());
    const last = await probe.request({
      url,
      headers: options.headers,
      timeoutMs: Math.min(options.requestTimeoutMs, remaining),
    });
    options.onAttempt?.(last, attempt);
    const ok = last.failure === undefined && last.status !== undefined && last.status >= 200 && last.status < 300;
    const left = endAt - performance.now();
    // Stop rather than squeeze in a poll too short to get an answer: the last real answer explains more.
    if (ok || left <= interval + MIN_POLL_MS)
      return { ok, attempts: attempt, waitedMs: performance.now() - startedAt, last };
    await new Promise((resolve) => setTimeout(resolve, interval));
    interval = Math.min(interval * 2, maxInterval);
  }
}
