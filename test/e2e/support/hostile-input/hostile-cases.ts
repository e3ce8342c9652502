import { randomBytes, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Operation, OperationParameter } from './openapi-operations';
import { fieldsOf, sampleOf, withField, withRawField } from './schema-sample';

/** One request of the hostile-input spec, before an actor's token is added. */
export interface HostileCase {
  /** The class of input (`deep-nesting`, `nul-character`, ...): the findings are counted by it. */
  className: string;
  /** What exactly was changed, for the failure message. */
  label: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const DEPTH = 10_000;
const KEYS = 10_000;
const ITEMS = 100_000;
const HUGE = 'x'.repeat(100 * 1024 + 1);

const deepObject = () => `${'{"a":'.repeat(DEPTH)}0${'}'.repeat(DEPTH)}`;
const deepArray = () => `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const manyKeys = () => `{${Array.from({ length: KEYS }, (_, i) => `"k${i}":${i}`).join(',')}}`;
const manyItems = () => `[${Array.from({ length: ITEMS }, () => '0').join(',')}]`;

/** A parameter's plausible value: ids are UUIDs, the rest their example or "hostile". */
function parameterSample(parameter: OperationParameter): string {
  const value = sampleOf(parameter.schema, parameter.name);
  return encodeURIComponent(String(value));
}

/** The path with its parameters and required query parameters filled; `override` replaces one raw (already encoded). */
export function urlOf(operation: Operation, override?: { name: string; raw: string }): string {
  let path = operation.path;
  const query: string[] = [];
  for (const parameter of operation.parameters) {
    const overridden = override?.name === parameter.name;
    const value = overridden ? override.raw : parameterSample(parameter);
    if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, value);
    else if (parameter.required || overridden) query.push(`${parameter.name}=${value}`);
  }
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** Hostile path and query values, percent-encoded as a client would send them (or would not). */
const PARAMETER_VALUES: [string, string][] = [
  ['nul', '%00'],
  ['nul-inside', 'a%00b'],
  ['lone-surrogate', '%ED%A0%80'],
  ['invalid-utf8', '%F0%28'],
  ['huge', 'x'.repeat(4_000)],
  ['1e309', '1e309'],
  ['-0', '-0'],
  ['overflow', '99999999999999999999999999'],
  ['negative', '-1'],
  ['not-a-number', 'NaN'],
  ['brackets', '%5B%5D'],
  ['traversal', '..%2F..%2Fetc'],
  ['not-a-uuid', '00000000-0000-0000-0000-00000000000g'],
  ['far-date', '275760-09-13T00:00:00.001Z'],
  ['zero-date', '0000-00-00'],
];

function parameterCases(operation: Operation): HostileCase[] {
  return operation.parameters.flatMap((parameter) => {
    const className = parameter.in === 'path' ? 'invalid-path-param' : 'hostile-query-param';
    const values = [...PARAMETER_VALUES];
    if (parameter.in === 'query') values.push(['repeated', `a&${parameter.name}=b`]);
    return values.map(([label, raw]) => ({
      className,
      label: `${parameter.name}=${label}`,
      method: operation.method,
      path: urlOf(operation, { name: parameter.name, raw }),
      headers: {},
    }));
  });
}

function wrongTypesFor(type: string | undefined): unknown[] {
  const text = type === 'string' || type === undefined ? 12_345 : 'text';
  return [text, true, [], {}];
}

/** Cases that change one field of the sample body at a time. */
function fieldCases(operation: Operation, sample: unknown): HostileCase[] {
  const cases: HostileCase[] = [];
  const url = urlOf(operation);
  const add = (className: string, label: string, body: string) =>
    cases.push({ className, label, method: operation.method, path: url, headers: JSON_TYPE, body: Buffer.from(body) });
  for (const field of fieldsOf(operation.body)) {
    const name = field.path.join('.');
    const json = (value: unknown) => JSON.stringify(withField(sample, field.path, value));
    if (field.schema.type === 'string' || field.schema.type === undefined) {
      add('huge-string', name, json(HUGE));
      add('nul-character', name, json(`before\u0000after`));
      add('lone-surrogate', `${name} (high)`, json(`before\ud800after`));
      add('lone-surrogate', `${name} (low)`, json(`\udc00`));
    }
    for (const value of wrongTypesFor(field.schema.type)) add('wrong-type', `${name}=${JSON.stringify(value)}`, json(value));
    add('null-field', name, json(null));
    if (field.required) add('required-dropped', name, json(undefined));
    add('number-1e309', name, withRawField(sample, field.path, '1e309'));
    add('number-minus-zero', name, withRawField(sample, field.path, '-0'));
    add('deep-nesting', name, withRawField(sample, field.path, deepObject()));
    add('many-keys', name, withRawField(sample, field.path, manyKeys()));
    add('many-items', name, withRawField(sample, field.path, manyItems()));
  }
  return cases;
}

/** Every hostile request for one operation; bodies go to every route, also those that declare none. */
export function hostileCases(operation: Operation): HostileCase[] {
  const url = urlOf(operation);
  const sample = operation.body ? sampleOf(operation.body) : {};
  const sampleJson = JSON.stringify(sample);
  const raw = (className: string, label: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE): HostileCase => ({
    className,
    label,
    method: operation.method,
    path: url,
    headers,
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  });
  const keyed = (key: string) => JSON.stringify({ ...(sample as object), [key]: 'x' });
  return [
    { className: 'no-body', label: 'no body', method: operation.method, path: url, headers: {} },
    raw('sample', 'the sample body', sampleJson),
    raw('empty-object', '{}', '{}'),
    raw('malformed-json', 'unterminated', '{"a":'),
    raw('malformed-json', 'trailing garbage', `${sampleJson}}`),
    raw('malformed-json', 'invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])),
    raw('content-type-missing', 'no content-type', sampleJson, {}),
    raw('content-type-wrong', 'text/plain', sampleJson, { 'content-type': 'text/plain' }),
    raw('content-type-wrong', 'form', 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' }),
    raw('content-type-wrong', 'json with a bogus charset', sampleJson, { 'content-type': 'application/json; charset=klingon' }),
    raw('gzip-labelled-plain', 'plain JSON labelled gzip', sampleJson, { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    raw('garbage-encoding', 'gzip', randomBytes(64), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    raw('garbage-encoding', 'deflate', randomBytes(64), { ...JSON_TYPE, 'content-encoding': 'deflate' }),
    raw('garbage-encoding', 'br', randomBytes(64), { ...JSON_TYPE, 'content-encoding': 'br' }),
    raw('garbage-encoding', 'truncated gzip', gzipSync(sampleJson).subarray(0, 12), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    raw('garbage-encoding', 'gzip of non-JSON', gzipSync('not json'), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
    raw('unknown-encoding', 'compress', sampleJson, { ...JSON_TYPE, 'content-encoding': 'compress' }),
    raw('unknown-encoding', 'zstd', sampleJson, { ...JSON_TYPE, 'content-encoding': 'zstd' }),
    raw('deep-nesting', 'root object', deepObject()),
    raw('deep-nesting', 'root array', deepArray()),
    raw('deep-nesting', 'unknown field', withRawField(sample, ['nested'], deepObject())),
    raw('many-keys', 'root', manyKeys()),
    raw('many-items', 'root', manyItems()),
    raw('huge-string', 'unknown field', JSON.stringify({ ...(sample as object), extra: HUGE })),
    raw('nul-character', 'in a key', keyed('a\u0000b')),
    raw('lone-surrogate', 'in a key', keyed('\ud800')),
    raw('prototype-key', '__proto__', `{"__proto__":{"role":"admin"},${sampleJson.slice(1)}`.replace(',}', '}')),
    raw('null-body', 'null', 'null'),
    raw('wrong-type', 'root array', '[]'),
    raw('wrong-type', 'root string', '"text"'),
    raw('number-1e309', 'root', '1e309'),
    raw('number-minus-zero', 'root', '-0'),
    raw('unknown-property', 'extra field', JSON.stringify({ ...(sample as object), [`unexpected_${randomUUID().slice(0, 4)}`]: 1 })),
    ...fieldCases(operation, sample),
    ...parameterCases(operation),
  ];
}
