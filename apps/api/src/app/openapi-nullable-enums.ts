import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * OpenAPI 3.0 reads `enum` as the complete list of allowed values, `nullable: true` included: a nullable
 * enum must list `null` itself, or readers (and the web app's generated client) take the field as never
 * null. `@ApiProperty({ enum, nullable: true })` writes no `null`, so it is added here to every schema.
 */
export function withNullableEnums(document: OpenAPIObject): OpenAPIObject {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const schema = node as Record<string, unknown>;
    if (schema['nullable'] === true && Array.isArray(schema['enum']) && !schema['enum'].includes(null)) schema['enum'].push(null);
    Object.values(schema).forEach(visit);
  };
  visit(document.components?.schemas ?? {});
  return document;
}
