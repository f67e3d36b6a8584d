import type { Severity } from '../../../report/model.ts';
import { isRandomLetters } from '../filters.ts';

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
  /**
   * The format's own checksum (GitHub's and npm's CRC32): a value that passes was issued by the provider, so the
   * placeholder and entropy tests are skipped. A value that fails is still judged like any other.
   */
  checksum?: (value: string) => boolean;
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

/** A type between name and `=`: `apiKey: string =`, `val secret: String =`, `API_KEY: &str =`, Go `apiToken string =`. */
export const TYPED_ASSIGN = String.raw`(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]+)?[A-Za-z][\w.<>\[\]?]{0,30}|[ \t]{1,4}\*?[A-Za-z][\w.\[\]]{0,20})[ \t]{0,4}=(?![=>~])`;

/**
 * Every way a file binds a value to a name: `=`, `:=`, Makefile `::=` `:::=` `?=` `+=`, PHP `.=`, `??=`, `||=`,
 * `=>`, `:` (YAML, JSON), a typed declaration, `>` (an XML element), `,` (CSV, `define('NAME', …)`), `(` (a setter).
 */
export const OPERATOR = String.raw`(?:\\{0,3}["'\x60]){0,2}(?:[ \t]{0,4}(?:[:?+.|]{0,3}=(?![=~])|\?\?=|=>|:(?![:=])|,|\(|>)|${TYPED_ASSIGN})`;

/**
 * What may sit between the operator and the value: spaces, a YAML block indicator and its line break
 * (`key: |` then the value), the line break of a multi-line XML element, a quote or an escaped quote.
 */
export const OPENING = String.raw`[ \t]{0,4}(?:[|>][-+]?[ \t]{0,4}\r?\n[ \t]{0,16}|\r?\n[ \t]{1,16})?(?:\\{0,3}["'\x60])?`;

/**
 * `<name containing word> = "<value>"` for keys with no prefix of their own (Mailgun, Heroku, Twilio auth tokens):
 * the provider's name in the variable is what tells them apart from any other hex string. Every assignment
 * syntax of `OPERATOR` counts, so the value is found in config files and source code alike.
 */
export function assignedTo(word: string, value: string): RegExp {
  return new RegExp(String.raw`${word}[\w.-]{0,40}${OPERATOR}${OPENING}(${value})(?![\w-])`, 'i');
}

/**
 * What may stand right before and right after a value found near its provider's name (not part of a longer word).
 * Before it also a URL path's `/` (`…/besttime/keys/pri_…`: the key as the last segment of a request URL).
 * After it also a query string's `&` (`?api_key=…&url=`) and the `\n` escape of a JSON string (a notebook cell).
 */
const NEAR_BEFORE = String.raw`(?<=[\s'"\x60=:>{(,|\[/])`;
const NEAR_AFTER = String.raw`(?=[\s'"\x60,;)}<|\]&]|\\n|$)`;

/**
 * TruffleHog's way of finding a key that has no prefix of its own: the provider's name, then the value within
 * `window` characters (on the same or the next line), delimited on both sides: `twilio token - 'value'`,
 * `mixpanel value`, `<secret>{box AQAAABAAA value}</secret>`. The value must still be format-exact and random.
 */
export function nearKeyword(word: string, value: string, window = 40): string {
  return String.raw`${word}[\s\S]{0,${window}}?${NEAR_BEFORE}(${value})${NEAR_AFTER}`;
}

/**
 * What may stand between a provider's name and the value it labels: the words of a key's name and separators. Not `id`:
 * a name ending in it (`ADZUNA_APP_ID`) labels the public half of the pair.
 */
const LABEL = String.raw`(?:[\s_.:=>"'\x60{}-]|app|api|application|client|access|secret|key|token|auth)`;

/**
 * Stricter than `nearKeyword`, for keys that are one half of a pair (a key and its app ID): the provider's name
 * labels the value itself (`adzuna KEY=…`, `ADZUNA_APP_KEY: …`, `adzuna:` then `app_key: …` on the next line),
 * with only the words of a key's name between them, not prose that mentions the service a line above some other
 * value (`Sending request to the adzuna API` then `Using KEY=…`). Up to 40 words and separators, as `nearKeyword`'s
 * 40 characters; a label word holds only letters and a separator none, so the lazy repeat splits the text one way only.
 */
export function labelledBy(word: string, value: string): string {
  return `${word}${LABEL}{0,40}?${NEAR_BEFORE}(${value})${NEAR_AFTER}`;
}

/** The value only where the name labels it (`labelledBy`): for a name that is also a word in code (`refiner`). */
export function labelledOnly(word: string, value: string): { pattern: RegExp; group: number } {
  return { pattern: new RegExp(labelledBy(word, value), 'i'), group: 1 };
}

/** `assignedOrNear` with `labelledBy` in place of `nearKeyword`. */
export function assignedOrLabelled(word: string, value: string): { pattern: RegExp; group: number[] } {
  return withAlternative({ pattern: assignedTo(word, value), group: [1] }, labelledBy(word, value));
}

/**
 * A case-insensitive pattern with one more top-level alternative, whose value group is numbered after all of the
 * first pattern's groups.
 */
export function withAlternative(
  first: { pattern: RegExp; group: readonly number[] },
  alternative: string,
): { pattern: RegExp; group: number[] } {
  return {
    pattern: new RegExp(`${first.pattern.source}|${alternative}`, 'i'),
    group: [...first.group, groupCount(first.pattern.source) + 1],
  };
}

/**
 * Capture groups a regex source opens, so a second alternative's group can be numbered after them. Read from
 * the source (a `(` not escaped, not in a class, not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`): compiling each
 * pattern to count them cost every thread ~60 ms at start-up.
 */
export function groupCount(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3]))))
      count++;
  }
  return count;
}

/**
 * A value assigned to a name holding `word`, or standing within a few characters after `word` (`nearKeyword`):
 * group 1 or the group after all of the assignment's.
 */
export function assignedOrNear(word: string, value: string): { pattern: RegExp; group: number[] } {
  return withAlternative({ pattern: assignedTo(word, value), group: [1] }, nearKeyword(word, value));
}

/**
 * The provider's name begins a word of the variable name: after a non-letter or at a camelCase hump
 * (`myOktaToken`, `OKTA_TOKEN`), not in the middle of another word (`rookTable`, `SetSysctl`, `CameraKit`).
 * Checked in code: the pattern is case-insensitive, and the hump is a matter of case.
 */
export function startsAtName({ text, match }: RuleContext): boolean {
  const before = text[match.index - 1] ?? '';
  // A Java system property on a command line (`mvn -Dsonar.login=…`) starts after its `-D`.
  if (before === 'D' && text[match.index - 2] === '-') return true;
  return !/[A-Za-z0-9]/.test(before) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(text[match.index]));
}

/** A provider key recognised by its name and format (gitleaks' "semi-generic" rules): gated by the name. */
export function namedKey(
  id: string,
  title: string,
  names: readonly string[],
  value: string,
  where: string,
  extra: Partial<SecretRule> = {},
): SecretRule {
  return {
    id,
    title,
    severity: 'high',
    keywords: names.map((name) => name.replace(/\\/g, '')),
    mode: 'scan',
    ...assignedOrNear(`(?:${names.map(escapeName).join('|')})`, value),
    minEntropy: 3,
    remediation: rotate(where),
    ...extra,
    // A name-gated value that reads as words (`twitterCardSummaryLargeImage`) or holds the provider's own name
    // (`LinkedinOAuth2` in `class LinkedinMobileOAuth2(LinkedinOAuth2)`) is an identifier, not a key.
    validate: (value, context) =>
      startsAtName(context) &&
      !isWordLike(value) &&
      !names.some((name) => value.toLowerCase().includes(name.replace(/\\/g, '').toLowerCase())) &&
      (extra.validate?.(value, context) ?? true),
  };
}

/**
 * A provider's public identifier that is paired with a secret (a client or app ID), found as a key is (low), but
 * never as a segment of a URL's path: after the provider's name there it names a channel, a badge or a profile
 * (`discord.com/channels/<id>`, `img.shields.io/discord/<id>`), not an application.
 */
export function namedId(...[id, title, names, value, where, extra = {}]: Parameters<typeof namedKey>): SecretRule {
  return namedKey(id, title, names, value, where, {
    severity: 'low',
    ...extra,
    validate: (found, context) => context.text[context.index - 1] !== '/' && (extra.validate?.(found, context) ?? true),
  });
}

/** Letters (and separators) only, and not random letters: an identifier or a phrase. */
export function isWordLike(value: string): boolean {
  return /^[A-Za-z_.-]+$/.test(value) && !isRandomLetters(value);
}

/**
 * For a rule that takes its provider's prefix with a body in a wider shape than the provider issues (cut short, or in
 * the wrong case): reports only the exact shape, and the rest stays claimed by the rule, so a key cut off in a log or a
 * document, or made up around a real prefix, is not reported by its variable name either.
 */
export function exactly(shape: RegExp): (value: string) => boolean {
  return (value) => shape.test(value);
}

/** A token whose own prefix identifies it (`duffel_live_…`): anchored at the prefix, bounded on both sides. */
export function prefixedToken(
  id: string,
  title: string,
  keywords: readonly string[],
  pattern: string,
  where: string,
  extra: Partial<SecretRule> = {},
): SecretRule {
  return {
    id,
    title,
    severity: 'high',
    keywords,
    pattern: new RegExp(`(?<![A-Za-z0-9_])(${pattern})(?![A-Za-z0-9_])`),
    remediation: rotate(where),
    ...extra,
  };
}

function escapeName(name: string): string {
  return name
    .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '-' || c === '_' ? c : `\\${c}`))
    .replace(/[-_]/g, '[_. -]?');
}
