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
  schema: envCheckOptionsSchema,
  params: [
    {
      name: 'environment',
      key: 'environment',
      type: 'string',
      description:
        'Environment to check (default production); production, prod and live also get the test-mode, local-host and http:// checks',
    },
    {
      name: 'env-file',
      key: 'envFile',
      type: 'string',
      description:
        'Dotenv file with the values to check, relative to the working directory; its values win over the process environment',
    },
    {
      name: 'example-file',
      key: 'exampleFile',
      type: 'string',
      description:
        'Dotenv file declaring the variables (default: the first of .env.example, .env.sample, .env.template, .env.dist)',
    },
    {
      name: 'scan-code',
      key: 'scanCode',
      type: 'boolean',
      description: 'Scan source files for variables read but not declared, and declared but never read (default true)',
    },
    {
      name: 'ignore-variables',
      key: 'ignoreVariables',
      type: 'list',
      description: 'Comma-separated variable names or globs (NEXT_PUBLIC_*) the code scan never reports',
    },
    {
      name: 'ignore-paths',
      key: 'ignorePaths',
      type: 'list',
      description: 'Comma-separated paths in .gitignore syntax the code scan skips, on top of .gitignore',
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
