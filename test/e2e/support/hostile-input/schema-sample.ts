import { randomUUID } from 'node:crypto';
import type { JsonSchema } from './openapi-operations';

/** A field of a body schema, as the path to it (`['user', 'email']`). */
export interface BodyField {
  path: string[];
  schema: JsonSchema;
  /** Required by its object (and its object is present in the sample). */
  required: boolean;
}

/**
 * A plausible value for a schema: its enum, example or format, else something of its type. The
 * hostile cases change one thing at a time in this sample, so each answer says what that one thing did.
 */
export function sampleOf(schema: JsonSchema, name = ''): unknown {
  if (schema.enum?.length) return schema.enum[0];
  if (schema.example !== undefined) return schema.example;
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, sampleOf(property, key)]));
    case 'array':
      return [sampleOf(schema.items ?? {}, name)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return sampleString(schema, name);
  }
}

function sampleString(schema: JsonSchema, name: string): string {
  if (schema.format === 'date-time') return '2026-01-01T00:00:00.000Z';
  if (schema.format === 'uuid' || /id$/i.test(name)) return randomUUID();
  if (/email/i.test(name)) return `hostile-${randomUUID().slice(0, 8)}@example.com`;
  if (/password/i.test(name)) return 'hostile walnut harbor 9';
  if (/token/i.test(name)) return 'forged.token';
  return 'hostile';
}

/** Every field of an object schema, nested objects included (their own fields follow them). */
export function fieldsOf(schema: JsonSchema | undefined, parent: string[] = []): BodyField[] {
  if (!schema || schema.type !== 'object' || !schema.properties) return [];
  return Object.entries(schema.properties).flatMap(([name, property]) => [
    { path: [...parent, name], schema: property, required: (schema.required ?? []).includes(name) },
    ...fieldsOf(property, [...parent, name]),
  ]);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The sample with the value at `path` replaced (or removed, for `undefined`). */
export function withField(sample: unknown, path: string[], value: unknown): unknown {
  const copy = clone(sample) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path[path.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

const MARKER = '"__hostile_raw_value__"';

/**
 * The sample as JSON text with raw JSON text at `path` (an empty path replaces the whole body):
 * what JSON.stringify cannot write, such as `1e309` and `-0`, or a 10,000-deep nesting.
 */
export function withRawField(sample: unknown, path: string[], raw: string): string {
  if (path.length === 0) return raw;
  return JSON.stringify(withField(sample, path, JSON.parse(MARKER))).replace(MARKER, () => raw);
}
