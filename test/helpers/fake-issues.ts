// Issues, labels and comments on the fake GitHub (validated against the OpenAPI description like every route).
//   const issues = addIssues(gh); … issues.list, issues.comments, issues.labels
import type { FakeGitHub } from './fake-github.ts';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  created_at: string;
  comments: string[];
}

export interface FakeIssues {
  list: FakeIssue[];
  labels: string[];
}

export function addIssues(gh: FakeGitHub): FakeIssues {
  const state: FakeIssues = { list: [], labels: [] };
  let next = 1;
  const base = () => `https://github.com/${gh.owner}/${gh.repo}`;
  const json = (issue: FakeIssue) => ({
    id: 10_000 + issue.number,
    node_id: `I_${issue.number}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: issue.labels.map((name) => ({ name })),
    html_url: `${base()}/issues/${issue.number}`,
    url: `${gh.url}/repos/${gh.owner}/${gh.repo}/issues/${issue.number}`,
    created_at: issue.created_at,
    updated_at: issue.created_at,
    comments: issue.comments.length,
    user: { login: 'github-actions[bot]', id: 41898282 },
  });
  const notFound = { status: 404, body: { message: 'Not Found', documentation_url: '' } };
  const find = (n: string | undefined) => state.list.find((i) => i.number === Number(n));

  gh.route('GET', '/repos/{owner}/{repo}/issues', ({ query }) => {
    const wanted = (query.get('labels') ?? '').split(',').filter(Boolean);
    const which = query.get('state') ?? 'open';
    const items = state.list
      .filter((i) => which === 'all' || i.state === which)
      .filter((i) => wanted.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number);
    return { status: 200, body: items.map(json) };
  });
  gh.route('POST', '/repos/{owner}/{repo}/issues', ({ body }) => {
    const b = body as { title: string; body?: string; labels?: (string | { name: string })[] };
    const labels = (b.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
    if (labels.some((l) => !state.labels.includes(l))) {
      return { status: 422, body: { message: 'Validation Failed: label does not exist' } };
    }
    const issue: FakeIssue = {
      number: next++,
      title: b.title,
      body: b.body ?? '',
      state: 'open',
      state_reason: null,
      labels,
      created_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      comments: [],
    };
    state.list.push(issue);
    return { status: 201, body: json(issue) };
  });
  gh.route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ({ params, body }) => {
    const issue = find(params.issue_number);
    if (!issue) return notFound;
    const b = body as { state?: 'open' | 'closed'; state_reason?: string };
    if (b.state) issue.state = b.state;
    if (b.state_reason) issue.state_reason = b.state_reason;
    return { status: 200, body: json(issue) };
  });
  gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params, body }) => {
    const issue = find(params.issue_number);
    if (!issue) return notFound;
    issue.comments.push((body as { body: string }).body);
    const id = 50_000 + issue.comments.length;
    return {
      status: 201,
      body: {
        id,
        node_id: `IC_${id}`,
        body: (body as { body: string }).body,
        html_url: `${base()}/issues/${issue.number}#issuecomment-${id}`,
        url: `${gh.url}/repos/${gh.owner}/${gh.repo}/issues/comments/${id}`,
        issue_url: `${gh.url}/repos/${gh.owner}/${gh.repo}/issues/${issue.number}`,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        user: { login: 'github-actions[bot]', id: 41898282 },
      },
    };
  });
  gh.route('GET', '/repos/{owner}/{repo}/labels/{name}', ({ params }) =>
    state.labels.includes(params.name!)
      ? { status: 200, body: { id: 1, node_id: 'L_1', name: params.name, color: 'b60205', default: false } }
      : notFound,
  );
  gh.route('POST', '/repos/{owner}/{repo}/labels', ({ body }) => {
    const b = body as { name: string; color?: string };
    if (state.labels.includes(b.name)) return { status: 422, body: { message: 'Validation Failed: already_exists' } };
    state.labels.push(b.name);
    return { status: 201, body: { id: 1, node_id: 'L_1', name: b.name, color: b.color ?? 'ededed', default: false } };
  });
  return state;
}
