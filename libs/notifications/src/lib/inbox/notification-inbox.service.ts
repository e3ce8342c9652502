import { Inject, Injectable } from '@nestjs/common';
import { AppError, Clock, type Language } from '@puente/platform';
import { DataSource } from 'typeorm';
import { notificationType, renderNotification } from '../catalog';
import { NOTIFICATIONS_SETTINGS, type NotificationsSettings } from '../notifications-settings';

export interface Reader {
  userId: string;
  language: Language;
  timeZone: string;
}

export interface NotificationView {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

interface Row {
  id: string;
  type: string;
  params: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

interface Cursor {
  unread: boolean;
  createdAt: string;
  id: string;
}

function encodeCursor(row: Row): string {
  return Buffer.from(JSON.stringify({ unread: row.read_at === null, createdAt: row.created_at.toISOString(), id: row.id } satisfies Cursor)).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.unread !== 'boolean' || Number.isNaN(Date.parse(parsed.createdAt)) || !/^[0-9a-f-]{36}$/.test(parsed.id)) throw new Error();
    return parsed;
  } catch {
    throw new AppError('VALIDATION_FAILED', { details: [{ field: 'cursor', issue: 'invalid', message: 'cursor is not one this API gave out' }] });
  }
}

/** A user's own notices only: every query is keyed by the reader's user id. */
@Injectable()
export class NotificationInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  /** Unread first, then newest; rendered now in the reader's language and time zone. */
  async list(reader: Reader, limit: number, cursor?: string): Promise<{ data: NotificationView[]; nextCursor: string | null }> {
    const after = cursor ? decodeCursor(cursor) : null;
    const rows: Row[] = await this.dataSource.query(
      `SELECT id, type, params, created_at, read_at FROM notifications
       WHERE user_id = $1
         AND ($2::boolean IS NULL OR ((read_at IS NULL), created_at, id) < ($2::boolean, $3::timestamptz, $4::uuid))
       ORDER BY (read_at IS NULL) DESC, created_at DESC, id DESC
       LIMIT $5`,
      [reader.userId, after?.unread ?? null, after?.createdAt ?? null, after?.id ?? null, limit],
    );
    const context = { language: reader.language, timeZone: reader.timeZone, publicWebUrl: this.settings.publicWebUrl };
    return {
      data: rows.map((row) => {
        const rendered = renderNotification(notificationType(row.type), row.params, context);
        return {
          id: row.id,
          type: row.type,
          title: rendered.inApp.title,
          body: rendered.inApp.body,
          link: rendered.link,
          createdAt: row.created_at.toISOString(),
          readAt: row.read_at?.toISOString() ?? null,
        };
      }),
      nextCursor: rows.length === limit ? encodeCursor(rows[rows.length - 1]) : null,
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL', [userId]);
    return count;
  }

  /** Another user's notice is NOT_FOUND, like a missing one. */
  async markRead(userId: string, notificationId: string): Promise<void> {
    // For UPDATE, TypeORM's postgres driver answers [rows, affected count].
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      'UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2',
      [notificationId, userId, this.clock.now()],
    );
    if (affected === 0) throw new AppError('NOT_FOUND', { details: [{ field: 'notificationId', issue: 'not_found', message: 'notificationId not found' }] });
  }

  async markAllRead(userId: string): Promise<number> {
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      'UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL',
      [userId, this.clock.now()],
    );
    return affected;
  }
}
