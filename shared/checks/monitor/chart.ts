// The last 7 days as GitHub renders them: a Mermaid xychart per check (availability per day as bars, p95 as a
// line on its own chart) and the same figures as a text table, for readers and screen readers without Mermaid.
import type { Table } from '../definition.ts';
import type { CheckStats } from './history.ts';

/** Mermaid strings are quoted: keep names to characters that need no escaping. */
function label(text: string): string {
  return text.replace(/[^\w .:/-]/g, '').slice(0, 60);
}

export function availabilityCharts(stats: readonly CheckStats[], environment: string): string[] {
  return stats
    .filter((s) => s.days.length > 0)
    .flatMap((s) => {
      const days = `[${s.days.map((d) => `"${d.day.slice(5)}"`).join(', ')}]`;
      const top = Math.max(100, ...s.days.map((d) => d.p95Ms));
      return [
        [
          'xychart-beta',
          `  title "${label(s.check)} in ${label(environment)}: availability % per day"`,
          `  x-axis ${days}`,
          '  y-axis "Availability %" 0 --> 100',
          `  bar [${s.days.map((d) => d.availability).join(', ')}]`,
        ].join('\n'),
        [
          'xychart-beta',
          `  title "${label(s.check)} in ${label(environment)}: p95 duration (ms) per day"`,
          `  x-axis ${days}`,
          `  y-axis "p95 ms" 0 --> ${top}`,
          `  line [${s.days.map((d) => d.p95Ms).join(', ')}]`,
        ].join('\n'),
      ];
    });
}

export function availabilityTable(stats: readonly CheckStats[], environment: string): Table {
  return {
    title: `Last 7 days in ${environment}`,
    columns: ['Check', 'Runs', 'Failures', 'Availability', 'p95 duration'],
    rows: stats.map((s) => [
      s.check,
      String(s.runs),
      String(s.failures),
      s.runs === 0 ? '–' : `${s.availability}%`,
      s.runs === 0 ? '–' : `${s.p95Ms} ms`,
    ]),
    charts: availabilityCharts(stats, environment),
  };
}
