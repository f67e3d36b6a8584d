// monitor: a scheduled workflow's uptime check. Runs the named checks against production, keeps 7 days of
// results, and opens, comments on and closes one incident issue per check and environment. It writes to GitHub,
// so it runs only when named (never from `launch-ready all` or the demo). The implementation loads lazily.
import type { Report } from '../../report/model.ts';
import type { CheckDefinition, Table } from '../definition.ts';
import { availabilityTable } from './chart.ts';
import type { MonitorDetails } from './incident.ts';
import { type MonitorOptions, monitorOptionsSchema } from './options.ts';

export type { MonitorOptions } from './options.ts';

export const monitor: CheckDefinition<MonitorOptions> = {
  name: 'monitor',
  description:
    'Uptime monitor for a schedule: run checks on production; open, update and close one incident issue each.',
  configSection: 'monitor',
  schema: monitorOptionsSchema,
  onlyWhenNamed: true,
  fileLimits: { paths: [{ key: 'historyFile' }] },
  params: [
    {
      name: 'checks',
      key: 'checks',
      type: 'list',
      description:
        'Checks to run on every tick, comma-separated (smoke-test, and tls-check, dns-check or latency-budget where available); each reads its own section of launch-ready.yml.',
    },
    {
      name: 'environment',
      key: 'environment',
      type: 'string',
      description: 'Name of what is monitored: one open incident per check and environment.',
    },
    {
      name: 'base-url',
      key: 'baseUrl',
      type: 'string',
      description: "The live site, given to every check that takes a base-url. Empty: each check's own config.",
    },
    {
      name: 'failures-before-alert',
      key: 'failuresBeforeAlert',
      type: 'number',
      description: 'Flapping guard: consecutive failing runs before an incident issue opens.',
    },
    {
      name: 'alert-on',
      key: 'alertOn',
      type: 'string',
      description: 'A check counts as failing when it has a finding at or above this severity.',
    },
    {
      name: 'webhook-url',
      key: 'webhookUrl',
      type: 'string',
      description:
        'Slack-compatible incoming webhook: one JSON message with text when an incident opens and when it closes. A secret: pass it from a repository secret. Empty: no message.',
    },
    {
      name: 'history-file',
      key: 'historyFile',
      type: 'string',
      description:
        'JSON file of the last 7 days of results, restored and saved by actions/cache. Empty: $RUNNER_TEMP/launch-ready-monitor/history.json (.launch-ready/monitor-history.json outside Actions).',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline of each GitHub API call and of the webhook, in milliseconds.',
    },
  ],
  async run(options, context) {
    const { runMonitor } = await import('./run.ts');
    return runMonitor(options, context);
  },
  present(report: Report): Table[] {
    const details = report.details as MonitorDetails | undefined;
    if (!details) return [];
    return [
      {
        title: `This run in ${details.environment}`,
        columns: ['Check', 'Result', 'Failure class', 'Failures in a row', 'Incident'],
        rows: details.runs.map((run) => [
          run.check,
          run.ok ? 'passed' : 'failed',
          run.kind ?? '',
          String(run.consecutiveFailures ?? 0),
          run.incident?.action === 'waiting'
            ? `not yet (${run.consecutiveFailures} of ${details.failuresBeforeAlert})`
            : run.incident
              ? `${run.incident.action} #${run.incident.number}`
              : details.incidents === 'on'
                ? ''
                : details.incidents,
        ]),
      },
      availabilityTable(details.stats, details.environment),
    ];
  },
  outputs(report: Report) {
    const details = report.details as MonitorDetails | undefined;
    const runs = details?.runs ?? [];
    return {
      failing: runs
        .filter((r) => !r.ok)
        .map((r) => r.check)
        .join(','),
      incidents: runs
        .map((r) => r.incident?.url)
        .filter((url): url is string => url !== undefined)
        .join(' '),
    };
  },
};

export default monitor;
