// What a param's help and its action input say: the param's own words plus the built-in default, read from the
// check's zod schema so that the default is written once (in the schema) and every description follows it.
import type { CheckDefinition, Param } from './definition.ts';

const defaultsCache = new WeakMap<CheckDefinition, Record<string, unknown>>();

/** The options a check runs with when nothing is configured (every schema field has a default). */
export function builtInDefaults(definition: CheckDefinition): Record<string, unknown> {
  let defaults = defaultsCache.get(definition);
  if (defaults === undefined) {
    defaults = definition.schema.parse({}) as Record<string, unknown>;
    defaultsCache.set(definition, defaults);
  }
  return defaults;
}

/** The built-in default of one param (its dotted key in the options). */
export function paramDefault(definition: CheckDefinition, param: Param): unknown {
  let node: unknown = builtInDefaults(definition);
  for (const key of param.key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return node;
}

/**
 * `Default: 10000.` for a default worth stating; nothing for an empty one ('' or []), whose meaning the param's
 * description spells out ("Empty: no waiting.").
 */
export function defaultSentence(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : `Default: ${value.map(String).join(', ')}.`;
  if (typeof value === 'object') return '';
  const text = String(value);
  return `Default: ${text}${text.endsWith('.') ? '' : '.'}`;
}

/** The param's description followed by its built-in default: the text of `--help` and of the action input. */
export function describeParam(definition: CheckDefinition, param: Param): string {
  const sentence = defaultSentence(paramDefault(definition, param));
  const own = param.description.trim();
  if (sentence === '') return own;
  return `${own}${/[.!?]$/.test(own) ? '' : '.'} ${sentence}`;
}
