// secret-scan's implementation: picks the mode, collects matches from files or git, and turns them into
// findings (redacted, fingerprinted, baselined). Loaded lazily by index.ts.
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.ts';
import { isInBuildOutput, toPosix, userIgnore } from '../../fs/paths.ts';
import { gitBlobId } from '../../fs/read.ts';
import { findRepoTop, type SkippedPath, walkTree } from '../../fs/walk.ts';
import { oneLine } from '../../report/escape.ts';
import { countBySeverity, type Finding, type Report, SEVERITIES, sortFindings } from '../../report/model.ts';
import { redactValue } from '../../report/redact.ts';
import type { CheckContext } from '../definition.ts';
import { fingerprintOf, readBaseline, refuseLinkOrSpecial, writeBaseline } from './baseline.ts';
import { ruleInfo } from './detect.ts';
import { formatBytes } from './format.ts';
import {
  assertRepository,
  defaultBase,
  listHistory,
  resolveCommit,
  resolveDiffRange,
  short,
  streamCommits,
  streamDiff,
} from './git.ts';
import { type AddedTally, addedLineHandlers, type Hit, hitKey, MAX_SKIPPED_LISTED } from './history-scan.ts';
import type { ResolvedMode, SecretScanOptions } from './options.ts';
import type { PatchHandlers } from './patch.ts';
import { EarlyWorkers, scanFiles, scanHistory } from './pool.ts';
import { fileMatch, fileRuleFor } from './rules/files.ts';
import type { FileHit } from './scan-file.ts';
import { readSecretlintConfig, readSecretlintIgnore, type SecretlintSetup } from './secretlintrc.ts';
import { inShard, parseShard, type Shard, splitCommits } from './shard.ts';
import type { SecretMatch } from './types.ts';
import { assertBaseUrls } from './verify/base-urls.ts';
import { PROVIDERS } from './verify/providers.ts';
import type { VerificationSummary } from './verify/run.ts';

export type { Hit } from './history-scan.ts';

export const CHECK = 'secret-scan';
/** Rule ids of the notices (not secrets) this check reports. */
export const NOTICE_RULES = { skipped: 'secret-scan/file-skipped' } as const;
/** Beyond this many, skipped files are counted in details but not each reported as a notice. */
const MAX_SKIP_NOTICES = 20;

export interface SecretScanDetails {
  mode: ResolvedMode;
  /** Files (tree) or file sections with added lines (diff, history) that were scanned. */
  filesScanned: number;
  bytesScanned: number;
  binaryFiles: number;
  skipped: SkippedPath[];
  /** tree, history: threads that scanned, the main one included (1: inline). */
  threads?: number;
  commits?: number;
  base?: string;
  head?: string;
  /** The part of the scan this run did (`--shard I/N`); absent when unsharded. */
  shard?: string;
  /** Findings hidden because their fingerprint is in the baseline. */
  baselineSuppressed: number;
  baselineWritten?: { path: string; fingerprints: number };
  /** --verify: what the providers said (counts of distinct keys). */
  verification?: VerificationSummary;
  durationMs: number;
}

interface Collected {
  hits: Hit[];
  filesScanned: number;
  bytesScanned: number;
  binaryFiles: number;
  skipped: SkippedPath[];
  threads?: number;
  commits?: number;
  base?: string;
  head?: string;
}

interface ScanPlan {
  root: string;
  options: SecretScanOptions;
  allow: RegExp[];
  isIgnored: (path: string) => boolean;
  context: CheckContext;
  shard?: Shard;
  /** The repository's own secretlint rules (its .secretlintrc): tree mode runs them in the pool threads. */
  secretlint?: SecretlintSetup;
  /** diff and history: one text's matches merged with what those rules find in it. */
  lintText?: (text: string, path: string, ours: SecretMatch[]) => Promise<SecretMatch[]>;
  /** A scanned path (relative to root) as named from the repository top: what fingerprints and shards use. */
  stable: (relPath: string) => string;
}

export async function runSecretScan(
  options: SecretScanOptions,
  context: CheckContext,
): Promise<Report<SecretScanDetails>> {
  const started = performance.now();
  const root = resolve(context.cwd, options.path);
  assertFolder(root, options.path);
  const mode = resolveMode(options.mode, context.event?.name);
  const shard = parseShard(options.shard);
  if (shard && mode === 'diff') {
    throw new UsageError('shard: a diff is scanned whole; shard the tree or history modes (mode: tree or history)');
  }
  const baselinePath =
    options.baseline === '' || options.baseline === 'none' ? undefined : resolve(root, options.baseline);
  const baselineRel = baselinePath === undefined ? undefined : toPosix(relative(root, baselinePath));
  // The baseline holds no values, but scanning it would only waste a read. A .secretlintignore counts as ignore.
  const userGlobs = [...options.ignore, ...readSecretlintIgnore(root)];
  const ignoreGlobs = baselineRel ? [...userGlobs, `/${baselineRel}`] : userGlobs;
  const secretlint = await loadSecretlint(root, context);
  const allow = options.allow.map((source) => new RegExp(source));
  const lintText =
    secretlint && mode !== 'tree' ? await (await import('./secretlint.ts')).textLinter(secretlint, allow) : undefined;
  const plan: ScanPlan = {
    root,
    options: { ...options, ignore: ignoreGlobs },
    allow,
    isIgnored: userIgnore(ignoreGlobs),
    context,
    shard,
    ...(secretlint && mode === 'tree' ? { secretlint } : {}),
    ...(lintText ? { lintText } : {}),
    stable: displayPaths(root, context.cwd).stable,
  };
  // Before scanning: a baseline that cannot be written should fail the run at once, not after minutes.
  if (options.writeBaseline && baselinePath !== undefined) refuseLinkOrSpecial(baselinePath);
  const accepted =
    options.writeBaseline || baselinePath === undefined ? undefined : await readBaseline(baselinePath, baselineRel);
  if (options.verify) assertBaseUrls(PROVIDERS, context.env);
  context.log(`secret-scan: ${mode} mode in ${options.path}${shard ? `, shard ${shard.index} of ${shard.count}` : ''}`);

  const collected =
    mode === 'tree' ? await collectTree(plan) : mode === 'diff' ? await collectDiff(plan) : await collectHistory(plan);

  const display = displayPaths(root, context.cwd);
  const hits = collected.hits.map((hit) => ({
    ...hit,
    file: display.shown(hit.file),
    stableFile: display.stable(hit.file),
  }));
  const skipped = collected.skipped
    .slice(0, MAX_SKIPPED_LISTED)
    .map((skip) => ({ ...skip, path: display.shown(skip.path) }));
  const secrets = toFindings(hits, options.buildDirs, context, mode);
  let reported = secrets.filter((finding) => !accepted?.has(finding.fingerprint));
  const baselineSuppressed = secrets.length - reported.length;
  let verification: VerificationSummary | undefined;
  if (options.verify && !options.writeBaseline) {
    ({ findings: reported, summary: verification } = await verify(reported, secrets, hits, context));
  }
  let baselineWritten: SecretScanDetails['baselineWritten'];
  if (options.writeBaseline && baselinePath !== undefined) {
    baselineWritten = { path: baselineRel!, fingerprints: writeBaseline(baselinePath, secrets) };
    context.log(`secret-scan: wrote ${baselineWritten.fingerprints} fingerprints to ${baselineRel}`);
    reported = [];
  }
  const findings = sortFindings([...reported, ...skipNotices(skipped)]);
  const durationMs = Math.round(performance.now() - started);
  const details: SecretScanDetails = {
    mode,
    filesScanned: collected.filesScanned,
    bytesScanned: collected.bytesScanned,
    binaryFiles: collected.binaryFiles,
    skipped,
    ...(collected.threads === undefined ? {} : { threads: collected.threads }),
    ...(collected.commits === undefined ? {} : { commits: collected.commits }),
    ...(collected.base === undefined ? {} : { base: collected.base }),
    ...(collected.head === undefined ? {} : { head: collected.head }),
    ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}),
    baselineSuppressed,
    ...(baselineWritten ? { baselineWritten } : {}),
    ...(verification ? { verification } : {}),
    durationMs,
  };
  return {
    check: CHECK,
    ok: reported.length === 0,
    summary: summarize(reported, details),
    findings,
    metrics: {
      mode,
      secrets: reported.length,
      filesScanned: details.filesScanned,
      bytesScanned: details.bytesScanned,
      skippedFiles: collected.skipped.length,
      baselineSuppressed,
      ...(details.commits === undefined ? {} : { commits: details.commits }),
      ...(verification
        ? {
            verifiedLive: verification.live,
            verifiedRevoked: verification.revoked,
            verifyUnknown: verification.unknown,
          }
        : {}),
      durationMs,
      mbPerSecond: Number((details.bytesScanned / 1024 / 1024 / Math.max(durationMs / 1000, 0.001)).toFixed(1)),
    },
    details,
  };
}

/**
 * Findings name files relative to the working directory, as every check does (the action's pipeline then names
 * them from the repository root); fingerprints use the path from the repository top, so a baseline holds
 * whatever folder the scan runs from. Outside a repository both are relative to the working directory.
 */
function displayPaths(
  root: string,
  cwd: string,
): { shown: (relPath: string) => string; stable: (relPath: string) => string } {
  const top = findRepoTop(root) ?? cwd;
  const under = (base: string) => {
    const prefix = toPosix(relative(base, root));
    return prefix === '' ? (relPath: string) => relPath : (relPath: string) => `${prefix}/${relPath}`;
  };
  return { shown: under(cwd), stable: under(top) };
}

/** The repository's secretlint rules when it has a .secretlintrc: only then is any of secretlint's code loaded. */
async function loadSecretlint(root: string, context: CheckContext): Promise<SecretlintSetup | undefined> {
  const config = readSecretlintConfig(root);
  if (config === undefined) return undefined;
  const { prepareSecretlint } = await import('./secretlint.ts');
  return prepareSecretlint(root, config, context.log);
}

/** auto: a pull request checks what it adds, a scheduled or manual run the whole history, anything else the tree. */
export function resolveMode(mode: SecretScanOptions['mode'], eventName: string | undefined): ResolvedMode {
  if (mode !== 'auto') return mode;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'diff';
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return 'history';
  return 'tree';
}

function assertFolder(root: string, given: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory) throw new UsageError(`path: ${given} is not a folder (give the folder to scan)`);
}

async function collectTree(plan: ScanPlan): Promise<Collected> {
  const { root, options } = plan;
  const poolOptions = {
    maxFileBytes: options.maxFileBytes,
    allow: plan.allow,
    ...(plan.secretlint ? { secretlint: plan.secretlint } : {}),
  };
  const early = new EarlyWorkers(root, poolOptions);
  const walked = walkTree({
    root,
    gitignore: !options.noGitignore,
    buildDirs: options.buildDirs,
    ignore: options.ignore,
    onProgress: early.onProgress,
  });
  // A shard scans the files whose path hashes to it, and reports only its own unreadable files.
  const mine = (path: string) => plan.shard === undefined || inShard(plan.stable(path), plan.shard);
  const files = walked.files.filter(mine);
  walked.skipped = walked.skipped.filter((skip) => mine(skip.path));
  const scanned = await scanFiles(root, files, { ...poolOptions, early });
  if (scanned.workerFailures > 0) {
    plan.context.log(`secret-scan: ${scanned.workerFailures} worker thread(s) failed; their files were scanned inline`);
  }
  const hits = [...scanned.hits, ...keyStoreHits(root, files)]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((fileHit) => fileHit.matches.map((match) => ({ file: fileHit.path, match })));
  return {
    hits,
    filesScanned: scanned.filesScanned,
    bytesScanned: scanned.bytesScanned,
    binaryFiles: scanned.binaryFiles + walked.binaryByName,
    skipped: [...walked.skipped, ...scanned.skipped],
    threads: scanned.threads,
  };
}

/** Key stores are binary, so the text scan never sees their keys: each is found by its name. */
function keyStoreHits(root: string, files: readonly string[]): FileHit[] {
  const hits: FileHit[] = [];
  for (const path of files) {
    const rule = fileRuleFor(path);
    if (rule === undefined) continue;
    let blobId = '';
    try {
      blobId = gitBlobId(join(root, path));
    } catch {
      // Unreadable (the scan lists it as not scanned): still a finding by its name, fingerprinted by its path.
    }
    hits.push({ path, matches: [fileMatch(rule, blobId)] });
  }
  return hits;
}

async function collectDiff(plan: ScanPlan): Promise<Collected> {
  const { root, options, context } = plan;
  await assertRepository(root, 'diff');
  const pr = pullRequestShas(context.event);
  const headRef = options.head || pr.head || 'HEAD';
  const headSha = (await resolveCommit(root, headRef)) ?? headRef;
  const baseRef = options.base || pr.base || (await defaultBase(root, headSha));
  const range = await resolveDiffRange(root, baseRef, headRef, context.log);
  if (range.note) context.log(`secret-scan: ${range.note}`);
  context.log(`secret-scan: scanning lines added from ${short(range.from)} to ${short(range.head)}`);
  const collected = emptyCollected();
  const handlers = patchHandlers(plan, collected);
  await streamDiff(root, range.from, range.head, handlers, options.maxFileBytes);
  await handlers.flush();
  return { ...collected, base: range.base, head: range.head };
}

async function collectHistory(plan: ScanPlan): Promise<Collected> {
  const { root, options, context } = plan;
  await assertRepository(root, 'history');
  const headRef = options.head || 'HEAD';
  const head = await resolveCommit(root, headRef);
  if (head === undefined) {
    throw new UsageError(
      `head: ${headRef} is not a commit in this repository (a repository with no commits has no history)`,
    );
  }
  const base = options.base ? await resolveCommit(root, options.base) : undefined;
  if (options.base && base === undefined)
    throw new UsageError(`base: ${options.base} is not a commit in this repository`);
  context.log(
    `secret-scan: scanning every commit reachable from ${short(head)}${base ? ` and not from ${short(base)}` : ''}`,
  );
  // The same revision walk `git log` does, cut into runs that every core scans side by side.
  let commits = await listHistory(root, head, base);
  let older: string[] = [];
  if (plan.shard !== undefined) {
    ({ own: commits, older } = splitCommits(commits, plan.shard));
    context.log(`secret-scan: shard ${plan.shard.index}/${plan.shard.count}: ${commits.length} commits`);
  }
  const scanned = await scanHistory(root, commits, {
    maxFileBytes: options.maxFileBytes,
    allow: plan.allow,
    ignore: options.ignore,
    isIgnored: plan.isIgnored,
    // The repository's secretlint rules run on this thread only (their setup is a function, not cloneable).
    ...(plan.lintText ? { lintText: plan.lintText, threads: 1 } : {}),
  });
  if (scanned.workerFailures > 0) {
    context.log(`secret-scan: ${scanned.workerFailures} worker thread(s) failed; their commits were scanned inline`);
  }
  // One finding per secret, at the oldest commit that added it (runs are joined in history order).
  const byFingerprint = new Map(scanned.hits.map((hit) => [hitKey(hit), hit]));
  if (plan.shard !== undefined) await dropFoundInOlderShards(plan, byFingerprint, older);
  return {
    hits: [...byFingerprint.values()],
    filesScanned: scanned.filesScanned,
    bytesScanned: scanned.bytesScanned,
    binaryFiles: 0,
    skipped: scanned.skipped,
    threads: scanned.threads,
    commits: scanned.commits,
    ...(base ? { base, head } : { head }),
  };
}

/**
 * A shard reports a secret only when none of the older shards' commits added it too: the unsharded scan reports
 * each secret at its oldest commit, and the shard holding that commit reports it. A secret is usually added once
 * and carried by later trees (which no patch shows again); only one removed and re-added, or whose line was
 * edited, shows up again. The check reads the older commits' patches of the files this shard found secrets in
 * (cheap: a few paths), then confirms each apparent older addition with that commit's whole patch, because a
 * patch limited to one path shows a renamed file as new, with lines the whole patch does not add.
 */
async function dropFoundInOlderShards(plan: ScanPlan, found: Map<string, Hit>, older: readonly string[]) {
  if (found.size === 0 || older.length === 0) return;
  const fingerprint = hitKey;
  const files = [...new Set([...found.values()].map((hit) => hit.file))];
  const seenIn = new Map<string, Hit[]>();
  const near = patchHandlers(plan, emptyCollected(), (hit) => {
    const key = fingerprint(hit);
    if (found.has(key)) seenIn.set(key, [...(seenIn.get(key) ?? []), hit]);
  });
  await streamCommits(plan.root, older, near, plan.options.maxFileBytes, files);
  await near.flush();
  for (const [key, hits] of seenIn) {
    for (const hit of hits) {
      let confirmed = false;
      const whole = patchHandlers(plan, emptyCollected(), (again) => {
        if (fingerprint(again) === key) confirmed = true;
      });
      whole.wantPath = (path) => path === hit.file && !plan.isIgnored(path);
      await streamCommits(plan.root, [hit.commit!.sha], whole, plan.options.maxFileBytes);
      await whole.flush();
      if (confirmed) {
        found.delete(key);
        break;
      }
    }
  }
}

function emptyCollected(): Collected {
  return { hits: [], filesScanned: 0, bytesScanned: 0, binaryFiles: 0, skipped: [] };
}

/**
 * Handlers for a stream of patches. With a .secretlintrc, each file's hits wait for its secretlint rules
 * (@secretlint/core is async) and are handed on in stream order by `flush()`, which every stream is followed by.
 */
function patchHandlers(
  plan: ScanPlan,
  collected: AddedTally,
  onHit?: (hit: Hit) => void,
): PatchHandlers & { flush: () => Promise<void> } {
  return addedLineHandlers(
    {
      maxFileBytes: plan.options.maxFileBytes,
      allow: plan.allow,
      isIgnored: plan.isIgnored,
      ...(plan.lintText ? { lintText: plan.lintText } : {}),
    },
    collected,
    onHit,
  );
}

function pullRequestShas(event: CheckContext['event']): { base?: string; head?: string } {
  const payload = event?.payload as
    | { pull_request?: { base?: { sha?: string }; head?: { sha?: string } }; before?: string; after?: string }
    | undefined;
  if (payload?.pull_request) return { base: payload.pull_request.base?.sha, head: payload.pull_request.head?.sha };
  // A push: what the push added. A new branch has an all-zero "before"; fall back to the merge-base.
  if (event?.name === 'push' && payload?.before && !/^0+$/.test(payload.before)) {
    return { base: payload.before, head: payload.after };
  }
  return {};
}

function toFindings(
  hits: readonly (Hit & { stableFile: string })[],
  buildDirs: readonly string[],
  context: CheckContext,
  mode: ResolvedMode,
): Finding[] {
  return hits.map(({ file, stableFile, match, commit }) => {
    context.redactor.add(match.value);
    const info = ruleInfo(match.ruleId);
    const public_ = isInBuildOutput(file, buildDirs);
    const where = commit ? ` (commit ${short(commit.sha)}, ${commit.date})` : '';
    const exposure = public_ ? ' This file is browser build output: anyone who loads the site can read the key.' : '';
    const history =
      mode === 'history' ? ' It is in the git history even if the current files no longer contain it.' : '';
    // secretlint's message names the pattern that matched; the values it quoted are masked (and the secret redacted).
    const said = match.message ? ` secretlint says: ${oneLine(match.message, 200)}.` : '';
    const also = match.alsoReportedBy
      ? ` The repository's secretlint rule ${match.alsoReportedBy} reports it too.`
      : '';
    return {
      check: CHECK,
      ruleId: match.ruleId,
      severity: public_ ? 'blocker' : match.severity,
      title: match.title,
      message: `${match.title} found in ${file} at line ${match.line}${where}.${said}${also}${exposure}${history}`,
      location: { file, line: match.line, column: match.column },
      evidence: redactValue(match.value),
      remediation: remediationFor(info.remediation, public_),
      fingerprint: fingerprintOf(match.ruleId, stableFile, match.value),
    };
  });
}

/** The reported findings paired with their values (secrets[i] came from hits[i]); verify/ loads only when asked. */
async function verify(
  reported: Finding[],
  secrets: readonly Finding[],
  hits: readonly Hit[],
  context: CheckContext,
): Promise<{ findings: Finding[]; summary: VerificationSummary }> {
  const hitOf = new Map(secrets.map((finding, index) => [finding, hits[index]!]));
  const { verifyFindings } = await import('./verify/run.ts');
  return verifyFindings(
    reported.map((finding) => {
      const hit = hitOf.get(finding)!;
      return {
        finding,
        value: hit.match.value,
        file: hit.file,
        line: hit.match.line,
        ...(hit.commit ? { commit: hit.commit.sha } : {}),
      };
    }),
    context,
  );
}

function remediationFor(ruleText: string, public_: boolean): string {
  const steps = [ruleText];
  if (!/history/i.test(ruleText)) {
    steps.push('Rotate the credential first, then remove it from the code and from the git history (git filter-repo).');
  }
  if (public_) steps.push('Rebuild and redeploy without it: browser code must only hold publishable keys.');
  return steps.join(' ');
}

function skipNotices(skipped: readonly SkippedPath[]): Finding[] {
  return skipped.slice(0, MAX_SKIP_NOTICES).map((skip) => ({
    check: CHECK,
    ruleId: NOTICE_RULES.skipped,
    severity: 'info' as const,
    title: `Not scanned: ${skip.path}`,
    message: `${skip.path} was not scanned: ${skip.reason}.`,
    location: { file: skip.path, line: 1 },
    remediation: 'Scan it another way, raise max-file-bytes, or add it to ignore if it holds no secrets.',
    fingerprint: fingerprintOf(NOTICE_RULES.skipped, skip.path, ''),
  }));
}

function summarize(findings: readonly Finding[], details: SecretScanDetails): string {
  const scope =
    details.mode === 'history'
      ? `${details.commits ?? 0} commits`
      : details.mode === 'diff'
        ? `lines added in ${details.filesScanned} files`
        : `${details.filesScanned} files, ${formatBytes(details.bytesScanned)}`;
  const baselined = details.baselineSuppressed > 0 ? `; ${details.baselineSuppressed} accepted by the baseline` : '';
  if (details.baselineWritten) {
    return `Baseline written: ${details.baselineWritten.fingerprints} fingerprints in ${details.baselineWritten.path} (${details.mode}: ${scope})`;
  }
  if (findings.length === 0) return `No secrets found (${details.mode}: ${scope}${baselined})`;
  const counts = countBySeverity(findings);
  const bySeverity = SEVERITIES.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
  const files = new Set(findings.map((f) => (f.location && 'file' in f.location ? f.location.file : ''))).size;
  const noun = findings.length === 1 ? 'secret' : 'secrets';
  return `${findings.length} ${noun} found in ${files} ${files === 1 ? 'file' : 'files'}: ${bySeverity} (${details.mode}: ${scope}${baselined})`;
}
