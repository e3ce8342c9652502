import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  ConsumerRegistry,
  dataSourceOptions,
  MailModule,
  OUTBOX_SETTINGS,
  OutboxConsumerRunner,
  OutboxPruner,
  OutboxRelay,
  PlatformCoreModule,
} from '@puente/platform';
import { ALL_MIGRATIONS } from '@puente/schema';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { QueueProcessors } from './queue-processors';
import { outboxSettings, WORKER_CONFIG, type WorkerConfig } from './worker-config';
import type { WorkerFeature } from './worker-features';
import { WorkerQueuesModule } from './worker-queues.module';
import { WorkerRuntime } from './worker-runtime';

export interface WorkerModuleOptions {
  config: WorkerConfig;
  logger: Logger;
  /** Context modules whose @OnCommitted consumers this worker runs. */
  features: WorkerFeature[];
}

@Module({})
export class WorkerModule {
  static forRoot({ config, logger, features }: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }] }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: config.DATABASE_URL, applicationName: 'puente-worker', migrations: ALL_MIGRATIONS }),
          autoLoadEntities: true,
          retryAttempts: 10,
          retryDelay: 1_000,
        }),
        DiscoveryModule,
        PlatformCoreModule,
        WorkerQueuesModule.forRoot(config),
        MailModule.forRoot({ smtpUrl: config.SMTP_URL, requireTls: config.SMTP_REQUIRE_TLS, from: config.MAIL_FROM, directory: config.MAIL_DIR }),
        ...features,
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: OUTBOX_SETTINGS, useValue: outboxSettings(config) },
        ConsumerRegistry,
        OutboxConsumerRunner,
        OutboxPruner,
        OutboxRelay,
        QueueProcessors,
        WorkerRuntime,
      ],
    };
  }
}
