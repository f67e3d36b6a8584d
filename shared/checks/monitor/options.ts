// Options of monitor (launch-ready.yml section `monitor`, CLI flags, action inputs).
import { z } from 'zod';
import { SEVERITIES } from '../../report/model.ts';

export const monitorOptionsSchema = z
  .object({
    checks: z
      .array(z.string().min(1))
      .min(1, 'checks names at least one check, e.g. [smoke-test]')
      .default(['smoke-test'])
      .describe(
        'Checks run on every tick, by name (smoke-test, and tls-check, dns-check, latency-budget where installed); each uses its own section of launch-ready.yml. Default [smoke-test].',
      ),
    environment: z
      .string()
      .regex(/^[\w .-]{1,64}$/, 'environment is a short name such as production')
      .default('production')
      .describe('Name of what is monitored: one open incident per check and environment. Default production.'),
    baseUrl: z
      .string()
      .default('')
      .describe("The live site, given to every check that takes a base-url. Default: each check's own section."),
    failuresBeforeAlert: z
      .number()
      .int()
      .min(1, 'failuresBeforeAlert must be 1 or more')
      .max(100, 'failuresBeforeAlert must be at most 100')
      .default(2)
      .describe('Flapping guard: consecutive failing runs before an incident opens. Default 2.'),
    alertOn: z
      .enum(SEVERITIES)
      .default('high')
      .describe('A check fails when it has a finding at or above this severity. Default high.'),
    webhookUrl: z
      .string()
      .default('')
      .describe(
        'Slack-compatible incoming webhook: one JSON message ({"text": …}) when an incident opens and when it closes. A secret.',
      ),
    historyFile: z
      .string()
      .default('')
      .describe(
        'JSON file of the last 7 days of results, kept between runs by actions/cache. Default: $RUNNER_TEMP/launch-ready-monitor/history.json, else .launch-ready/monitor-history.json.',
      ),
    timeoutMs: z
      .number()
      .int()
      .positive()
      .default(10_000)
      .describe('Deadline of each GitHub API call and of the webhook, in ms. Default 10000.'),
  })
  .strict();

export type MonitorOptions = z.infer<typeof monitorOptionsSchema>;
