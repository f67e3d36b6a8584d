// Issue and pull request comments on the fake GitHub (list, create, edit, delete), added with `route()` so every
// request is checked against GitHub's OpenAPI description like the rest of the fake.
//   const gh = await startFakeGitHub({ token });
//   const comments = addIssueComments(gh);      comments.all: the comments as they stand, oldest first
//   comments.seed(7, 'text', 'User')             a comment someone else wrote on pull request 7
import type { FakeGitHub, FakeResponse } from './fake-github.ts';

export interface FakeComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
  author_association: string;
  /** Not part of GitHub's answer: which issue or pull request it is on. */
  issue: number;
}

export interface FakeComments {
  all: FakeComment[];
  on(issue: number): FakeComment[];
  seed(issue: number, body: string, type?: 'Bot' | 'User'): FakeComment;
}

export function addIssueComments(gh: FakeGitHub): FakeComments {
  let nextId = 5000;
  const own = (p: Record<string, string>) => p.owner === gh.owner && p.repo === gh.repo;
  const notFound: FakeResponse = { status: 404, body: { message: 'Not Found', documentation_url: '' } };
  const strip = ({ issue: _issue, ...comment }: FakeComment) => comment;
  const comments: FakeComments = {
    all: [],
    on: (issue) => comments.all.filter((c) => c.issue === issue),
    seed(issue, body, type = 'Bot') {
      nextId += 1;
      const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const api = `${gh.url}/repos/${gh.owner}/${gh.repo}`;
      const comment: FakeComment = {
        id: nextId,
        node_id: `IC_${nextId}`,
        url: `${api}/issues/comments/${nextId}`,
        html_url: `https://github.com/${gh.owner}/${gh.repo}/pull/${issue}#issuecomment-${nextId}`,
        issue_url: `${api}/issues/${issue}`,
        body,
        user:
          type === 'Bot'
            ? { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
            : { login: 'contributor', id: 7, type: 'User' },
        created_at: at,
        updated_at: at,
        author_association: type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
        issue,
      };
      comments.all.push(comment);
      return comment;
    },
  };

  gh.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params, query }) => {
    if (!own(params)) return notFound;
    const list = comments.on(Number(params.issue_number)).map(strip);
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const headers: Record<string, string> = {};
    if (page * perPage < list.length) {
      const next = new URLSearchParams(query);
      next.set('page', String(page + 1));
      headers.link = `<${gh.url}/repos/${gh.owner}/${gh.repo}/issues/${params.issue_number}/comments?${next}>; rel="next"`;
    }
    return { status: 200, body: list.slice((page - 1) * perPage, page * perPage), headers };
  });

  gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params, body }) => {
    if (!own(params)) return notFound;
    const text = (body as { body: string }).body;
    if (text.length > 65_536) {
      return { status: 422, body: { message: 'Validation Failed: body is too long (maximum is 65536 characters)' } };
    }
    return { status: 201, body: strip(comments.seed(Number(params.issue_number), text)) };
  });

  gh.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ({ params, body }) => {
    const comment = comments.all.find((c) => c.id === Number(params.comment_id));
    if (!own(params) || !comment) return notFound;
    const text = (body as { body: string }).body;
    if (text.length > 65_536) {
      return { status: 422, body: { message: 'Validation Failed: body is too long (maximum is 65536 characters)' } };
    }
    comment.body = text;
    comment.updated_at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return { status: 200, body: strip(comment) };
  });

  gh.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', ({ params }) => {
    const index = comments.all.findIndex((c) => c.id === Number(params.comment_id));
    if (!own(params) || index === -1) return notFound;
    comments.all.splice(index, 1);
    return { status: 204 };
  });

  return comments;
}
