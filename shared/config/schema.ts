// launch-ready.schema.json: editors complete and validate launch-ready.yml from the checks' own zod schemas.
import { z } from 'zod';
import type { CheckDefinition } from '../checks/definition.ts';

export function configJsonSchema(definitions: readonly CheckDefinition[]): Record<string, unknown> {
  const sections = Object.fromEntries(
    definitions.map((d) => [d.configSection, (d.schema as z.ZodType).optional().describe(d.description)]),
  );
  const root = z.strictObject(sections).describe('launch-ready configuration: one optional section per check.');
  return {
    ...z.toJSONSchema(root, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://launch-ready.dev/launch-ready.schema.json',
    title: 'launch-ready.yml',
  };
}
