// The contract between secret detection (rules, detector) and scanning (files, git, workers, reporting).
import type { Severity } from '../../report/model.ts';

/** One secret found in one piece of text. */
export interface SecretMatch {
  ruleId: string;
  /** Human name of what leaked, e.g. "Stripe live secret key". */
  title: string;
  severity: Severity;
  /** 1-based line and column of the secret value in the scanned text. */
  line: number;
  column: number;
  /** The secret itself (only the credential part, not the surrounding assignment). Never printed: redact it. */
  value: string;
  /** A repository's secretlint rule: its message, every value it quoted from the file masked. */
  message?: string;
  /** Ours, also reported by this secretlint rule (`secretlint/<rule>`): one finding, the rule noted. */
  alsoReportedBy?: string;
}
