import type { INestApplicationContext } from '@nestjs/common';
import { QueueRegistry } from '@puente/platform';
import { deleteRedisKeys, memoryLogger, testWorkerConfig } from '@puente/testing';
import { DataSource } from 'typeorm';
import { createWorkerApp } from '../../src/app/create-worker-app';
import type { WorkerConfig } from '../../src/app/worker-config';
import { workerFeatures } from '../../src/app/worker-features';
import { WorkerRuntime } from '../../src/app/worker-runtime';
import { ProbeModule } from './probe-consumer';

export interface TestWorker {
  app: INestApplicationContext;
  config: WorkerConfig;
  runtime: WorkerRuntime;
  dataSource: DataSource;
  queues: QueueRegistry;
  /** Stops the runtime and closes the context; `cleanRedis` also deletes the run's keys. */
  close: (options?: { cleanRedis?: boolean }) => Promise<void>;
}

/**
 * The real worker module in this process, plus the test-only probe consumer (`publishProbe` makes
 * a committed change for it).
 */
export async function startTestWorker(
  options: { env?: Record<string, string>; start?: boolean } = {},
): Promise<TestWorker> {
  const config = testWorkerConfig(options.env);
  const { logger } = memoryLogger('warn');
  const app = await createWorkerApp(config, logger, [...workerFeatures(config), ProbeModule]);
  const runtime = app.get(WorkerRuntime);
  if (options.start !== false) await runtime.start();
  return {
    app,
    config,
    runtime,
    dataSource: app.get(DataSource),
    queues: app.get(QueueRegistry),
    close: async ({ cleanRedis = true } = {}) => {
      await runtime.stop();
      await app.close();
      if (cleanRedis) await deleteRedisKeys(config.REDIS_KEY_PREFIX);
    },
  };
}
