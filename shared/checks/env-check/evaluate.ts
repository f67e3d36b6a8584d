// Judges one variable's value against its spec. Messages name the variable and the problem, never the value.
import { type Severity, severityRank } from '../../report/model.ts';
import { redactValue } from '../../report/redact.ts';
import { classifyValueHosts } from './hosts.ts';
import { shapeProblem } from './kinds.ts';
import { isPlaceholder } from './placeholders.ts';
import type { RuleKey } from './rules.ts';
import type { VariableSpec } from './spec.ts';
import { detectTestMode } from './test-mode.ts';

export interface Problem {
  rule: RuleKey;
  severity: Severity;
  message: string;
  remediation: string;
  /** Redacted. */
  evidence?: string;
}

export type VariableStatus = 'ok' | 'unset' | RuleKey;

export interface EvaluationContext {
  environment: string;
  production: boolean;
}

export function evaluateVariable(spec: VariableSpec, value: string | undefined, ctx: EvaluationContext): Problem[] {
  const { name } = spec;
  const env = ctx.environment;
  const where = `the ${env} environment (your host's settings, or the workflow's env: from secrets)`;
  if (value === undefined || value.trim() === '') {
    if (!spec.required) return [];
    const rule = value === undefined ? 'missing' : 'empty';
    return [
      {
        rule,
        severity: ctx.production ? 'blocker' : 'high',
        message: value === undefined ? `${name} is not set in ${env}` : `${name} is set but empty in ${env}`,
        remediation: `Set ${name} in ${where}, or mark it optional if the app runs without it.${describe(spec)}`,
      },
    ];
  }

  const evidence = redactValue(value.trim());
  if (isPlaceholder(value, { secret: spec.secret, exampleValue: spec.exampleValue })) {
    return [
      {
        rule: 'placeholder',
        severity: ctx.production ? (spec.secret ? 'blocker' : 'high') : 'medium',
        message: `${name} holds a placeholder value in ${env}, not a real one`,
        remediation: spec.secret
          ? `Put the real credential in ${name} (from the provider's dashboard, or generate a fresh random one); a value copied from the example file counts as a placeholder.`
          : `Put the real value in ${name} for ${env}.`,
        evidence,
      },
    ];
  }

  const problems: Problem[] = [];
  const expected = shapeProblem(value, spec);
  if (expected !== undefined) {
    problems.push({
      rule: 'invalid',
      severity: spec.kindInferred ? (ctx.production ? 'medium' : 'low') : ctx.production ? 'high' : 'medium',
      message: `${name} is not ${expected}`,
      remediation: spec.kindInferred
        ? `Give ${name} ${expected}, or declare its kind in the env section of launch-ready.yml.`
        : `Give ${name} ${expected}.`,
      evidence,
    });
  }
  if (ctx.production) problems.push(...productionProblems(spec, value, evidence));
  return problems;
}

function productionProblems(spec: VariableSpec, value: string, evidence: string): Problem[] {
  const { name } = spec;
  const problems: Problem[] = [];
  const testMode = detectTestMode(name, value, spec.secret);
  if (testMode !== undefined) {
    problems.push({
      rule: 'testMode',
      severity: testMode.kind === 'key' ? 'blocker' : 'high',
      message: `${name} is ${testMode.what} in production`,
      remediation:
        testMode.kind === 'key'
          ? `Use the live key in ${name}: test-mode keys take no real payments or data.`
          : `Switch ${name} to its live/production setting.`,
      evidence,
    });
  }
  const hostClass = classifyValueHosts(value);
  if (hostClass === 'local') {
    problems.push({
      rule: 'local',
      severity: 'high',
      message: `${name} points at a local address (localhost, a loopback IP, a .local/.test host or a dev tunnel) in production`,
      remediation: `Point ${name} at the production service's public or private network address.`,
      evidence,
    });
  } else if (hostClass === 'staging') {
    problems.push({
      rule: 'staging',
      severity: 'medium',
      message: `${name} points at a staging, development or sandbox host in production`,
      remediation: `Point ${name} at the production host, unless this service really is shared with staging.`,
      evidence,
    });
  }
  // A local http:// URL is already reported above: one problem, one finding.
  if (spec.kind === 'url' && hostClass !== 'local' && /^http:\/\//i.test(value.trim())) {
    problems.push({
      rule: 'insecureUrl',
      severity: 'high',
      message: `${name} is an http:// URL in production; https:// is expected`,
      remediation: `Use the https:// address in ${name}: plain http leaks cookies and tokens and browsers block mixed content.`,
      evidence,
    });
  }
  return problems;
}

/** The spec's own words on what the variable is for, so whoever sets it knows what to look for. */
function describe(spec: VariableSpec): string {
  return spec.description === undefined ? '' : ` ${spec.name}: ${spec.description}`;
}

/** A variable's state is its worst problem (the first one found among equals). */
export function statusOf(problems: readonly Problem[], present: boolean): VariableStatus {
  if (problems.length === 0) return present ? 'ok' : 'unset';
  return problems.reduce((worst, problem) =>
    severityRank(problem.severity) < severityRank(worst.severity) ? problem : worst,
  ).rule;
}
