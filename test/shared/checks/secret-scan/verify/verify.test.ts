// --verify end to end through runSecretScan: real files, real local HTTP servers standing for each provider.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { secretScan } from '../../../../../shared/checks/secret-scan/index.ts';
import { secretScanOptionsSchema } from '../../../../../shared/checks/secret-scan/options.ts';
import { runSecretScan } from '../../../../../shared/checks/secret-scan/scan.ts';
import { signV4 } from '../../../../../shared/checks/secret-scan/verify/sigv4.ts';
import { renderJson } from '../../../../../shared/report/json.ts';
import { renderMarkdown } from '../../../../../shared/report/markdown.ts';
import type { Finding } from '../../../../../shared/report/model.ts';
import { renderSarif } from '../../../../../shared/report/sarif.ts';
import { renderText } from '../../../../../shared/report/text.ts';
import { commit, initRepo, makeContext, tempDir, writeFiles } from '../scan-helpers.ts';
import {
  awsKeyIdOf,
  bearerOf,
  type FakeAnswer,
  type FakeProvider,
  type FakeRequest,
  startFakeProvider,
  verifyKeys,
} from './fake-providers.ts';

type Provider = 'github' | 'stripe' | 'slack' | 'openai' | 'sendgrid' | 'aws';
const ENV: Record<Provider, string> = {
  github: 'LAUNCH_READY_VERIFY_GITHUB_URL',
  stripe: 'LAUNCH_READY_VERIFY_STRIPE_URL',
  slack: 'LAUNCH_READY_VERIFY_SLACK_URL',
  openai: 'LAUNCH_READY_VERIFY_OPENAI_URL',
  sendgrid: 'LAUNCH_READY_VERIFY_SENDGRID_URL',
  aws: 'LAUNCH_READY_VERIFY_AWS_URL',
};
const PROVIDERS = Object.keys(ENV) as Provider[];

/** How each fake answers a live, a revoked and an unclear key, the way the real API does. */
const ANSWERS: Record<Provider, Record<'live' | 'revoked' | 'unknown', FakeAnswer>> = {
  github: {
    live: { status: 200, body: '{"login":"octocat"}' },
    revoked: { status: 401, body: '{"message":"Bad credentials"}' },
    unknown: { status: 503 },
  },
  stripe: {
    live: { status: 200, body: '{"id":"acct_1"}' },
    revoked: { status: 401, body: '{"error":{"type":"invalid_request_error"}}' },
    unknown: { status: 500 },
  },
  slack: {
    live: { status: 200, body: '{"ok":true,"team":"T1"}' },
    revoked: { status: 200, body: '{"ok":false,"error":"token_revoked"}' },
    unknown: { status: 200, body: '{"ok":false,"error":"fatal_error"}' },
  },
  openai: {
    live: { status: 200, body: '{"object":"list","data":[]}' },
    revoked: { status: 401, body: '{"error":{"code":"invalid_api_key"}}' },
    unknown: { status: 502 },
  },
  sendgrid: {
    live: { status: 200, body: '{"scopes":["mail.send"]}' },
    revoked: { status: 403, body: '{"errors":[{"message":"access forbidden"}]}' },
    unknown: { status: 504 },
  },
  aws: {
    live: {
      status: 200,
      body: '<GetCallerIdentityResponse><Arn>arn:aws:iam::1:user/a</Arn></GetCallerIdentityResponse>',
    },
    revoked: {
      status: 403,
      body: '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code></Error></ErrorResponse>',
    },
    unknown: {
      status: 403,
      body: '<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code></Error></ErrorResponse>',
    },
  },
};

/** The line that puts a key (or an AWS pair) in a .env file. */
function envLines(provider: Provider, key: string, awsSecret?: string): string {
  if (provider === 'aws') return `AWS_ACCESS_KEY_ID=${key}\nAWS_SECRET_ACCESS_KEY=${awsSecret}\n`;
  return `${provider.toUpperCase()}_KEY=${key}\n`;
}

const keyOf = (provider: Provider, request: FakeRequest) =>
  provider === 'aws' ? awsKeyIdOf(request) : bearerOf(request);

let fakes: Record<Provider, FakeProvider>;
/** What each fake answers, by key. */
let script: Map<string, FakeAnswer>;
/** AWS secret of each key id: the fake checks the signature as STS does. */
let awsSecrets: Map<string, string>;
let folder: ReturnType<typeof tempDir>;

beforeEach(async () => {
  script = new Map();
  awsSecrets = new Map();
  folder = tempDir('lr-verify-');
  const entries = await Promise.all(
    PROVIDERS.map(async (provider) => {
      const fake = await startFakeProvider((request) => {
        const key = keyOf(provider, request);
        if (provider === 'aws' && !validSignature(request, fakes.aws.url)) return ANSWERS.aws.unknown;
        return script.get(key) ?? { status: 401 };
      });
      return [provider, fake] as const;
    }),
  );
  fakes = Object.fromEntries(entries) as Record<Provider, FakeProvider>;
});

afterEach(async () => {
  await Promise.all(Object.values(fakes).map((fake) => fake.close()));
  folder.cleanup();
});

/** Recomputes the signature from what arrived: proves the request sent is the request signed. */
function validSignature(request: FakeRequest, base: string): boolean {
  const keyId = awsKeyIdOf(request);
  const secret = awsSecrets.get(keyId);
  const date = String(request.headers['x-amz-date'] ?? '');
  if (secret === undefined || !/^\d{8}T\d{6}Z$/.test(date)) return false;
  const now = new Date(
    `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T${date.slice(9, 11)}:${date.slice(11, 13)}:${date.slice(13, 15)}Z`,
  );
  const expected = signV4({
    method: request.method,
    url: new URL(request.url, base),
    headers: { 'content-type': String(request.headers['content-type']) },
    body: request.body,
    region: 'us-east-1',
    service: 'sts',
    accessKeyId: keyId,
    secretAccessKey: secret,
    now,
  });
  return expected.authorization === request.headers.authorization;
}

function env(): Record<string, string> {
  return Object.fromEntries(PROVIDERS.map((provider) => [ENV[provider], fakes[provider].url]));
}

async function scan(verify: boolean, extraEnv: Record<string, string> = env()) {
  const context = { ...makeContext(folder.dir), env: extraEnv };
  const options = secretScanOptionsSchema.parse({ mode: 'tree', baseline: 'none', verify });
  const report = await runSecretScan(options, context);
  return { report, context };
}

const byFile = (findings: readonly Finding[], file: string) =>
  findings.filter((f) => f.location && 'file' in f.location && f.location.file === file);

describe('secret-scan --verify', () => {
  it.each(PROVIDERS)('%s: live becomes a blocker, revoked medium, unclear unchanged', async (provider) => {
    const planted: Record<string, string> = {};
    for (const verdict of ['live', 'revoked', 'unknown'] as const) {
      const key = provider === 'aws' ? verifyKeys.awsKeyId() : verifyKeys[provider]();
      const secret = provider === 'aws' ? verifyKeys.awsSecret() : undefined;
      if (secret) awsSecrets.set(key, secret);
      script.set(key, ANSWERS[provider][verdict]);
      planted[`${verdict}.env`] = envLines(provider, key, secret);
    }
    writeFiles(folder.dir, planted);
    const { report } = await scan(true);

    const live = byFile(report.findings, 'live.env');
    expect(live.length).toBeGreaterThan(0);
    for (const finding of live) {
      expect(finding.severity).toBe('blocker');
      expect(finding.properties?.verification).toBe('live');
      expect(finding.message).toMatch(/verified live with .+: rotate now/i);
    }
    for (const finding of byFile(report.findings, 'revoked.env')) {
      expect(finding.severity).toBe('medium');
      expect(finding.properties?.verification).toBe('revoked');
      expect(finding.message).toMatch(/revoked per .+; remove it from history/i);
    }
    const unclear = byFile(report.findings, 'unknown.env');
    const unverified = (await scanWithoutVerify()).filter(
      (f) => f.location && 'file' in f.location && f.location.file === 'unknown.env',
    );
    expect(unclear.map((f) => f.severity)).toEqual(unverified.map((f) => f.severity));
    for (const finding of unclear) {
      expect(finding.properties?.verification).toBe('unknown');
      expect(finding.message).toMatch(/could not verify/i);
    }
    // Every key went to this provider's fake, once, and no other fake heard anything. On failure, say which file
    // lacked a finding or which verdict had no request behind it.
    const seen = ['live.env', 'revoked.env', 'unknown.env'].map(
      (file) => `${file}: ${byFile(report.findings, file).map((f) => `${f.ruleId} ${f.properties?.verification}`)}`,
    );
    expect(fakes[provider].calls, seen.join('; ')).toHaveLength(3);
    for (const other of PROVIDERS.filter((p) => p !== provider)) expect(fakes[other].calls).toEqual([]);
    expect(report.details?.verification).toMatchObject({ keys: 3, live: 1, revoked: 1, unknown: 1 });
  });

  async function scanWithoutVerify(): Promise<Finding[]> {
    return (await scan(false)).report.findings;
  }

  it('sends no request at all when verify is off', async () => {
    const key = verifyKeys.github();
    script.set(key, ANSWERS.github.live);
    writeFiles(folder.dir, { '.env': envLines('github', key) });
    const { report } = await scan(false);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const fake of Object.values(fakes)) expect(fake.calls).toEqual([]);
    expect(report.findings.every((f) => f.properties === undefined)).toBe(true);
    expect(report.details?.verification).toBeUndefined();
  });

  it('asks once per distinct key, however many files hold it', async () => {
    const key = verifyKeys.github();
    script.set(key, ANSWERS.github.live);
    writeFiles(folder.dir, {
      'a.env': envLines('github', key),
      'b.env': envLines('github', key),
      'src/config.ts': `export const token = "${key}";\n`,
    });
    const { report } = await scan(true);
    expect(fakes.github.calls).toHaveLength(1);
    const verified = report.findings.filter((f) => f.properties?.verification === 'live');
    expect(verified).toHaveLength(3);
  });

  it('never follows a redirect: the key reaches no other host', async () => {
    const key = verifyKeys.stripe();
    script.set(key, { status: 307, headers: { location: `${fakes.openai.url}/v1/account` } });
    writeFiles(folder.dir, { '.env': envLines('stripe', key) });
    const { report } = await scan(true);
    expect(fakes.stripe.calls).toHaveLength(1);
    expect(fakes.openai.calls).toEqual([]);
    const [finding] = report.findings;
    expect(finding?.properties?.verification).toBe('unknown');
    expect(finding?.message).toMatch(/redirected .*not followed/);
  });

  it('retries a 429 after its Retry-After, within the budget', async () => {
    const key = verifyKeys.openai();
    let calls = 0;
    script.set(key, ANSWERS.openai.live);
    const original = script.get.bind(script);
    script.get = (k: string) =>
      k === key && ++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : original(k);
    writeFiles(folder.dir, { '.env': envLines('openai', key) });
    const { report } = await scan(true);
    expect(fakes.openai.calls).toHaveLength(2);
    expect(report.findings[0]?.properties?.verification).toBe('live');
  });

  it('does not wait out a Retry-After longer than the budget', async () => {
    const key = verifyKeys.sendgrid();
    script.set(key, { status: 429, headers: { 'retry-after': '3600' } });
    writeFiles(folder.dir, { '.env': envLines('sendgrid', key) });
    const { report } = await scan(true);
    expect(fakes.sendgrid.calls).toHaveLength(1);
    expect(report.findings[0]?.properties?.verification).toBe('unknown');
    expect(report.findings[0]?.message).toMatch(/could not verify with SendGrid \(rate limited\)/i);
  });

  it('checks an AWS key id only with the secret found beside it', async () => {
    writeFiles(folder.dir, { 'only-id.env': `AWS_ACCESS_KEY_ID=${verifyKeys.awsKeyId()}\n` });
    const { report } = await scan(true);
    expect(fakes.aws.calls).toEqual([]);
    expect(report.findings.every((f) => f.properties?.verification === undefined)).toBe(true);
  });

  it('history: a key carried through several commits and files is asked about once; AWS pairs within a commit', async () => {
    initRepo(folder.dir);
    const token = verifyKeys.github();
    const keyId = verifyKeys.awsKeyId();
    const secret = verifyKeys.awsSecret();
    script.set(token, ANSWERS.github.revoked);
    script.set(keyId, ANSWERS.aws.live);
    awsSecrets.set(keyId, secret);
    commit(folder.dir, 'add', { 'a.env': envLines('github', token), 'aws.env': envLines('aws', keyId, secret) });
    commit(folder.dir, 'copy', { 'src/app.ts': `export const token = "${token}";\n` });
    const context = { ...makeContext(folder.dir), env: env() };
    const report = await runSecretScan(
      secretScanOptionsSchema.parse({ mode: 'history', baseline: 'none', verify: true }),
      context,
    );
    const github = report.findings.filter((f) => f.ruleId.startsWith('github'));
    expect(github.length).toBeGreaterThanOrEqual(2);
    expect(github.every((f) => f.properties?.verification === 'revoked' && f.severity === 'medium')).toBe(true);
    expect(fakes.github.calls).toHaveLength(1);
    const aws = report.findings.filter((f) => f.ruleId.startsWith('aws'));
    expect(aws.map((f) => [f.ruleId, f.severity, f.properties?.verification]).sort()).toEqual([
      ['aws-access-key-id', 'blocker', 'live'],
      ['aws-secret-access-key', 'blocker', 'live'],
    ]);
    expect(fakes.aws.calls).toHaveLength(1);
  });

  it('refuses a base URL override that would send keys in clear text', async () => {
    writeFiles(folder.dir, { '.env': envLines('github', verifyKeys.github()) });
    await expect(scan(true, { LAUNCH_READY_VERIFY_GITHUB_URL: 'http://example.com' })).rejects.toThrow(
      /LAUNCH_READY_VERIFY_GITHUB_URL: expected an https URL/,
    );
  });
});

describe('secret-scan --verify outputs', () => {
  it('shows the verdict in JSON, SARIF and the summary table, and the key in none of them, even when a provider echoes it', async () => {
    const live = verifyKeys.github();
    const revoked = verifyKeys.slack();
    // Both fakes reflect the request, key included, in their body and headers.
    script.set(live, { status: 200, headers: { 'x-echo': live }, body: JSON.stringify({ login: live }) });
    script.set(revoked, {
      status: 200,
      headers: { 'x-echo': revoked },
      body: JSON.stringify({ ok: false, error: 'invalid_auth', token: revoked }),
    });
    writeFiles(folder.dir, { '.env': `${envLines('github', live)}${envLines('slack', revoked)}` });
    const { report, context } = await scan(true);
    const verdict = { passed: false, failOn: 'high' as const, failing: 1 };
    const tables = secretScan.present!(report);
    const json = renderJson(report, verdict);
    const sarif = renderSarif([report], '0.0.0');
    const markdown = renderMarkdown(report, { verdict, tables });
    const text = renderText(report, { verdict, tables });

    const results = JSON.parse(sarif).runs[0].results as { properties: Record<string, unknown> }[];
    expect(results.map((r) => r.properties.verification).sort()).toEqual(['live', 'revoked']);
    const findings = JSON.parse(json).findings as Finding[];
    expect(findings.map((f) => f.properties?.verification).sort()).toEqual(['live', 'revoked']);
    expect(markdown).toContain('Verified with the provider (2)');
    expect(markdown).toMatch(/live: rotate now/);
    expect(text).toMatch(/revoked/);
    for (const output of [json, sarif, markdown, text, context.lines.join('\n')]) {
      expect(output).not.toContain(live);
      expect(output).not.toContain(revoked);
    }
  });
});
