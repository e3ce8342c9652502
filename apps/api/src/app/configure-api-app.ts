import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createValidationPipe, httpLoggerMiddleware } from '@puente/platform';
import { bodyMiddleware } from './suppliers/document-upload.middleware';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger as NestPinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { ApiConfig } from './api-config';
import { withNullableEnums } from './openapi-nullable-enums';
import { serveWebApp } from './serve-web-app';

export const API_PREFIX = 'api/v1';
export const DOCS_PATH = 'api/docs';

function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Security headers; the docs page needs inline script and style for Swagger UI, nothing else does. */
function securityHeaders() {
  const strict = helmet();
  const docs = helmet({
    contentSecurityPolicy: {
      directives: { scriptSrc: ["'self'", "'unsafe-inline'"], styleSrc: ["'self'", "'unsafe-inline'"] },
    },
  });
  return (request: Request, response: Response, next: NextFunction) =>
    (request.path.startsWith(`/${DOCS_PATH}`) ? docs : strict)(request, response, next);
}

/** Title, description and security scheme of the OpenAPI document (also used by the offline export). */
export function openApiDocumentConfig() {
  return new DocumentBuilder()
    .setTitle('Puente API')
    .setDescription('Marketplace connecting US buyers with Mexican manufacturers. Errors share one shape: {"error": {"code", "message", "details", "requestId"}}.')
    .setVersion('1')
    .addBearerAuth()
    .build();
}

/** Everything HTTP-level that the API needs around its modules; tests call it too. */
export function configureApiApp(app: NestExpressApplication, config: ApiConfig, logger: Logger): void {
  app.useLogger(app.get(NestPinoLogger));
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  // Order matters: the request id and log line exist before anything can fail.
  app.use(httpLoggerMiddleware(logger));
  app.use(securityHeaders());
  app.enableCors({
    origin: config.CORS_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean),
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  app.use(cookieParser());
  app.use(
    // JSON bodies everywhere; raw file bytes on the upload routes only.
    bodyMiddleware(
      {
        limitBytes: config.HTTP_BODY_LIMIT_BYTES,
        maxDepth: config.HTTP_BODY_MAX_DEPTH,
        maxKeys: config.HTTP_BODY_MAX_KEYS,
        maxItems: config.HTTP_BODY_MAX_ITEMS,
      },
      { documents: config.UPLOAD_MAX_BYTES, rfqAttachments: config.RFQ_ATTACHMENT_MAX_BYTES, quoteAttachments: config.QUOTE_ATTACHMENT_MAX_BYTES },
    ),
  );
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health/live', 'health/ready'] });
  serveWebApp(app, config.WEB_DIST_DIR, logger);
  app.useGlobalPipes(createValidationPipe());

  SwaggerModule.setup(DOCS_PATH, app, () => withNullableEnums(SwaggerModule.createDocument(app, openApiDocumentConfig())), {
    jsonDocumentUrl: `${DOCS_PATH}-json`,
  });
}
