// The action publishes every file annotation on a check run when the step annotations are capped; when that
// goes wrong it warns (a warning annotation, not a log line nobody reads) and keeps what worked.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runActionInProcess } from '../../helpers/action-in-process.ts';
import { hostileCheck } from '../../helpers/hostile-check.ts';
import { workflowCommands } from '../../helpers/workflow-commands.ts';

const TOKEN = 'ghs_checkRunTOKENnotForOutput0123456789';
let dir: string;
let server: Server | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lr-checkrun-'));
});
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** The Checks API on 127.0.0.1: answers the create with `create`, every update with `update`. */
async function checksApi(create: number, update: number): Promise<{ apiUrl: string; methods: string[] }> {
  const methods: string[] = [];
  server = createServer(async (req, res) => {
    for await (const _ of req);
    methods.push(req.method!);
    const status = req.method === 'POST' ? create : update;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      status < 300
        ? JSON.stringify({ id: 9, html_url: 'https://github.test/founder/shop/runs/9' })
        : '{"message":"Resource not accessible by integration"}',
    );
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return { apiUrl: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, methods };
}

/** 120 findings, 90 of them on files: 20 step annotations, the rest hidden; two batches on the check run. */
const run = (apiUrl: string) =>
  runActionInProcess(hostileCheck, dir, { count: '120', 'github-token': TOKEN }, { GITHUB_API_URL: apiUrl });

describe('annotations on a check run', () => {
  it('warns when an update fails after the create (403), and the summary still links the run', async () => {
    const { apiUrl, methods } = await checksApi(201, 403);
    const result = await run(apiUrl);
    expect(methods).toEqual(['POST', 'PATCH']);
    const warnings = workflowCommands(result.stdout).filter((c) => c.name === 'warning' && !c.properties.title);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatch(
      /check run https:\/\/github\.test\/founder\/shop\/runs\/9 was created with 50 of 90 annotations, then adding more failed: PATCH \S+: HTTP 403 /,
    );
    expect(warnings[0]!.data).not.toContain('cannot create');
    expect(result.summary).toContain('https://github.test/founder/shop/runs/9');
    expect(result.summary).toContain('40 are not');
    // Masked (::add-mask::) and nowhere else.
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '') + result.summary).not.toContain(TOKEN);
  });

  it('warns that the token cannot create check runs when the create is refused', async () => {
    const { apiUrl, methods } = await checksApi(403, 403);
    const result = await run(apiUrl);
    expect(methods).toEqual(['POST']);
    const warnings = workflowCommands(result.stdout).filter((c) => c.name === 'warning' && !c.properties.title);
    expect(warnings.map((w) => w.data)).toEqual([expect.stringContaining('the token cannot create check runs')]);
    expect(result.summary, result.stdout).toContain('they are all in this table and in the JSON report');
  });
});
