// The report for people at a terminal: grouped by severity, aligned, coloured only on a TTY.
import type { Table } from '../checks/definition.ts';
import { describeLocation, headline, type Verdict } from './describe.ts';
import { plainText } from './escape.ts';
import { type Report, SEVERITIES, type Severity, sortFindings } from './model.ts';

const COLOR: Record<Severity | 'pass' | 'dim', string> = {
  blocker: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[34m',
  pass: '\x1b[32m',
  dim: '\x1b[2m',
};

export interface TextOptions {
  verdict: Verdict;
  tables?: Table[];
  color?: boolean;
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: keyof typeof COLOR, text: string) => (options.color ? `${COLOR[style]}${text}\x1b[0m` : text);
  const lines: string[] = [];
  const mark = options.verdict.passed ? paint('pass', '✔') : paint('blocker', '✖');
  // Every piece of report text passes plainText: a file name or a response must not drive the terminal.
  lines.push(`${mark} ${plainText(headline(report, options.verdict))}`, `  ${plainText(report.summary)}`);
  const findings = sortFindings(report.findings);
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', paint(severity, `${severity.toUpperCase()} (${group.length})`));
    const width = Math.min(60, Math.max(...group.map((f) => plainText(describeLocation(f)).length)));
    for (const f of group) {
      const where = plainText(describeLocation(f)).padEnd(width);
      lines.push(`  ${paint('dim', where)}  ${plainText(f.title)}  ${paint('dim', `[${plainText(f.ruleId)}]`)}`);
      if (f.message && f.message !== f.title) lines.push(`  ${' '.repeat(width)}  ${plainText(f.message)}`);
      if (f.remediation) lines.push(`  ${' '.repeat(width)}  ${paint('dim', `fix: ${plainText(f.remediation)}`)}`);
    }
  }
  for (const table of options.tables ?? []) lines.push('', ...renderTextTable(table, paint));
  return `${lines.join('\n')}\n`;
}

function renderTextTable(raw: Table, paint: (style: 'dim', text: string) => string): string[] {
  const table = {
    title: plainText(raw.title),
    columns: raw.columns.map(plainText),
    rows: raw.rows.map((row) => row.map((cell) => plainText(cell ?? ''))),
  };
  const widths = table.columns.map((column, i) =>
    Math.min(70, Math.max(column.length, ...table.rows.map((row) => (row[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (cell ?? '').padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd();
  return [table.title, paint('dim', line(table.columns)), ...table.rows.map(line)];
}
