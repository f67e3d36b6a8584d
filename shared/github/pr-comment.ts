// The sticky pull request comment: one per pull request and workflow, found by its hidden marker, created once
// and edited in place on every later run. A fork's pull request (read-only token) is skipped before any call,
// and a refused write is a warning for the caller to log: the comment never fails the step.
import { type GitHubClient, listAll } from './client.ts';

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

export type PullRequestPlace = { target: PullRequestTarget } | { skip: string; fork?: boolean };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request this run may comment on, or why not. On `pull_request` from a fork GitHub hands the job a
 * read-only token, so no write is tried; `pull_request_target` runs with the base repository's token.
 */
export function pullRequestOf(
  env: Readonly<Record<string, string | undefined>>,
  event: { name: string; payload: Record<string, unknown> } | undefined,
): PullRequestPlace {
  const name = event?.name ?? env.GITHUB_EVENT_NAME ?? '';
  if (!PR_EVENTS.has(name)) return { skip: `this run is not for a pull request (event: ${name || 'none'})` };
  const pr = event?.payload.pull_request as
    | { number?: unknown; head?: { repo?: { full_name?: unknown } | null }; base?: { repo?: { full_name?: unknown } } }
    | undefined;
  const number = typeof pr?.number === 'number' ? pr.number : Number(event?.payload.number);
  if (!Number.isInteger(number) || number <= 0) return { skip: 'the event names no pull request number' };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return { skip: 'GITHUB_REPOSITORY is not set' };
  if (name === 'pull_request') {
    const head = pr?.head?.repo?.full_name;
    const base = pr?.base?.repo?.full_name ?? `${owner}/${repo}`;
    // A deleted fork has head.repo null: still not this repository.
    if (head !== base) {
      return { skip: 'this pull request comes from a fork, whose token is read-only', fork: true };
    }
  }
  return { target: { owner, repo, number } };
}

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { type?: string } | null;
}

export interface StickyResult {
  action: 'created' | 'updated';
  url?: string;
  /** The body of the comment before this run changed it (undefined when created). */
  previousBody?: string;
}

/** Comments read when looking for ours: a pull request with more is rare, and the search stays bounded. */
export const MAX_COMMENTS_READ = 1_000;

/** The oldest comment that starts with the marker, one by a bot (ours) first. */
async function findMarked(client: GitHubClient, target: PullRequestTarget, marker: string): Promise<IssueComment[]> {
  const comments = await listAll<IssueComment>(
    client,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: target.owner, repo: target.repo, issue_number: target.number },
    MAX_COMMENTS_READ,
  );
  const marked = comments.filter((c) => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id);
  return [...marked.filter((c) => c.user?.type === 'Bot'), ...marked.filter((c) => c.user?.type !== 'Bot')];
}

/**
 * Creates the marked comment or edits the one there. `render` gets the earlier body (to say "passes now"). Two
 * runs racing on one pull request may both create: the later one then deletes its own and edits the oldest, so
 * one comment remains.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
  render: (previousBody: string | undefined) => string,
): Promise<StickyResult> {
  const params = { owner: target.owner, repo: target.repo };
  const [existing] = await findMarked(client, target, marker);
  if (existing) {
    const { data } = await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...params,
      comment_id: existing.id,
      body: render(existing.body),
    });
    return { action: 'updated', url: data.html_url, previousBody: existing.body };
  }
  const body = render(undefined);
  const { data: created } = await client.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...params,
    issue_number: target.number,
    body,
  });
  const [oldest] = await findMarked(client, target, marker);
  if (oldest && oldest.id !== created.id) {
    await client.octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...params,
      comment_id: created.id,
    });
    const { data } = await client.octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...params,
      comment_id: oldest.id,
      body: render(oldest.body),
    });
    return { action: 'updated', url: data.html_url, previousBody: oldest.body };
  }
  return { action: 'created', url: created.html_url };
}
