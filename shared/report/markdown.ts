// The report as GitHub-flavoured markdown: the job summary and `--format markdown` share it.
import type { Table } from '../checks/definition.ts';
import { describeLocation, headline, type Verdict } from './describe.ts';
import { codeCell, escapeHtml, escapeMarkdown, escapeOneLine, tableCell } from './escape.ts';
import { type Finding, type Report, sortFindings } from './model.ts';

/** GitHub rejects a step summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 64 * 1024;
const ICON: Record<Finding['severity'], string> = {
  blocker: '🛑',
  high: '🔴',
  medium: '🟠',
  low: '🟡',
  info: '🔵',
};

export interface MarkdownOptions {
  verdict: Verdict;
  tables?: Table[];
  /** Said under the findings when annotations were capped. */
  annotationNote?: string;
  limitBytes?: number;
  /** What the note says when lines were cut to fit (the PR comment has its own limit). */
  cutNote?: (droppedLines: number) => string;
}

export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const head = [
    `## ${options.verdict.passed ? '✅' : '❌'} ${escapeOneLine(headline(report, options.verdict))}`,
    '',
    escapeMarkdown(report.summary),
    '',
  ];
  const findings = sortFindings(report.findings);
  const body: string[] = [];
  if (findings.length > 0) {
    body.push('| | Severity | Problem | Where | Rule |', '|---|---|---|---|---|');
    for (const f of findings) {
      body.push(
        `| ${ICON[f.severity]} | ${f.severity} | ${tableCell(f.title)} | ${tableCell(describeLocation(f))} | ${codeCell(f.ruleId)} |`,
      );
    }
    body.push('');
    if (options.annotationNote) body.push(`_${escapeOneLine(options.annotationNote)}_`, '');
  }
  for (const table of options.tables ?? []) body.push(...renderTable(table), '');
  const fixes = remediations(findings);
  if (fixes.length > 0) {
    body.push('<details><summary>How to fix</summary>', '');
    for (const [title, fix] of fixes) body.push(`- **${escapeOneLine(title)}**: ${escapeOneLine(fix)}`);
    body.push('', '</details>', '');
  }
  return fitWithin([...head], body, limit, options.cutNote);
}

/** The table's Mermaid diagrams; a fence in one cannot end the block early (the check builds them from names). */
function renderCharts(table: Table): string[] {
  return (table.charts ?? []).flatMap((chart) => ['```mermaid', chart.replace(/`/g, "'"), '```', '']);
}

export function renderTable(table: Table): string[] {
  const lines = [
    `| ${table.columns.map(tableCell).join(' | ')} |`,
    `|${table.columns.map(() => '---').join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(tableCell).join(' | ')} |`),
  ];
  const chart = renderCharts(table);
  if (table.collapsed) {
    // Inside an HTML block markdown is not parsed: entities only.
    return [
      `<details><summary>${escapeHtml(table.title.replace(/[\r\n]+/g, ' '))}</summary>`,
      '',
      ...chart,
      ...lines,
      '',
      '</details>',
    ];
  }
  return [`### ${escapeOneLine(table.title)}`, '', ...chart, ...lines];
}

/** One line per distinct remediation, named by the finding title it fixes. */
function remediations(findings: readonly Finding[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const f of findings) {
    if (f.remediation && !seen.has(f.remediation)) seen.set(f.remediation, f.title);
  }
  return [...seen].map(([fix, title]) => [title, fix]);
}

function summaryCutNote(dropped: number): string {
  return `_… ${dropped} more lines cut to stay under GitHub's summary size limit: the JSON report has everything._`;
}

/** Cuts whole lines from the end so the text stays under `limit` bytes, and says so. */
function fitWithin(
  head: string[],
  body: string[],
  limit: number,
  cutNote: (droppedLines: number) => string = summaryCutNote,
): string {
  const all = [...head, ...body].join('\n');
  if (Buffer.byteLength(all) <= limit) return all;
  const kept = [...head];
  let size = Buffer.byteLength(kept.join('\n'));
  let dropped = 0;
  for (const line of body) {
    const lineSize = Buffer.byteLength(line) + 1;
    if (dropped === 0 && size + lineSize <= limit - 200) {
      kept.push(line);
      size += lineSize;
    } else {
      dropped += 1;
    }
  }
  // A cut inside a folded section would leave it open and fold everything after it.
  const open = kept.filter((l) => l.startsWith('<details>')).length - kept.filter((l) => l === '</details>').length;
  for (let i = 0; i < open; i++) kept.push('', '</details>');
  kept.push('', cutNote(dropped));
  return kept.join('\n');
}

export interface Section {
  report: Report;
  verdict: Verdict;
  tables?: Table[];
}

/**
 * Several reports as one job summary (`launch-ready report`, the root action): the overall headline, one line per
 * check, then each report as renderMarkdown writes it, each within its share of the size limit.
 */
export function renderMergedMarkdown(
  overall: Section,
  sections: readonly Section[],
  limitBytes: number = SUMMARY_LIMIT_BYTES,
): string {
  const head = [
    `# ${overall.verdict.passed ? '✅' : '❌'} ${escapeOneLine(headline(overall.report, overall.verdict))}`,
    '',
    ...sections.map(
      ({ report, verdict }) => `- ${verdict.passed ? '✅' : '❌'} ${escapeOneLine(headline(report, verdict))}`,
    ),
    '',
  ].join('\n');
  const share = Math.floor((limitBytes - Buffer.byteLength(head)) / Math.max(1, sections.length)) - 16;
  const parts = sections.map(({ report, verdict, tables }) =>
    renderMarkdown(report, { verdict, tables, limitBytes: share }),
  );
  return `${head}\n${parts.join('\n\n')}\n`;
}
