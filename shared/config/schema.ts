// launch-ready.schema.json: editors complete and validate launch-ready.yml from the checks' own zod schemas.
import { z } from 'zod';
import type { CheckDefinition } from '../checks/definition.ts';

export function configJsonSchema(definitions: readonly CheckDefinition[]): Record<string, unknown> {
  const sections = Object.fromEntries(
    // `secrets:` with nothing under it is null in YAML: the tool reads it as all defaults, so the schema allows it.
    definitions.map((d) => [d.configSection, fileSchema(d).nullable().optional().describe(d.description)]),
  );
  const root = z.strictObject(sections).describe('launch-ready configuration: one optional section per check.');
  return {
    ...z.toJSONSchema(root, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://launch-ready.dev/launch-ready.schema.json',
    title: 'launch-ready.yml',
  };
}

/** The check's options as the config file may give them: without its flag-only options (see fileLimits). */
function fileSchema(definition: CheckDefinition): z.ZodType {
  const flagOnly = definition.fileLimits?.flagOnly ?? [];
  const schema = definition.schema as z.ZodType;
  if (flagOnly.length === 0 || !(schema instanceof z.ZodObject)) return schema;
  const omitted = Object.fromEntries(flagOnly.map((key) => [key, true as const]));
  return schema.omit(omitted as Parameters<typeof schema.omit>[0]);
}
