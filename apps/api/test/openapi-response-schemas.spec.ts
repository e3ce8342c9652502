import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../src/app/openapi-document';

/** Statuses that answer with a body; 202 and 204 answer without one. */
const STATUSES_WITH_BODY = ['200', '201'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Schema = SchemaObject | ReferenceObject;

/** One entry per operation and 200/201 status it declares, with the JSON schema of that answer (if any). */
interface Answer {
  name: string;
  schema: Schema | undefined;
}

function answers(document: OpenAPIObject): Answer[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      return STATUSES_WITH_BODY.flatMap((status) => {
        const response = operation.responses[status];
        if (!response) return [];
        // JSON answers, or for a file download its media types' schema (binary strings reach the client as Blob).
        const content = 'content' in response ? response.content : undefined;
        const schema = content?.['application/json']?.schema ?? Object.values(content ?? {})[0]?.schema;
        return [{ name: `${method.toUpperCase()} ${path} ${status}`, schema }];
      });
    }),
  );
}

/**
 * Why a schema would reach the client as `unknown` or an empty object; null when it is typed.
 * Follows $refs into components, so a nested class without decorated properties is caught too.
 */
function untyped(document: OpenAPIObject, schema: Schema | undefined, seen: ReadonlySet<string> = new Set()): string | null {
  if (!schema) return 'no schema';
  if ('$ref' in schema) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return null;
    const target = document.components?.schemas?.[name];
    if (!target) return `${schema.$ref} is not defined`;
    const reason = untyped(document, target, new Set([...seen, name]));
    return reason && `${name}: ${reason}`;
  }
  const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (parts.length > 0) return parts.map((part) => untyped(document, part, seen)).find((reason) => reason !== null) ?? null;
  if (schema.type === 'array') {
    const reason = untyped(document, schema.items, seen);
    return reason && `items: ${reason}`;
  }
  if (schema.type !== 'object') return schema.type ? null : 'no type';
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length > 0) {
    for (const [property, propertySchema] of properties) {
      const reason = untyped(document, propertySchema, seen);
      if (reason) return `${property}: ${reason}`;
    }
    return null;
  }
  // `additionalProperties: true` is a deliberate free-form JSON object (an audit snapshot, say).
  if (schema.additionalProperties === true) return null;
  if (schema.additionalProperties) return untyped(document, schema.additionalProperties, seen);
  return 'an object without declared properties';
}

describe('OpenAPI response schemas', () => {
  let document: OpenAPIObject;

  beforeAll(async () => {
    document = await buildOpenApiDocument();
  });

  it('declares a typed body for every 200/201 answer, so the generated web client has no unknown responses', () => {
    const problems = answers(document)
      .map((answer) => ({ answer: answer.name, problem: untyped(document, answer.schema) }))
      .filter(({ problem }) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('recognizes the ways an answer reaches the client untyped', () => {
    const withEmpty: OpenAPIObject = { ...document, components: { schemas: { Empty: { type: 'object', properties: {} } } } };
    expect(untyped(document, undefined)).toBe('no schema');
    expect(untyped(document, { type: 'object' })).toBe('an object without declared properties');
    expect(untyped(withEmpty, { type: 'array', items: { $ref: '#/components/schemas/Empty' } })).toBe('items: Empty: an object without declared properties');
    expect(untyped(document, { $ref: '#/components/schemas/Missing' })).toBe('#/components/schemas/Missing is not defined');
    expect(untyped(document, { type: 'object', properties: { checks: { type: 'object', additionalProperties: { type: 'string' } } } })).toBeNull();
  });

  it('lists null among the values of every nullable enum, so the client does not take the field as never null', () => {
    const closedReason = (document.components?.schemas?.['RfqResponse'] as SchemaObject).properties?.['closedReason'] as SchemaObject;
    expect(closedReason.enum).toEqual(['deadline', 'cap', 'buyer', null]);
    const missingNull: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as SchemaObject;
      if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null)) missingNull.push(path);
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`);
    };
    visit(document.components?.schemas, 'schemas');
    expect(missingNull).toEqual([]);
  });
});
