// The smoke test's own tables and outputs: one row per step (failures first), per-phase timings folded.
import type { Report } from '../../report/model.ts';
import type { Table } from '../definition.ts';
import type { SmokeDetails, StepResult } from './details.ts';

const VERDICT_ORDER: Record<StepResult['verdict'], number> = { failed: 0, slow: 1, skipped: 2, passed: 3 };

function stepsOf(report: Report): StepResult[] {
  const details = report.details as Partial<SmokeDetails> | undefined;
  return Array.isArray(details?.steps) ? details.steps : [];
}

const ms = (value: number): string => `${Math.round(value)} ms`;

/** What an e-mail or webhook step found beyond pass/fail: the delivery time, what a forged event got. */
function flowText(step: StepResult): string {
  if (step.email?.deliveryMs !== undefined) {
    return `; mail "${step.email.subject ?? ''}" arrived ${step.email.deliveryMs} ms after the request`;
  }
  if (step.webhook !== undefined) {
    const answers = step.webhook.checks.map(
      (check) => `${check.name} → ${check.status ?? 'no answer'}${check.accepted ? ' (accepted!)' : ''}`,
    );
    return answers.length === 0 ? '' : `; ${answers.join(', ')}`;
  }
  return '';
}

function verdictText(step: StepResult): string {
  return `${baseVerdictText(step)}${flowText(step)}`;
}

function baseVerdictText(step: StepResult): string {
  const mixed = step.mixedContent?.length ? `; mixed content: ${step.mixedContent.length} http:// resource(s)` : '';
  const retried = step.attempts > 1 ? ` after ${step.attempts} tries` : '';
  if (step.verdict === 'passed') return `passed${retried}${mixed}`;
  if (step.failure === undefined) return step.verdict;
  const label = step.verdict === 'failed' ? `failed (${step.failure.kind})` : step.verdict;
  return `${label}${retried}: ${step.failure.message} — ${step.failure.hint}${mixed}`;
}

export function presentSmoke(report: Report): Table[] {
  const steps = stepsOf(report);
  if (steps.length === 0) return [];
  const ordered = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => VERDICT_ORDER[a.step.verdict] - VERDICT_ORDER[b.step.verdict] || a.index - b.index)
    .map(({ step }) => step);
  return [
    {
      title: 'Smoke-test steps',
      columns: ['Step', 'Request', 'Status', 'Time', 'Verdict'],
      rows: ordered.map((step) => [
        step.name,
        `${step.method} ${step.url}`,
        step.status === undefined ? '—' : String(step.status),
        step.verdict === 'skipped' ? '—' : ms(step.timings.total),
        verdictText(step),
      ]),
    },
    {
      title: 'Timings per phase',
      columns: ['Step', 'DNS', 'Connect', 'TLS', 'First byte', 'Total', 'Socket', 'HTTP', 'Redirects'],
      rows: steps
        .filter((step) => step.verdict !== 'skipped')
        .map((step) => [
          step.name,
          ms(step.timings.dns),
          ms(step.timings.connect),
          ms(step.timings.tls),
          ms(step.timings.firstByte),
          ms(step.timings.total),
          step.socketReused ? 'reused' : 'new',
          step.httpVersion ?? '—',
          step.redirects.length === 0 ? '—' : step.redirects.map((hop) => `${hop.status} → ${hop.location}`).join(', '),
        ]),
      collapsed: true,
    },
  ];
}

/** Output names use the step name as written, e.g. step-checkout-ok; other characters become "-". */
export function outputName(stepName: string, field: string): string {
  return `step-${stepName.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}-${field}`;
}

export function smokeOutputs(report: Report): Record<string, string> {
  const outputs: Record<string, string> = {};
  const failed: string[] = [];
  for (const step of stepsOf(report)) {
    outputs[outputName(step.name, 'ok')] = String(step.ok);
    outputs[outputName(step.name, 'status')] = step.status === undefined ? '' : String(step.status);
    outputs[outputName(step.name, 'ms')] = String(Math.round(step.timings.total));
    if (step.email?.deliveryMs !== undefined) {
      outputs[outputName(step.name, 'delivery-ms')] = String(step.email.deliveryMs);
    }
    if (!step.ok) failed.push(step.name);
  }
  outputs['failed-steps'] = failed.join(',');
  return outputs;
}
