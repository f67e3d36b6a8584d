// The variables table of the job summary: the whole picture, not only the problems. No values.
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import type { EnvCheckDetails } from './report.ts';
import { STATUS_WORDS } from './status-words.ts';

export function variablesTable(report: Report): Table[] {
  const details = report.details as EnvCheckDetails | undefined;
  if (details === undefined || details.variables.length === 0) return [];
  const problems = details.variables.filter((variable) => variable.problems.length > 0).length;
  return [
    {
      title: `${details.environment} variables (${problems} of ${details.variables.length} with problems)`,
      columns: ['Variable', 'Required', 'Secret', 'Status'],
      rows: details.variables.map((variable) => [
        variable.name,
        variable.required ? 'yes' : 'optional',
        variable.secret ? 'yes' : 'no',
        STATUS_WORDS[variable.status],
      ]),
      collapsed: details.variables.length > 30,
    },
  ];
}

/** Names only: a deploy workflow can print or branch on them; no value is ever an output. */
export function variableOutputs(report: Report): Record<string, string> {
  const details = report.details as EnvCheckDetails | undefined;
  const variables = details?.variables ?? [];
  const missing = variables.filter((variable) => variable.status === 'missing' || variable.status === 'empty');
  return {
    missing: missing.map((variable) => variable.name).join(','),
    'problem-variables': String(variables.filter((variable) => variable.problems.length > 0).length),
  };
}
