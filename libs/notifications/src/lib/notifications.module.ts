import { DiscoveryModule } from '@nestjs/core';
import { Module, type DynamicModule } from '@nestjs/common';
import { DigestService } from './delivery/digest.service';
import { EmailDeliveryConsumer } from './delivery/email-delivery.consumer';
import { FailedDeliveriesService } from './delivery/failed-deliveries.service';
import { NotificationFanOut } from './delivery/fan-out.consumer';
import { ParamResolverRegistry } from './delivery/param-resolvers';
import { NotificationInboxService } from './inbox/notification-inbox.service';
import { NotificationService } from './notification.service';
import { NOTIFICATIONS_SETTINGS, type NotificationsSettings, type NotificationsWorkerSettings } from './notifications-settings';
import './notifications.errors';
import { NotificationPreferencesService } from './preferences/notification-preferences.service';

/**
 * For the API. Global: any context may notify (`NotificationService`) from its own transaction.
 */
@Module({})
export class NotificationsModule {
  static forRoot(settings: NotificationsSettings): DynamicModule {
    const services = [NotificationService, NotificationPreferencesService, NotificationInboxService, FailedDeliveriesService];
    return {
      module: NotificationsModule,
      global: true,
      providers: [{ provide: NOTIFICATIONS_SETTINGS, useValue: settings }, ...services],
      exports: services,
    };
  }
}

/**
 * For the worker: fan-out, e-mail delivery and the daily digest. Needs a `RecipientDirectory` and a
 * `Mailer` from the app; global so contexts' consumers may notify too.
 */
@Module({})
export class NotificationsWorkerModule {
  static forRoot(settings: NotificationsWorkerSettings): DynamicModule {
    return {
      module: NotificationsWorkerModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: NOTIFICATIONS_SETTINGS, useValue: settings },
        NotificationService,
        NotificationPreferencesService,
        ParamResolverRegistry,
        NotificationFanOut,
        EmailDeliveryConsumer,
        DigestService,
      ],
      exports: [NotificationService, DigestService],
    };
  }
}
