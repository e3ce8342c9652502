import type { LoadedConfig, OutboxSettings, QueueSettings, WorkerEnvironment } from '@puente/platform';

export type WorkerConfig = LoadedConfig<WorkerEnvironment>;

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

export function queueSettings(config: WorkerConfig): QueueSettings {
  return {
    redisUrl: config.REDIS_URL,
    keyPrefix: config.REDIS_KEY_PREFIX,
    retry: { attempts: config.QUEUE_ATTEMPTS, backoffMs: config.QUEUE_BACKOFF_MS, failedRetentionDays: config.QUEUE_FAILED_RETENTION_DAYS },
  };
}

export function outboxSettings(config: WorkerConfig): OutboxSettings {
  return {
    databaseUrl: config.DATABASE_URL,
    batchSize: config.OUTBOX_BATCH_SIZE,
    pollIntervalMs: config.OUTBOX_POLL_INTERVAL_MS,
    retentionHours: config.OUTBOX_RETENTION_HOURS,
    pruneIntervalMinutes: config.OUTBOX_PRUNE_INTERVAL_MINUTES,
  };
}
