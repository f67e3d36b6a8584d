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
    'After a deploy, check that homepage, login, checkout, signup mail, webhooks and an API call work, and say where a failure broke.',
  configSection: 'smoke',
  schema: smokeOptionsSchema,
  params: [
    {
      name: 'base-url',
      key: 'baseUrl',
      type: 'string',
      description:
        'The deployed site to test, e.g. https://shop.example.com (often the URL output of the deploy step). Required unless every configured step has its own url.',
    },
    {
      name: 'preset',
      key: 'preset',
      type: 'string',
      description:
        'Built-in steps: ecommerce (GET / as HTML, /login, /checkout, and the api step when api-path is set), saas (signup, verification mail, login, api call, password reset mail; needs smoke.inbox) or none. Empty: ecommerce when the config has no smoke.steps, none otherwise.',
    },
    {
      name: 'api-path',
      key: 'apiPath',
      type: 'string',
      description:
        'Path of an API call the ecommerce preset checks, e.g. /api/orders, sent with auth-header. Empty: no api step.',
    },
    {
      name: 'auth-header',
      key: 'authHeader',
      type: 'string',
      description:
        '"Name: value" header for the api step, e.g. "Authorization: Bearer <token>" built from a repository secret. A secret: masked and never printed.',
    },
    {
      name: 'timeout-ms',
      key: 'timeoutMs',
      type: 'number',
      description:
        'Deadline per request in milliseconds, covering connect, headers, body and redirects; a slower server fails the step as timeout.',
    },
    {
      name: 'retries',
      key: 'retries',
      type: 'number',
      description:
        'Retries for transient failures (connection errors, 502, 503, 504), with exponential backoff from 250 ms up to 2 s. POST and PATCH steps are retried only when the step sets retry: true.',
    },
    {
      name: 'wait-for',
      key: 'waitFor',
      type: 'string',
      description:
        'URL or path (e.g. /healthz) polled until it answers 2xx before the steps run: waits for the new deploy to come up. Empty: no waiting.',
    },
    {
      name: 'wait-timeout-ms',
      key: 'waitTimeoutMs',
      type: 'number',
      description: 'How long to poll wait-for before giving up, in milliseconds.',
    },
    {
      name: 'max-ms',
      key: 'maxMs',
      type: 'number',
      description:
        "Time budget per step in milliseconds; a step that passes but is slower is a medium finding. 0: no budget (a step's expect.maxMs still applies).",
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
