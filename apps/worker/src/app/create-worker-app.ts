import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { WorkerConfig } from './worker-config';
import type { WorkerFeature } from './worker-features';
import { WorkerModule } from './worker.module';

/** The worker's Nest context, not yet started; `main.ts` and the tests both begin here. */
export async function createWorkerApp(config: WorkerConfig, logger: Logger, features: WorkerFeature[]): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config, logger, features }), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(NestPinoLogger));
  return app;
}
