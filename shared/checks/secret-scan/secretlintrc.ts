// A repository's own secretlint setup: `.secretlintrc.json` (or `.secretlintrc`, `.secretlintrc.yaml/.yml`) and
// `.secretlintignore`. Only reads files: no secretlint code loads here, so a repository without them pays nothing.
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import { MAX_CONFIG_BYTES, MAX_IGNORE_FILE_BYTES, readTextFileSync } from '../../fs/read.ts';

/** The names secretlint's own CLI looks for, in its order. */
export const SECRETLINT_CONFIG_FILES = [
  '.secretlintrc',
  '.secretlintrc.json',
  '.secretlintrc.yaml',
  '.secretlintrc.yml',
];
export const SECRETLINT_IGNORE_FILE = '.secretlintignore';

// secretlint's config as its CLI accepts it; unknown keys pass through to @secretlint/core, which knows them.
const ruleSchema: z.ZodType<SecretlintRuleDescriptor> = z.lazy(() =>
  z.looseObject({
    id: z.string({ message: 'expected the rule package name, e.g. "@secretlint/secretlint-rule-preset-recommend"' }),
    options: z.record(z.string(), z.unknown()).optional(),
    disabled: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
    allowMessageIds: z.array(z.string()).optional(),
    rules: z.array(ruleSchema).optional(),
  }),
);

const configSchema = z.looseObject({
  rules: z.array(ruleSchema, { message: 'expected a list of rules ("rules": [{ "id": "…" }])' }),
  sharedOptions: z.record(z.string(), z.unknown()).optional(),
});

export interface SecretlintRuleDescriptor {
  id: string;
  options?: Record<string, unknown>;
  disabled?: boolean;
  severity?: 'error' | 'warning' | 'info';
  allowMessageIds?: string[];
  rules?: SecretlintRuleDescriptor[];
  [key: string]: unknown;
}

/** Plain data (it crosses into worker threads): the config file and how each rule it names is loaded. */
export interface SecretlintSetup {
  /** The config file, relative to the scan root (for messages). */
  file: string;
  rules: SecretlintRuleDescriptor[];
  sharedOptions?: Record<string, unknown>;
  /** Per rule id: the file URL of the package found in the repository, or 'bundled' (ours). Missing ids are left out. */
  sources: Record<string, string>;
}

/**
 * The secretlint config in `root`, or undefined when there is none. A config that cannot be parsed is a
 * UsageError naming the file: scanning without the rules the team wrote would pass what they meant to fail.
 */
export function readSecretlintConfig(root: string): Omit<SecretlintSetup, 'sources'> | undefined {
  for (const file of SECRETLINT_CONFIG_FILES) {
    // A repository's file: a FIFO, a link to /dev/zero or a huge one is refused in one line, never read.
    const text = readTextFileSync(join(root, file), {
      maxBytes: MAX_CONFIG_BYTES,
      what: 'secretlint config',
      display: file,
      optional: true,
    });
    if (text === undefined) continue;
    let raw: unknown;
    try {
      raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new UsageError(`${file}: not valid ${file.endsWith('.json') ? 'JSON' : 'JSON or YAML'} (${reason})`);
    }
    const parsed = configSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new UsageError(`${file}: ${where}${issue.message}`);
    }
    const { rules, sharedOptions } = parsed.data;
    return { file, rules, ...(sharedOptions ? { sharedOptions } : {}) };
  }
  return undefined;
}

/**
 * `.secretlintignore` patterns (gitignore syntax, like our `ignore` option). None when the file is absent or is
 * not a small text file (a FIFO, a link to /dev/zero): like a .gitignore, a broken one means scanning more.
 */
export function readSecretlintIgnore(root: string): string[] {
  let text: string | undefined;
  try {
    const path = join(root, SECRETLINT_IGNORE_FILE);
    text = readTextFileSync(path, { maxBytes: MAX_IGNORE_FILE_BYTES, what: 'ignore file', optional: true });
  } catch {
    return [];
  }
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
