import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { deleteRedisKeys, memoryLogger, testApiConfig } from '@puente/testing';
import type { AddressInfo } from 'node:net';
import { createApiApp } from '../../src/app/create-api-app';
import type { ApiConfig } from '../../src/app/api-config';

export interface TestApi {
  app: NestExpressApplication;
  config: ApiConfig;
  url: string;
  logLines: () => Record<string, unknown>[];
  close: () => Promise<void>;
}

/** Boots the real API module on a random port, with this run's database and its own Redis prefix. */
export async function startTestApi(
  options: { env?: Record<string, string>; extraControllers?: Type[] } = {},
): Promise<TestApi> {
  const config = testApiConfig(options.env);
  const { logger, lines } = memoryLogger('info');
  const app = await createApiApp(config, logger, options.extraControllers);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    config,
    url: `http://127.0.0.1:${port}`,
    logLines: lines,
    close: async () => {
      await app.close();
      if (!options.env?.REDIS_KEY_PREFIX) await deleteRedisKeys(config.REDIS_KEY_PREFIX);
    },
  };
}
