import { randomUUID } from 'node:crypto';

/** One path segment: starts with a letter or digit, so no segment is `.`, `..` or hidden. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

/**
 * `<prefix>/<uuid>`, e.g. `supplier-documents/3f0c…`: the only way keys should be made, so a client's
 * file name never reaches a path or a bucket. The prefix groups keys by purpose for operators.
 */
export function randomFileKey(prefix: string): string {
  const key = `${prefix}/${randomUUID()}`;
  assertValidFileKey(key);
  return key;
}

/** Whether `key` is one that every FileStorage accepts (see assertValidFileKey). */
export function isValidFileKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment) && !segment.includes('..'));
}

/**
 * Keys are relative, `/`-separated segments of letters, digits, `.`, `_` and `-`: no absolute path, no
 * `..`, no empty segment, no backslash. Keys come from code, so a bad one is a programming error (a
 * plain Error, answered 500), never something to sanitize silently: the disk implementation turns a
 * key into a path, and this is what keeps that path inside its folder.
 */
export function assertValidFileKey(key: string): void {
  if (!isValidFileKey(key)) throw new Error(`Invalid file key ${JSON.stringify(String(key).slice(0, 100))}`);
}
