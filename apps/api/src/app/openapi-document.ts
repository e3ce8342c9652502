import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ApiEnvironment, createLogger, loadConfig } from '@puente/platform';
import { resolve } from 'node:path';
import { ApiModule } from './api.module';
import { API_PREFIX, openApiDocumentConfig } from './configure-api-app';
import { withNullableEnums } from './openapi-nullable-enums';

/**
 * The OpenAPI document without a database or Redis: Nest's preview mode builds the route table
 * without creating providers. The client export and the response-schema test both read it here,
 * so the test checks exactly what the web app's client is generated from.
 */
export async function buildOpenApiDocument(env: NodeJS.ProcessEnv = process.env): Promise<OpenAPIObject> {
  const config = loadConfig(ApiEnvironment, { ...env, NODE_ENV: 'test', LOG_LEVEL: 'silent', PUENTE_DATA_DIR: resolve('tmp/openapi-export') });
  const logger = createLogger({ service: 'openapi-export', level: 'silent' });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, logger }), { preview: true, logger: false });
  try {
    app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
    return withNullableEnums(SwaggerModule.createDocument(app, openApiDocumentConfig()));
  } finally {
    await app.close();
  }
}
