// A check with known behaviour, to test the pipeline without depending on a real check.
import { z } from 'zod';
import type { CheckDefinition } from '../../shared/checks/definition.ts';
import { redactValue } from '../../shared/report/redact.ts';

export const PLANTED_SECRET = 'sk_live_PLANTEDsecretVALUE0123456789';

const schema = z.strictObject({
  severity: z.enum(['blocker', 'high', 'medium', 'low', 'info', 'none']).default('none').describe('severity to report'),
  count: z.number().int().min(0).max(50).default(1).describe('how many findings'),
  echo: z.string().default('').describe('a value the check treats as secret and tries to print'),
});

export const fakeCheck: CheckDefinition<z.infer<typeof schema>> = {
  name: 'fake',
  description: 'a check for tests',
  configSection: 'fake',
  schema,
  params: [
    { name: 'severity', key: 'severity', type: 'string', description: 'severity to report' },
    { name: 'count', key: 'count', type: 'number', description: 'how many findings' },
    { name: 'echo', key: 'echo', type: 'string', description: 'a secret to echo' },
  ],
  async run(options, context) {
    if (options.echo) context.redactor.add(options.echo);
    const findings =
      options.severity === 'none'
        ? []
        : Array.from({ length: options.count }, (_, i) => ({
            check: 'fake',
            ruleId: `fake-rule-${i % 2}`,
            severity: options.severity as 'high',
            title: `Problem ${i} <b>${options.echo}</b>`,
            message: `The value ${options.echo} leaked | here`,
            location: { file: `src/file${i}.ts`, line: i + 1 },
            evidence: redactValue(options.echo || 'nothing'),
            remediation: 'Rotate it.',
            fingerprint: `fp${i}`,
          }));
    context.log(`checked with ${options.echo}`);
    return {
      check: 'fake',
      ok: findings.length === 0,
      summary: `found ${findings.length} (${options.echo})`,
      findings,
    };
  },
  present: (report) => [{ title: 'Rows', columns: ['a', 'b'], rows: [['1', report.summary]] }],
};
