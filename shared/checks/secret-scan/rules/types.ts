import type { Severity } from '../../../report/model.ts';

/**
 * One detection rule.
 * - `anchored` (default): the pattern starts at one of its keywords and runs only where the keyword pass found one,
 *   so a rule costs nothing on text without its keyword and only a few steps per hit.
 * - `scan`: the keyword only gates the file (e.g. `mailgun` somewhere in it); the pattern then scans the whole text.
 */
export interface SecretRule {
  id: string;
  title: string;
  severity: Severity;
  /** Literal strings (matched case-insensitively) at least one of which must appear for the rule to run. */
  keywords: readonly string[];
  /** Quantifiers bounded so it never backtracks badly; flags other than `i`/`s`/`m`/`u` are set by the detector. */
  pattern: RegExp;
  mode?: 'anchored' | 'scan';
  /** Capture group holding the secret (default 1); with several, the first that took part in the match. */
  group?: number | readonly number[];
  /** The random part of the value, checked for placeholders and entropy (default: the value minus its keyword prefix). */
  body?: (value: string) => string;
  /** Minimum Shannon entropy (bits per char) of the body (default 3). */
  minEntropy?: number;
  /**
   * The value is a PEM block: its DER header has long runs (`AAAA`) and its body is itself a long base64
   * run, so the repeated-run and inside-a-base64-blob tests do not apply.
   */
  pem?: boolean;
  /** Extra check on the value, e.g. a JSON structure or decoded header. */
  validate?: (value: string, context: RuleContext) => boolean;
  /** Found by a variable name, not a format: runs the stricter generic decoy filter. */
  generic?: boolean;
  /** Guesses from names: skipped on lockfiles, whose "token" and "secret" keys are hashes and URLs. */
  skipLockfiles?: boolean;
  /** Runs only on files whose path matches: a form that means a secret in one file type alone (`ENV NAME value`). */
  paths?: RegExp;
  remediation: string;
}

export interface RuleContext {
  path: string;
  /** The whole text being scanned, and where the value starts in it. */
  text: string;
  index: number;
  match: RegExpExecArray;
  /** The file takes `KEY=value` literally (env, YAML, properties, shell). */
  allowsUnquoted: boolean;
}

export const rotate = (where: string): string =>
  `Rotate it first (${where}), then remove it from the code and the git history.`;

/**
 * `<name containing word> = "<value>"` for keys with no prefix of their own (Mailgun, Heroku, Twilio auth tokens):
 * the provider's name in the variable is what tells them apart from any other hex string.
 */
export function assignedTo(word: string, value: string): RegExp {
  return new RegExp(
    String.raw`${word}[\w.-]{0,40}\\?["'\x60]?\s{0,4}(?:=|:=|=>|:)\s{0,4}\\?["'\x60]?(${value})(?![\w-])`,
    'i',
  );
}
