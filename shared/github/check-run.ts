// Workflow-command annotations stop at about 10 per level; a check run carries every one, in the batches of
// 50 the Checks API accepts. Needs `checks: write`; a read-only token (a fork's pull request) degrades to
// the summary, never to a crash.
import type { Verdict } from '../report/describe.ts';
import { type Finding, isFileLocation, type Report, type Severity, sortFindings } from '../report/model.ts';
import { createGitHubClient, GitHubApiError } from './client.ts';

export const CHECK_RUN_BATCH = 50;
/** The Checks API rejects an output summary over 65535 characters. */
const SUMMARY_LIMIT = 60_000;

const LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  blocker: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

export interface CheckRunTarget {
  token: string;
  owner: string;
  repo: string;
  headSha: string;
  apiUrl: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export function checkRunAnnotations(findings: readonly Finding[]): CheckRunAnnotation[] {
  return sortFindings(findings).flatMap((f) => {
    const location = f.location;
    if (!isFileLocation(location)) return [];
    return [
      {
        path: location.file,
        start_line: location.line,
        end_line: location.endLine ?? location.line,
        annotation_level: LEVEL[f.severity],
        title: `${f.severity}: ${f.title}`,
        message: f.remediation ? `${f.message}\nFix: ${f.remediation}` : f.message,
      },
    ];
  });
}

/** Where the run's token and event say a check run can go; undefined when they do not. */
export function checkRunTarget(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  payload: Record<string, unknown> | undefined,
): CheckRunTarget | undefined {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pullRequest = payload?.pull_request as { head?: { sha?: string } } | undefined;
  const headSha = pullRequest?.head?.sha ?? env.GITHUB_SHA;
  if (!token || !owner || !repo || !headSha) return undefined;
  return { token, owner, repo, headSha, apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com' };
}

export interface PublishOptions {
  /** Batches of CHECK_RUN_BATCH sent at most (the create and the updates); default MAX_BATCHES. */
  maxBatches?: number;
  /** Pause between two requests; default PACE_MS. */
  paceMs?: number;
  /** Limit on each request; default REQUEST_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Limit on the whole publication: no update starts after it, and rate-limit waits stay within it; default BUDGET_MS. */
  budgetMs?: number;
  /** Tests replace the pause of a rate-limit wait. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PublishResult {
  /** The check run, whenever it was created, even if a later update failed. */
  url?: string;
  /** Why not every annotation is on the run: one line for a warning. */
  error?: string;
  /** Annotations on the run. */
  annotated: number;
  /** Annotations not sent: over the cap, or after a failed update. */
  omitted: number;
}

/**
 * GitHub allows about 80 content-creating requests a minute (its secondary rate limit): 30,000 findings made
 * 600 back-to-back requests. The most severe MAX_BATCHES × 50 are sent, one request a second at most.
 */
export const MAX_BATCHES = 20;
export const PACE_MS = 1000;
export const REQUEST_TIMEOUT_MS = 15_000;
export const BUDGET_MS = 60_000;

/**
 * Creates the check run with the file annotations (the most severe first, capped), then adds the rest in
 * paced updates. Returns its URL and how many annotations it carries; a failure is a reason, never a throw.
 */
export async function publishCheckRun(
  target: CheckRunTarget,
  report: Report,
  verdict: Verdict,
  summary: string,
  annotations: readonly CheckRunAnnotation[],
  options: PublishOptions = {},
): Promise<PublishResult> {
  const maxBatches = Math.max(1, options.maxBatches ?? MAX_BATCHES);
  const paceMs = options.paceMs ?? PACE_MS;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const deadline = Date.now() + (options.budgetMs ?? BUDGET_MS);
  const sent = annotations.slice(0, maxBatches * CHECK_RUN_BATCH);
  const capped = annotations.length - sent.length;
  // The shared client: a deadline on each request, GitHub's rate limits waited out within the budget; a write that
  // may have landed is never sent twice.
  const { octokit } = createGitHubClient({
    token: target.token,
    apiUrl: target.apiUrl,
    timeoutMs,
    rateLimitWaitMs: options.budgetMs ?? BUDGET_MS,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  const capNote =
    capped > 0
      ? `\n\n${capped} of ${annotations.length} annotations are not on this check run (at most ${sent.length}, the most severe, are sent): the job summary and the JSON report list every finding.`
      : '';
  const body =
    summary.length + capNote.length > SUMMARY_LIMIT
      ? `${summary.slice(0, SUMMARY_LIMIT - capNote.length)}\n\n…(cut)`
      : summary;
  const output = (batch: readonly CheckRunAnnotation[]) => ({
    title: `${report.check}: ${report.findings.length} findings`,
    summary: `${body}${capNote}`,
    annotations: [...batch],
  });
  let created: { id: number; url?: string };
  try {
    const response = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: `launch-ready ${report.check}`,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: verdict.passed ? 'success' : 'failure',
      output: output(sent.slice(0, CHECK_RUN_BATCH)),
    });
    created = { id: response.data.id, url: response.data.html_url ?? undefined };
  } catch (error) {
    return { error: createError(error), annotated: 0, omitted: annotations.length };
  }

  let annotated = Math.min(CHECK_RUN_BATCH, sent.length);
  for (let start = CHECK_RUN_BATCH; start < sent.length; start += CHECK_RUN_BATCH) {
    if (Date.now() + paceMs > deadline) {
      return partial(
        created.url,
        annotated,
        annotations.length,
        `the ${Math.round((options.budgetMs ?? BUDGET_MS) / 1000)} s allowed for it ran out`,
      );
    }
    await sleep(paceMs);
    try {
      await octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: created.id,
        output: output(sent.slice(start, start + CHECK_RUN_BATCH)),
      });
    } catch (error) {
      return partial(created.url, annotated, annotations.length, `adding more failed: ${describeError(error)}`);
    }
    annotated += Math.min(CHECK_RUN_BATCH, sent.length - start);
  }
  const result: PublishResult = { url: created.url, annotated, omitted: capped };
  if (capped > 0) {
    result.error = `the check run carries the ${annotated} most severe of ${annotations.length} annotations (at most ${maxBatches} requests of ${CHECK_RUN_BATCH}, paced for GitHub's rate limit)`;
  }
  return result;
}

function partial(url: string | undefined, annotated: number, total: number, why: string): PublishResult {
  return {
    url,
    annotated,
    omitted: total - annotated,
    error: `${url ? `the check run ${url}` : 'the check run'} was created with ${annotated} of ${total} annotations, then ${why}`,
  };
}

function createError(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) {
    // Only the create tells about the token: a 403 later is a rate limit or a permission change, not this.
    return 'the token cannot create check runs (give the job `checks: write`; a fork pull request never can)';
  }
  return `creating the check run failed: ${describeError(error)}`;
}

function describeError(error: unknown): string {
  // The client's errors name the call, the status and what GitHub said (never the token).
  if (error instanceof GitHubApiError) return error.message;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((done) => setTimeout(done, ms));
}
