import { AppError } from '@puente/platform';

/** The feed is ranked in memory over a bounded set, so a page boundary is an offset into that ranking. */
export const FEED_CURSOR_PATTERN = /^\d{1,4}$/;

export function decodeFeedCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!FEED_CURSOR_PATTERN.test(cursor)) {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'cursor', issue: 'invalid_cursor', message: 'cursor must be the nextCursor of a previous page' }] });
  }
  return Number(cursor);
}
