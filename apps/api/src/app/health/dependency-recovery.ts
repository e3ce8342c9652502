import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { dependencyOutages } from '@puente/platform';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { API_LOGGER, REQUEST_REDIS } from '../api-config';

/**
 * Ends an outage in the log: requests that failed on an unreachable dependency opened it (see sendError);
 * the first new connection that succeeds afterwards closes it. The pool reconnects by itself.
 */
@Injectable()
export class DependencyRecovery implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REQUEST_REDIS) private readonly redis: Redis,
    @Inject(API_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    // TypeORM's postgres driver keeps its pg Pool as `master`; the pool emits 'connect' for each new client.
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    pool?.on('connect', () => dependencyOutages.recovered('database', this.logger));
    this.redis.on('ready', () => dependencyOutages.recovered('redis', this.logger));
  }
}
