// smoke-test: after a deploy, the paths customers pay through work; when they don't, say where it broke.
// Light on purpose (zod and types): the probe and the runner load only when the check runs.
import type { CheckDefinition } from '../definition.ts';
import { type SmokeOptions, smokeOptionsSchema } from './options.ts';
import { presentSmoke, smokeOutputs } from './present.ts';

export type { SmokeDetails, StepResult } from './details.ts';
export type { SmokeOptions, StepConfig } from './options.ts';
export { smokeOptionsSchema } from './options.ts';

export const smokeTest: CheckDefinition<SmokeOptions> = {
  name: 'smoke-test',
  description:
    'After a deploy, check that homepage, login, checkout and an API call work, and say where a failure broke.',
  configSection: 'smoke',
  schema: smokeOptionsSchema,
  params: [
    {
      name: 'base-url',
      key: 'baseUrl',
      type: 'string',
      description: 'The deployed site, e.g. https://shop.example.com.',
    },
    {
      name: 'preset',
      key: 'preset',
      type: 'string',
      description:
        'Built-in steps: ecommerce (homepage, login, checkout, api) or none. Default: ecommerce unless steps are configured.',
    },
    {
      name: 'api-path',
      key: 'apiPath',
      type: 'string',
      description: 'Path of an API call the preset checks, e.g. /api/orders.',
    },
    {
      name: 'auth-header',
      key: 'authHeader',
      type: 'string',
      description: '"Name: value" header for the API step, e.g. "Authorization: Bearer …" (a secret: masked).',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description: 'Deadline per request in ms (default 10000).',
    },
    {
      name: 'retries',
      key: 'retries',
      type: 'number',
      description: 'Retries for connection errors and 502/503/504 (default 3).',
    },
    {
      name: 'wait-for',
      key: 'waitFor',
      type: 'string',
      description: 'URL or path polled until it answers 2xx before the steps run.',
    },
    {
      name: 'wait-timeout-ms',
      key: 'waitTimeoutMs',
      type: 'number',
      description: 'How long to wait for wait-for, in ms (default 120000).',
    },
    {
      name: 'max-ms',
      key: 'maxMs',
      type: 'number',
      description: 'Time budget per step in ms; slower is a medium finding (default 0: none).',
    },
  ],
  async run(options, context) {
    const { runSmoke } = await import('./run.ts');
    return runSmoke(options, context);
  },
  present: presentSmoke,
  outputs: smokeOutputs,
};

export default smokeTest;
