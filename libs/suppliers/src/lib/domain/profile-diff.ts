// The review page shows a pending revision beside the published version with the changed fields marked
// (moderation's ReviewFieldComparison). Profiles travel as JSON, so equality has JSON's meaning: a key
// holding undefined is the same as no key, and at the top level null, undefined and a missing field all
// mean "empty" (a reviewer cannot tell them apart either). Arrays are ordered: a reordered list is a change.

export interface ProfileFieldDiff {
  field: string;
  published: unknown;
  proposed: unknown;
  changed: boolean;
}

/**
 * One row per top-level field of either version: the proposed version's fields in its order, then fields
 * only the published version has (removed ones), in its order. With nothing published (a first submission)
 * every non-empty proposed field is a change.
 */
export function diffProfiles(published: Record<string, unknown> | null, proposed: Record<string, unknown>): ProfileFieldDiff[] {
  const before = published ?? {};
  const fields = [...new Set([...Object.keys(proposed), ...Object.keys(before)])];
  return fields.map((field) => {
    const was = before[field] ?? null;
    const is = proposed[field] ?? null;
    return { field, published: was, proposed: is, changed: !jsonEqual(was, is) };
  });
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...definedKeys(a), ...definedKeys(b)]);
    return [...keys].every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}
