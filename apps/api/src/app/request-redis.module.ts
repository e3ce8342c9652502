import { Global, Inject, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient, RateLimiter } from '@puente/platform';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { REQUEST_REDIS, type ApiConfig } from './api-config';

const STARTUP_WAIT_MS = 3_000;

function waitUntilReady(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    client.once('ready', done);
  });
}

/** Closes the connection after the HTTP server has drained (shutdown hooks run after it closes). */
@Injectable()
class RequestRedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REQUEST_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The Redis connection used inside requests: it fails fast so that a request never hangs on Redis. */
@Global()
@Module({})
export class RequestRedisModule {
  static forRoot(config: ApiConfig, logger: Logger): DynamicModule {
    return {
      module: RequestRedisModule,
      providers: [
        {
          provide: REQUEST_REDIS,
          useFactory: async (): Promise<Redis> => {
            const client = createRedisClient({
              url: config.REDIS_URL,
              connectionName: 'puente-api-requests',
              keyPrefix: `${config.REDIS_KEY_PREFIX}:`,
              failFast: { commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS },
              logger,
            });
            // Without an offline queue, commands sent before the first connect would fail; give it a moment.
            // A Redis that is down does not stop the API from starting: readiness reports it.
            await waitUntilReady(client, STARTUP_WAIT_MS);
            return client;
          },
        },
        // Per-purpose limits (identity's) count in the same fail-fast connection, under its key prefix.
        { provide: RateLimiter, useFactory: (redis: Redis) => new RateLimiter(redis, logger), inject: [REQUEST_REDIS] },
        RequestRedisShutdown,
      ],
      exports: [REQUEST_REDIS, RateLimiter],
    };
  }
}
