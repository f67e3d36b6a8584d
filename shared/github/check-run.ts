// Workflow-command annotations stop at about 10 per level; a check run carries every one, in the batches of
// 50 the Checks API accepts. Needs `checks: write`; a read-only token (a fork's pull request) degrades to
// the summary, never to a crash.
import { getOctokit } from '@actions/github';
import type { Verdict } from '../report/describe.ts';
import { type Finding, isFileLocation, type Report, type Severity, sortFindings } from '../report/model.ts';

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

/** Creates the check run with every file annotation; returns its URL, or why it could not. */
export async function publishCheckRun(
  target: CheckRunTarget,
  report: Report,
  verdict: Verdict,
  summary: string,
  annotations: readonly CheckRunAnnotation[],
): Promise<{ url?: string; error?: string }> {
  const octokit = getOctokit(target.token, { baseUrl: target.apiUrl, request: { retries: 0 } });
  const output = (batch: readonly CheckRunAnnotation[]) => ({
    title: `${report.check}: ${report.findings.length} findings`,
    summary: summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT)}\n\n…(cut)` : summary,
    annotations: [...batch],
  });
  try {
    const created = await octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: `launch-ready ${report.check}`,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: verdict.passed ? 'success' : 'failure',
      output: output(annotations.slice(0, CHECK_RUN_BATCH)),
    });
    for (let start = CHECK_RUN_BATCH; start < annotations.length; start += CHECK_RUN_BATCH) {
      await octokit.rest.checks.update({
        owner: target.owner,
        repo: target.repo,
        check_run_id: created.data.id,
        output: output(annotations.slice(start, start + CHECK_RUN_BATCH)),
      });
    }
    return { url: created.data.html_url ?? undefined };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        error: 'the token cannot create check runs (give the job `checks: write`; a fork pull request never can)',
      };
    }
    return { error: `the GitHub API answered ${status ?? (error as Error).message}` };
  }
}
