// rollback on a hosting provider (Vercel, Netlify, Heroku): the provider's API is the record of what serves and
// does the rollback. When the run also has GitHub (GITHUB_REPOSITORY and a token, as every Actions job does) and
// GitHub holds a deployment of the live commit, the rollback is claimed on it first, exactly as the github
// provider claims, so two triggers at once roll back once; without one, the provider's own record is the guard.
import { GitHubApiError, type GitHubClient, repoFromEnv, tokenFrom } from '../../github/client.ts';
import {
  createStatus,
  type Deployment,
  listDeployments,
  listStatuses,
  type RepoRef,
} from '../../github/deployments.ts';
import type { Finding, Report } from '../../report/model.ts';
import type { CheckContext } from '../definition.ts';
import { alreadyRolledBack, claimRollback } from './claim.ts';
import { type DeploymentRef, type RollbackDetails, startingDetails } from './details.ts';
import { History } from './history.ts';
import { rolledBackDescription, shortSha } from './markers.ts';
import { durationMs, type RollbackOptions } from './options.ts';
import { PlatformApiError } from './platforms/api.ts';
import { type PlatformProvider, platformFor } from './platforms/index.ts';
import { providerAlreadyRolledBack, selectPlatformTarget } from './platforms/select.ts';
import type { Platform, PlatformDeploy } from './platforms/types.ts';
import {
  alreadyFinding,
  buildReport,
  finding,
  forcedFinding,
  githubErrorFinding,
  loopGuardFinding,
  verificationFindings,
} from './report.ts';
import { type RollbackOverrides, rollbackGitHubClient } from './run.ts';
import { verifyRollback, verifyUrlOf } from './verify.ts';

const SCAN_LIMIT = 100;

interface GitHubRecord {
  client: GitHubClient;
  repo: RepoRef;
  history?: History;
  /** GitHub's deployment of the live commit, the one the claim and the mark go on. */
  current?: Deployment;
}

interface PlatformRun {
  options: RollbackOptions;
  context: CheckContext;
  platform: Platform;
  github?: GitHubRecord;
  details: RollbackDetails;
  findings: Finding[];
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
}

function ref(deploy: PlatformDeploy): DeploymentRef {
  return {
    id: deploy.id,
    ...(deploy.name === deploy.id ? {} : { name: deploy.name }),
    sha: deploy.sha,
    ref: '',
    createdAt: deploy.createdAt,
    creator: deploy.creator,
    state: deploy.state,
  };
}

function githubRecord(
  options: RollbackOptions,
  context: CheckContext,
  overrides: RollbackOverrides,
): GitHubRecord | undefined {
  const repo = repoFromEnv(context.env);
  const token = tokenFrom(context.env, context.githubToken);
  if (!repo || !token) return undefined;
  return { client: rollbackGitHubClient(token, options, context, overrides), repo };
}

export async function runPlatformRollback(
  provider: PlatformProvider,
  options: RollbackOptions,
  context: CheckContext,
  overrides: RollbackOverrides = {},
): Promise<Report<RollbackDetails>> {
  const now = overrides.now ?? Date.now;
  const started = now();
  const platform = platformFor(provider, options, context, { readOnly: options.dryRun, sleep: overrides.sleep });
  const env = context.env;
  const details = startingDetails(options, env, provider, provider);
  const github = githubRecord(options, context, overrides);
  const run: PlatformRun = { options, context, platform, github, details, findings: [], now, sleep: overrides.sleep };
  try {
    await rollBack(run);
  } catch (error) {
    if (error instanceof PlatformApiError) run.findings.push(providerFinding(run, error));
    else if (error instanceof GitHubApiError) run.findings.push(githubFinding(run, error));
    else throw error;
  } finally {
    await platform.api.close();
  }
  details.calls = [
    ...(github?.client.calls ?? []).map((call) => ({ ...call, api: 'github' })),
    ...platform.api.calls.map((call) => ({ ...call, api: provider })),
  ];
  details.elapsedMs = now() - started;
  return buildReport(details, run.findings);
}

async function rollBack(run: PlatformRun): Promise<void> {
  const { options, context, platform, details, findings } = run;
  const history = await platform.read();
  const live = history.live;
  if (!live) {
    findings.push(
      finding(
        details,
        'rollback/no-target',
        'blocker',
        `nothing serves production on ${platform.label}`,
        `${platform.label} has no live production deploy to roll back from. Nothing was changed.`,
        'check the project, site or app name and that the token can see it',
      ),
    );
    return;
  }
  if (live.sha === '' && platform.commitOf) live.sha = await platform.commitOf(live);
  details.current = ref(live);
  context.log(
    `live on ${platform.label}: ${live.name} (${live.sha ? shortSha(live.sha) : 'no commit'}, ${live.state})`,
  );

  const github = run.github;
  if (github) await readGitHub(run, github, live);
  const already =
    (github?.history && github.current
      ? await alreadyRolledBack(github.history, github.current, options.force, run.now())
      : undefined) ??
    (options.force && options.to.trim() !== '' ? undefined : providerAlreadyRolledBack(history, live));
  if (already) {
    details.alreadyRolledBack = true;
    details.alreadyReason = already;
    findings.push(alreadyFinding(details, 'Nothing was written.'));
    return;
  }

  const selection = selectPlatformTarget(history, live, options.to, platform.label);
  if ('refusal' in selection) {
    const r = selection.refusal;
    findings.push(finding(details, r.ruleId, 'blocker', r.title, r.message, r.remediation));
    return;
  }
  const target = selection.target;
  if (target.sha === '' && platform.commitOf) target.sha = await platform.commitOf(target);
  details.target = ref(target);
  context.log(`target: ${target.name} (${target.sha ? shortSha(target.sha) : 'no commit'}, ${target.state})`);

  const since = run.now() - durationMs(options.window);
  const byProvider = history.rollbacksAt.filter((at) => at >= since).length;
  const byGitHub = github?.history ? await github.history.rollbacksSince(since, SCAN_LIMIT) : 0;
  // The same rollback may be in both records: the larger count, not the sum.
  details.loopGuard.rollbacksInWindow = Math.max(byProvider, byGitHub);
  if (details.loopGuard.rollbacksInWindow >= options.maxRollbacks && !options.force) {
    findings.push(loopGuardFinding(details, options.environment));
    return;
  }
  if (options.force) {
    findings.push(
      forcedFinding(
        details,
        options.to.trim() === ''
          ? 'claims left by runs that died'
          : `claims left by runs that died and ${platform.label}'s record of an earlier rollback (with --to)`,
        github?.current ? `recorded on GitHub deployment ${github.current.id}` : 'recorded in this report',
      ),
    );
  }

  const claimOn = github?.current;
  const markText = rolledBackDescription(
    { sha: target.sha || target.name, id: target.name },
    details.reason,
    options.force,
  );
  const verifyUrl = verifyUrlOf(options, context);
  details.plan = [
    claimOn
      ? `claim: post an in_progress status on GitHub deployment ${claimOn.id} (the live commit's), read its statuses back, go on only if this claim is the oldest`
      : `no claim: GitHub holds no deployment of the live commit to claim on, so two runs at once are kept apart only by ${platform.label}'s own record`,
    platform.describe(target),
    ...(claimOn ? [`mark GitHub deployment ${claimOn.id} ${options.markState}: "${markText}"`] : []),
    options.skipVerify || verifyUrl === ''
      ? 'no verification (no --verify-url or smoke.baseUrl)'
      : `verify: wait until ${platform.label} serves ${target.name}, then run the smoke steps against ${verifyUrl}`,
  ];
  if (options.dryRun) {
    for (const step of details.plan) context.log(`would: ${step}`);
    return;
  }

  if (github && claimOn && github.history) {
    const claim = await claimRollback(github.client, github.repo, github.history, claimOn, target, details.runId);
    if (!claim.won) {
      details.alreadyRolledBack = true;
      details.alreadyReason = `run ${claim.winner} claimed the rollback of ${live.name} first`;
      findings.push(alreadyFinding(details, 'This run did nothing more.'));
      return;
    }
  }
  const done = await platform.rollBack(target, details.reason);
  details.rolledBack = true;
  details.deploymentId = done.created?.id ?? target.id;
  context.log(done.done);
  if (github && claimOn) await createStatus(github.client, github.repo, claimOn.id, options.markState, markText);

  details.verification = await verifyRollback({
    options,
    context,
    live: { label: `${platform.label} (${target.name})`, poll: () => platform.liveState(target, done.created) },
    sleep: run.sleep,
  });
  findings.push(...verificationFindings(details, target.name));
}

/** GitHub's record of the live commit, when it has one; a run that cannot read it goes on without a claim. */
async function readGitHub(run: PlatformRun, github: GitHubRecord, live: PlatformDeploy): Promise<void> {
  if (live.sha === '') return;
  try {
    const deployments = await listDeployments(github.client, github.repo, run.options.environment, SCAN_LIMIT);
    github.history = new History(deployments, (id) => listStatuses(github.client, github.repo, id));
    github.current = deployments.find((d) => d.sha === live.sha);
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.kind === 'read-only') throw error;
    run.context.log(`could not read GitHub deployments (${error.message}): going on without a claim`);
  }
}

function providerFinding(run: PlatformRun, error: PlatformApiError): Finding {
  const names: Record<string, string> = {
    vercel: 'VERCEL_TOKEN (a token of the team that owns the project)',
    netlify: 'NETLIFY_AUTH_TOKEN',
    heroku: 'HEROKU_API_KEY',
  };
  const remediation: Record<string, string> = {
    unauthorized: `pass a valid token: ${names[run.platform.provider]}`,
    forbidden: 'use a token that may change this project (team scope, deploy role)',
    'not-found': 'check the project, site or app (--project) and, on Vercel, the team (--team)',
    'rate-limited': "wait for the provider's rate limit to reset and run again",
  };
  const stage = run.details.rolledBack ? ' after the rollback was asked for' : '; nothing was rolled back';
  return finding(
    run.details,
    'rollback/provider-error',
    'blocker',
    `${run.platform.label}: ${error.kind}${stage}`,
    error.message,
    remediation[error.kind] ?? "run again; if it persists, check the provider's status page",
  );
}

function githubFinding(run: PlatformRun, error: GitHubApiError): Finding {
  return githubErrorFinding(run.details, error, 'after the rollback was asked for', {
    forbidden: 'give the job `permissions: deployments: write` (the claim and the mark are deployment statuses)',
  });
}
