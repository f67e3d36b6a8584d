// Runs a repository's own secretlint rules (its .secretlintrc) through @secretlint/core, beside our detectors, and
// merges what both find. Loaded only when such a config exists: @secretlint/core and the rule packages are
// dynamic imports, so the bundler keeps them in chunks of their own that a scan without the config never reads.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { lintSource as LintSource } from '@secretlint/core';
import { UsageError } from '../../errors.ts';
import type { Severity } from '../../report/model.ts';
import { matchesAllow } from './detect.ts';
import { isInlineAllowed } from './filters.ts';
import { addToBatch, type BatchResult, emptyBatchResult, type FileScanOptions, scanFile } from './scan-file.ts';
import type { SecretlintRuleDescriptor, SecretlintSetup } from './secretlintrc.ts';
import type { SecretMatch } from './types.ts';

/** Times @secretlint/core was loaded in this thread: a scan without a .secretlintrc must leave it at 0. */
export const secretlintLoads = { count: 0 };

type CoreConfig = Parameters<typeof LintSource>[0]['options']['config'];
type CoreRule = CoreConfig['rules'][number];
type Creator = CoreRule['rule'];
type Message = Awaited<ReturnType<typeof LintSource>>['messages'][number];

/**
 * Rule packages we ship, so a config naming them works without `npm install` in the scanned repository: the
 * recommended preset (what `npx @secretlint/quick-start` writes) and the pattern rule (a team's own token
 * formats). The preset's member rules (`@secretlint/secretlint-rule-aws`, …) come with it.
 */
const BUNDLED: Record<string, () => Promise<{ creator: Creator }>> = {
  '@secretlint/secretlint-rule-preset-recommend': () =>
    import('@secretlint/secretlint-rule-preset-recommend') as Promise<{ creator: Creator }>,
  '@secretlint/secretlint-rule-pattern': () =>
    import('@secretlint/secretlint-rule-pattern') as unknown as Promise<{ creator: Creator }>,
};
const PRESET = '@secretlint/secretlint-rule-preset-recommend';

/** secretlint's own shorthand: `preset-recommend` and `@secretlint/preset-recommend` name the full package. */
function packageNames(id: string): string[] {
  const full = id.startsWith('@')
    ? /^@[^/]+\/secretlint-rule-/.test(id)
      ? id
      : id.replace(/^(@[^/]+)\/(.*)$/, '$1/secretlint-rule-$2')
    : id.startsWith('secretlint-rule-')
      ? id
      : `secretlint-rule-${id}`;
  return full === id ? [id] : [full, id];
}

/**
 * Finds every rule the config names (the repository's node_modules first, then ours), warns once for each one
 * missing, and runs the rules once on an empty text so a bad option fails the run now, naming the rule, rather
 * than on every file in a worker.
 */
export async function prepareSecretlint(
  root: string,
  config: Omit<SecretlintSetup, 'sources'>,
  log: (line: string) => void,
): Promise<SecretlintSetup> {
  const sources: Record<string, string> = {};
  const requireHere = createRequire(join(root, 'package.json'));
  for (const { id } of config.rules) {
    const found = packageNames(id)
      .map((name) => tryResolve(requireHere, name))
      .find((url) => url !== undefined);
    if (found) sources[id] = found;
    else if ((await bundledCreator(id)) !== undefined) sources[id] = 'bundled';
    else {
      log(
        `secret-scan: warning: ${config.file} names the secretlint rule ${id}, which is not installed; its checks are skipped (install it: npm install --save-dev ${packageNames(id)[0]})`,
      );
    }
  }
  const setup: SecretlintSetup = { ...config, sources };
  const lint = await createLinter(setup);
  try {
    await lint('', 'launch-ready-probe.txt');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${config.file}: a secretlint rule refused its options (${reason})`);
  }
  const used = Object.keys(sources);
  log(`secret-scan: running ${used.length} secretlint rule(s) from ${config.file}: ${used.join(', ') || 'none'}`);
  return setup;
}

function tryResolve(requireHere: NodeJS.Require, name: string): string | undefined {
  try {
    return pathToFileURL(requireHere.resolve(name)).href;
  } catch {
    return undefined;
  }
}

async function bundledCreator(id: string): Promise<Creator | undefined> {
  const load = BUNDLED[id];
  if (load) return (await load()).creator;
  if (!id.startsWith('@secretlint/secretlint-rule-')) return undefined;
  const preset = (await BUNDLED[PRESET]!()) as unknown as { rules: Creator[] };
  return preset.rules.find((rule) => rule.meta.id === id);
}

async function loadCreator(id: string, source: string): Promise<Creator> {
  if (source !== 'bundled') {
    const loaded = (await import(source)) as { creator?: Creator; default?: { creator?: Creator } };
    const creator = loaded.creator ?? loaded.default?.creator;
    if (!creator) throw new UsageError(`secretlint rule ${id} exports no creator (is it a secretlint rule?)`);
    return creator;
  }
  return (await bundledCreator(id))!;
}

type Lint = ((text: string, path: string) => Promise<Message[]>) & { labels: ReadonlySet<string> };

async function createLinter(setup: SecretlintSetup): Promise<Lint> {
  secretlintLoads.count++;
  const [{ lintSource }, { secretLintProfiler }] = await Promise.all([
    import('@secretlint/core'),
    import('@secretlint/profiler'),
  ]);
  // secretlint's profiler is on unless told otherwise: performance marks for every rule on every file, all kept
  // until the process ends (3,000 files: 2.7x the peak memory, 3x the time).
  secretLintProfiler.setEnabled(false);
  const rules: CoreRule[] = [];
  for (const descriptor of setup.rules) {
    const source = setup.sources[descriptor.id];
    if (source === undefined) continue;
    rules.push(coreRule(descriptor, await loadCreator(descriptor.id, source)));
  }
  const config = { rules, ...(setup.sharedOptions ? { sharedOptions: setup.sharedOptions } : {}) } as CoreConfig;
  const lint = async (text: string, path: string) => {
    const result = await lintSource({
      source: { content: text, filePath: path, contentType: 'text' },
      // Unmasked: secretlint's own masking hides every value in a message, the pattern's name too; maskMessage
      // hides what came from the file instead.
      options: { config, noPhysicFilePath: true, maskSecrets: false },
    });
    return result.messages;
  };
  return Object.assign(lint, { labels: stringsIn(setup.rules) });
}

/** Every string the config holds (pattern names, option values): what the team wrote, never a found secret. */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

/**
 * secretlint's message with every value the rule quoted masked (`*` for each character, as secretlint masks),
 * except the names the config itself gives (a pattern's name): those say what matched, the rest may be secret.
 */
function maskMessage(message: Message, value: string, labels: ReadonlySet<string>): string {
  const quoted = [...stringsIn(message.data)].filter((item) => item !== '' && !labels.has(item));
  let text = message.message;
  for (const item of [value, ...quoted].sort((a, b) => b.length - a.length)) {
    text = text.replaceAll(item, '*'.repeat(Math.min(item.length, 40)));
  }
  return text;
}

/** As secretlint's config loader builds it: a preset's own `rules` carry options for its members. */
function coreRule(descriptor: SecretlintRuleDescriptor, rule: Creator): CoreRule {
  if (rule.meta.type === 'preset') {
    const members = descriptor.rules?.map((member) => ({ ...member, type: 'rule' }));
    return { ...descriptor, rule, ...(members ? { rules: members } : {}) } as unknown as CoreRule;
  }
  return { ...descriptor, rule } as unknown as CoreRule;
}

/** error→high, warning→medium, info→low: secretlint's levels on our scale. */
const SEVERITY: Record<string, Severity> = { error: 'high', warning: 'medium', info: 'low' };

/** `@secretlint/secretlint-rule-aws` → `aws`; another package keeps its name without the `secretlint-rule-` part. */
export function shortRuleName(ruleId: string): string {
  return ruleId.replace(/^@secretlint\/secretlint-rule-/, '').replace(/(^|\/)secretlint-rule-/, '$1');
}

/** secretlint's messages as matches: `secretlint/<rule>` ids, 1-based columns, the secret as the value. */
export function toMatches(
  messages: readonly Message[],
  text: string,
  allow: readonly RegExp[],
  labels: ReadonlySet<string>,
): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const message of messages) {
    const [start, end] = message.range;
    // A copy: a slice would keep the whole file's text alive as long as the match lives.
    const value = Buffer.from(text.slice(start, end), 'utf8').toString('utf8');
    if (value === '' || isInlineAllowed(text, start, value.length)) continue;
    if (allow.some((re) => matchesAllow(re, value))) continue;
    const rule = shortRuleName(message.ruleId);
    matches.push({
      ruleId: `secretlint/${rule}`,
      title: `Secret (secretlint ${rule})`,
      severity: SEVERITY[message.severity] ?? 'high',
      line: message.loc.start.line,
      column: message.loc.start.column + 1,
      value,
      message: maskMessage(message, value, labels),
    });
  }
  return matches;
}

/**
 * Ours and secretlint's matches for one file, each secret once: a secretlint match on the same line as one of
 * ours with overlapping columns, or holding the same value, is the same secret. Ours is kept (it has a provider
 * title and remediation) and notes the secretlint rule; secretlint's own finds are added.
 */
export function mergeMatches(ours: SecretMatch[], theirs: readonly SecretMatch[]): SecretMatch[] {
  const merged = [...ours];
  for (const match of theirs) {
    const same = ours.find((own) => isSameSecret(own, match));
    if (same) same.alsoReportedBy ??= match.ruleId;
    else if (!merged.some((kept) => kept !== match && isSameSecret(kept, match))) merged.push(match);
  }
  return merged;
}

function isSameSecret(a: SecretMatch, b: SecretMatch): boolean {
  if (a.value.includes(b.value) || b.value.includes(a.value)) return true;
  if (a.line !== b.line) return false;
  return a.column < b.column + b.value.length && b.column < a.column + a.value.length;
}

/**
 * For diff and history (main thread): our matches of one text (the lines a patch adds) merged with what the
 * secretlint rules find in it. Rules failing on one text leave our matches as they are.
 */
export async function textLinter(
  setup: SecretlintSetup,
  allow: readonly RegExp[],
): Promise<(text: string, path: string, ours: SecretMatch[]) => Promise<SecretMatch[]>> {
  const lint = await createLinter(setup);
  return async (text, path, ours) => {
    try {
      return mergeMatches(ours, toMatches(await lint(text, path), text, allow, lint.labels));
    } catch {
      return ours;
    }
  };
}

/**
 * The batch scanner of a thread when the repository has a secretlint config: each file is read and decoded
 * once, our detectors and the repository's secretlint rules both see that text, and their matches are merged.
 */
export async function lintedBatchScanner(
  root: string,
  options: FileScanOptions & { secretlint: SecretlintSetup },
): Promise<(paths: readonly string[]) => Promise<BatchResult>> {
  const lint = await createLinter(options.secretlint);
  return async (paths) => {
    const result = emptyBatchResult();
    for (const path of paths) {
      const scanned = scanFile(root, path, { ...options, keepText: true });
      if (scanned.kind === 'scanned' && scanned.text !== undefined) {
        const { text } = scanned;
        scanned.text = undefined;
        try {
          const theirs = toMatches(await lint(text, path), text, options.allow, lint.labels);
          scanned.matches = mergeMatches(scanned.matches, theirs);
        } catch (error) {
          result.skipped.push({
            path,
            reason: `secretlint's rules failed on it (${failureKind(error)}); launch-ready's own rules scanned it`,
          });
        }
      }
      addToBatch(result, path, scanned);
    }
    return result;
  };
}

/** An errno code or the error's class: a rule's own message may quote the text it choked on, a secret. */
function failureKind(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.name : 'error';
}
