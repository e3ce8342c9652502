export * from './lib/catalog';
export * from './lib/delivery/digest.service';
export * from './lib/delivery/failed-deliveries.service';
export * from './lib/delivery/param-resolvers';
export * from './lib/inbox/notification-inbox.service';
export * from './lib/notification.service';
export * from './lib/notifications-settings';
export * from './lib/notifications.errors';
export * from './lib/notifications.module';
export * from './lib/notifications.topics';
export * from './lib/preferences/notification-preferences.service';
export * from './lib/recipients';
import { CreateNotifications1764300000000 } from './lib/migrations/1764300000000-create-notifications';

export const notificationsMigrations = [CreateNotifications1764300000000];
