import fc from 'fast-check';
import type { HostileCase } from './hostile-cases';
import { urlOf } from './hostile-cases';
import type { Operation } from './openapi-operations';
import { fieldsOf, sampleOf, withRawField } from './schema-sample';

/** Percent-encodes every byte, so invalid UTF-8 and lone surrogates reach the server as sent. */
const percentBytes = (bytes: Uint8Array) => Array.from(bytes, (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

/** JSON text for a random value; non-finite numbers are written as a client could (1e309, NaN). */
const rawJson = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 60 }).map((text) => JSON.stringify(text)),
  fc.double().map((n) => (Number.isNaN(n) ? 'NaN' : !Number.isFinite(n) ? (n > 0 ? '1e309' : '-1e309') : Object.is(n, -0) ? '-0' : String(n))),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
);

const parameterValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map((text) => percentBytes(Buffer.from(text, 'utf8'))),
  fc.uint8Array({ maxLength: 24 }).map(percentBytes),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/vnd.api+json', '', 'multipart/form-data; boundary=x'];
const ENCODINGS = ['', 'identity', 'gzip', 'deflate', 'br', 'x-gzip', 'gzip, deflate', 'GZIP', 'compress'];

/** A random hostile request for one of the operations: one body field, the body, a parameter or the headers. */
export function randomCase(operations: Operation[]): fc.Arbitrary<{ operation: Operation; request: HostileCase }> {
  return fc.constantFrom(...operations).chain((operation) => {
    const sample = operation.body ? sampleOf(operation.body) : {};
    const fields = fieldsOf(operation.body);
    const base = { method: operation.method, path: urlOf(operation), headers: { 'content-type': 'application/json' } };
    const variants: fc.Arbitrary<HostileCase>[] = [
      rawJson.map((raw) => ({ ...base, className: 'random-body', label: raw.slice(0, 80), body: Buffer.from(raw) })),
      fc
        .tuple(fc.constantFrom(...CONTENT_TYPES), fc.constantFrom(...ENCODINGS))
        .map(([type, encoding]) => ({
          ...base,
          className: 'random-headers',
          label: `${type} / ${encoding}`,
          headers: { ...(type ? { 'content-type': type } : {}), ...(encoding ? { 'content-encoding': encoding } : {}) },
          body: Buffer.from(JSON.stringify(sample)),
        })),
    ];
    if (fields.length) {
      variants.push(
        fc.tuple(fc.constantFrom(...fields), rawJson).map(([field, raw]) => ({
          ...base,
          className: 'random-field',
          label: `${field.path.join('.')}=${raw.slice(0, 80)}`,
          body: Buffer.from(withRawField(sample, field.path, raw)),
        })),
      );
    }
    if (operation.parameters.length) {
      variants.push(
        fc.tuple(fc.constantFrom(...operation.parameters), parameterValue).map(([parameter, raw]) => ({
          ...base,
          className: 'random-parameter',
          label: `${parameter.name}=${raw.slice(0, 80)}`,
          headers: {},
          path: urlOf(operation, { name: parameter.name, raw }),
          body: undefined,
        })),
      );
    }
    return fc.oneof(...variants).map((request) => ({ operation, request }));
  });
}
