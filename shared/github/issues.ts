// Issues, labels and comments over the shared client: plain data in, plain data out. Used by the monitor's
// incidents; anything that must exist once is found (by label and a hidden marker) before it is written.
import { GitHubApiError, type GitHubClient, listAll } from './client.ts';
import type { RepoRef } from './deployments.ts';

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
  url: string;
  createdAt: string;
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  created_at: string;
  pull_request?: unknown;
}

/** GitHub refuses an issue or comment body over 65,536 characters. */
export const BODY_LIMIT = 65_536;

/** A list entry that is an issue at all: a proxy or a broken API may send nulls or other shapes in the array. */
function isRawIssue(item: unknown): item is RawIssue {
  return typeof item === 'object' && item !== null && Number.isInteger((item as { number?: unknown }).number);
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function toIssue(raw: RawIssue): Issue {
  return {
    number: raw.number,
    title: text(raw.title),
    body: text(raw.body),
    state: text(raw.state),
    url: text(raw.html_url),
    createdAt: text(raw.created_at),
  };
}

/** The label exists afterwards: read first, created when missing (a concurrent creation counts as existing). */
export async function ensureLabel(
  client: GitHubClient,
  repo: RepoRef,
  label: { name: string; color: string; description: string },
): Promise<'existed' | 'created'> {
  try {
    await client.octokit.rest.issues.getLabel({ ...repo, name: label.name });
    return 'existed';
  } catch (error) {
    if (!(error instanceof GitHubApiError && error.kind === 'not-found')) throw error;
  }
  try {
    await client.octokit.rest.issues.createLabel({ ...repo, ...label });
    return 'created';
  } catch (error) {
    if (error instanceof GitHubApiError && error.kind === 'invalid') return 'existed';
    throw error;
  }
}

/** Open issues with the label (pull requests left out), newest first, at most `max`. */
export async function listOpenIssues(client: GitHubClient, repo: RepoRef, label: string, max = 100): Promise<Issue[]> {
  const raw = await listAll<unknown>(
    client,
    'GET /repos/{owner}/{repo}/issues',
    { ...repo, state: 'open', labels: label, sort: 'created', direction: 'desc' },
    max,
  );
  return raw
    .filter(isRawIssue)
    .filter((issue) => issue.pull_request === undefined)
    .map(toIssue);
}

export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: { title: string; body: string; labels: string[] },
): Promise<Issue> {
  const { data } = await client.octokit.rest.issues.create({ ...repo, ...issue, body: withinBodyLimit(issue.body) });
  return toIssue(data as RawIssue);
}

export async function commentOnIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<string> {
  const { data } = await client.octokit.rest.issues.createComment({
    ...repo,
    issue_number: number,
    body: withinBodyLimit(body),
  });
  return data.html_url;
}

export async function closeIssue(client: GitHubClient, repo: RepoRef, number: number): Promise<void> {
  await client.octokit.rest.issues.update({
    ...repo,
    issue_number: number,
    state: 'closed',
    state_reason: 'completed',
  });
}

/** A body under GitHub's limit, cut with a note rather than refused. */
export function withinBodyLimit(body: string, limit = BODY_LIMIT): string {
  if (body.length <= limit) return body;
  const note = '\n\n_(cut to fit GitHub’s 65,536-character limit)_';
  return body.slice(0, limit - note.length) + note;
}
