import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { assignRequestId } from '../http/request-id';

/** Logs each request once with its id, status and duration; probes are too frequent to log. */
export function httpLoggerMiddleware(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request, response) => assignRequestId(request, response),
    autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health/') },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
