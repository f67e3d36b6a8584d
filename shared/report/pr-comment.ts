// The sticky pull request comment: what a reviewer reads first. A headline per check, the blockers and highs
// with their locations, a link to the run, every report folded below. Text from reports (titles, file names,
// summaries) is untrusted: a pull request names its own files, so all of it is escaped.
import { describeLocation, headline } from './describe.ts';
import { escapeHtml, escapeOneLine, tableCell } from './escape.ts';
import { renderMarkdown, type Section } from './markdown.ts';
import { sortFindings } from './model.ts';

/** GitHub refuses a comment body over 65,536 characters; the margin covers the cut note. */
export const COMMENT_LIMIT = 65_536;
const MARGIN = 1_000;
/** Blockers and highs listed by name in the comment (the rest are in the folded details). */
const LISTED = 50;

/** How the comment read on its last run: `fixed` keeps saying that a failure came before. */
export type CommentState = 'failed' | 'fixed' | 'passed';

/** The hidden line that finds this workflow's comment on the pull request. */
export function commentMarker(workflow: string): string {
  // Only characters that cannot end an HTML comment or make another marker match.
  const name =
    workflow
      .replace(/[^\w ./-]/g, '_')
      .replace(/-{2,}/g, '-')
      .trim() || 'launch-ready';
  return `<!-- launch-ready:${name} -->`;
}

const STATE = /<!-- launch-ready-state: (failed|fixed|passed) -->/;

/** The state an earlier run left in its comment, if any. */
export function stateOf(body: string | undefined): CommentState | undefined {
  return (STATE.exec(body ?? '')?.[1] as CommentState | undefined) ?? undefined;
}

export interface CommentInput {
  marker: string;
  overall: Section;
  sections: readonly Section[];
  /** The workflow run's page. */
  runUrl?: string;
  /** The state in the comment this one replaces. */
  previous?: CommentState;
  version: string;
  limit?: number;
}

export function nextState(passed: boolean, previous: CommentState | undefined): CommentState {
  if (!passed) return 'failed';
  return previous === 'failed' || previous === 'fixed' ? 'fixed' : 'passed';
}

export function renderComment(input: CommentInput): string {
  const limit = (input.limit ?? COMMENT_LIMIT) - MARGIN;
  const { overall, sections } = input;
  const state = nextState(overall.verdict.passed, input.previous);
  const head = [
    input.marker,
    `<!-- launch-ready-state: ${state} -->`,
    `## ${overall.verdict.passed ? '✅' : '❌'} ${escapeOneLine(headline(overall.report, overall.verdict))}`,
    '',
  ];
  if (state === 'fixed') {
    head.push(
      '✅ **Everything passes now.** An earlier run on this pull request failed; this comment follows the latest run.',
      '',
    );
  }
  head.push('| Check | Result |', '|---|---|');
  for (const { report, verdict } of sections) {
    head.push(
      `| ${verdict.passed ? '✅' : '❌'} ${tableCell(report.check)} | ${tableCell(headline(report, verdict))} |`,
    );
  }
  head.push('');

  const serious = sortFindings(sections.flatMap((s) => s.report.findings)).filter(
    (f) => f.severity === 'blocker' || f.severity === 'high',
  );
  const body: string[] = [];
  if (serious.length > 0) {
    body.push('### Blockers and high', '');
    for (const f of serious.slice(0, LISTED)) {
      const where = describeLocation(f);
      body.push(
        `- ${f.severity === 'blocker' ? '🛑' : '🔴'} **${f.severity}** ${escapeOneLine(f.title)}${where ? ` — ${codeSpan(where)}` : ''} (${codeSpan(f.ruleId)}, ${escapeOneLine(f.check)})`,
      );
    }
    if (serious.length > LISTED) body.push(`- … and ${serious.length - LISTED} more: see the details below.`);
    body.push('');
  }
  const runLink = input.runUrl ? `[the workflow run](${input.runUrl})` : 'the workflow run';
  const detailShare = Math.floor(limit / 2 / Math.max(1, sections.length));
  for (const { report, verdict, tables } of sections) {
    body.push(
      `<details><summary>${verdict.passed ? '✅' : '❌'} ${escapeHtml(report.check.replace(/[\r\n]+/g, ' '))}: details</summary>`,
      '',
      ...renderMarkdown(report, { verdict, tables, limitBytes: detailShare, cutNote: (n) => cutNote(runLink, n) })
        .replace(/^## /, '#### ')
        .split('\n'),
      '',
      '</details>',
      '',
    );
  }
  const foot = [
    `<sub>Full reports: the job summary of ${runLink}. launch-ready ${escapeOneLine(input.version)}.</sub>`,
  ];
  return fitComment(head, body, foot, limit, runLink);
}

function cutNote(runLink: string, lines?: number): string {
  const what = lines === undefined ? 'Cut' : `… ${lines} more lines cut`;
  return `_${what} to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit: the job summary of ${runLink} has every finding._`;
}

/** Whole lines cut from the end of `body` (never the head or the foot) until it fits, with a note saying so. */
function fitComment(head: string[], body: string[], foot: string[], limit: number, runLink: string): string {
  const all = [...head, ...body, ...foot].join('\n');
  if (all.length <= limit) return all;
  const kept: string[] = [];
  let size = [...head, ...foot].join('\n').length + 300;
  // A cut inside <details> would leave it open and swallow the rest: cut at a section boundary.
  for (const line of body) {
    if (size + line.length + 1 > limit) break;
    kept.push(line);
    size += line.length + 1;
  }
  const open = kept.filter((l) => l.startsWith('<details>')).length - kept.filter((l) => l === '</details>').length;
  for (let i = 0; i < open; i++) kept.push('', '</details>');
  return [...head, ...kept, '', cutNote(runLink), '', ...foot].join('\n');
}

/** Text shown as code outside a table: inside a code span escapes are literal, so only what would end it changes. */
function codeSpan(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}
