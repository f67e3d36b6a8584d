import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/main.ts';
import type { Finding } from '../../../shared/report/model.ts';
import { encodePath, MAX_SARIF_RESULTS, renderSarif } from '../../../shared/report/sarif.ts';
import { sarifPaths } from '../../../shared/run/pipeline.ts';
import { captureIo } from '../../helpers/capture-io.ts';

const base: Omit<Finding, 'location' | 'severity'> = {
  check: 'c',
  ruleId: 'area/rule',
  title: 'T',
  message: 'M',
  fingerprint: 'fp',
};

function sarifOf(findings: Finding[], options = {}): Sarif.Log {
  return JSON.parse(renderSarif([{ check: 'c', ok: false, summary: 's', findings }], '1.0.0', options));
}

/** What upload-sarif and code scanning need of every result: a file URI and a start line. */
function expectLocated(log: Sarif.Log): void {
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      expect(result.locations?.length, JSON.stringify(result)).toBeGreaterThanOrEqual(1);
      const physical = result.locations![0]!.physicalLocation!;
      expect(physical.artifactLocation?.uri).toMatch(/\S/);
      expect(physical.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('SARIF locations', () => {
  it('gives every result a location: a URL finding is anchored on the config file, the URL kept', () => {
    const log = sarifOf(
      [
        { ...base, severity: 'high', location: { url: 'https://shop.test/checkout' } },
        { ...base, severity: 'medium' },
        { ...base, severity: 'low', location: { file: 'src/a.ts', line: 3, column: 2 } },
      ],
      { anchor: 'launch-ready.yml' },
    );
    expectLocated(log);
    const [url, none, file] = log.runs[0]!.results!;
    expect(url!.locations![0]).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'launch-ready.yml', uriBaseId: '%SRCROOT%' } },
      logicalLocations: [{ fullyQualifiedName: 'https://shop.test/checkout', kind: 'resource' }],
    });
    expect(url!.message.text).toContain('https://shop.test/checkout');
    expect(url!.properties).toMatchObject({ url: 'https://shop.test/checkout' });
    expect(none!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('launch-ready.yml');
    expect(file!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'src/a.ts', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 2 },
    });
  });

  it.each([
    ['my file.ts', 'my%20file.ts'],
    ['100%.js', '100%25.js'],
    ['dir/é/ü.js', 'dir/%C3%A9/%C3%BC.js'],
    ['a#b?c.js', 'a%23b%3Fc.js'],
    ['x\n::error::y.js', 'x%0A%3A%3Aerror%3A%3Ay.js'],
    ['c:/x.js', 'c%3A/x.js'],
    ['bad\uD800.js', 'bad%EF%BF%BD.js'],
  ])('encodes %j as the URI reference %s, keeping /', (path, uri) => {
    expect(encodePath(path)).toBe(uri);
    const log = sarifOf([{ ...base, severity: 'high', location: { file: path, line: 1 } }]);
    const encoded = log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    expect(encoded).toBe(uri);
    // A valid relative reference: it resolves under the root and decodes back to the file's name.
    const resolved = new URL(encoded, 'file:///repo/');
    expect(decodeURIComponent(resolved.pathname)).toBe(`/repo/${path.toWellFormed()}`);
  });

  it(`keeps at most ${MAX_SARIF_RESULTS} results per run, the most severe, and says how many were left out`, () => {
    const findings: Finding[] = Array.from({ length: MAX_SARIF_RESULTS + 10 }, (_, i) => ({
      ...base,
      severity: i < 10 ? 'low' : i < 20 ? 'blocker' : 'medium',
      location: { file: `f${i}.ts`, line: 1 },
      fingerprint: `fp${i}`,
    }));
    const run = sarifOf(findings).runs[0]!;
    expect(run.results).toHaveLength(MAX_SARIF_RESULTS);
    expect(run.results!.filter((r) => r.properties?.severity === 'blocker')).toHaveLength(10);
    expect(run.results!.filter((r) => r.properties?.severity === 'low')).toHaveLength(0);
    expect(run.properties).toMatchObject({ omittedResults: 10, totalResults: MAX_SARIF_RESULTS + 10 });
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toMatch(/^10 of 25010 findings/);
  });

  it('says nothing about a cut when nothing was cut', () => {
    const run = sarifOf([{ ...base, severity: 'high' }]).runs[0]!;
    expect(run.properties).toBeUndefined();
    expect(run.invocations).toBeUndefined();
  });
});

describe('SARIF anchor', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lr-sarif-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is the config file when there is one, else the workflow file, else launch-ready.yml', () => {
    const config = { path: 'launch-ready.yml', sections: {} };
    const env = { GITHUB_WORKFLOW_REF: 'founder/shop/.github/workflows/launch.yml@refs/heads/main' };
    expect(sarifPaths(dir, config, env).anchor).toBe('.github/workflows/launch.yml');
    expect(sarifPaths(dir, config, {}).anchor).toBeUndefined();
    writeFileSync(join(dir, 'launch-ready.yml'), 'smoke: {}\n');
    expect(sarifPaths(dir, config, env).anchor).toBe('launch-ready.yml');
    expect(sarifPaths(join(dir, 'apps', 'shop'), { path: '../../launch-ready.yml', sections: {} }, {}, dir)).toEqual({
      anchor: 'launch-ready.yml',
    });
  });
});

describe('SARIF from real checks', () => {
  let dir: string;
  let server: Server | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lr-sarif-'));
  });
  afterEach(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('smoke-test (URL findings) and env-check (variables declared only in launch-ready.yml) locate every result', async () => {
    server = createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>oops</h1>');
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
    writeFileSync(
      join(dir, 'launch-ready.yml'),
      `env:\n  environments:\n    production:\n      APP_URL: url\nsmoke:\n  baseUrl: ${url}\n  retries: 0\n`,
    );
    for (const check of ['smoke-test', 'env-check']) {
      const io = captureIo({ cwd: dir });
      expect(await runCli([check, '--format', 'sarif'], io), io.out.stderr).toBe(1);
      const log = JSON.parse(io.out.stdout) as Sarif.Log;
      expect(log.runs[0]!.results!.length, check).toBeGreaterThan(0);
      expectLocated(log);
      for (const result of log.runs[0]!.results!) {
        expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('launch-ready.yml');
      }
    }
  });
});
