import { defineTopic } from '@puente/platform';
import type { Recipient } from './recipients';

/** A notice was committed; the worker fans it out to in-app rows and e-mail deliveries. */
export const notificationRequested = defineTopic<{ type: string; recipients: Recipient[]; params: Record<string, unknown> }>(
  'notifications.notification.requested',
);

/** An e-mail delivery row was committed; the worker sends it. */
export const emailDeliveryReady = defineTopic<{ deliveryId: string }>('notifications.email.ready');
