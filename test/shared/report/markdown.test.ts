import MarkdownIt from 'markdown-it';
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

describe('untrusted text renders as itself', () => {
  // markdown-it with GFM tables stands in for GitHub's renderer: what matters is which elements appear.
  const md = new MarkdownIt({ html: true });
  const hostile = [
    'pkg/__init__.py',
    '[x](https:evil.example).py',
    '*star*',
    '`tick`',
    '~~gone~~',
    '$x$',
    '<img src=x>',
  ];

  function reportWith(text: string): Report {
    return {
      check: 't',
      ok: false,
      summary: `# ${text}\n- ${text}\n1. ${text}\n===`,
      findings: [
        {
          check: 't',
          ruleId: 'area/rule',
          severity: 'high',
          title: `Title ${text}`,
          message: text,
          location: { file: text, line: 3 },
          remediation: `Fix ${text}`,
          fingerprint: 'f',
        },
      ],
    };
  }

  function render(text: string): string {
    const tables = [
      { title: `Table ${text}`, columns: ['file', text], rows: [[text, `${text}\nsecond line`]] },
      { title: `Folded ${text}`, columns: ['file'], rows: [[text]], collapsed: true },
    ];
    return md.render(renderMarkdown(reportWith(text), { verdict, tables, annotationNote: `note ${text}` }));
  }
  /** The elements a page has, in order: a hostile name must add none (no bold, link, code, image, heading…). */
  const structure = (html: string) => html.match(/<\/?[a-z][a-z0-9]*/g) ?? [];

  it.each(hostile)('a file or text named %s renders as itself and adds no element', (text) => {
    const html = render(text);
    expect(structure(html)).toEqual(structure(render('plain.py')));
    // The name itself is shown whole: title, location, message-free table cells, table title and header.
    expect(html.split(escapeForHtml(text)).length - 1).toBeGreaterThanOrEqual(6);
  });

  it('keeps the findings table one row per finding when a name has pipes and line breaks', () => {
    const html = md.render(renderMarkdown(reportWith('a|b\nc'), { verdict }));
    const rows = html.match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(html).toContain('a|b<br>c');
  });
});

function escapeForHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
