// GitHub's own OpenAPI description of api.github.com (@octokit/openapi), as validators for the fake GitHub:
// every request body is checked against the operation's requestBody schema, every query parameter against the
// operation's declared parameters.
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Operation {
  parameters?: Json[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
}

const require = createRequire(import.meta.url);
let description: { paths: Record<string, Record<string, Operation>>; components: Json } | undefined;

function doc(): NonNullable<typeof description> {
  description ??= require('@octokit/openapi/generated/api.github.com.json');
  return description!;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// OpenAPI 3.0 schemas: `nullable` is understood, `example` and friends are not keywords here.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true }));

/** `#/components/...` → the object it names. */
function resolvePointer(ref: string): unknown {
  let node: unknown = doc();
  for (const raw of ref.replace(/^#\//, '').split('/')) {
    node = (node as Json)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** The schema with every $ref replaced by what it points at (request bodies are small; cycles stop at depth 20). */
function inline(node: unknown, depth = 0): unknown {
  if (depth > 20 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => inline(item, depth + 1));
  const ref = (node as Json).$ref;
  if (typeof ref === 'string') return inline(resolvePointer(ref), depth + 1);
  const entries = Object.entries(node).map(([key, value]): [string, unknown] => [key, inline(value, depth + 1)]);
  // OpenAPI 3.0 puts `nullable` beside oneOf/anyOf (issues' milestone, assignee) where ajv wants a type: there
  // it means "or null".
  const object = Object.fromEntries(entries) as Json;
  if (object.nullable === true && object.type === undefined) {
    const { nullable: _, ...rest } = object;
    return { anyOf: [rest, { type: 'null' }] };
  }
  return object;
}

export interface OperationCheck {
  /** Names of the query parameters the operation declares. */
  queryParameters: Set<string>;
  /** Undefined when the operation takes no JSON body. */
  validateBody?: ValidateFunction;
  bodyRequired: boolean;
}

const cache = new Map<string, OperationCheck>();

/** The checks for `METHOD /path/{template}` as GitHub describes it; throws when GitHub has no such operation. */
export function operationCheck(method: string, template: string): OperationCheck {
  const key = `${method.toLowerCase()} ${template}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const operation = doc().paths[template]?.[method.toLowerCase()];
  if (!operation) throw new Error(`GitHub's OpenAPI description has no operation ${method.toUpperCase()} ${template}`);
  const parameters = (operation.parameters ?? []).map((p) => inline(p) as { name: string; in: string });
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const check: OperationCheck = {
    queryParameters: new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name)),
    validateBody: schema ? ajv.compile(inline(schema) as Json) : undefined,
    bodyRequired: (operation.requestBody as { required?: boolean } | undefined)?.required === true,
  };
  cache.set(key, check);
  return check;
}

/** Why a body does not match, one line; undefined when it does. */
export function bodyProblem(check: OperationCheck, body: unknown): string | undefined {
  if (!check.validateBody) return body === undefined ? undefined : 'this operation takes no request body';
  if (body === undefined) return check.bodyRequired ? 'a request body is required' : undefined;
  if (check.validateBody(body)) return undefined;
  return ajv.errorsText(check.validateBody.errors, { dataVar: 'body' });
}
