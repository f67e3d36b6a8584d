// A stateful stand-in for the GitHub REST API on 127.0.0.1, strict the way GitHub is: every request is matched to
// an operation of GitHub's OpenAPI description, its JSON body validated against that operation's schema and its
// query parameters against the ones it declares (a mismatch is answered 422 and listed in `invalid`).
//
// API (for rollback today; PR comments, incident issues and check runs extend it with `route`):
//   const gh = await startFakeGitHub({ token, branches: { main: sha }, workflows: ['deploy.yml'] });
//   env: GITHUB_API_URL = gh.url, GITHUB_REPOSITORY = `${gh.owner}/${gh.repo}`, GITHUB_TOKEN = token
//   gh.addDeployment({ sha, states: ['success'] })      seed state (oldest first); returns the deployment
//   gh.addStatus(id, 'failure', 'description')           seed a status
//   gh.deployments / gh.statusesOf(id) / gh.dispatches   the state after the run (deployments oldest first)
//   gh.calls                                             every request: method, path (with query), body, status
//   gh.writes()                                          the calls that were not GET
//   gh.invalid                                           requests that broke GitHub's description (expect [])
//   gh.fail({ method, path, status, headers, times })    answer 403/404/422/429/5xx on demand
//   gh.onDeploymentCreated = (d) => gh.addStatus(d.id, 'success')   react like a deploy workflow would
//   gh.onDispatch = ({ inputs }) => gh.addDeployment({ sha: inputs.sha, states: ['success'] })   likewise
//   gh.route(method, '/repos/{owner}/{repo}/issues', handler)        add an operation (validated the same way)
//   await gh.close()
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyProblem, type OperationCheck, operationCheck } from './openapi.ts';

export interface FakeUser {
  login: string;
  id: number;
}

export interface FakeDeployment {
  id: number;
  node_id: string;
  url: string;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown> | string;
  original_environment: string;
  environment: string;
  description: string | null;
  creator: FakeUser;
  created_at: string;
  updated_at: string;
  statuses_url: string;
  repository_url: string;
  transient_environment: boolean;
  production_environment: boolean;
}

export interface FakeStatus {
  id: number;
  node_id: string;
  url: string;
  state: string;
  creator: FakeUser;
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  created_at: string;
  updated_at: string;
  deployment_url: string;
  repository_url: string;
}

export interface FakeCall {
  method: string;
  /** Path and query as sent. */
  path: string;
  body?: unknown;
  status: number;
}

export interface FakeFault {
  method?: string;
  /** Matched against the path (with query). */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The only token accepted (Authorization: token … or Bearer …); default: any non-empty token. */
  token?: string;
  defaultBranch?: string;
  /** Branch and tag names → SHA, for refs that are not SHAs. Default { main: 'a'.repeat(40) }. */
  branches?: Record<string, string>;
  /** Workflow file names (or ids) that exist for dispatch. Default ['deploy.yml']. */
  workflows?: string[];
  /** Delay before each answer, so concurrent clients interleave as they would over the internet. */
  latencyMs?: number;
}

export interface FakeGitHub {
  url: string;
  owner: string;
  repo: string;
  calls: FakeCall[];
  invalid: { method: string; path: string; problem: string }[];
  deployments: FakeDeployment[];
  dispatches: { workflow: string; ref: string; inputs: Record<string, unknown> }[];
  onDeploymentCreated?: (deployment: FakeDeployment) => void;
  /** React to a workflow dispatch as the dispatched workflow would (e.g. record its deployment). */
  onDispatch?: (dispatch: { workflow: string; ref: string; inputs: Record<string, unknown> }) => void;
  addDeployment(seed: {
    sha: string;
    environment?: string;
    ref?: string;
    states?: string[];
    creator?: string;
    createdAt?: Date;
    payload?: Record<string, unknown>;
    description?: string;
  }): FakeDeployment;
  addStatus(deploymentId: number, state: string, description?: string, createdAt?: Date): FakeStatus;
  statusesOf(deploymentId: number): FakeStatus[];
  writes(): FakeCall[];
  fail(fault: FakeFault): void;
  route(method: string, template: string, handler: FakeHandler): void;
  close(): Promise<void>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  check: OperationCheck;
  handler: FakeHandler;
}

const SHA = /^[0-9a-f]{40}$/;
/** Parameters octokit may send on any list call. */
const ALWAYS_ALLOWED_QUERY = new Set<string>();

function compile(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), names };
}

function iso(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'founder';
  const repo = options.repo ?? 'shop';
  const defaultBranch = options.defaultBranch ?? 'main';
  const branches = options.branches ?? { [defaultBranch]: 'a'.repeat(40) };
  const workflows = options.workflows ?? ['deploy.yml'];
  const routes: Route[] = [];
  const faults: (FakeFault & { left: number })[] = [];
  const statuses = new Map<number, FakeStatus[]>();
  let nextId = 1000;
  let base = '';
  const bot: FakeUser = { login: 'github-actions[bot]', id: 41898282 };
  const repoUrl = () => `${base}/repos/${owner}/${repo}`;

  const fake: FakeGitHub = {
    url: '',
    owner,
    repo,
    calls: [],
    invalid: [],
    deployments: [],
    dispatches: [],
    addDeployment(seed) {
      nextId += 1;
      const id = nextId;
      const at = iso(seed.createdAt ?? new Date());
      const environment = seed.environment ?? 'production';
      const deployment: FakeDeployment = {
        id,
        node_id: `DE_${id}`,
        url: `${repoUrl()}/deployments/${id}`,
        sha: seed.sha,
        ref: seed.ref ?? seed.sha,
        task: 'deploy',
        payload: seed.payload ?? {},
        original_environment: environment,
        environment,
        description: seed.description ?? null,
        creator: { login: seed.creator ?? 'founder', id: 1 },
        created_at: at,
        updated_at: at,
        statuses_url: `${repoUrl()}/deployments/${id}/statuses`,
        repository_url: repoUrl(),
        transient_environment: false,
        production_environment: environment === 'production',
      };
      fake.deployments.push(deployment);
      statuses.set(id, []);
      for (const state of seed.states ?? []) fake.addStatus(id, state, '', seed.createdAt);
      return deployment;
    },
    addStatus(deploymentId, state, description = '', createdAt) {
      const deployment = fake.deployments.find((d) => d.id === deploymentId);
      if (!deployment) throw new Error(`no deployment ${deploymentId}`);
      nextId += 1;
      const id = nextId;
      const at = iso(createdAt ?? new Date());
      const status: FakeStatus = {
        id,
        node_id: `DES_${id}`,
        url: `${deployment.url}/statuses/${id}`,
        state,
        creator: bot,
        description,
        environment: deployment.environment,
        target_url: '',
        log_url: '',
        environment_url: '',
        created_at: at,
        updated_at: at,
        deployment_url: deployment.url,
        repository_url: repoUrl(),
      };
      statuses.get(deploymentId)!.push(status);
      return status;
    },
    statusesOf: (deploymentId) => [...(statuses.get(deploymentId) ?? [])],
    writes: () => fake.calls.filter((c) => c.method !== 'GET'),
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    route(method, template, handler) {
      const { pattern, names } = compile(template);
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern,
        names,
        check: operationCheck(method, template),
        handler,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const page = <T>(items: T[], query: URLSearchParams, path: string): FakeResponse => {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30) || 30);
    const number = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const slice = items.slice((number - 1) * perPage, number * perPage);
    const headers: Record<string, string> = {};
    if (number * perPage < items.length) {
      const next = new URLSearchParams(query);
      next.set('page', String(number + 1));
      headers.link = `<${base}${path.split('?')[0]}?${next}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  };
  const notFound: FakeResponse = {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  };
  const unprocessable = (message: string): FakeResponse => ({
    status: 422,
    body: { message, documentation_url: 'https://docs.github.com/rest' },
  });
  const ownRepo = (p: Record<string, string>) => p.owner === owner && p.repo === repo;

  fake.route('GET', '/repos/{owner}/{repo}', ({ params }) =>
    ownRepo(params)
      ? {
          status: 200,
          body: {
            id: 1,
            name: repo,
            full_name: `${owner}/${repo}`,
            owner: { login: owner },
            private: true,
            default_branch: defaultBranch,
            url: repoUrl(),
          },
        }
      : notFound,
  );

  fake.route('GET', '/repos/{owner}/{repo}/deployments', ({ params, query, path }) => {
    if (!ownRepo(params)) return notFound;
    const filtered = fake.deployments
      .filter((d) => !query.get('environment') || d.environment === query.get('environment'))
      .filter((d) => !query.get('sha') || d.sha === query.get('sha'))
      .filter((d) => !query.get('ref') || d.ref === query.get('ref'))
      .filter((d) => !query.get('task') || d.task === query.get('task'))
      .sort((a, b) => b.id - a.id);
    return page(filtered, query, path);
  });

  fake.route('POST', '/repos/{owner}/{repo}/deployments', ({ params, body }) => {
    if (!ownRepo(params)) return notFound;
    const b = body as {
      ref: string;
      environment?: string;
      required_contexts?: string[];
      payload?: Record<string, unknown> | string;
      description?: string | null;
      task?: string;
    };
    const sha = SHA.test(b.ref) ? b.ref : branches[b.ref];
    if (!sha) return unprocessable(`No ref found for: ${b.ref}`);
    // GitHub verifies every commit status context unless told not to: during an incident they are often red.
    if (b.required_contexts === undefined || b.required_contexts.length > 0) {
      return {
        status: 409,
        body: { message: `Conflict: Commit status checks failed for ${b.ref}`, documentation_url: '' },
      };
    }
    const payload = typeof b.payload === 'string' ? (b.payload === '' ? {} : JSON.parse(b.payload)) : (b.payload ?? {});
    const deployment = fake.addDeployment({
      sha,
      ref: b.ref,
      environment: b.environment ?? 'production',
      payload,
      description: b.description ?? '',
      creator: 'github-actions[bot]',
    });
    if (b.task) deployment.task = b.task;
    fake.onDeploymentCreated?.(deployment);
    return { status: 201, body: deployment };
  });

  fake.route('GET', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ({ params, query, path }) => {
    if (!ownRepo(params) || !statuses.has(Number(params.deployment_id))) return notFound;
    const list = [...statuses.get(Number(params.deployment_id))!].sort((a, b) => b.id - a.id);
    return page(list, query, path);
  });

  fake.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ({ params, body }) => {
    if (!ownRepo(params) || !statuses.has(Number(params.deployment_id))) return notFound;
    const b = body as { state: string; description?: string };
    if ((b.description ?? '').length > 140) {
      return unprocessable('Validation Failed: description is too long (maximum is 140 characters)');
    }
    return { status: 201, body: fake.addStatus(Number(params.deployment_id), b.state, b.description ?? '') };
  });

  fake.route('POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', ({ params, body }) => {
    if (!ownRepo(params) || !workflows.includes(params.workflow_id!)) return notFound;
    const b = body as { ref: string; inputs?: Record<string, unknown> };
    // The API takes branches and tags only.
    if (!(b.ref in branches)) return unprocessable(`No ref found for: ${b.ref}`);
    const dispatch = { workflow: params.workflow_id!, ref: b.ref, inputs: b.inputs ?? {} };
    fake.dispatches.push(dispatch);
    fake.onDispatch?.(dispatch);
    return { status: 204 };
  });

  const send = (res: ServerResponse, response: FakeResponse) => {
    const headers = { 'content-type': 'application/json; charset=utf-8', ...response.headers };
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? '' : JSON.stringify(response.body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const url = new URL(path, 'http://fake');
    const call: FakeCall = { method, path, status: 0 };
    fake.calls.push(call);
    const answer = (response: FakeResponse) => {
      call.status = response.status;
      send(res, response);
    };
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const auth = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!auth || (options.token !== undefined && auth !== options.token)) {
      answer({ status: 401, body: { message: 'Bad credentials', documentation_url: '' } });
      return;
    }
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        answer({ status: 400, body: { message: 'Problems parsing JSON' } });
        return;
      }
    }
    call.body = body;
    const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(path));
    if (fault) {
      fault.left -= 1;
      answer({
        status: fault.status,
        headers: fault.headers,
        body: { message: fault.message ?? `fault ${fault.status}` },
      });
      return;
    }
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(url.pathname) : null;
      if (!match) continue;
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
      const unknownQuery = [...url.searchParams.keys()].filter(
        (key) => !route.check.queryParameters.has(key) && !ALWAYS_ALLOWED_QUERY.has(key),
      );
      const problem =
        (unknownQuery.length > 0 ? `unknown query parameter(s) ${unknownQuery.join(', ')}` : undefined) ??
        bodyProblem(route.check, body);
      if (problem) {
        fake.invalid.push({ method, path, problem: `${route.template}: ${problem}` });
        answer({ status: 422, body: { message: `Invalid request.\n\n${problem}` } });
        return;
      }
      answer(await route.handler({ method, path, params, query: url.searchParams, body }));
      return;
    }
    fake.invalid.push({ method, path, problem: 'no such operation in the fake' });
    answer(notFound);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: error.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = base;
  return fake;
}
