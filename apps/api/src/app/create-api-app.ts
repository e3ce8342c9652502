import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { ApiModule } from './api.module';
import type { ApiConfig } from './api-config';
import { configureApiApp } from './configure-api-app';

/** Builds a ready-to-listen API; `main.ts` and the tests both start here. */
export async function createApiApp(
  config: ApiConfig,
  logger: Logger,
  extraControllers: Type[] = [],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, logger, extraControllers }), {
    bodyParser: false,
    bufferLogs: true,
    // Throw instead of exiting, so callers (main, tests) report the error their own way.
    abortOnError: false,
  });
  configureApiApp(app, config, logger);
  await app.init();
  return app;
}
