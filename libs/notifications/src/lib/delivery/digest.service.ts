import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, OutboxPublisher, type Language } from '@puente/platform';
import { DataSource } from 'typeorm';
import { notificationType, renderNotification, type DigestItem } from '../catalog';
import { NOTIFICATIONS_SETTINGS, type NotificationsWorkerSettings } from '../notifications-settings';
import { emailDeliveryReady } from '../notifications.topics';
import { RecipientDirectory } from '../recipients';

interface DueUser {
  user_id: string;
  local_date: string;
}

/**
 * Gathers each user's unread notices of digest types into one e-mail, at DIGEST_LOCAL_HOUR in their
 * own time zone. Runs from a scheduled job; the (user, local date) primary key makes it once a day
 * however many workers run it at once.
 */
@Injectable()
export class DigestService {
  private readonly log = new Logger('Digest');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
    @Inject(RecipientDirectory) private readonly directory: RecipientDirectory,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsWorkerSettings,
  ) {}

  /** Returns how many digests this call created. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const due: DueUser[] = await this.dataSource.query(
      `SELECT DISTINCT n.user_id, to_char(($1::timestamptz AT TIME ZONE u.time_zone)::date, 'YYYY-MM-DD') AS local_date
       FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE n.digest AND n.digested_at IS NULL AND n.read_at IS NULL AND n.created_at <= $1
         AND extract(hour FROM ($1::timestamptz AT TIME ZONE u.time_zone)) = $2`,
      [now, this.settings.digestLocalHour],
    );
    let created = 0;
    for (const user of due) if (await this.createDigest(user, now)) created++;
    if (created > 0) this.log.log(`created ${created} digests`);
    return created;
  }

  private createDigest({ user_id: userId, local_date: localDate }: DueUser, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.directory.findUser(manager, userId);
      if (!contact) return false;
      const items: Array<{ id: string; type: string; params: Record<string, unknown>; created_at: Date }> = await manager.query(
        `SELECT id, type, params, created_at FROM notifications
         WHERE user_id = $1 AND digest AND digested_at IS NULL AND read_at IS NULL AND created_at <= $2
         ORDER BY created_at FOR UPDATE SKIP LOCKED`,
        [userId, now],
      );
      if (items.length === 0) return false;
      const claimed: unknown[] = await manager.query(
        `INSERT INTO notification_digests (user_id, local_date, item_count, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [userId, localDate, items.length, now],
      );
      if (claimed.length === 0) return false; // another worker sent today's digest

      const context = { language: contact.language as Language, timeZone: contact.timeZone, publicWebUrl: this.settings.publicWebUrl };
      const digestItems: DigestItem[] = items.map((item) => {
        const rendered = renderNotification(notificationType(item.type), item.params, context);
        return { title: rendered.inApp.title, body: rendered.inApp.body, link: rendered.link, createdAt: item.created_at.toISOString() };
      });
      await manager.query('UPDATE notifications SET digested_at = $2 WHERE id = ANY($1::uuid[])', [items.map((item) => item.id), now]);
      const [delivery]: Array<{ id: string }> = await manager.query(
        `INSERT INTO notification_deliveries (event_id, recipient, channel, type, user_id, email, language, time_zone, params, created_at)
         VALUES (NULL, $1, 'digest', 'notifications.digest', $2, $3, $4, $5, $6, $7) RETURNING id`,
        [userId, userId, contact.email, contact.language, contact.timeZone, JSON.stringify({ name: contact.name, items: digestItems }), now],
      );
      await this.outbox.publish(manager, emailDeliveryReady, { deliveryId: delivery.id });
      return true;
    });
  }
}
