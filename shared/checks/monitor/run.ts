// monitor: run the named checks against the live site, remember the result, and keep one incident issue per
// check and environment in step with it — opened after N failures in a row, commented while it lasts, closed with
// the downtime when the check passes again. Any registered check works: it runs through the same pipeline.
import { UsageError } from '../../errors.ts';
import { checkGitHubClient, GitHubApiError, type GitHubClient, repoFromEnv, tokenFrom } from '../../github/client.ts';
import type { RepoRef } from '../../github/deployments.ts';
import {
  closeIssue,
  commentOnIssue,
  createIssue,
  ensureLabel,
  type Issue,
  listOpenIssues,
} from '../../github/issues.ts';
import { type Finding, gateFailures, type Report, sortFindings } from '../../report/model.ts';
import { runCheck } from '../../run/pipeline.ts';
import type { CheckContext } from '../definition.ts';
import { CHECKS, findCheck } from '../registry.ts';
import {
  appendEntries,
  failureStreak,
  type HistoryEntry,
  historyPath,
  loadHistory,
  saveHistory,
  statsOf,
} from './history.ts';
import {
  type CheckRun,
  findIncident,
  INCIDENT_LABEL,
  incidentBody,
  incidentTitle,
  type MonitorDetails,
  recoveryComment,
  runUrl,
  stillFailingComment,
} from './incident.ts';
import type { MonitorOptions } from './options.ts';
import { postWebhook } from './webhook.ts';

export const CHECK = 'monitor';

export interface MonitorOverrides {
  now?: () => number;
}

export async function runMonitor(
  options: MonitorOptions,
  context: CheckContext,
  overrides: MonitorOverrides = {},
): Promise<Report<MonitorDetails>> {
  const now = overrides.now ?? Date.now;
  const definitions = options.checks.map((name) => {
    const definition = findCheck(name);
    const usable = CHECKS.filter((c) => !c.onlyWhenNamed && c.name !== CHECK).map((c) => c.name);
    if (!definition || definition.onlyWhenNamed || definition.name === CHECK) {
      throw new UsageError(
        `monitor checks: '${name}' is not a check the monitor can run: expected one of ${usable.join(', ')}`,
      );
    }
    return definition;
  });
  if (options.webhookUrl) context.redactor.add(options.webhookUrl);
  const config = context.config ?? { path: 'launch-ready.yml', sections: {} };
  const runs: CheckRun[] = [];
  for (const definition of definitions) {
    const params = definition.params.some((p) => p.name === 'base-url') ? { 'base-url': options.baseUrl } : {};
    const started = performance.now();
    const at = new Date(now()).toISOString();
    let run: CheckRun;
    try {
      const outcome = await runCheck(definition, config, params, options.alertOn, { ...context, config });
      run = judge(definition.name, outcome.report, options, at);
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(`monitor: ${definition.name}: ${error.message}`);
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      run = { check: definition.name, at, ok: false, ms: 0, kind: 'error', what: message, hint: '', severity: 'high' };
    }
    run.ms = Math.round(performance.now() - started);
    context.log(`monitor: ${run.check} ${run.ok ? 'passed' : `failed (${run.kind}): ${run.what}`}`);
    runs.push(run);
  }

  const path = historyPath(options.historyFile, context.cwd, context.env);
  const before = await loadHistory(path, context.log);
  const added: HistoryEntry[] = runs.map((r) => ({
    at: r.at,
    check: r.check,
    environment: options.environment,
    ok: r.ok,
    ms: r.ms,
    ...(r.ok ? {} : { kind: r.kind }),
  }));
  const history = appendEntries(before, added, now());
  const findings: Finding[] = [];
  try {
    await saveHistory(path, history);
  } catch (error) {
    findings.push(
      note(
        'monitor/history-not-saved',
        'medium',
        'The monitor history was not saved',
        `${path}: ${(error as Error).message.split('\n')[0]}`,
        'Check that the folder of historyFile is writable.',
      ),
    );
  }
  const stats = statsOf(
    history.entries,
    options.environment,
    runs.map((r) => r.check),
  );
  for (const run of runs) {
    const streak = failureStreak(history.entries, run.check, options.environment);
    run.consecutiveFailures = streak.count;
    run.since = streak.since;
    const previous = failureStreak(before.entries, run.check, options.environment);
    run.previousFailures = previous.count;
    run.previousSince = previous.since;
  }

  const details: MonitorDetails = {
    environment: options.environment,
    failuresBeforeAlert: options.failuresBeforeAlert,
    historyFile: path,
    incidents: 'on',
    runs,
    stats,
    webhook: { sent: 0, failed: 0 },
  };
  const github = connect(options, context);
  if ('off' in github) {
    details.incidents = `off: ${github.off}`;
    context.log(`monitor: incidents ${details.incidents}`);
  } else {
    try {
      await keepIncidents(github.client, github.repo, runs, options, context, details, now);
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error;
      findings.push(
        note(
          'monitor/incident-not-recorded',
          'high',
          'The incident issue could not be updated',
          error.message,
          'Give the workflow `permissions: issues: write` (and check the token).',
        ),
      );
    }
  }
  for (const run of runs) {
    const opened =
      'off' in github
        ? !run.ok && run.consecutiveFailures === options.failuresBeforeAlert
        : run.incident?.action === 'opened';
    const closed =
      'off' in github
        ? run.ok && (run.previousFailures ?? 0) >= options.failuresBeforeAlert
        : run.incident?.action === 'closed';
    if (options.webhookUrl && (opened || closed)) {
      const text = opened
        ? `:rotating_light: launch-ready: ${run.check} is failing in ${options.environment} since ${run.since} (${run.kind}): ${run.what}${run.incident?.url ? ` ${run.incident.url}` : ''}`
        : `:white_check_mark: launch-ready: ${run.check} recovered in ${options.environment}${run.incident?.url ? ` ${run.incident.url}` : ''}`;
      const sent = await postWebhook(
        options.webhookUrl,
        context.redactor.scrub(text),
        context.redactor,
        options.timeoutMs,
      );
      if (sent.ok) details.webhook.sent++;
      else {
        details.webhook.failed++;
        findings.push(
          note(
            'monitor/webhook-failed',
            'medium',
            'The webhook message was not delivered',
            sent.error ?? 'unknown',
            'Check the webhook URL secret and that the service accepts JSON {"text": …}.',
          ),
        );
      }
    }
  }

  for (const run of runs.filter((r) => !r.ok)) {
    const incident = run.incident?.url ? ` Incident: ${run.incident.url}.` : '';
    findings.push({
      check: CHECK,
      ruleId: 'monitor/check-failing',
      severity: run.severity ?? 'high',
      title: `${run.check} is failing in ${options.environment}`,
      message: `${run.check} failed (${run.kind}) ${run.consecutiveFailures} time(s) in a row since ${run.since}: ${run.what}.${incident}`,
      ...(run.hint ? { remediation: run.hint } : {}),
      fingerprint: `monitor/check-failing:${run.check}:${options.environment}`,
    });
  }
  const failing = runs.filter((r) => !r.ok).map((r) => r.check);
  return {
    check: CHECK,
    ok: failing.length === 0,
    summary:
      failing.length === 0
        ? `${runs.length} check(s) passing in ${options.environment}`
        : `${failing.join(', ')} failing in ${options.environment}`,
    findings: sortFindings(findings),
    metrics: { checks: runs.length, failing: failing.length },
    details,
  };
}

function note(
  ruleId: string,
  severity: Finding['severity'],
  title: string,
  message: string,
  remediation: string,
): Finding {
  return { check: CHECK, ruleId, severity, title, message, remediation, fingerprint: ruleId };
}

/** Passed or failed, and for a failure its class, what broke and what to check, from the check's own report. */
function judge(check: string, report: Report, options: MonitorOptions, at: string): CheckRun {
  const failing = sortFindings(gateFailures(report.findings, options.alertOn));
  if (failing.length === 0) return { check, at, ok: true, ms: 0 };
  const worst = failing[0]!;
  const steps = (report.details as { steps?: { ok: boolean; failure?: { kind: string; hint: string } }[] } | undefined)
    ?.steps;
  const failure = steps?.find((s) => !s.ok && s.failure)?.failure;
  return {
    check,
    at,
    ok: false,
    ms: 0,
    kind: failure?.kind ?? worst.ruleId,
    what: `${worst.title}: ${worst.message}`,
    hint: failure?.hint ?? worst.remediation ?? '',
    severity: worst.severity,
  };
}

function connect(
  options: MonitorOptions,
  context: CheckContext,
): { client: GitHubClient; repo: RepoRef } | { off: string } {
  const repo = repoFromEnv(context.env);
  if (!repo) return { off: 'GITHUB_REPOSITORY is not set (owner/repo)' };
  const token = tokenFrom(context.env, context.githubToken);
  if (!token) return { off: 'no GitHub token (GITHUB_TOKEN or the github-token input, with issues: write)' };
  return { client: checkGitHubClient(token, context, { timeoutMs: options.timeoutMs }), repo };
}

async function keepIncidents(
  client: GitHubClient,
  repo: RepoRef,
  runs: CheckRun[],
  options: MonitorOptions,
  context: CheckContext,
  details: MonitorDetails,
  now: () => number,
): Promise<void> {
  // One read per run: every open incident, matched to its check and environment by the hidden marker.
  const open: Issue[] = await listOpenIssues(client, repo, INCIDENT_LABEL);
  const link = runUrl(context.env);
  const scrub = (text: string) => context.redactor.scrub(text);
  for (const run of runs) {
    const existing = findIncident(open, run.check, options.environment);
    if (!run.ok && existing) {
      const url = await commentOnIssue(client, repo, existing.issue.number, scrub(stillFailingComment(run, link)));
      run.incident = { action: 'commented', number: existing.issue.number, url: existing.issue.url, comment: url };
    } else if (!run.ok && (run.consecutiveFailures ?? 0) >= options.failuresBeforeAlert) {
      await ensureLabel(client, repo, {
        name: INCIDENT_LABEL,
        color: 'b60205',
        description: 'Opened and closed by launch-ready monitor',
      });
      const issue = await createIssue(client, repo, {
        title: scrub(incidentTitle(run, options.environment)),
        body: scrub(incidentBody(run, options.environment, details.stats, link)),
        labels: [INCIDENT_LABEL],
      });
      open.push(issue);
      run.incident = { action: 'opened', number: issue.number, url: issue.url };
    } else if (!run.ok) {
      run.incident = { action: 'waiting' };
    } else if (existing) {
      const downtimeMs = now() - Date.parse(existing.since ?? existing.issue.createdAt);
      await commentOnIssue(
        client,
        repo,
        existing.issue.number,
        scrub(
          recoveryComment(
            run,
            options.environment,
            existing.since ?? existing.issue.createdAt,
            downtimeMs,
            details.stats,
            link,
          ),
        ),
      );
      await closeIssue(client, repo, existing.issue.number);
      run.incident = { action: 'closed', number: existing.issue.number, url: existing.issue.url, downtimeMs };
    }
  }
}
