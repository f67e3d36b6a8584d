import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../shared/errors.ts';
import { parseJsonReports, renderJson } from '../../../shared/report/json.ts';
import type { Report } from '../../../shared/report/model.ts';
import { VERSION } from '../../../shared/version.ts';

const report: Report = {
  check: 'env-check',
  ok: false,
  summary: 'one missing',
  findings: [
    {
      check: 'env-check',
      ruleId: 'env/missing',
      severity: 'high',
      title: 'T',
      message: 'M',
      location: { url: 'https://x' },
      fingerprint: 'f',
    },
  ],
  details: { environment: 'production' },
};

describe('the JSON report', () => {
  it('says which launch-ready wrote it, and reads back as the report and its gate', () => {
    const text = renderJson(report, { passed: false, failOn: 'high', failing: 1 });
    expect(JSON.parse(text).tool).toEqual({ name: 'launch-ready', version: VERSION });
    expect(parseJsonReports(text, 'r.json')).toEqual([
      { report, verdict: { passed: false, failOn: 'high', failing: 1 } },
    ]);
  });

  it('refuses another version, naming the file and both versions', () => {
    const text = renderJson(report, { passed: true, failOn: 'high', failing: 0 }, '9.9.9');
    expect(() => parseJsonReports(text, 'r.json')).toThrow(
      new UsageError(
        `report r.json was written by launch-ready 9.9.9, this is ${VERSION}: run every step with the same version`,
      ),
    );
  });

  it('names the field of a malformed report', () => {
    const bad = JSON.parse(renderJson(report, { passed: true, failOn: 'high', failing: 0 }));
    bad.findings[0].severity = 'critical';
    expect(() => parseJsonReports(JSON.stringify([bad]), 'r.json')).toThrow(
      /^report r\.json \[0\] is not a launch-ready JSON report: findings\.0\.severity/,
    );
  });
});
