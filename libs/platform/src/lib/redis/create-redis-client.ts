import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export interface RedisClientOptions {
  url: string;
  /** Shown in logs and in `CLIENT LIST`. */
  connectionName: string;
  /** Used inside requests: fail at once while disconnected and give up on slow commands. */
  failFast?: { commandTimeoutMs: number };
  keyPrefix?: string;
  logger: Logger;
}

/**
 * One way to build Redis connections. Reconnects forever with a capped backoff; connection
 * errors are logged once per outage rather than once per retry.
 */
export function createRedisClient(options: RedisClientOptions): Redis {
  const client = new Redis(options.url, {
    connectionName: options.connectionName,
    keyPrefix: options.keyPrefix,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    ...(options.failFast
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: options.failFast.commandTimeoutMs }
      : {}),
  });
  let down = false;
  client.on('error', (error) => {
    if (down) return;
    down = true;
    options.logger.warn({ err: error, connection: options.connectionName }, 'redis unreachable');
  });
  client.on('ready', () => {
    if (down) options.logger.info({ connection: options.connectionName }, 'redis reachable again');
    down = false;
  });
  return client;
}
