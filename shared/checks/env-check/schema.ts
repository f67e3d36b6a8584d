// Options of env-check: the `env` section of launch-ready.yml, flags and action inputs merged over it.
// Kept to zod and types so that loading the check definition stays cheap, and JSON-Schema friendly
// (no transforms) so the lead can generate launch-ready.schema.json from it.
import { z } from 'zod';

export const VARIABLE_KINDS = ['string', 'url', 'number', 'boolean', 'enum', 'regex', 'email'] as const;
export type VariableKind = (typeof VARIABLE_KINDS)[number];

/** Looked up when no example file is named: the first that exists is the spec. */
export const EXAMPLE_FILE_CANDIDATES = ['.env.example', '.env.sample', '.env.template', '.env.dist'] as const;

const variableName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a variable name: letters, digits and _, not starting with a digit');

export const variableSpecSchema = z
  .strictObject({
    kind: z
      .enum(VARIABLE_KINDS)
      .optional()
      .describe(
        'Shape the value must have: string, url, number, boolean, enum (needs values), regex (needs pattern) or email. Default: string (url when the name ends in _URL/_URI or the example value is a URL); values implies enum, pattern implies regex.',
      ),
    required: z
      .boolean()
      .optional()
      .describe('Must be set and non-empty. Default true (false when .env.example marks the line `# optional`).'),
    secret: z
      .boolean()
      .optional()
      .describe(
        'Treat the value as a secret (masked, placeholder = blocker). Default: guessed from the name (KEY, SECRET, TOKEN, PASSWORD, DSN, DATABASE_URL, ...).',
      ),
    values: z.array(z.string()).min(1).optional().describe('Allowed values, for kind enum.'),
    pattern: z.string().min(1).optional().describe('Regular expression the whole value must match, for kind regex.'),
    description: z.string().optional().describe('What the variable is for (shown to people only).'),
  })
  .superRefine((spec, ctx) => {
    if (spec.kind === 'enum' && spec.values === undefined) {
      ctx.addIssue({ code: 'custom', message: 'kind enum needs `values: [allowed, values]`' });
    }
    if (spec.kind === 'regex' && spec.pattern === undefined) {
      ctx.addIssue({ code: 'custom', message: 'kind regex needs `pattern: <regular expression>`' });
    }
    if (spec.pattern !== undefined) {
      try {
        new RegExp(spec.pattern);
      } catch {
        ctx.addIssue({
          code: 'custom',
          path: ['pattern'],
          message: 'pattern must be a valid JavaScript regular expression',
        });
      }
    }
  });

/** `APP_URL: url` is short for `APP_URL: { kind: url }`. */
const variableEntrySchema = z.union([z.enum(VARIABLE_KINDS), variableSpecSchema], {
  // zod's own union message is "Invalid input": say which form was meant and what is wrong in it.
  error: (issue) => {
    if (typeof issue.input === 'string') return `expected a kind: ${VARIABLE_KINDS.join(', ')}`;
    const objectIssue = (issue as { errors?: { path: PropertyKey[]; message: string }[][] }).errors?.[1]?.[0];
    if (objectIssue !== undefined && objectIssue.path.length > 0) {
      return `${objectIssue.path.map(String).join('.')}: ${objectIssue.message}`;
    }
    return 'expected a kind or an object with kind, required, secret, values, pattern, description';
  },
});

const variablesSchema = z.record(variableName, variableEntrySchema, {
  error: (issue) =>
    issue.code === 'invalid_key'
      ? 'variable names use letters, digits and _, and do not start with a digit'
      : undefined,
});

export const envCheckOptionsSchema = z.strictObject({
  environment: z
    .string()
    .min(1, 'environment needs a name, e.g. production or staging')
    .default('production')
    .describe('Environment being checked; picks `environments.<name>` and whether production-only checks run.'),
  envFile: z
    .string()
    .default('')
    .describe(
      'Dotenv file holding the values to check, relative to the working directory. Its values win over the process environment. Empty: the process environment only.',
    ),
  exampleFile: z
    .string()
    .default('')
    .describe(
      'Dotenv file declaring the variables (every key required unless its line ends with `# optional`). Empty: the first of .env.example, .env.sample, .env.template, .env.dist that exists.',
    ),
  scanCode: z
    .boolean()
    .default(true)
    .describe('Scan source files for variables read in code but not declared, and declared ones never read.'),
  ignoreVariables: z
    .array(z.string())
    .default([])
    .describe('Variable names (globs such as NEXT_PUBLIC_*) the code scan never reports.'),
  ignorePaths: z
    .array(z.string())
    .default([])
    .describe(
      'Paths the code scan skips, in .gitignore syntax (on top of .gitignore, node_modules, dist, build, ...).',
    ),
  productionEnvironments: z
    .array(z.string().min(1))
    .default(['production', 'prod', 'live'])
    .describe('Environment names that get the production checks (test-mode keys, local hosts, http:// URLs).'),
  variables: variablesSchema
    .default({})
    .describe('Variables every environment needs, refining the keys of the example file.'),
  environments: z
    .record(z.string().min(1), variablesSchema)
    .default({})
    .describe('Per environment (production, staging, ...): variables that refine or add to `variables`.'),
});

export type EnvCheckOptions = z.output<typeof envCheckOptionsSchema>;
export type VariableSpecInput = z.output<typeof variableSpecSchema>;
export type VariableEntry = z.output<typeof variableEntrySchema>;
