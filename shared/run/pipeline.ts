// The steps every action and CLI command share: config -> options -> check -> redacted report -> gate.
import { relative, resolve } from 'node:path';
import type { CheckContext, CheckDefinition, Table } from '../checks/definition.ts';
import {
  type ConfigFile,
  DEFAULT_CONFIG_FILE,
  loadConfigFile,
  type RawParams,
  resolveOptions,
} from '../config/load.ts';
import { UsageError } from '../errors.ts';
import type { Verdict } from '../report/describe.ts';
import { gateFailures, type Report, SEVERITIES, type Severity } from '../report/model.ts';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = [...SEVERITIES, 'never'];
export const DEFAULT_FAIL_ON: FailOn = 'high';

export function parseFailOn(value: string | undefined, flag: string): FailOn {
  const v = (value ?? '').trim().toLowerCase() || DEFAULT_FAIL_ON;
  if ((FAIL_ON_VALUES as readonly string[]).includes(v)) return v as FailOn;
  throw new UsageError(`${flag} expects one of ${FAIL_ON_VALUES.join(', ')}, got '${value}'`);
}

export interface Outcome {
  report: Report;
  verdict: Verdict;
  tables: Table[];
}

export async function readConfig(cwd: string, configPath: string | undefined, sections: string[]): Promise<ConfigFile> {
  const named = configPath !== undefined && configPath !== '';
  const path = resolve(cwd, named ? configPath : DEFAULT_CONFIG_FILE);
  // Messages name the file as the user would: relative to the folder checked.
  const shown = relative(cwd, path);
  return loadConfigFile(path, named, sections, shown.startsWith('..') ? path : shown);
}

/** Runs one check and returns its report with every secret the run met scrubbed out. */
export async function runCheck<O>(
  definition: CheckDefinition<O>,
  config: ConfigFile,
  params: RawParams,
  failOn: FailOn,
  context: CheckContext,
): Promise<Outcome> {
  const options = resolveOptions(definition, config, params);
  const raw = await definition.run(options, { ...context, config });
  const report = context.redactor.scrubDeep(raw);
  const failing = gateFailures(report.findings, failOn).length;
  const tables = context.redactor.scrubDeep(definition.present?.(report) ?? []);
  return { report, verdict: { passed: failing === 0, failOn, failing }, tables };
}
