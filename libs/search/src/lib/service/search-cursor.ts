import { createHash } from 'node:crypto';
import { AppError } from '@puente/platform';

/**
 * Cursors are `<offset>.<hash>`: an offset into the query's ranked candidate list plus a hash of the
 * normalized query. The ranked list is recomputed for every page (nothing is kept on the server), so a
 * page follows the previous one exactly while the index is unchanged; a listing published or removed
 * between two pages can shift the rest by one, which a buyer paging a live index accepts. The hash
 * refuses a cursor used with another query (`cursor` `query_mismatch`) instead of returning a page of
 * something else.
 */
export function queryHash(normalized: unknown): string {
  return createHash('sha256').update(JSON.stringify(normalized)).digest('hex').slice(0, 16);
}

export function encodeCursor(offset: number, hash: string): string {
  return `${offset}.${hash}`;
}

export function decodeCursor(cursor: string | null, hash: string): number {
  if (cursor === null) return 0;
  const [offset, cursorHash] = cursor.split('.');
  if (cursorHash !== hash) {
    throw new AppError('VALIDATION_FAILED', {
      details: [{ field: 'cursor', issue: 'query_mismatch', message: 'cursor belongs to another query; start again without it' }],
    });
  }
  return Number(offset);
}
