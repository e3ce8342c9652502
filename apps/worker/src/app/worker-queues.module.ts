import { Module, type DynamicModule } from '@nestjs/common';
import { QUEUE_SETTINGS, QueueRegistry } from '@puente/platform';
import { queueSettings, type WorkerConfig } from './worker-config';

/**
 * The worker's queue producers, global so that a context's consumer may schedule a job of its own
 * (the sourcing context's delayed deadline jobs): one registry, one Redis connection for the process.
 */
@Module({})
export class WorkerQueuesModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerQueuesModule,
      global: true,
      providers: [{ provide: QUEUE_SETTINGS, useValue: queueSettings(config) }, QueueRegistry],
      exports: [QUEUE_SETTINGS, QueueRegistry],
    };
  }
}
