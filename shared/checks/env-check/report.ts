// Turns evaluated variables and the code scan into env-check's Report: findings, one-line summary,
// metrics and per-variable details (names and states only: no value ever goes in here).
import { type Finding, isAtLeast, type Report, sortFindings } from '../../report/model.ts';
import type { CodeScan } from './code-scan.ts';
import type { Problem, VariableStatus } from './evaluate.ts';
import { CHECK_NAME, fingerprint, RULES } from './rules.ts';
import type { WalkStats } from './source-files.ts';
import type { Spec, VariableSpec } from './spec.ts';
import { STATUS_WORDS } from './status-words.ts';

export interface EvaluatedVariable {
  spec: VariableSpec;
  present: boolean;
  problems: Problem[];
  status: VariableStatus;
}

export interface VariableDetail {
  name: string;
  required: boolean;
  secret: boolean;
  kind: string;
  present: boolean;
  status: VariableStatus;
  /** Rule ids of every problem found. */
  problems: string[];
  declaredIn: string[];
  /** Places in code that read it (when the code was scanned). */
  uses?: number;
}

export interface UndeclaredUse {
  name: string;
  file: string;
  line: number;
  uses: number;
}

export interface EnvCheckDetails {
  environment: string;
  production: boolean;
  exampleFile?: string;
  envFile?: string;
  variables: VariableDetail[];
  undeclared: UndeclaredUse[];
  unused: string[];
  scan?: WalkStats;
  notices: string[];
}

export interface ReportInput {
  spec: Spec;
  production: boolean;
  envFile?: string;
  evaluated: EvaluatedVariable[];
  /** Read in code, not declared anywhere, not a runtime variable. */
  undeclared: UndeclaredUse[];
  code?: CodeScan;
  notices: string[];
}

export function buildReport(input: ReportInput): Report<EnvCheckDetails> {
  const { spec, evaluated } = input;
  const environment = spec.environment;
  const unused = unusedVariables(input);
  const findings = sortFindings([
    ...evaluated.flatMap((variable) =>
      variable.problems.map((problem) => problemFinding(variable.spec, problem, spec)),
    ),
    ...undeclaredFindings(input),
    ...unused.map((variable) => unusedFinding(variable, spec)),
    ...noSpecFindings(input),
  ]);
  const counts = statusCounts(evaluated);
  const details: EnvCheckDetails = {
    environment,
    production: input.production,
    exampleFile: spec.exampleFile,
    envFile: input.envFile,
    variables: evaluated.map((variable) => ({
      name: variable.spec.name,
      required: variable.spec.required,
      secret: variable.spec.secret,
      kind: variable.spec.kind,
      present: variable.present,
      status: variable.status,
      problems: variable.problems.map((problem) => RULES[problem.rule].id),
      declaredIn: variable.spec.declaredIn,
      uses: input.code?.uses.get(variable.spec.name)?.count ?? (input.code === undefined ? undefined : 0),
    })),
    undeclared: input.undeclared,
    unused: unused.map((variable) => variable.name),
    scan: input.code?.stats,
    notices: input.notices,
  };
  return {
    check: CHECK_NAME,
    ok: !findings.some((finding) => isAtLeast(finding.severity, 'high')),
    summary: summaryLine(input, counts),
    findings,
    metrics: {
      environment,
      declared: evaluated.length,
      required: evaluated.filter((v) => v.spec.required).length,
      present: evaluated.filter((v) => v.present).length,
      withProblems: evaluated.filter((v) => v.problems.length > 0).length,
      missing: counts.get('missing') ?? 0,
      empty: counts.get('empty') ?? 0,
      placeholder: counts.get('placeholder') ?? 0,
      invalid: counts.get('invalid') ?? 0,
      testMode: counts.get('testMode') ?? 0,
      local: counts.get('local') ?? 0,
      staging: counts.get('staging') ?? 0,
      insecureUrl: counts.get('insecureUrl') ?? 0,
      undeclared: input.undeclared.length,
      unused: unused.length,
      filesScanned: input.code?.stats.filesScanned ?? 0,
    },
    details,
  };
}

function statusCounts(evaluated: readonly EvaluatedVariable[]): Map<VariableStatus, number> {
  const counts = new Map<VariableStatus, number>();
  for (const variable of evaluated) counts.set(variable.status, (counts.get(variable.status) ?? 0) + 1);
  return counts;
}

/** "3 of 12 production variables have problems: 1 missing, 1 placeholder, 1 test-mode; 2 read in code but not declared". */
function summaryLine(input: ReportInput, counts: Map<VariableStatus, number>): string {
  const { spec, evaluated, undeclared } = input;
  const codeNote = undeclared.length === 0 ? '' : `; ${undeclared.length} read in code but not declared`;
  if (evaluated.length === 0) {
    return `No variable spec for ${spec.environment}: add .env.example or an env section to launch-ready.yml${codeNote}`;
  }
  const bad = evaluated.filter((variable) => variable.problems.length > 0);
  if (bad.length === 0) {
    return `All ${evaluated.length} ${spec.environment} variables are set and look right${codeNote}`;
  }
  // Fixed order (most damaging first) so the line reads the same from run to run.
  const parts = (Object.keys(STATUS_WORDS) as VariableStatus[])
    .filter((status) => status !== 'ok' && status !== 'unset' && counts.has(status))
    .map((status) => `${counts.get(status)} ${STATUS_WORDS[status]}`);
  const verb = bad.length === 1 ? 'has' : 'have';
  return `${bad.length} of ${evaluated.length} ${spec.environment} variables ${verb} problems: ${parts.join(', ')}${codeNote}`;
}

function exampleLocation(variable: VariableSpec, spec: Spec): Finding['location'] {
  if (spec.exampleFile === undefined || variable.exampleLine === undefined) return undefined;
  return { file: spec.exampleFile, line: variable.exampleLine };
}

function problemFinding(variable: VariableSpec, problem: Problem, spec: Spec): Finding {
  const rule = RULES[problem.rule];
  return {
    check: CHECK_NAME,
    ruleId: rule.id,
    severity: problem.severity,
    title: rule.title,
    message: problem.message,
    location: exampleLocation(variable, spec),
    evidence: problem.evidence,
    remediation: problem.remediation,
    fingerprint: fingerprint(rule.id, spec.environment, variable.name),
  };
}

function undeclaredFindings(input: ReportInput): Finding[] {
  // Without any spec one finding says it all (see noSpecFindings), not one per variable.
  if (input.evaluated.length === 0) return [];
  const declaredWhere = input.spec.exampleFile ?? '.env.example';
  return input.undeclared.map((use) => {
    const others = use.uses - 1;
    const elsewhere = others === 0 ? '' : ` (and ${others} other ${others === 1 ? 'place' : 'places'})`;
    return {
      check: CHECK_NAME,
      ruleId: RULES.undeclared.id,
      severity: 'medium',
      title: RULES.undeclared.title,
      message: `${use.name} is read here${elsewhere} but not declared in ${declaredWhere} or launch-ready.yml`,
      location: { file: use.file, line: use.line },
      remediation: `Add ${use.name} to ${declaredWhere} (with \`# optional\` if the app runs without it) so every deploy knows it needs it.`,
      fingerprint: fingerprint(RULES.undeclared.id, use.name),
    };
  });
}

/** Only meaningful when some source was scanned: a deploy-only repo would make every variable "unused". */
function unusedVariables(input: ReportInput): VariableSpec[] {
  const code = input.code;
  if (code === undefined || code.stats.filesScanned === 0) return [];
  return input.evaluated.map((variable) => variable.spec).filter((variable) => !code.uses.has(variable.name));
}

function unusedFinding(variable: VariableSpec, spec: Spec): Finding {
  return {
    check: CHECK_NAME,
    ruleId: RULES.unused.id,
    severity: 'info',
    title: RULES.unused.title,
    message: `${variable.name} is declared but no scanned source file reads it`,
    location: exampleLocation(variable, spec),
    remediation: `Remove ${variable.name} from the spec if nothing needs it; if a framework or tool reads it by itself, ignore this.`,
    fingerprint: fingerprint(RULES.unused.id, variable.name),
  };
}

function noSpecFindings(input: ReportInput): Finding[] {
  if (input.evaluated.length > 0) return [];
  const names = input.undeclared.map((use) => use.name);
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? ', ...' : '');
  const nested = input.code?.stats.nestedExampleFiles ?? [];
  if (nested.length > 0) {
    // A monorepo checked from its root: the specs are there, one folder down, and nothing was checked.
    const listed = nested.slice(0, 5).join(', ') + (nested.length > 5 ? ', ...' : '');
    return [
      {
        check: CHECK_NAME,
        ruleId: RULES.noSpec.id,
        severity: 'high',
        title: RULES.noSpec.title,
        message: `No variable of ${input.spec.environment} was checked: there is no example file here, but ${listed} ${nested.length === 1 ? 'declares' : 'declare'} variables in sub-folders`,
        remediation:
          'Run env-check once per app with working-directory (action) or --cwd (CLI) set to the folder of its .env.example, or point example-file at it.',
        fingerprint: fingerprint(RULES.noSpec.id, input.spec.environment),
      },
    ];
  }
  return [
    {
      check: CHECK_NAME,
      ruleId: RULES.noSpec.id,
      severity: names.length > 0 ? 'medium' : 'info',
      title: RULES.noSpec.title,
      message:
        names.length > 0
          ? `Nothing declares what ${input.spec.environment} needs, yet the code reads ${names.length} variables: ${shown}`
          : `Nothing declares what ${input.spec.environment} needs: no .env.example and no env section in launch-ready.yml`,
      remediation:
        'Add a .env.example listing every variable the app needs (mark the ones it can do without with `# optional`), or describe them in the env section of launch-ready.yml.',
      fingerprint: fingerprint(RULES.noSpec.id, input.spec.environment),
    },
  ];
}
