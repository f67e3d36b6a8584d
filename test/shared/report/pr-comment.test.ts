import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../../shared/report/model.ts';
import { COMMENT_LIMIT, commentMarker, renderComment, stateOf } from '../../../shared/report/pr-comment.ts';
import { mergeReports } from '../../../shared/run/merged.ts';

function finding(severity: Finding['severity'], file: string, title = 'Stripe live key'): Finding {
  return {
    check: 'secret-scan',
    ruleId: 'secrets/stripe',
    severity,
    title,
    message: 'm',
    location: { file, line: 3 },
    fingerprint: file,
  };
}

function comment(reports: Report[], previous?: ReturnType<typeof stateOf>): string {
  const merged = mergeReports(reports, 'high', () => []);
  return renderComment({
    marker: commentMarker('ci'),
    ...merged,
    runUrl: 'https://github.com/o/r/actions/runs/9',
    previous,
    version: '0.1.0',
  });
}

const report = (findings: Finding[]): Report => ({
  check: 'secret-scan',
  ok: findings.length === 0,
  summary: 's',
  findings,
});

describe('the pull request comment', () => {
  it('stays under GitHub’s 65,536-character limit with thousands of findings, and says it was cut', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding(i % 2 ? 'high' : 'medium', `src/file-${i}.ts`, 'x'.repeat(120)),
    );
    const body = comment([report(many)]);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/more lines cut to stay under GitHub's 65,536-character comment limit/);
    expect(body).toContain('https://github.com/o/r/actions/runs/9');
    // Every <details> opened is closed, so the cut does not swallow the footer.
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
  });

  it('escapes what a pull request controls: file names and titles cannot inject markup or end the marker', () => {
    const body = comment([report([finding('blocker', 'a`<img src=x>`.ts', '[click](https://evil.example) <script>')])]);
    expect(body).not.toContain('[click](https://evil.example)');
    expect(body).not.toContain('<script>');
    expect(commentMarker('x --> <b>')).toBe('<!-- launch-ready:x -_ _b_ -->');
  });

  it('says that everything passes after a failure, and keeps saying it until it fails again', () => {
    const failing = comment([report([finding('blocker', 'k.ts')])]);
    expect(stateOf(failing)).toBe('failed');
    const fixed = comment([report([])], stateOf(failing));
    expect(fixed).toContain('Everything passes now');
    expect(stateOf(fixed)).toBe('fixed');
    expect(comment([report([])], 'fixed')).toContain('Everything passes now');
    expect(comment([report([])], undefined)).not.toContain('Everything passes now');
  });
});
