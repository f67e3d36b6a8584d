// The load itself. Open model (default, as wrk2, k6's arrival-rate executors and vegeta): each request starts
// at its planned time whatever the server does, and its latency runs from that planned time, so a stalled
// server (or a stalled client) cannot hide the stall: coordinated omission is corrected by construction.
// Closed model (--concurrency): workers send back to back, each waiting for its previous answer; it measures
// service time only and under-reports stalls, because no request is sent while the server is stuck.
import type { Slot } from './plan.ts';

export interface Answer {
  /** Send to last byte, ms. */
  serviceMs: number;
  status?: number;
  /** Set when the request is an error (kept out of the percentiles). */
  error?: { kind: string; message: string };
}

export interface Sample {
  target: number;
  warmup: boolean;
  /** performance.now() of the planned start (the actual start in the closed model). */
  scheduledAt: number;
  /** How late the request was sent, ms (0 in the closed model). */
  lagMs: number;
  /** Planned start to last byte, ms. */
  latencyMs: number;
  serviceMs: number;
  status?: number;
  error?: { kind: string; message: string };
}

export interface Caps {
  maxInFlight: number;
  maxDurationMs: number;
}

export interface LoadResult {
  samples: Sample[];
  /** Why the load stopped before its schedule ended, or null. */
  stoppedEarly: string | null;
}

export type Send = (target: number) => Promise<Answer>;

/** Time to set everything up before the first planned start, so it is not late. */
const LEAD_MS = 5;
/** setTimeout fires late by up to a millisecond or so: sleep until this close to the due time, then yield
 * with setImmediate (which lets I/O run) until it arrives. Measured precision: see bench/latency.bench.ts. */
const SPIN_MS = 1.5;

export async function waitUntil(due: number): Promise<void> {
  for (;;) {
    const left = due - performance.now();
    if (left <= 0) return;
    if (left > SPIN_MS + 0.5) await new Promise((resolve) => setTimeout(resolve, left - SPIN_MS));
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

async function answerOf(send: Send, target: number): Promise<Answer> {
  try {
    return await send(target);
  } catch (error) {
    // The probe classifies failures itself; anything thrown here is a bug, counted rather than crashing the run.
    return {
      serviceMs: 0,
      error: { kind: 'internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

export async function runOpen(slots: readonly Slot[], send: Send, caps: Caps): Promise<LoadResult> {
  const samples: Sample[] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let stoppedEarly: string | null = null;
  const start = performance.now() + LEAD_MS;
  for (const [index, slot] of slots.entries()) {
    const due = start + slot.offsetMs;
    await waitUntil(due);
    const sentAt = performance.now();
    if (sentAt - start > caps.maxDurationMs) {
      stoppedEarly = `stopped at the ${caps.maxDurationMs / 1000} s time cap with ${slots.length - index} planned requests unsent`;
      break;
    }
    if (inFlight >= caps.maxInFlight) {
      // Behind schedule (this process was paused), overdue starts fire back to back without reaching the event
      // loop: let answers already received be counted before calling the server over capacity.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (inFlight >= caps.maxInFlight) {
      // Never a silent skip: a request the schedule wanted and could not send is an error the report counts.
      samples.push({
        target: slot.target,
        warmup: slot.warmup,
        scheduledAt: due,
        lagMs: sentAt - due,
        latencyMs: 0,
        serviceMs: 0,
        error: {
          kind: 'over-capacity',
          message: `${caps.maxInFlight} requests were already in flight (the server is not keeping up with the rate)`,
        },
      });
      continue;
    }
    inFlight += 1;
    const request = answerOf(send, slot.target).then((answer) => {
      inFlight -= 1;
      samples.push({
        target: slot.target,
        warmup: slot.warmup,
        scheduledAt: due,
        lagMs: sentAt - due,
        // The answer's own end (sent + service time), not when this callback ran: a busy event loop here must
        // not add to the server's figures.
        latencyMs: sentAt + answer.serviceMs - due,
        serviceMs: answer.serviceMs,
        status: answer.status,
        error: answer.error,
      });
    });
    pending.add(request);
    void request.finally(() => pending.delete(request));
  }
  await Promise.all(pending);
  return { samples: samples.sort((a, b) => a.scheduledAt - b.scheduledAt), stoppedEarly };
}

export async function runClosed(
  slots: readonly Slot[],
  send: Send,
  caps: Caps,
  concurrency: number,
): Promise<LoadResult> {
  const samples: Sample[] = [];
  const queues = new Map<number, Slot[]>();
  for (const slot of slots) queues.set(slot.target, [...(queues.get(slot.target) ?? []), slot]);
  const start = performance.now();
  let stoppedEarly: string | null = null;
  const worker = async (queue: Slot[]): Promise<void> => {
    for (let slot = queue.shift(); slot !== undefined; slot = queue.shift()) {
      const sentAt = performance.now();
      if (sentAt - start > caps.maxDurationMs) {
        stoppedEarly = `stopped at the ${caps.maxDurationMs / 1000} s time cap`;
        return;
      }
      const answer = await answerOf(send, slot.target);
      samples.push({
        target: slot.target,
        warmup: slot.warmup,
        scheduledAt: sentAt,
        lagMs: 0,
        latencyMs: answer.serviceMs,
        serviceMs: answer.serviceMs,
        status: answer.status,
        error: answer.error,
      });
    }
  };
  const perEndpoint = Math.max(1, Math.min(concurrency, Math.floor(caps.maxInFlight / Math.max(1, queues.size))));
  const workers = [...queues.values()].flatMap((queue) => Array.from({ length: perEndpoint }, () => worker(queue)));
  await Promise.all(workers);
  return { samples: samples.sort((a, b) => a.scheduledAt - b.scheduledAt), stoppedEarly };
}
