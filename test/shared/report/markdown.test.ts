import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../shared/report/markdown.ts';
import type { Finding, Report } from '../../../shared/report/model.ts';

function finding(i: number, severity: Finding['severity'] = 'high'): Finding {
  return {
    check: 't',
    ruleId: 'rule',
    severity,
    title: `<script>alert(${i})</script> | pipe`,
    message: 'm',
    location: { file: `a${i}.ts`, line: i },
    remediation: 'Do the fix.',
    fingerprint: `f${i}`,
  };
}

const verdict = { passed: false, failOn: 'high' as const, failing: 1 };

describe('job summary markdown', () => {
  it('has a headline, a findings table and escapes what comes from files', () => {
    const report: Report = { check: 't', ok: false, summary: 'one <b>problem</b>', findings: [finding(1)] };
    const md = renderMarkdown(report, { verdict });
    expect(md).toMatch(/^## ❌ t failed: 1 high \(fails on high or worse\)/);
    expect(md).toContain('one &#60;b&#62;problem&#60;/b&#62;');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\|');
    expect(md).toContain('| 🔴 | high |');
    expect(md).toContain('<details><summary>How to fix</summary>');
  });

  it('lists the most severe first', () => {
    const report: Report = {
      check: 't',
      ok: false,
      summary: 's',
      findings: [finding(1, 'low'), finding(2, 'blocker')],
    };
    const md = renderMarkdown(report, { verdict });
    expect(md.indexOf('| blocker |')).toBeLessThan(md.indexOf('| low |'));
  });

  it('stays under the size limit and says it cut', () => {
    const findings = Array.from({ length: 5000 }, (_, i) => finding(i));
    const md = renderMarkdown({ check: 't', ok: false, summary: 's', findings }, { verdict, limitBytes: 50_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(50_000);
    expect(md).toMatch(/more lines cut to stay under GitHub's summary size limit/);
  });
});
