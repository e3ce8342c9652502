import { AppError } from '@puente/platform';

/** `<created_at ISO>_<id>` of the last item of a page: the queue is ordered by both. */
export const REVIEW_CURSOR_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeReviewCursor(createdAt: Date, id: string): string {
  return `${createdAt.toISOString()}_${id}`;
}

export function decodeReviewCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = cursor.split('_');
  const createdAt = new Date(iso ?? '');
  // The pattern lets "2026-13-45T..." through; Date refuses it.
  if (!REVIEW_CURSOR_PATTERN.test(cursor) || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso) {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'cursor', issue: 'matches', message: 'cursor must be the nextCursor of a previous page' }] });
  }
  return { createdAt, id };
}
