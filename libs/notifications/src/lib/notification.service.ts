import { Injectable } from '@nestjs/common';
import { OutboxPublisher } from '@puente/platform';
import type { EntityManager } from 'typeorm';
import { notificationType, type NotificationType, type ParamKind, type ParamValues } from './catalog';
import { notificationRequested } from './notifications.topics';
import type { Recipient } from './recipients';

/**
 * The one way any context tells people something: call it inside the transaction of the change.
 * It writes an outbox row; the worker delivers after commit, so a rollback sends nothing.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly outbox: OutboxPublisher) {}

  notify<P extends Record<string, ParamKind>>(
    manager: EntityManager,
    type: NotificationType<P>,
    recipients: Recipient[],
    params: ParamValues<P>,
  ): Promise<string> {
    return this.publish(manager, type.type, recipients, params);
  }

  /**
   * For parameters that must not be stored, such as links carrying a one-time token: `stored`
   * holds what a `@ResolvesNotificationParams` provider in the worker needs to rebuild them.
   */
  notifyWithDeferredParams(manager: EntityManager, type: NotificationType<Record<string, ParamKind>>, recipients: Recipient[], stored: Record<string, unknown>): Promise<string> {
    return this.publish(manager, type.type, recipients, stored);
  }

  private publish(manager: EntityManager, type: string, recipients: Recipient[], params: Record<string, unknown>): Promise<string> {
    notificationType(type); // unknown types fail in the request, not later in the worker
    if (recipients.length === 0) throw new Error(`notify(${type}) needs at least one recipient`);
    return this.outbox.publish(manager, notificationRequested, { type, recipients, params });
  }
}
