// Stateful stand-ins for the hosting providers' APIs rollback uses, on 127.0.0.1, answering as their published
// descriptions say (paths, shapes, status codes): Vercel (@vercel/sdk's OpenAPI: GET /v9/projects/{idOrName},
// GET /v7/deployments, POST /v1/projects/{projectId}/rollback/{deploymentId}), Netlify (@netlify/open-api:
// getSite, listSiteDeploys, restoreSiteDeploy) and Heroku (Platform API v3: release list with Range, release info,
// release rollback, slug info).
//
//   const host = await startFakeVercel({ token });  // or startFakeNetlify / startFakeHeroku
//   host.add({ sha, state: 'good' | 'failed' })      seed a production deploy (oldest first); the newest good one
//                                                    added last is live unless host.live is set
//   host.liveId / host.calls / host.writes() / host.fail({ method, path, status, headers, times })
//   host.holdRollback = true                         the rollback is accepted but never goes live (verification)
//   host.notCandidates.add(id)                       Vercel: isRollbackCandidate false for that deployment
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeCall, FakeFault } from './fake-github.ts';

export interface SeedDeploy {
  sha: string;
  state: 'good' | 'failed';
  /** Minutes ago; default: one minute after the previous one. */
  minutesAgo?: number;
}

export interface HostDeploy {
  id: string;
  sha: string;
  good: boolean;
  createdAt: number;
  /** Heroku: the release's version and description. */
  version: number;
  description: string;
}

export interface FakeHost {
  url: string;
  name: 'vercel' | 'netlify' | 'heroku';
  deploys: HostDeploy[];
  liveId: string;
  calls: FakeCall[];
  writes(): FakeCall[];
  fail(fault: FakeFault): void;
  add(seed: SeedDeploy): HostDeploy;
  holdRollback: boolean;
  /** Vercel: deployments answered with isRollbackCandidate: false (a plan's limit). */
  notCandidates: Set<string>;
  close(): Promise<void>;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Handler = (match: RegExpExecArray, url: URL, body: unknown, req: IncomingMessage) => Reply;

interface Core {
  host: FakeHost;
  routes: [string, RegExp, Handler][];
  /** Answer of a failed auth, in the provider's words. */
  unauthorized: () => Reply;
  error: (status: number, message: string) => Reply;
  /** Checks the request carries what the provider requires (e.g. Heroku's Accept version). */
  check?: (req: IncomingMessage) => Reply | undefined;
}

async function serve(name: FakeHost['name'], token: string, build: (core: Core) => void): Promise<FakeHost> {
  const faults: (FakeFault & { left: number })[] = [];
  const host: FakeHost = {
    url: '',
    name,
    deploys: [],
    liveId: '',
    calls: [],
    writes: () => host.calls.filter((c) => c.method !== 'GET'),
    fail: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    add: () => {
      throw new Error('set by the provider');
    },
    holdRollback: false,
    notCandidates: new Set(),
    close: async () => {},
  };
  let clock = Date.now() - 24 * 3_600_000;
  let serial = 0;
  host.add = (seed) => {
    clock = seed.minutesAgo === undefined ? clock + 60_000 : Date.now() - seed.minutesAgo * 60_000;
    serial += 1;
    const deploy: HostDeploy = {
      id: `${name}-${serial}-${seed.sha.slice(0, 4)}`,
      sha: seed.sha,
      good: seed.state === 'good',
      createdAt: clock,
      version: serial,
      description: `Deploy ${seed.sha.slice(0, 7)}`,
    };
    host.deploys.push(deploy);
    if (deploy.good) host.liveId = deploy.id;
    return deploy;
  };
  const core: Core = {
    host,
    routes: [],
    unauthorized: () => ({ status: 401, body: { message: 'unauthorized' } }),
    error: (status, message) => ({ status, body: { message } }),
  };
  build(core);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  function answer(req: IncomingMessage, res: ServerResponse, raw: string): void {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const url = new URL(path, 'http://fake');
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      body = raw;
    }
    const send = (reply: Reply) => {
      host.calls.push({ method, path, ...(body === undefined ? {} : { body }), status: reply.status });
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    };
    send(reply(req, method, path, url, body));
  }
  function reply(req: IncomingMessage, method: string, path: string, url: URL, body: unknown): Reply {
    if (req.headers.authorization !== `Bearer ${token}`) return core.unauthorized();
    const wrong = core.check?.(req);
    if (wrong) return wrong;
    const fault = faults.find((f) => f.left > 0 && (!f.method || f.method === method) && f.path.test(path));
    if (fault) {
      fault.left -= 1;
      return { ...core.error(fault.status, fault.message ?? 'fault'), headers: fault.headers };
    }
    for (const [m, pattern, handler] of core.routes) {
      const match = m === method ? pattern.exec(url.pathname) : null;
      if (match) return handler(match, url, body, req);
    }
    return core.error(404, `no route ${method} ${url.pathname}`);
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  host.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.close = () => new Promise<void>((done) => server.close(() => done()));
  return host;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function startFakeVercel(options: { token: string; team?: string }): Promise<FakeHost> {
  return serve('vercel', options.token, (core) => {
    const { host } = core;
    const project = { id: 'prj_shop1', name: 'shop' };
    let lastAliasRequest: Record<string, unknown> | null = null;
    core.unauthorized = () => ({
      status: 403,
      body: { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } },
    });
    core.error = (status, message) => ({ status, body: { error: { code: String(status), message } } });
    const wire = (d: HostDeploy) => ({
      uid: d.id,
      name: project.name,
      url: `${d.id}.vercel.app`,
      created: d.createdAt,
      createdAt: d.createdAt,
      state: d.good ? 'READY' : 'ERROR',
      readyState: d.good ? 'READY' : 'ERROR',
      target: 'production',
      type: 'LAMBDAS',
      projectId: project.id,
      inspectorUrl: null,
      creator: { uid: 'u1', username: 'founder' },
      meta: { githubCommitSha: d.sha },
      isRollbackCandidate: d.good && !host.notCandidates.has(d.id),
    });
    const teamOk = (url: URL) => (options.team ? url.searchParams.get('teamId') === options.team : true);
    const byIdOrName = (value: string) => value === project.id || value === project.name;
    core.routes.push(
      [
        'GET',
        /^\/v9\/projects\/([^/]+)$/,
        (m, url) => {
          if (!byIdOrName(decodeURIComponent(m[1]!)) || !teamOk(url)) return core.error(404, 'Project not found');
          const live = host.deploys.find((d) => d.id === host.liveId);
          const production = live ? { ...wire(live), id: live.id } : null;
          return { status: 200, body: { ...project, targets: { production }, lastAliasRequest } };
        },
      ],
      [
        'GET',
        /^\/v7\/deployments$/,
        (_m, url) => {
          if (url.searchParams.get('projectId') !== project.id || !teamOk(url))
            return core.error(404, 'Project not found');
          const limit = Number(url.searchParams.get('limit') ?? 20);
          const deployments = [...host.deploys]
            .sort((a, b) => b.createdAt - a.createdAt)
            .slice(0, limit)
            .map(wire);
          return {
            status: 200,
            body: { pagination: { count: deployments.length, next: null, prev: null }, deployments },
          };
        },
      ],
      [
        'POST',
        /^\/v1\/projects\/([^/]+)\/rollback\/([^/]+)$/,
        (m, url) => {
          if (decodeURIComponent(m[1]!) !== project.id || !teamOk(url)) return core.error(404, 'Project not found');
          const target = host.deploys.find((d) => d.id === decodeURIComponent(m[2]!));
          if (!target) return core.error(404, 'Deployment not found');
          if (!target.good) return core.error(400, 'Deployment is not ready');
          lastAliasRequest = {
            fromDeploymentId: host.liveId,
            toDeploymentId: target.id,
            jobStatus: host.holdRollback ? 'in-progress' : 'succeeded',
            requestedAt: Date.now(),
            type: 'rollback',
          };
          if (!host.holdRollback) host.liveId = target.id;
          return { status: 201 };
        },
      ],
    );
  });
}

export function startFakeNetlify(options: { token: string }): Promise<FakeHost> {
  return serve('netlify', options.token, (core) => {
    const { host } = core;
    const siteId = 'site-1234';
    core.unauthorized = () => ({ status: 401, body: { code: 401, message: 'Access Denied: your token is invalid' } });
    core.error = (status, message) => ({ status, body: { code: status, message } });
    const published = new Map<string, number>();
    const wire = (d: HostDeploy) => ({
      id: d.id,
      site_id: siteId,
      state: d.good ? 'ready' : 'error',
      context: 'production',
      branch: 'main',
      commit_ref: d.sha,
      created_at: iso(d.createdAt),
      updated_at: iso(d.createdAt),
      published_at: published.has(d.id) ? iso(published.get(d.id)!) : null,
      ...(d.good ? {} : { error_message: 'Build script returned non-zero exit code: 2' }),
    });
    const site = () => {
      const live = host.deploys.find((d) => d.id === host.liveId);
      return { id: siteId, name: 'shop', url: 'https://shop.netlify.app', published_deploy: live ? wire(live) : null };
    };
    const sitePath = '/api/v1/sites/([^/]+)';
    core.routes.push(
      [
        'GET',
        new RegExp(`^${sitePath}$`),
        (m) => (m[1] === siteId ? { status: 200, body: site() } : core.error(404, 'Not Found')),
      ],
      [
        'GET',
        new RegExp(`^${sitePath}/deploys$`),
        (m, url) => {
          if (m[1] !== siteId) return core.error(404, 'Not Found');
          const perPage = Number(url.searchParams.get('per_page') ?? 100);
          const deploys = [...host.deploys].sort((a, b) => b.createdAt - a.createdAt).slice(0, perPage);
          // A preview never served production: the client must leave it out.
          const preview = {
            ...wire(host.deploys[0]!),
            id: 'preview-1',
            context: 'deploy-preview',
            created_at: iso(Date.now()),
          };
          return { status: 200, body: [preview, ...deploys.map(wire)] };
        },
      ],
      [
        'POST',
        new RegExp(`^${sitePath}/deploys/([^/]+)/restore$`),
        (m) => {
          const target = host.deploys.find((d) => d.id === m[2]);
          if (m[1] !== siteId || !target) return core.error(404, 'Not Found');
          if (!target.good) return core.error(422, 'Deploy is not ready');
          if (!host.holdRollback) host.liveId = target.id;
          published.set(target.id, Date.now());
          return { status: 201, body: wire(target) };
        },
      ],
    );
    const add = host.add;
    host.add = (seed) => {
      const deploy = add(seed);
      if (deploy.good) published.set(deploy.id, deploy.createdAt);
      return deploy;
    };
  });
}

export function startFakeHeroku(options: { token: string }): Promise<FakeHost> {
  return serve('heroku', options.token, (core) => {
    const { host } = core;
    const app = 'shop';
    core.unauthorized = () => ({ status: 401, body: { id: 'unauthorized', message: 'Invalid credentials provided.' } });
    core.error = (status, message) => ({ status, body: { id: status === 404 ? 'not_found' : 'error', message } });
    core.check = (req) =>
      req.headers.accept === 'application/vnd.heroku+json; version=3'
        ? undefined
        : { status: 400, body: { id: 'bad_request', message: 'Specify a version in the Accept header' } };
    const wire = (d: HostDeploy) => ({
      id: d.id,
      version: d.version,
      status: d.good ? 'succeeded' : 'failed',
      current: d.id === host.liveId,
      description: d.description,
      created_at: iso(d.createdAt),
      updated_at: iso(d.createdAt),
      user: { id: 'u1', email: 'founder@example.com' },
      slug: { id: `slug-${d.sha.slice(0, 8)}` },
      app: { id: 'app-1', name: app },
      addon_plan_names: [],
      output_stream_url: null,
    });
    const appPath = '/apps/([^/]+)';
    core.routes.push(
      [
        'GET',
        new RegExp(`^${appPath}/releases$`),
        (m, _url, _body, req) => {
          if (m[1] !== app) return core.error(404, "Couldn't find that app.");
          // Range: version ..; order=desc, max=N (Heroku's default is ascending, 200 at most).
          const range = String(req.headers.range ?? '');
          const desc = /order=desc/.test(range);
          const max = Number(/max=(\d+)/.exec(range)?.[1] ?? 200);
          const sorted = [...host.deploys].sort((a, b) => (desc ? b.version - a.version : a.version - b.version));
          const page = sorted.slice(0, max);
          return { status: page.length < sorted.length ? 206 : 200, body: page.map(wire) };
        },
      ],
      [
        'GET',
        new RegExp(`^${appPath}/releases/([^/]+)$`),
        (m) => {
          const release = host.deploys.find((d) => d.id === m[2] || String(d.version) === m[2]);
          return m[1] === app && release
            ? { status: 200, body: wire(release) }
            : core.error(404, "Couldn't find that release.");
        },
      ],
      [
        'GET',
        new RegExp(`^${appPath}/slugs/([^/]+)$`),
        (m) => {
          const release = host.deploys.find((d) => `slug-${d.sha.slice(0, 8)}` === m[2]);
          return release ? { status: 200, body: { id: m[2], commit: release.sha } } : core.error(404, 'Not found.');
        },
      ],
      [
        'POST',
        new RegExp(`^${appPath}/releases$`),
        (m, _url, body) => {
          const wanted = (body as { release?: unknown } | undefined)?.release;
          const target = host.deploys.find((d) => d.id === wanted || String(d.version) === String(wanted));
          if (m[1] !== app || !target) return core.error(404, "Couldn't find that release.");
          const release = host.add({ sha: target.sha, state: 'good', minutesAgo: 0 });
          release.description = `Rollback to v${target.version}`;
          if (host.holdRollback) host.liveId = host.deploys.at(-2)!.id;
          return {
            status: 201,
            body: { ...wire(release), ...(host.holdRollback ? { status: 'pending', current: false } : {}) },
          };
        },
      ],
    );
  });
}
