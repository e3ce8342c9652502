import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, Mailer, OnCommitted, type ConsumerContext, type Language } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { notificationType, renderDigest, renderNotification, type DigestItem } from '../catalog';
import { NOTIFICATIONS_SETTINGS, type NotificationsSettings } from '../notifications-settings';
import { emailDeliveryReady } from '../notifications.topics';
import { ParamResolverRegistry } from './param-resolvers';

interface DeliveryRow {
  id: string;
  channel: 'email' | 'digest';
  type: string;
  email: string;
  language: Language;
  time_zone: string;
  params: Record<string, unknown>;
  status: 'pending' | 'sent' | 'failed';
}

/**
 * Sends one delivery. The row is locked and checked first, so a replayed job does not send again;
 * the delivery id is the message's idempotency key. A send that fails on the job's last attempt is
 * recorded as failed with its error (admins list them) instead of failing forever.
 */
@Injectable()
export class EmailDeliveryConsumer {
  private readonly log = new Logger('EmailDelivery');

  constructor(
    private readonly mailer: Mailer,
    private readonly resolvers: ParamResolverRegistry,
    private readonly clock: Clock,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  @OnCommitted(emailDeliveryReady, { consumer: 'notifications.send-email' })
  async send({ deliveryId }: { deliveryId: string }, { manager, attempt, maxAttempts }: ConsumerContext): Promise<void> {
    const [delivery]: DeliveryRow[] = await manager.query(
      'SELECT id, channel, type, email, language, time_zone, params, status FROM notification_deliveries WHERE id = $1 FOR UPDATE',
      [deliveryId],
    );
    if (!delivery || delivery.status !== 'pending') return;
    try {
      const message = await this.render(manager, delivery);
      await this.mailer.send({ to: delivery.email, ...message, template: delivery.type, language: delivery.language, idempotencyKey: delivery.id });
      await manager.query(`UPDATE notification_deliveries SET status = 'sent', sent_at = $2, attempts = $3 WHERE id = $1`, [delivery.id, this.clock.now(), attempt]);
    } catch (error) {
      if (attempt < maxAttempts) throw error;
      const reason = (error as Error).message.slice(0, 2_000);
      this.log.error(`delivery ${delivery.id} (${delivery.type} to ${delivery.email}) failed for good: ${reason}`);
      await manager.query(`UPDATE notification_deliveries SET status = 'failed', failed_at = $2, attempts = $3, last_error = $4 WHERE id = $1`, [
        delivery.id,
        this.clock.now(),
        attempt,
        reason,
      ]);
    }
  }

  private async render(manager: EntityManager, delivery: DeliveryRow): Promise<{ subject: string; text: string; html: string }> {
    const context = { language: delivery.language, timeZone: delivery.time_zone, publicWebUrl: this.settings.publicWebUrl };
    if (delivery.channel === 'digest') {
      const { name, items } = delivery.params as { name: string; items: DigestItem[] };
      return renderDigest(items, { ...context, name });
    }
    const params = await this.resolvers.resolve(delivery.type, delivery.params, manager);
    return renderNotification(notificationType(delivery.type), params, context).email;
  }
}
