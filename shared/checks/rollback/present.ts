// rollback's tables and outputs: from and to side by side, the plan, the calls made, the verification steps
// (the smoke-test's own table).
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import { presentSmoke } from '../smoke-test/present.ts';
import type { DeploymentRef, RollbackDetails } from './details.ts';

function detailsOf(report: Report): RollbackDetails | undefined {
  const details = report.details as Partial<RollbackDetails> | undefined;
  return details && Array.isArray(details.calls) ? (details as RollbackDetails) : undefined;
}

const row = (label: string, ref: DeploymentRef | null): string[] =>
  ref === null
    ? [label, '—', '—', '—', '—', '—']
    : [label, ref.name ?? String(ref.id), ref.sha || '—', ref.createdAt, ref.creator || '—', ref.state ?? '—'];

export function presentRollback(report: Report): Table[] {
  const details = detailsOf(report);
  if (!details) return [];
  const verification = details.verification;
  const tables: Table[] = [
    {
      title: `Rollback of ${details.environment}`,
      columns: ['', 'Deployment', 'SHA', 'When', 'Who', 'State'],
      rows: [row('from', details.current), row('to', details.target)],
    },
    {
      title: 'What and why',
      columns: ['', ''],
      rows: [
        ['why', details.reason || '—'],
        ['strategy', details.provider === 'github' ? `${details.provider} ${details.strategy}` : details.provider],
        ['dry run', details.dryRun ? 'yes: only read calls were made' : 'no'],
        ['forced', details.forced ? 'yes (loop guard and stale claims overridden)' : 'no'],
        [
          'loop guard',
          `${details.loopGuard.rollbacksInWindow} of at most ${details.loopGuard.max} rollbacks within ${details.loopGuard.window}`,
        ],
        ['verification', `${verification.status}: ${verification.message}`],
        [
          'time',
          `${Math.round(details.elapsedMs / 1000)} s from start to ${verification.status === 'skipped' ? 'done' : 'verified'}`,
        ],
      ],
    },
    {
      title: details.dryRun ? 'Plan (not carried out)' : 'Plan',
      columns: ['#', 'Step'],
      rows: details.plan.map((step, index) => [String(index + 1), step]),
    },
    {
      title: 'API calls',
      columns: ['API', 'Method', 'Path', 'Status'],
      rows: details.calls.map((call) => [
        call.api ?? 'github',
        call.method,
        call.path,
        call.status === undefined ? '—' : String(call.status),
      ]),
      collapsed: true,
    },
  ];
  if (verification.steps && verification.steps.length > 0) {
    const [steps] = presentSmoke({
      ...report,
      details: { baseUrl: verification.url ?? '', steps: verification.steps },
    });
    if (steps) tables.push({ ...steps, title: 'Verification: smoke steps' });
  }
  return tables;
}

export function rollbackOutputs(report: Report): Record<string, string> {
  const details = detailsOf(report);
  return {
    'rolled-back': String(details?.rolledBack ?? false),
    'from-sha': details?.current?.sha ?? '',
    'to-sha': details?.target?.sha ?? '',
    'deployment-id': details?.deploymentId === undefined ? '' : String(details.deploymentId),
  };
}
