// Workflow-command annotations: GitHub shows only about 10 errors and 10 warnings per step,
// so the most severe are chosen and the rest are counted for the summary.
import { plainText } from './escape.ts';
import { type Finding, isFileLocation, type Severity, sortFindings } from './model.ts';

export type AnnotationLevel = 'error' | 'warning' | 'notice';
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVEL: Record<Severity, AnnotationLevel> = {
  blocker: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number; endLine?: number };
}

export function selectAnnotations(findings: readonly Finding[]): { shown: Annotation[]; hidden: number } {
  const perLevel: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  let hidden = 0;
  for (const f of sortFindings(findings)) {
    const level = LEVEL[f.severity];
    if (perLevel[level] >= ANNOTATIONS_PER_LEVEL) {
      hidden += 1;
      continue;
    }
    perLevel[level] += 1;
    shown.push(toAnnotation(f, level));
  }
  return { shown, hidden };
}

/**
 * @actions/core escapes `%`, CR and LF in the message and also `:` and `,` in properties, so no text can end the
 * command early; plainText keeps escape sequences out of the log line the runner prints for each annotation.
 * The file stays as it is: it has to match the path in the repository.
 */
function toAnnotation(f: Finding, level: AnnotationLevel): Annotation {
  const location = f.location;
  const fix = f.remediation ? ` Fix: ${plainText(f.remediation)}` : '';
  if (isFileLocation(location)) {
    return {
      level,
      message: `${plainText(f.message)}${fix}`,
      properties: {
        title: `${f.severity}: ${plainText(f.title)}`,
        file: location.file,
        startLine: location.line,
        ...(location.column ? { startColumn: location.column } : {}),
        ...(location.endLine ? { endLine: location.endLine } : {}),
      },
    };
  }
  const where = location ? ` (${plainText(location.url)})` : '';
  return {
    level,
    message: `${plainText(f.message)}${where}${fix}`,
    properties: { title: `${f.severity}: ${plainText(f.title)}` },
  };
}

/** What the check run carries, when one was created (see publishCheckRun). */
export interface CheckRunNote {
  url: string;
  /** Annotations it does not carry (over the cap, or after a failed update). */
  omitted: number;
}

export function annotationNote(hidden: number, checkRun?: CheckRunNote): string | undefined {
  if (hidden === 0) return undefined;
  let where = 'they are all in this table and in the JSON report';
  if (checkRun && checkRun.omitted === 0) {
    where = `every one is annotated on the check run ${checkRun.url}, and all are in this table and the JSON report`;
  } else if (checkRun) {
    where = `the most severe are annotated on the check run ${checkRun.url} (${checkRun.omitted} are not), and all are in this table and the JSON report`;
  }
  return `${hidden} more findings are not shown as step annotations (GitHub shows about ${ANNOTATIONS_PER_LEVEL} per level and step): ${where}.`;
}
