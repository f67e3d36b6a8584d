// rollback: read the environment's deployments, pick the target, refuse what is unsafe, claim the rollback, redeploy,
// mark the bad deployment, verify. Every write happens after the claim is won; a dry run makes read calls only.
import { UsageError } from '../../errors.ts';
import { checkGitHubClient, GitHubApiError, type GitHubClient, repoFromEnv, tokenFrom } from '../../github/client.ts';
import { createStatus, defaultBranch, listDeployments, listStatuses, type RepoRef } from '../../github/deployments.ts';
import type { Finding, Report } from '../../report/model.ts';
import type { CheckContext } from '../definition.ts';
import { alreadyRolledBack, claimRollback } from './claim.ts';
import { CommandFailed } from './command.ts';
import { type RollbackDetails, startingDetails } from './details.ts';
import { History } from './history.ts';
import { type RollbackPayload, rolledBackDescription, shortSha } from './markers.ts';
import { durationMs, type RollbackOptions } from './options.ts';
import { isPlatform } from './platforms/index.ts';
import {
  alreadyFinding,
  buildReport,
  deploymentRef,
  finding,
  forcedFinding,
  githubErrorFinding,
  loopGuardFinding,
  verificationFindings,
} from './report.ts';
import { selectTarget } from './select.ts';
import { describeRedeploy, redeploy } from './strategies.ts';
import { verifyRollback, verifyUrlOf } from './verify.ts';

/** How many of the newest deployments a run reads: enough history, never an unbounded walk. */
export const SCAN_LIMIT = 100;

export interface RollbackOverrides {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** The GitHub client every rollback run uses (the token masked first): its deadlines, waits and dry-run guard. */
export function rollbackGitHubClient(
  token: string,
  options: RollbackOptions,
  context: CheckContext,
  overrides: RollbackOverrides,
): GitHubClient {
  return checkGitHubClient(token, context, {
    timeoutMs: options.timeoutMs,
    rateLimitWaitMs: options.rateLimitWaitMs,
    readOnly: options.dryRun,
    sleep: overrides.sleep,
  });
}

interface Run {
  options: RollbackOptions;
  context: CheckContext;
  client: GitHubClient;
  repo: RepoRef;
  details: RollbackDetails;
  findings: Finding[];
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
}

function validate(options: RollbackOptions): void {
  if (options.provider === 'command' && options.command.trim() === '') {
    throw new UsageError(
      '--provider command needs the command that redeploys: pass --command "…" (or rollback.command)',
    );
  }
  if (options.provider === 'github' && options.strategy === 'dispatch' && options.workflow.trim() === '') {
    throw new UsageError(
      '--strategy dispatch needs the workflow to run: pass --workflow deploy.yml (or rollback.workflow)',
    );
  }
}

export async function runRollback(
  options: RollbackOptions,
  context: CheckContext,
  overrides: RollbackOverrides = {},
): Promise<Report<RollbackDetails>> {
  if (isPlatform(options.provider)) {
    const { runPlatformRollback } = await import('./platform-run.ts');
    return runPlatformRollback(options.provider, options, context, overrides);
  }
  const now = overrides.now ?? Date.now;
  const started = now();
  validate(options);
  const repo = repoFromEnv(context.env);
  if (!repo) {
    throw new UsageError(
      'rollback reads GitHub Deployments: set GITHUB_REPOSITORY=owner/repo (every GitHub Actions job has it)',
    );
  }
  const token = tokenFrom(context.env, context.githubToken);
  if (!token) {
    throw new UsageError(
      'rollback needs a GitHub token: set GITHUB_TOKEN (or the github-token input) with deployments: write',
    );
  }
  const env = context.env;
  const client = rollbackGitHubClient(token, options, context, overrides);
  const details = startingDetails(
    options,
    env,
    options.provider,
    options.provider === 'command' ? 'command' : options.strategy,
  );
  const run: Run = { options, context, client, repo, details, findings: [], now, sleep: overrides.sleep };
  try {
    await rollBack(run);
  } catch (error) {
    if (error instanceof GitHubApiError) run.findings.push(apiFinding(run, error));
    else if (error instanceof CommandFailed) {
      run.findings.push(
        finding(
          details,
          'rollback/command-failed',
          'blocker',
          'the rollback command failed',
          error.message,
          'read the command output above; run it by hand with LAUNCH_READY_TARGET_SHA set to check it',
        ),
      );
    } else throw error;
  }
  details.calls = client.calls.map((call) => ({ ...call }));
  details.elapsedMs = now() - started;
  return buildReport(details, run.findings);
}

async function rollBack(run: Run): Promise<void> {
  const { options, context, client, repo, details, findings } = run;
  const deployments = await listDeployments(client, repo, options.environment, SCAN_LIMIT);
  const history = new History(deployments, (id) => listStatuses(client, repo, id));
  const current = history.current;
  if (!current) {
    findings.push(
      finding(
        details,
        'rollback/no-target',
        'blocker',
        `no deployments of ${options.environment} to roll back`,
        `GitHub lists no deployment for the environment "${options.environment}" in ${repo.owner}/${repo.repo}. Nothing was changed.`,
        'check the environment name (--environment), or that your deploy workflow records deployments (a job with environment: does)',
      ),
    );
    return;
  }
  details.current = deploymentRef(current, await history.latestState(current.id));
  context.log(
    `current deployment of ${options.environment}: ${current.id} (${shortSha(current.sha)}, ${details.current.state ?? 'no status'})`,
  );

  const already = await alreadyRolledBack(history, current, options.force, run.now());
  if (already) {
    details.alreadyRolledBack = true;
    details.alreadyReason = already;
    findings.push(alreadyFinding(details, 'Nothing was written.'));
    return;
  }

  const selection = await selectTarget(history, current, options.to, options.environment);
  if ('refusal' in selection) {
    const r = selection.refusal;
    findings.push(finding(details, r.ruleId, 'blocker', r.title, r.message, r.remediation));
    return;
  }
  const target = selection.target;
  details.target = deploymentRef(target, await history.latestState(target.id));
  context.log(`target: deployment ${target.id} (${shortSha(target.sha)}, ${details.target.state ?? 'no status'})`);

  const windowMs = durationMs(options.window);
  const recent = await history.rollbacksSince(run.now() - windowMs, SCAN_LIMIT);
  details.loopGuard.rollbacksInWindow = recent;
  if (recent >= options.maxRollbacks && !options.force) {
    findings.push(loopGuardFinding(details, options.environment));
    return;
  }
  if (options.force) {
    findings.push(forcedFinding(details, 'claims left by runs that died', `recorded on deployment ${current.id}`));
  }

  const dispatchRef =
    options.provider === 'github' && options.strategy === 'dispatch'
      ? options.ref.trim() || (await defaultBranch(client, repo))
      : '';
  const markText = rolledBackDescription(target, details.reason, options.force);
  const verifyUrl = verifyUrlOf(options, context);
  details.plan = [
    `claim: post an in_progress status on deployment ${current.id} naming run ${details.runId}, read its statuses back, go on only if this claim is the oldest`,
    describeRedeploy(options, target, dispatchRef),
    `mark deployment ${current.id} ${options.markState}: "${markText}"`,
    options.skipVerify || verifyUrl === ''
      ? 'no verification (no --verify-url or smoke.baseUrl)'
      : `verify: wait for ${verifyUrl} to serve, then run the smoke steps against it`,
  ];
  if (options.dryRun) {
    for (const step of details.plan) context.log(`would: ${step}`);
    return;
  }

  const claim = await claimRollback(client, repo, history, current, target, details.runId);
  if (!claim.won) {
    details.alreadyRolledBack = true;
    details.alreadyReason = `run ${claim.winner} claimed the rollback of deployment ${current.id} first`;
    findings.push(alreadyFinding(details, 'This run did nothing more.'));
    return;
  }
  const payload: RollbackPayload = {
    rollbackOf: current.id,
    fromSha: current.sha,
    toSha: target.sha,
    targetDeployment: target.id,
    reason: details.reason,
    run: details.runId,
    forced: options.force,
  };
  const done = await redeploy({
    client,
    repo,
    options,
    current,
    target,
    dispatchRef,
    payload,
    env: context.env,
    log: context.log,
  });
  details.rolledBack = true;
  details.deploymentId = done.deployment?.id;
  context.log(done.done);
  await createStatus(client, repo, current.id, options.markState, markText, runUrl(context.env));

  details.verification = await verifyRollback({
    options,
    context,
    client,
    repo,
    // A dispatched workflow records its own deployment of the target: any deployment of that SHA newer than the
    // current one shows whether it went live.
    deployment: done.deployment ?? (options.provider === 'github' ? { ...target, id: current.id + 1 } : undefined),
    sleep: run.sleep,
  });
  findings.push(...verificationFindings(details, shortSha(target.sha)));
}

function runUrl(env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (!env.GITHUB_SERVER_URL || !env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}

function apiFinding(run: Run, error: GitHubApiError): Finding {
  const dispatch = run.details.strategy === 'dispatch';
  const remediation: Record<string, string> = {
    forbidden: `give the job \`permissions: deployments: write\`${dispatch ? ' and `actions: write`' : ''} (a fork's pull request never can)`,
    unauthorized: 'pass a valid token: GITHUB_TOKEN or the github-token input',
    'rate-limited': "wait for GitHub's rate limit to reset and run again",
    'not-found': dispatch
      ? 'check GITHUB_REPOSITORY, the workflow file name (--workflow) and that it has a workflow_dispatch trigger'
      : 'check GITHUB_REPOSITORY and that the token can see the repository',
    invalid: dispatch
      ? `check that the workflow declares the input "${run.options.shaInput}" and that --ref is a branch or tag`
      : 'this is likely a bug in launch-ready: report it with the JSON report',
  };
  return githubErrorFinding(run.details, error, 'after the redeploy was started', remediation);
}
