import { AppError } from '@puente/platform';

/** A page boundary of the supplier's invitations: the last row's creation time and id, base64url. */
export const INVITATION_CURSOR_PATTERN = /^[A-Za-z0-9_-]{20,120}$/;

export interface InvitationCursor {
  createdAt: Date;
  id: string;
}

export function encodeInvitationCursor(cursor: InvitationCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** 400 naming `cursor` for anything that is not a cursor this list handed out. */
export function decodeInvitationCursor(text: string): InvitationCursor {
  const [at, id] = INVITATION_CURSOR_PATTERN.test(text) ? Buffer.from(text, 'base64url').toString('utf8').split('|') : [];
  const createdAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'cursor', issue: 'invalid_cursor', message: 'cursor must be the nextCursor of a previous page' }] });
  }
  return { createdAt, id };
}
