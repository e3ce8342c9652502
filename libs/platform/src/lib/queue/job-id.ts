const SAFE_PART = /^[A-Za-z0-9_.]+$/;
/** A canonical UUID is one token: its hyphens sit at fixed places, so it cannot blur two parts together. */
const UUID_PART = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Builds a BullMQ job id from a natural key: `jobId('rfq', id, 'fanout')` → `rfq-<id>-fanout`.
 * BullMQ rejects ids containing ':' and all-digit ids (they clash with its own counters), so
 * the first part must be a word and no part may carry a separator (a UUID part is whole).
 */
export function jobId(kind: string, ...parts: Array<string | number | bigint>): string {
  if (!/^[a-z][a-z0-9_.]*$/.test(kind)) throw new Error(`job id kind must start with a lowercase letter: "${kind}"`);
  const rendered = parts.map(String);
  for (const part of rendered) {
    if (!SAFE_PART.test(part) && !UUID_PART.test(part)) {
      throw new Error(`job id part "${part}" may hold only letters, digits, "_" and ".", or be a lowercase UUID`);
    }
  }
  return [kind, ...rendered].join('-');
}
