// Turns outcomes (one per check run) into the text of the chosen --format.
import { renderJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderSarif, type SarifOptions } from '../report/sarif.ts';
import { renderText } from '../report/text.ts';
import type { Outcome } from '../run/pipeline.ts';
import { VERSION } from '../version.ts';

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** `sarif` says where SARIF anchors findings that have no file (see sarifPaths). */
export function render(outcomes: readonly Outcome[], format: Format, color: boolean, sarif: SarifOptions = {}): string {
  switch (format) {
    case 'text':
      return outcomes.map(({ report, verdict, tables }) => renderText(report, { verdict, tables, color })).join('\n');
    case 'json': {
      const [only] = outcomes;
      if (outcomes.length === 1 && only) return renderJson(only.report, only.verdict);
      return `[\n${outcomes.map((o) => renderJson(o.report, o.verdict).trimEnd()).join(',\n')}\n]\n`;
    }
    case 'markdown':
      return `${outcomes.map(({ report, verdict, tables }) => renderMarkdown(report, { verdict, tables })).join('\n\n')}\n`;
    case 'sarif':
      return renderSarif(
        outcomes.map((o) => o.report),
        VERSION,
        sarif,
      );
  }
}
