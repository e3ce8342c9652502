export interface NotificationsSettings {
  /** Links in notices point into the web app here. */
  publicWebUrl: string;
}

export interface NotificationsWorkerSettings extends NotificationsSettings {
  /** Local hour (0-23) at which a user's daily digest goes out. */
  digestLocalHour: number;
}

export const NOTIFICATIONS_SETTINGS = Symbol('NOTIFICATIONS_SETTINGS');
