import { describe, expect, it } from 'vitest';
import { annotationNote, selectAnnotations } from '../../../shared/report/annotations.ts';
import type { Finding } from '../../../shared/report/model.ts';

const f = (i: number, severity: Finding['severity']): Finding => ({
  check: 't',
  ruleId: 'r',
  severity,
  title: 'T',
  message: 'M',
  location: { file: `f${i}.ts`, line: i, column: 2 },
  fingerprint: String(i),
});

describe('annotations', () => {
  it('emits at most 10 per level, most severe first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: 12 }, (_, i) => f(i, 'medium')),
      ...Array.from({ length: 8 }, (_, i) => f(100 + i, 'high')),
      ...Array.from({ length: 4 }, (_, i) => f(200 + i, 'blocker')),
    ];
    const { shown, hidden } = selectAnnotations(findings);
    const errors = shown.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 4).every((a) => a.properties.title.startsWith('blocker'))).toBe(true);
    expect(shown.filter((a) => a.level === 'warning')).toHaveLength(10);
    expect(hidden).toBe(4);
    expect(annotationNote(hidden)).toContain('4 more findings');
    expect(annotationNote(0)).toBeUndefined();
  });

  it('points at the file, line and column', () => {
    const { shown } = selectAnnotations([f(7, 'high')]);
    expect(shown[0]!.properties).toMatchObject({ file: 'f7.ts', startLine: 7, startColumn: 2 });
  });
});
