// Shape of the smoke test's report details (JSON `details`), read by present() and outputs().
import type { FailureKind } from '../../http/types.ts';
import type { Severity } from '../../report/model.ts';

export type Verdict = 'passed' | 'slow' | 'failed' | 'skipped';

export interface StepFailure {
  kind: FailureKind;
  message: string;
  hint: string;
}

/** What an e-mail step waited for and found. */
export interface EmailOutcome {
  /** The address waited for. */
  to: string;
  /** The inbox read, e.g. "MailDev at http://127.0.0.1:1080". */
  inbox: string;
  subject?: string;
  /** From the triggering request (the step before) to the mail's arrival in the inbox. */
  deliveryMs?: number;
  /** The delivery budget, when one was set. */
  maxMs?: number;
  polls: number;
}

export type WebhookCheckName = 'unsigned' | 'wrong-signature' | 'stale-timestamp';

/** One event the endpoint must refuse, and what it answered. */
export interface WebhookCheck {
  name: WebhookCheckName;
  status?: number;
  /** True when the endpoint answered 2xx: it took an event anyone could forge. */
  accepted: boolean;
  /** Why no answer arrived, when none did. */
  error?: string;
}

export interface WebhookOutcome {
  scheme: string;
  /** Whether the correctly signed event was accepted as expected. */
  signedOk: boolean;
  checks: WebhookCheck[];
}

export interface StepResult {
  name: string;
  /** http (default), email or webhook. */
  kind?: 'http' | 'email' | 'webhook';
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
  email?: EmailOutcome;
  webhook?: WebhookOutcome;
  severity: Severity;
}

export interface SmokeDetails {
  baseUrl: string;
  steps: StepResult[];
}
