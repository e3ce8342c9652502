import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { ApiEnvironment, createLogger, loadConfig } from '@puente/platform';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ApiModule } from './app/api.module';
import { API_PREFIX, openApiDocumentConfig } from './app/configure-api-app';

/**
 * Writes the OpenAPI document without a database or Redis: Nest's preview mode builds the route
 * table without creating providers. The web app's typed client is generated from this file.
 */
async function exportOpenApi(): Promise<void> {
  const target = resolve(process.argv[2] ?? 'tmp/openapi.json');
  const config = loadConfig(ApiEnvironment, { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', PUENTE_DATA_DIR: resolve('tmp/openapi-export') });
  const logger = createLogger({ service: 'openapi-export', level: 'silent' });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, logger }), { preview: true, logger: false });
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  const document = SwaggerModule.createDocument(app, openApiDocumentConfig());
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
}

exportOpenApi().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`export-openapi failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
