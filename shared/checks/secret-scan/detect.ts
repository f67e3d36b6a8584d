// Secret detection: one keyword pass picks the rules worth running and where, each rule's regex finds
// candidates, and shared filters drop placeholders, examples and public material before anything is reported.
import {
  allowsUnquotedValues,
  isDocumentedExample,
  isFakeToken,
  isInlineAllowed,
  isInsideBase64Blob,
  isKnownExample,
  isLockfile,
  isPatternOrTemplate,
} from './filters.ts';
import { type KeywordHits, KeywordIndex, runsAtKeywords } from './prefilter.ts';
import { FILE_RULES } from './rules/files.ts';
import { RULES } from './rules/index.ts';
import type { RuleContext, SecretRule } from './rules/types.ts';
import type { SecretMatch } from './types.ts';

export interface DetectOptions {
  /** extra allow-list regexes from config, matched against the secret value */
  allow?: RegExp[];
}

interface CompiledRule {
  rule: SecretRule;
  /** Sticky for rules tried at their keywords, global for those scanning the text; `d` gives each group's position. */
  regex: RegExp;
  groups: readonly number[];
  /**
   * A scan rule tried at its keywords only (its pattern starts with them): like a whole-text scan, it skips
   * starts inside its previous match.
   */
  nonOverlapping: boolean;
}

function compile(rule: SecretRule): CompiledRule {
  const flags = rule.pattern.flags.replace(/[gyd]/g, '');
  const atKeywords = runsAtKeywords(rule);
  return {
    rule,
    regex: new RegExp(rule.pattern.source, `${flags}d${atKeywords ? 'y' : 'g'}`),
    groups: typeof rule.group === 'number' ? [rule.group] : (rule.group ?? [1]),
    nonOverlapping: atKeywords && rule.mode === 'scan',
  };
}

interface Engine {
  compiled: readonly CompiledRule[];
  keywords: KeywordIndex;
}

let engine: Engine | undefined;

/**
 * Built on first use, not at import: a tree scan starts its worker threads before this thread scans, so they load
 * while this one builds its own (about 30 ms of regexes and keyword automaton each).
 */
function getEngine(): Engine {
  engine ??= { compiled: RULES.map(compile), keywords: new KeywordIndex(RULES) };
  return engine;
}

interface Candidate {
  ruleIndex: number;
  start: number;
  value: string;
  /**
   * A provider format that its rule judged harmless (a Firebase key, a placeholder, an allowed line):
   * never reported, but it keeps generic rules from reporting the same text by its variable name.
   */
  rejected: boolean;
}

/**
 * All secrets in one text (a file, or the added lines of a diff). `path` helps rules and filters
 * (lockfiles, .env, test fixtures). Inline allow comments (`launch-ready:allow`, `gitleaks:allow`,
 * secretlint's `secretlint-disable-line`, `-next-line` and `secretlint-disable` blocks) suppress what they cover. Pure; fast; never throws on odd input.
 */
export function detectSecrets(text: string, path: string, options: DetectOptions = {}): SecretMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const hits = getEngine().keywords.find(text);
  return hasKeywords(hits) ? detectAtKeywords(text, hits, path, options) : [];
}

/**
 * detectSecrets on bytes read as Latin-1 (a plain copy, one character per byte; keys are ASCII): the keyword
 * pass reads the bytes themselves, so bytes holding no keyword are never decoded.
 */
export function detectSecretsInBytes(bytes: Buffer, path: string, options: DetectOptions = {}): SecretMatch[] {
  const hits = getEngine().keywords.findInBytes(bytes);
  return hasKeywords(hits) ? detectAtKeywords(bytes.toString('latin1'), hits, path, options) : [];
}

function hasKeywords(hits: KeywordHits): boolean {
  return hits.anchors.size > 0 || hits.scans.size > 0;
}

/** The rules the keyword pass picked, each where it found their keywords, and the filters after them. */
function detectAtKeywords(text: string, hits: KeywordHits, path: string, options: DetectOptions): SecretMatch[] {
  const { compiled } = getEngine();
  const lockfile = isLockfile(path);
  const allowsUnquoted = allowsUnquotedValues(path);
  const candidates: Candidate[] = [];
  const consider = (ruleIndex: number, match: RegExpExecArray) => {
    const candidate = accept(compiled[ruleIndex], ruleIndex, match, text, path, allowsUnquoted, options);
    if (candidate) candidates.push(candidate);
  };
  const skip = (rule: SecretRule) => (lockfile && rule.skipLockfiles) || (rule.paths && !rule.paths.test(path));
  for (const [ruleIndex, positions] of hits.anchors) {
    if (skip(RULES[ruleIndex])) continue;
    const { regex, nonOverlapping } = compiled[ruleIndex];
    guarded(() => {
      let matchEnd = 0;
      // Keywords of different lengths are recorded as they end: their starts may come out of order.
      if (nonOverlapping) positions.sort((a, b) => a - b);
      for (const position of positions) {
        if (nonOverlapping && position < matchEnd) continue;
        regex.lastIndex = position;
        const match = regex.exec(text);
        if (match) {
          consider(ruleIndex, match);
          matchEnd = position + Math.max(1, match[0].length);
        }
      }
    });
  }
  for (const ruleIndex of hits.scans) {
    if (skip(RULES[ruleIndex])) continue;
    const { regex } = compiled[ruleIndex];
    regex.lastIndex = 0;
    guarded(() => {
      for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
        consider(ruleIndex, match);
        if (match[0].length === 0) regex.lastIndex++;
      }
    });
  }
  return toMatches(text, keepMostSpecific(candidates));
}

/** One rule failing on odd input (a regex stack overflow on a pathological file) must not stop the others. */
function guarded(run: () => void): void {
  try {
    run();
  } catch {
    // The rule's remaining matches in this text are lost; every other rule still runs.
  }
}

function accept(
  compiled: CompiledRule,
  ruleIndex: number,
  match: RegExpExecArray,
  text: string,
  path: string,
  allowsUnquoted: boolean,
  options: DetectOptions,
): Candidate | undefined {
  const { rule, groups } = compiled;
  const group = groups.find((g) => match[g] !== undefined);
  if (group === undefined || !match.indices?.[group]) return undefined;
  const value = match[group];
  const start = match.indices[group][0];
  let rejected: boolean;
  try {
    rejected = isRejected(rule, value, { path, text, index: start, match, allowsUnquoted }, options);
  } catch {
    // A filter tripping on odd input must not stop the scan: treat the candidate as not a secret.
    rejected = true;
  }
  if (rejected && rule.generic) return undefined;
  return { ruleIndex, start, value, rejected };
}

function isRejected(rule: SecretRule, value: string, context: RuleContext, options: DetectOptions): boolean {
  const { text, index } = context;
  if (options.allow?.some((re) => matchesAllow(re, value)) || isKnownExample(value)) return true;
  if (rule.validate && !rule.validate(value, context)) return true;
  const issued = rule.checksum?.(value) === true;
  if (!rule.generic && !issued && isFakeToken(bodyOf(rule, value), rule.minEntropy, rule.pem)) return true;
  if (!rule.pem && isInsideBase64Blob(text, index, value.length)) return true;
  if (isPatternOrTemplate(text, index, value.length)) return true;
  if (isDocumentedExample(text, index)) return true;
  return isInlineAllowed(text, index, value.length);
}

export function matchesAllow(re: RegExp, value: string): boolean {
  re.lastIndex = 0;
  return re.test(value);
}

function bodyOf(rule: SecretRule, value: string): string {
  if (rule.body) return rule.body(value);
  const lower = value.toLowerCase();
  let prefix = 0;
  for (const keyword of rule.keywords) {
    if (keyword.length > prefix && lower.startsWith(keyword.toLowerCase())) prefix = keyword.length;
  }
  return value.slice(prefix);
}

/**
 * Where two rules claim overlapping text, the earlier (more specific) rule keeps it; a provider format
 * its rule rejected still keeps generic rules off that text.
 */
function keepMostSpecific(candidates: Candidate[]): Candidate[] {
  const byPriority = [...candidates].sort((a, b) => a.ruleIndex - b.ruleIndex || a.start - b.start);
  const kept: Candidate[] = [];
  const claimed: Candidate[] = [];
  for (const candidate of byPriority) {
    const end = candidate.start + candidate.value.length;
    const overlaps = (other: Candidate) => candidate.start < other.start + other.value.length && other.start < end;
    if (kept.some(overlaps)) continue;
    if (candidate.rejected) claimed.push(candidate);
    else if (!(RULES[candidate.ruleIndex].generic && claimed.some(overlaps))) kept.push(candidate);
  }
  return kept;
}

function toMatches(text: string, candidates: readonly Candidate[]): SecretMatch[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const matches: SecretMatch[] = [];
  let line = 1;
  let lineStart = 0;
  for (const candidate of sorted) {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < candidate.start; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    const rule = RULES[candidate.ruleIndex];
    matches.push({
      ruleId: rule.id,
      title: rule.title,
      severity: rule.severity,
      line,
      column: candidate.start - lineStart + 1,
      value: candidate.value,
    });
  }
  return matches;
}

/** Text rules and the rules that report a file by its name (key stores): one list of what can be found. */
const RULE_BY_ID = new Map([...RULES, ...FILE_RULES].map((rule) => [rule.id, rule]));

/** Title, severity and remediation of a rule, for the reporter (also for `secretlint/<rule>` ids). */
export function ruleInfo(ruleId: string): { title: string; severity: SecretMatch['severity']; remediation: string } {
  const rule = RULE_BY_ID.get(ruleId);
  if (rule) return { title: rule.title, severity: rule.severity, remediation: rule.remediation };
  return {
    title: ruleId.startsWith('secretlint/') ? `Secret (${ruleId.slice('secretlint/'.length)})` : 'Secret',
    severity: 'high',
    remediation: 'Rotate the credential first, then remove it from the code and the git history.',
  };
}

/** Every rule id with its title and severity, for documentation and `--help`. */
export function listRules(): { id: string; title: string; severity: SecretMatch['severity'] }[] {
  return [...RULES, ...FILE_RULES].map(({ id, title, severity }) => ({ id, title, severity }));
}
