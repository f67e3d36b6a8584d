// Shape of the smoke test's report details (JSON `details`), read by present() and outputs().
import type { FailureKind } from '../../http/types.ts';
import type { Severity } from '../../report/model.ts';

export type Verdict = 'passed' | 'slow' | 'failed' | 'skipped';

export interface StepFailure {
  kind: FailureKind;
  message: string;
  hint: string;
}

export interface StepResult {
  name: string;
  method: string;
  /** The URL requested (secrets scrubbed). */
  url: string;
  /** False when the step failed or was skipped; a slow step is ok. */
  ok: boolean;
  verdict: Verdict;
  status?: number;
  timings: { dns: number; connect: number; tls: number; firstByte: number; total: number };
  redirects: { url: string; status: number; location: string }[];
  /** Why the verdict is not "passed" (for "slow", the time assertion). */
  failure?: StepFailure;
  attempts: number;
  socketReused: boolean;
  httpVersion?: string;
  /** http:// resources on an https page. */
  mixedContent?: string[];
  severity: Severity;
}

export interface SmokeDetails {
  baseUrl: string;
  steps: StepResult[];
}
