// env-check's definition: light on purpose (zod and types), the implementation loads on run().
import type { Report } from '../../report/model.ts';
import type { CheckDefinition } from '../definition.ts';
import { type EnvCheckOptions, envCheckOptionsSchema } from './schema.ts';
import { variableOutputs, variablesTable } from './table.ts';

export { type EnvCheckOptions, envCheckOptionsSchema, VARIABLE_KINDS, type VariableKind } from './schema.ts';

export const envCheck: CheckDefinition<EnvCheckOptions> = {
  name: 'env-check',
  description: 'Check that every environment variable production needs is set, real, and points at production',
  configSection: 'env',
  zeroConfig: true,
  schema: envCheckOptionsSchema,
  params: [
    {
      name: 'environment',
      key: 'environment',
      type: 'string',
      description:
        'Environment to check: picks its variables from env.environments in the config. production, prod and live also get the production checks: test-mode keys (sk_test_...), localhost or staging hosts, and http:// URLs.',
    },
    {
      // Not --env-file: Node itself claims --env-file (and --env-file-if-exists) anywhere on its command line,
      // so `launch-ready env-check --env-file x` would never reach this code.
      name: 'dotenv-file',
      key: 'envFile',
      type: 'string',
      description:
        'Dotenv file with the values to check, relative to the working directory; its values win over the environment. Empty: check the environment only (in an action, pass the values with env: from secrets).',
    },
    {
      name: 'example-file',
      key: 'exampleFile',
      type: 'string',
      description:
        'Dotenv file declaring the variables, relative to the working directory: every key is required unless its line ends with # optional. Empty: the first of .env.example, .env.sample, .env.template, .env.dist.',
    },
    {
      name: 'scan-code',
      key: 'scanCode',
      type: 'boolean',
      description:
        'Scan the source files (honouring .gitignore) for variables read in code but not declared (medium) and declared but never read (info); false checks the values only.',
    },
    {
      name: 'ignore-variables',
      key: 'ignoreVariables',
      type: 'list',
      description:
        "Variable names or globs (e.g. NEXT_PUBLIC_*), comma-separated or one per line, that the code scan never reports. The runtime's own (NODE_ENV, CI, PORT, GITHUB_*, VERCEL_*, ...) are always ignored.",
    },
    {
      name: 'ignore-paths',
      key: 'ignorePaths',
      type: 'list',
      description:
        'Paths the code scan skips, in .gitignore syntax, comma-separated or one per line (node_modules, dist, build, vendor and .gitignored files are always skipped).',
    },
  ],
  // A pull request's own launch-ready.yml must not make the check read files outside the repository.
  fileLimits: { paths: [{ key: 'envFile' }, { key: 'exampleFile' }] },
  async run(options, context): Promise<Report> {
    const { runEnvCheck } = await import('./run.ts');
    return runEnvCheck(options, context);
  },
  present: variablesTable,
  outputs: variableOutputs,
};
