import { AppError, type ErrorDetail } from '../errors/app-error';
import { printable, unsafeTextIssue } from './unsafe-text';

export interface JsonShapeLimits {
  /** Levels of objects and arrays; the root object is level 1. */
  maxDepth: number;
  maxKeys: number;
  maxItems: number;
}

const MESSAGES = {
  nul_character: 'must not contain a NUL character (\\u0000)',
  unpaired_surrogate: 'must not contain an unpaired UTF-16 surrogate',
  not_finite: 'must be a finite number',
} as const;

/** The most string problems reported at once; a body full of them needs no longer list. */
const MAX_DETAILS = 20;

const join = (path: string, key: string) => (path ? `${path}.${printable(key)}` : printable(key));

function limitError(code: string, issue: string, field: string, message: string): AppError {
  return new AppError(code, { details: [{ field, issue, message }] });
}

/**
 * One walk over a parsed body, before anything recursive (class-transformer, class-validator, a
 * service) sees it: nesting, keys and items within the limits, and no string or key that PostgreSQL
 * or a Unicode-aware client would choke on, and no number JSON.parse turned into Infinity. Iterative,
 * so a 10,000-deep body cannot blow the stack here either. Undefined when the body is acceptable.
 */
export function inspectJson(body: unknown, limits: JsonShapeLimits): AppError | undefined {
  const details: ErrorDetail[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value, path, depth } = frame;
    const field = path || 'body';
    if (typeof value === 'string') {
      const issue = unsafeTextIssue(value);
      if (issue) details.push({ field, issue, message: `${field} ${MESSAGES[issue]}` });
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) details.push({ field, issue: 'not_finite', message: `${field} ${MESSAGES.not_finite}` });
    } else if (value !== null && typeof value === 'object') {
      if (depth + 1 > limits.maxDepth) {
        return limitError('BODY_TOO_DEEP', 'max_depth', field, `${field} nests deeper than ${limits.maxDepth} levels`);
      }
      if (Array.isArray(value)) {
        if (value.length > limits.maxItems) {
          return limitError('BODY_TOO_MANY_ITEMS', 'max_items', field, `${field} has more than ${limits.maxItems} items`);
        }
        for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], path: join(path, String(index)), depth: depth + 1 });
      } else {
        const keys = Object.keys(value);
        if (keys.length > limits.maxKeys) {
          return limitError('BODY_TOO_MANY_KEYS', 'max_keys', field, `${field} has more than ${limits.maxKeys} keys`);
        }
        for (let index = keys.length - 1; index >= 0; index--) {
          const key = keys[index];
          const child = join(path, key);
          const issue = unsafeTextIssue(key);
          if (issue) details.push({ field: child, issue, message: `the key of ${child} ${MESSAGES[issue]}` });
          // JSON.parse keeps "__proto__" as a plain key, but copying it onto a DTO (class-transformer does)
          // replaces the DTO's prototype: values read through it would skip the whitelist.
          if (key === '__proto__') details.push({ field: child, issue: 'forbidden_key', message: `${child} is not an accepted key` });
          stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
        }
      }
    }
  }
  if (!details.length) return undefined;
  const shown = details.slice(0, MAX_DETAILS);
  const fields = [...new Set(shown.map((detail) => detail.field))].join(', ');
  return new AppError('VALIDATION_FAILED', { details: shown, message: { en: `Invalid fields: ${fields}.`, es: `Campos no válidos: ${fields}.` } });
}
