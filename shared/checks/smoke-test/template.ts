// {{name}} (captured by an earlier step) and ${env.NAME} (from the environment) in step definitions.
// Every environment value is a secret: it is registered with the redactor before any request is sent.
import { UsageError } from '../../errors.ts';
import type { Redactor } from '../../report/redact.ts';

const ENV_REF = /\$\{\s*env\.([A-Za-z_][A-Za-z0-9_]*)\s*\}/g;
/** {{name}}, or {{name?}}: empty when nothing was captured (an optional capture). */
const VAR_REF = /\{\{\s*([A-Za-z_]\w*)\s*(\?)?\s*\}\}/g;

export class MissingVariableError extends Error {
  override name = 'MissingVariableError';
  readonly variable: string;
  constructor(variable: string) {
    super(`{{${variable}}} has no value: the step that captures it did not run or did not find it`);
    this.variable = variable;
  }
}

/** Names of the ${env.X} references in any string inside `value`. */
export function envReferences(value: unknown): string[] {
  const names = new Set<string>();
  for (const text of strings(value)) for (const match of text.matchAll(ENV_REF)) names.add(match[1]);
  return [...names];
}

/** Checks every ${env.X} is set (a usage error otherwise) and registers the values as secrets. */
export function registerEnv(
  where: string,
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
  redactor: Redactor,
): void {
  for (const name of envReferences(value)) {
    const found = env[name];
    if (found === undefined || found === '') {
      throw new UsageError(
        `${where} uses \${env.${name}} but ${name} is not set: pass it in the environment (env: ${name}: \${{ secrets.${name} }})`,
      );
    }
    redactor.add(found);
  }
}

export interface TemplateScope {
  env: Readonly<Record<string, string | undefined>>;
  vars: ReadonlyMap<string, string>;
}

export function fill(text: string, scope: TemplateScope): string {
  return text
    .replace(ENV_REF, (_m, name: string) => scope.env[name] ?? '')
    .replace(VAR_REF, (_m, name: string, optional: string | undefined) => {
      const value = scope.vars.get(name);
      if (value === undefined && optional === '?') return '';
      if (value === undefined) throw new MissingVariableError(name);
      return value;
    });
}

/** Fills every string inside a JSON-like value. */
export function fillDeep(value: unknown, scope: TemplateScope): unknown {
  if (typeof value === 'string') return fill(value, scope);
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [fill(k, scope), fillDeep(v, scope)]));
  }
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  }
  return [];
}
