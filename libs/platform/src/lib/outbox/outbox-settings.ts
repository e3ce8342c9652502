export interface OutboxSettings {
  databaseUrl: string;
  batchSize: number;
  /** The relay also wakes on NOTIFY after each commit; polling only covers a missed notification. */
  pollIntervalMs: number;
  retentionHours: number;
  pruneIntervalMinutes: number;
}

export const OUTBOX_SETTINGS = Symbol('OUTBOX_SETTINGS');
