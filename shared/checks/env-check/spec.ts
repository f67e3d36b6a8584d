// The resolved spec of one environment: .env.example's keys, refined and extended by launch-ready.yml.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../errors.ts';
import { type DotenvEntry, isOptionalComment, readDotenvFile } from './dotenv-file.ts';
import { isUrl } from './kinds.ts';
import { type EnvCheckOptions, EXAMPLE_FILE_CANDIDATES, type VariableEntry, type VariableKind } from './schema.ts';
import { looksSecret } from './secret-names.ts';

export interface VariableSpec {
  name: string;
  kind: VariableKind;
  /** Guessed from the name or example value rather than declared: shape problems weigh less. */
  kindInferred: boolean;
  required: boolean;
  secret: boolean;
  values?: readonly string[];
  pattern?: string;
  description?: string;
  /** The example file's line declaring it: where spec problems point. */
  exampleLine?: number;
  exampleValue?: string;
  declaredIn: ('example' | 'config')[];
}

export interface Spec {
  environment: string;
  /** Relative to cwd, when one was found. */
  exampleFile?: string;
  variables: VariableSpec[];
  /** Declared for any environment: what the code scan counts as declared. */
  declaredAnywhere: Set<string>;
  hasConfig: boolean;
}

export async function loadSpec(options: EnvCheckOptions, cwd: string): Promise<Spec> {
  checkEnvironmentName(options);
  const exampleFile = await findExampleFile(options.exampleFile, cwd);
  const entries = exampleFile === undefined ? [] : await readDotenvFile(join(cwd, exampleFile), exampleFile);
  const byName = new Map<string, VariableSpec>();
  for (const entry of entries) byName.set(entry.name, fromExample(entry));

  const environmentEntries = options.environments[options.environment] ?? {};
  for (const layer of [options.variables, environmentEntries]) {
    for (const [name, entry] of Object.entries(layer)) byName.set(name, refine(byName.get(name), name, entry));
  }

  const declaredAnywhere = new Set(byName.keys());
  for (const layer of Object.values(options.environments)) {
    for (const name of Object.keys(layer)) declaredAnywhere.add(name);
  }
  return {
    environment: options.environment,
    exampleFile,
    variables: [...byName.values()],
    declaredAnywhere,
    hasConfig: Object.keys(options.variables).length > 0 || Object.keys(options.environments).length > 0,
  };
}

/** With environments listed, an unknown name is almost always a typo that would check nothing. */
function checkEnvironmentName(options: EnvCheckOptions): void {
  const known = Object.keys(options.environments);
  if (known.length === 0 || known.includes(options.environment)) return;
  throw new UsageError(
    `environment "${options.environment}" is not in env.environments (${known.join(', ')}): pick one of them or add it`,
  );
}

async function findExampleFile(configured: string, cwd: string): Promise<string | undefined> {
  if (configured !== '') return configured;
  for (const candidate of EXAMPLE_FILE_CANDIDATES) {
    try {
      await access(join(cwd, candidate));
      return candidate;
    } catch {
      // try the next name
    }
  }
  return undefined;
}

function fromExample(entry: DotenvEntry): VariableSpec {
  const urlByValue = isUrl(entry.value.trim());
  return {
    name: entry.name,
    kind: urlByValue || /_UR[LI]$/i.test(entry.name) ? 'url' : 'string',
    kindInferred: true,
    required: !isOptionalComment(entry.comment),
    secret: looksSecret(entry.name),
    exampleLine: entry.line,
    exampleValue: entry.value,
    declaredIn: ['example'],
  };
}

function refine(base: VariableSpec | undefined, name: string, entry: VariableEntry): VariableSpec {
  const given = typeof entry === 'string' ? { kind: entry } : entry;
  const declaredKind = given.kind ?? (given.values ? 'enum' : given.pattern ? 'regex' : undefined);
  const declaredIn = base?.declaredIn.includes('config') ? base.declaredIn : [...(base?.declaredIn ?? []), 'config'];
  return {
    ...base,
    name,
    kind: declaredKind ?? base?.kind ?? (/_UR[LI]$/i.test(name) ? 'url' : 'string'),
    kindInferred: declaredKind === undefined && (base?.kindInferred ?? true),
    required: given.required ?? base?.required ?? true,
    secret: given.secret ?? base?.secret ?? looksSecret(name),
    values: given.values ?? base?.values,
    pattern: given.pattern ?? base?.pattern,
    description: given.description ?? base?.description,
    declaredIn: declaredIn as VariableSpec['declaredIn'],
  };
}
