import { Inject, Injectable } from '@nestjs/common';
import { Clock, OnCommitted, OutboxPublisher, type ConsumerContext } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { notificationType, type NotificationType, type ParamKind } from '../catalog';
import { emailDeliveryReady, notificationRequested } from '../notifications.topics';
import { NotificationPreferencesService } from '../preferences/notification-preferences.service';
import { RecipientDirectory, type Recipient, type RecipientContact } from '../recipients';

/**
 * Turns one committed notice into in-app rows and e-mail deliveries, per recipient and channel.
 * Both carry a unique key on (event, recipient, channel), so a replayed job adds nothing.
 */
@Injectable()
export class NotificationFanOut {
  constructor(
    @Inject(RecipientDirectory) private readonly directory: RecipientDirectory,
    private readonly preferences: NotificationPreferencesService,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {}

  @OnCommitted(notificationRequested, { consumer: 'notifications.fan-out' })
  async fanOut(
    { type, recipients, params }: { type: string; recipients: Recipient[]; params: Record<string, unknown> },
    { manager, outboxId }: ConsumerContext,
  ): Promise<void> {
    const definition = notificationType(type);
    for (const contact of await this.contactsOf(manager, recipients)) {
      const delivery = contact.userId ? await this.preferences.deliveryFor(manager, contact.userId, definition) : 'email';
      if (contact.userId && definition.channels.includes('in_app')) {
        await manager.query(
          `INSERT INTO notifications (event_id, user_id, type, params, created_at, digest) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (event_id, user_id) DO NOTHING`,
          [outboxId, contact.userId, type, JSON.stringify(params), this.clock.now(), delivery === 'digest'],
        );
      }
      if (definition.channels.includes('email') && delivery === 'email') {
        await this.queueEmail(manager, outboxId, definition, contact, params);
      }
    }
  }

  private async queueEmail(
    manager: EntityManager,
    eventId: string,
    definition: NotificationType<Record<string, ParamKind>>,
    contact: RecipientContact,
    params: Record<string, unknown>,
  ): Promise<void> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO notification_deliveries (event_id, recipient, channel, type, user_id, email, language, time_zone, params, created_at)
       VALUES ($1, $2, 'email', $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (event_id, recipient, channel) WHERE event_id IS NOT NULL DO NOTHING RETURNING id`,
      [eventId, contact.userId ?? contact.email.toLowerCase(), definition.type, contact.userId, contact.email, contact.language, contact.timeZone, JSON.stringify(params), this.clock.now()],
    );
    if (inserted[0]) await this.outbox.publish(manager, emailDeliveryReady, { deliveryId: inserted[0].id });
  }

  /** Each person once, though named directly and through an organization (a closed account is skipped). */
  private async contactsOf(manager: EntityManager, recipients: Recipient[]): Promise<RecipientContact[]> {
    const contacts = new Map<string, RecipientContact>();
    for (const recipient of recipients) {
      let found: RecipientContact[];
      if ('userId' in recipient) {
        const user = await this.directory.findUser(manager, recipient.userId);
        found = user ? [user] : [];
      } else if ('organizationId' in recipient) {
        found = await this.directory.findOrganizationMembers(manager, recipient.organizationId, recipient.roles);
      } else {
        found = [{ userId: null, email: recipient.email, name: recipient.name ?? recipient.email, language: recipient.language, timeZone: recipient.timeZone ?? 'UTC' }];
      }
      for (const contact of found) {
        const key = contact.userId ?? contact.email.toLowerCase();
        if (!contacts.has(key)) contacts.set(key, contact);
      }
    }
    return [...contacts.values()];
  }
}
