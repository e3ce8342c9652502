import { json, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AppError } from '../errors/app-error';
import { sendError } from './send-error';
import { toAppError } from './to-app-error';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/i;

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Parses JSON bodies and answers every body problem (wrong media type, bad JSON, too large)
 * in the one error shape. It runs before Nest's router, so it writes the response itself.
 */
export function jsonBodyMiddleware(limitBytes: number): RequestHandler {
  const parse = json({ limit: limitBytes, strict: true });
  return (request: Request, response: Response, next: NextFunction) => {
    if (hasBody(request)) {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim();
      if (!JSON_MEDIA_TYPE.test(mediaType)) {
        sendError(
          request,
          response,
          new AppError('UNSUPPORTED_MEDIA_TYPE', {
            details: [
              {
                field: 'content-type',
                issue: 'unsupported_media_type',
                message: `content-type must be application/json, got "${mediaType || '(none)'}"`,
              },
            ],
          }),
        );
        return;
      }
    }
    parse(request, response, (error?: unknown) => (error ? sendError(request, response, toAppError(error)) : next()));
  };
}
