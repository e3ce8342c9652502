// Types of queries.mjs for the TypeScript breakdown entry.
export function buildQuerySet(options: { count: number; popular?: Record<string, string[]> }): {
  classes: Record<string, string[]>;
  matching: Array<Record<string, unknown>>;
};
