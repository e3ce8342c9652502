import type { RawResponse } from './raw-http';

/**
 * What no answer may carry: a stack frame, SQL, or a database or runtime driver's own words. Each
 * would tell a caller about the internals and means an error escaped the mapping to the one shape.
 */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat\s+(?:\S+\s+)?\(?(?:\/|[A-Za-z]:\\|node:)[^\s)]*:\d+(?::\d+)?\)?/],
  ['stack frame', /\bat\s+\S+\s+\([^)]*\.(?:c?js|mjs|ts):\d+/],
  ['node_modules path', /node_modules\//],
  ['TypeORM error', /QueryFailedError|EntityNotFound|TypeORMError/],
  ['PostgreSQL message', /violates (?:not-null|unique|foreign key|check) constraint|syntax error at|invalid input syntax for|out of range for type|invalid byte sequence for encoding|duplicate key value|unterminated quoted/i],
  ['SQL text', /\b(?:SELECT\s+[\w"*., ]+\s+FROM|INSERT\s+INTO|UPDATE\s+"?\w+"?\s+SET|DELETE\s+FROM)\b/i],
  ['driver message', /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|ioredis|MaxRetriesPerRequest/],
  ['runtime error', /Cannot read propert(?:y|ies) of|is not a function|is not iterable|Maximum call stack size exceeded|RangeError|TypeError|ReferenceError/],
];

const DETAIL_KEYS = new Set(['field', 'issue', 'message']);

/** Null when the body is the one error shape; otherwise what is off. */
function shapeProblem(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${JSON.stringify(text.slice(0, 120))}`;
  }
  const root = body as { error?: Record<string, unknown> } | null;
  if (!root || typeof root !== 'object' || Object.keys(root).join() !== 'error') return 'not {"error": {...}}';
  const error = root.error as Record<string, unknown>;
  if (!error || typeof error !== 'object') return 'error is not an object';
  if (Object.keys(error).sort().join() !== 'code,details,message,requestId') return `error keys ${Object.keys(error).join(',')}`;
  if (typeof error.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(error.code)) return 'code is not UPPER_SNAKE text';
  if (typeof error.message !== 'string' || typeof error.requestId !== 'string') return 'message or requestId is not text';
  if (!Array.isArray(error.details)) return 'details is not a list';
  for (const detail of error.details as Record<string, unknown>[]) {
    if (!detail || typeof detail !== 'object' || Object.keys(detail).some((key) => !DETAIL_KEYS.has(key))) return 'a detail has unknown keys';
    if (typeof detail.issue !== 'string' || typeof detail.message !== 'string') return 'a detail lacks issue or message';
    if (detail.field !== undefined && typeof detail.field !== 'string') return 'a detail field is not text';
  }
  return null;
}

export type Verdict = ({ kind: 'ok' } | { kind: '5xx' | 'shape' | 'leak' | 'no-answer'; why: string }) & { status?: number };

export function judge(response: RawResponse): Verdict {
  const status = response.status;
  if (status >= 500) return { kind: '5xx', status, why: `${status} ${response.text.slice(0, 200)}` };
  const leak = LEAKS.find(([, pattern]) => pattern.test(response.text));
  if (leak) return { kind: 'leak', status, why: `${leak[0]}: ${response.text.match(leak[1])?.[0]}` };
  if (status >= 400) {
    const problem = shapeProblem(response.text);
    if (problem) return { kind: 'shape', status, why: `${status} ${problem}` };
  }
  return { kind: 'ok', status };
}
