// Optional verification (--verify): asks each key's own provider whether the key still works, and turns the answer
// into the finding's severity. Bounded by construction: each distinct key is asked once, at most `maxKeys` keys,
// `concurrency` requests in flight, a deadline per request and one for the whole run, and retries only after a
// 429 whose Retry-After fits the remaining time. A key goes only to the provider its rule names, redirects are
// never followed, and no response text reaches a finding or the log.

import { createProbe } from '../../../http/probe.ts';
import type { ProbeResult } from '../../../http/types.ts';
import type { Finding } from '../../../report/model.ts';
import type { CheckContext } from '../../definition.ts';
import { baseUrlOf } from './base-urls.ts';
import { providerFor } from './providers.ts';
import type { Credential, Provider, Verdict, Verification } from './types.ts';

export interface VerifyLimits {
  /** Per request. */
  timeoutMs: number;
  /** For the whole verification; keys not asked by then are unknown. */
  budgetMs: number;
  concurrency: number;
  /** Distinct keys asked per run; the rest are unknown. */
  maxKeys: number;
  /** Retries after a 429, per key. */
  maxRetries: number;
}

export const DEFAULT_VERIFY_LIMITS: VerifyLimits = {
  timeoutMs: 5_000,
  budgetMs: 30_000,
  concurrency: 4,
  maxKeys: 100,
  maxRetries: 2,
};

/** One finding with what verification needs and a report never holds: the value, and where it was found. */
export interface VerifyItem {
  finding: Finding;
  value: string;
  file: string;
  line: number;
  /** history mode: the commit, so a key id pairs only with a secret added beside it. */
  commit?: string;
}

export interface VerificationSummary {
  /** Distinct keys a provider was asked about (or would have been, past the cap or the budget). */
  keys: number;
  live: number;
  revoked: number;
  unknown: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  durationMs: number;
  /** The bounds this run kept to, stated so a reader knows why a key may be unknown. */
  limits: VerifyLimits;
}

interface Job {
  provider: Provider;
  credential: Credential;
  /** Indexes into the items whose finding takes this job's verdict. */
  items: number[];
  result?: Verification;
}

const AWS_SECRET_RULE = 'aws-secret-access-key';

export async function verifyFindings(
  items: readonly VerifyItem[],
  context: Pick<CheckContext, 'env' | 'log'>,
  limits: VerifyLimits = DEFAULT_VERIFY_LIMITS,
): Promise<{ findings: Finding[]; summary: VerificationSummary }> {
  const started = performance.now();
  const jobs = planJobs(items);
  const summary: VerificationSummary = {
    keys: jobs.length,
    live: 0,
    revoked: 0,
    unknown: 0,
    requests: 0,
    durationMs: 0,
    limits,
  };
  if (jobs.length === 0) return { findings: items.map((item) => item.finding), summary };
  const bases = new Map(
    [...new Set(jobs.map((job) => job.provider))].map((provider) => [provider, baseUrlOf(provider, context.env)]),
  );
  const counts = new Map<string, number>();
  for (const job of jobs) counts.set(job.provider.name, (counts.get(job.provider.name) ?? 0) + 1);
  context.log(
    `secret-scan: verifying ${jobs.length} ${jobs.length === 1 ? 'key' : 'keys'} with their providers (${[...counts]
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')})`,
  );

  const values = new Set(jobs.flatMap((job) => [job.credential.value, job.credential.secret ?? job.credential.value]));
  const probe = createProbe({
    timeoutMs: limits.timeoutMs,
    maxBodyBytes: 64 * 1024,
    maxDecodedBytes: 256 * 1024,
    isSecret: (text) => [...values].some((value) => text.includes(value)),
    userAgent: 'launch-ready-secret-scan (+https://github.com/launch-ready)',
  });
  const deadline = started + limits.budgetMs;
  const queue = jobs.slice(0, limits.maxKeys);
  for (const job of jobs.slice(limits.maxKeys)) {
    job.result = unknown(job, `more than ${limits.maxKeys} keys to verify in one run`);
  }
  const ask = async (job: Job): Promise<Verification> => {
    const base = bases.get(job.provider)!;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return unknown(job, 'time budget spent');
      summary.requests++;
      const result = await probe.request({
        ...job.provider.request(job.credential, base),
        followRedirects: false,
        timeoutMs: Math.min(limits.timeoutMs, remaining),
      });
      if (result.status === 429) {
        const wait = retryAfterMs(result);
        if (attempt < limits.maxRetries && wait !== undefined && wait < deadline - performance.now()) {
          await new Promise((resolve) => setTimeout(resolve, wait));
          continue;
        }
        return unknown(job, 'rate limited');
      }
      const verdict = job.provider.classify(result);
      return verdict === 'unknown' ? unknown(job, whyUnknown(result)) : { verdict, provider: job.provider.name };
    }
  };
  try {
    const workers = Array.from({ length: Math.min(limits.concurrency, queue.length) }, async () => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
        // The probe never throws; this guards a provider's own code, so one odd key cannot stop the scan.
        job.result = await ask(job).catch(() => unknown(job!, 'internal error while verifying'));
      }
    });
    await Promise.all(workers);
  } finally {
    await probe.close();
  }

  const verdicts = new Map<number, Verification[]>();
  for (const job of jobs) {
    summary[job.result!.verdict]++;
    for (const index of job.items) verdicts.set(index, [...(verdicts.get(index) ?? []), job.result!]);
  }
  summary.durationMs = Math.round(performance.now() - started);
  context.log(
    `secret-scan: verification: ${summary.live} live, ${summary.revoked} revoked, ${summary.unknown} unknown (${summary.requests} requests, ${(summary.durationMs / 1000).toFixed(1)} s)`,
  );
  const findings = items.map((item, index) => {
    const results = verdicts.get(index);
    return results === undefined ? item.finding : withVerification(item.finding, combine(results));
  });
  return { findings, summary };
}

/**
 * One job per distinct key and provider. An AWS key id is paired with the nearest secret access key found in the
 * same file (and commit): the pair is what STS checks, and its verdict applies to both findings.
 */
function planJobs(items: readonly VerifyItem[]): Job[] {
  const jobs = new Map<string, Job>();
  items.forEach((item, index) => {
    const provider = providerFor(item.finding.ruleId);
    if (provider === undefined) return;
    const pair = item.finding.ruleId === 'aws-access-key-id' ? nearestSecret(items, item) : undefined;
    const credential: Credential = { value: item.value, ...(pair ? { secret: pair.item.value } : {}) };
    if (provider.accepts && !provider.accepts(credential)) return;
    const key = `${provider.name}\0${credential.value}\0${credential.secret ?? ''}`;
    const job = jobs.get(key) ?? { provider, credential, items: [] };
    job.items.push(index, ...(pair ? [pair.index] : []));
    jobs.set(key, job);
  });
  return [...jobs.values()];
}

function nearestSecret(
  items: readonly VerifyItem[],
  keyId: VerifyItem,
): { item: VerifyItem; index: number } | undefined {
  let best: { item: VerifyItem; index: number } | undefined;
  items.forEach((item, index) => {
    if (item.finding.ruleId !== AWS_SECRET_RULE || item.file !== keyId.file || item.commit !== keyId.commit) return;
    if (best === undefined || Math.abs(item.line - keyId.line) < Math.abs(best.item.line - keyId.line)) {
      best = { item, index };
    }
  });
  return best;
}

/** A finding checked through several jobs (an AWS secret beside two key ids): live wins, then all revoked. */
function combine(results: readonly Verification[]): Verification {
  return (
    results.find((r) => r.verdict === 'live') ??
    (results.every((r) => r.verdict === 'revoked') ? results[0]! : results.find((r) => r.verdict === 'unknown')!)
  );
}

function withVerification(finding: Finding, result: Verification): Finding {
  const properties = { ...finding.properties, verification: result.verdict, verifiedWith: result.provider };
  switch (result.verdict) {
    case 'live':
      return {
        ...finding,
        severity: 'blocker',
        message: `${finding.message} Verified live with ${result.provider}: rotate now.`,
        properties,
      };
    case 'revoked':
      return {
        ...finding,
        severity: 'medium',
        message: `${finding.message} Revoked per ${result.provider}; remove it from history.`,
        properties,
      };
    default:
      return {
        ...finding,
        message: `${finding.message} Could not verify with ${result.provider} (${result.reason ?? 'no clear answer'}).`,
        properties,
      };
  }
}

function unknown(job: Job, reason: string): Verification {
  return { verdict: 'unknown', provider: job.provider.name, reason };
}

/** Why an answer was not trusted, from our own classification: never the response's text. */
function whyUnknown(result: ProbeResult): string {
  if (result.failure !== undefined)
    return result.failure.kind === 'timeout' ? 'timed out' : `${result.failure.kind} failure`;
  if (result.status === undefined) return 'no answer';
  if (result.status >= 300 && result.status < 400) return `redirected (HTTP ${result.status}), not followed`;
  if (result.status >= 500) return `provider error (HTTP ${result.status})`;
  return `unexpected answer (HTTP ${result.status})`;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(result: ProbeResult): number | undefined {
  const header = result.headers['retry-after'];
  const text = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export type { Verdict };
