/**
 * The operations of the API's OpenAPI document in the form the hostile-input spec needs: method, path
 * template, parameters and the request body's schema with every `$ref` resolved. Read from the running
 * API's document, the same one the authorization matrix reads, so a route added later is covered here
 * without anyone listing it.
 */
export interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  allOf?: JsonSchema[];
}

export interface OperationParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  /** `POST /api/v1/auth/sign-up`, as the authorization matrix names it. */
  id: string;
  method: string;
  path: string;
  parameters: OperationParameter[];
  /** The body's schema, `$ref`s resolved; absent when the route declares no body. */
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: (OperationParameter & { in: string })[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): JsonSchema {
  if (depth > 20) throw new Error('OpenAPI schema nests too deep (a cycle?)');
  if (schema.$ref) return resolve(components[schema.$ref.replace('#/components/schemas/', '')], components, depth + 1);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], components, depth + 1);
  return {
    ...schema,
    properties: schema.properties
      ? Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, resolve(property, components, depth + 1)]))
      : undefined,
    items: schema.items ? resolve(schema.items, components, depth + 1) : undefined,
  };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const components = document.components?.schemas ?? {};
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const json = operation.requestBody?.content['application/json']?.schema;
      return {
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        parameters: (operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
          .map((parameter) => ({ name: parameter.name, in: parameter.in, required: Boolean(parameter.required), schema: resolve(parameter.schema ?? {}, components) })),
        body: json ? resolve(json, components) : undefined,
      };
    }),
  );
}
