import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import type { RequestHandler } from 'express';
import { assignRequestId } from '../http/request-id';
import { redactUrl } from './redact-url';
import { runWithRequestId } from './request-context';

/**
 * Logs each request once with its id, status and duration; probes are too frequent to log. URLs are
 * logged with secret query values redacted (redactUrl).
 */
export function httpLoggerMiddleware(logger: Logger): RequestHandler {
  const log: HttpLogger = pinoHttp({
    logger,
    genReqId: (request, response) => assignRequestId(request, response),
    autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health/') },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: redactUrl(request.url),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
  return (request, response, next) => log(request, response, () => runWithRequestId(String(request.id), next));
}
