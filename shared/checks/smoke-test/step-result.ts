// A step's result as the report shows it, from a probe result (or from nothing, for a step that did not run).
import type { Failure, ProbeResult } from '../../http/types.ts';
import type { StepResult } from './details.ts';
import type { StepConfig } from './options.ts';

export const ZERO_TIMINGS = { dns: 0, connect: 0, tls: 0, firstByte: 0, total: 0 };

export function toStepResult(
  step: Pick<StepConfig, 'name' | 'method' | 'severity'>,
  url: string,
  result: ProbeResult,
  failure: Failure | undefined,
  attempts: number,
  failedVerdict: 'failed' | 'slow' = 'failed',
): StepResult {
  const verdict = failure === undefined ? 'passed' : failedVerdict;
  return {
    name: step.name,
    method: step.method,
    url,
    ok: verdict !== 'failed',
    verdict,
    status: result.status,
    timings: result.timings,
    redirects: result.redirects,
    ...(failure === undefined ? {} : { failure: { kind: failure.kind, message: failure.message, hint: failure.hint } }),
    attempts,
    socketReused: result.socketReused,
    httpVersion: result.httpVersion,
    severity: step.severity,
  };
}

export function skipped(step: StepConfig, url: string, reason: string): StepResult {
  return {
    name: step.name,
    method: step.method.toUpperCase(),
    url,
    ok: false,
    verdict: 'skipped',
    timings: { ...ZERO_TIMINGS },
    redirects: [],
    failure: {
      kind: 'assertion',
      message: reason,
      hint: 'fix the earlier failure first: this step depends on it',
    },
    attempts: 0,
    socketReused: false,
    severity: step.severity,
  };
}
