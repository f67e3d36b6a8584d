// env-check: are the variables production needs all there, real, and pointing at production?
import type { Report } from '../../report/model.ts';
import type { CheckContext } from '../definition.ts';
import { type CodeScan, scanCode } from './code-scan.ts';
import { evaluateVariable, statusOf } from './evaluate.ts';
import { buildReport, type EnvCheckDetails, type EvaluatedVariable, type UndeclaredUse } from './report.ts';
import { runtimeVariableFilter } from './runtime-variables.ts';
import type { EnvCheckOptions } from './schema.ts';
import { embedsPassword, looksSecret } from './secret-names.ts';
import { loadSpec, type Spec } from './spec.ts';
import { loadValues, type ValueSource } from './values.ts';

export async function runEnvCheck(options: EnvCheckOptions, context: CheckContext): Promise<Report<EnvCheckDetails>> {
  const spec = await loadSpec(options, context.cwd);
  const values = await loadValues(options.envFile, context);
  const production = options.productionEnvironments.some(
    (name) => name.toLowerCase() === options.environment.toLowerCase(),
  );
  maskSecrets(spec, values, context);

  const evaluated: EvaluatedVariable[] = spec.variables.map((variable) => {
    const value = values.get(variable.name);
    const problems = evaluateVariable(variable, value, { environment: spec.environment, production });
    const present = value !== undefined && value.trim() !== '';
    return { spec: variable, present, problems, status: statusOf(problems, present) };
  });

  const notices: string[] = [];
  const code = options.scanCode ? await scanCode(context.cwd, options.ignorePaths) : undefined;
  if (code !== undefined) notices.push(...scanNotices(code));
  for (const notice of notices) context.log(notice);
  const undeclared = code === undefined ? [] : undeclaredUses(code, spec, options.ignoreVariables);
  for (const use of undeclared) if (looksSecret(use.name)) context.redactor.add(values.get(use.name));

  return buildReport({ spec, production, envFile: values.envFile, evaluated, undeclared, code, notices });
}

/** Declared secrets, secret-looking names, and every secret-looking key of the env file. */
function maskSecrets(spec: Spec, values: ValueSource, context: CheckContext): void {
  for (const variable of spec.variables) {
    const value = values.get(variable.name);
    if (variable.secret || embedsPassword(value)) context.redactor.add(value);
  }
  for (const name of values.fileNames) {
    const value = values.get(name);
    if (looksSecret(name) || embedsPassword(value)) context.redactor.add(value);
  }
}

function undeclaredUses(code: CodeScan, spec: Spec, ignoreVariables: readonly string[]): UndeclaredUse[] {
  const ignored = runtimeVariableFilter(ignoreVariables);
  return [...code.uses.entries()]
    .filter(([name]) => !spec.declaredAnywhere.has(name) && !ignored(name))
    .map(([name, use]) => ({ name, file: use.file, line: use.line, uses: use.count }))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function scanNotices(code: CodeScan): string[] {
  const { stats } = code;
  const notices: string[] = [];
  if (stats.truncated)
    notices.push('env-check: the code scan stopped at 50,000 source files; narrow it with ignore-paths');
  const skipped = [
    [stats.skippedLarge, 'over 1 MiB'],
    [stats.skippedBinary, 'binary'],
    [stats.skippedUnreadable, 'unreadable'],
  ] as const;
  for (const [count, why] of skipped) {
    if (count > 0) notices.push(`env-check: skipped ${count} ${why} source ${count === 1 ? 'file' : 'files'}`);
  }
  return notices;
}
