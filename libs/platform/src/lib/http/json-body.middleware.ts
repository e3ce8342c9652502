import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors/app-error';
import { inspectJson, type JsonShapeLimits } from './inspect-json';
import { contentEncodingOf, readBody } from './read-body';
import { sendError } from './send-error';
import { toAppError } from './to-app-error';

const JSON_MEDIA_TYPE = /^application\/([a-z0-9.+-]+\+)?json$/i;

export interface JsonBodyLimits extends JsonShapeLimits {
  /** Largest body, counted after content-encoding is decoded. */
  limitBytes: number;
}

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const unsupportedMediaType = (message: string) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', { details: [{ field: 'content-type', issue: 'unsupported_media_type', message }] });

/** application/json (or +json) in UTF-8, the only body the API reads. */
function checkMediaType(request: Request): void {
  const [type, ...parameters] = (request.headers['content-type'] ?? '').split(';');
  const mediaType = type.trim();
  if (!JSON_MEDIA_TYPE.test(mediaType)) throw unsupportedMediaType(`content-type must be application/json, got "${mediaType.slice(0, 100) || '(none)'}"`);
  const charset = parameters.map((parameter) => parameter.trim().toLowerCase()).find((parameter) => parameter.startsWith('charset='));
  const name = charset?.slice('charset='.length).replace(/"/g, '');
  if (name !== undefined && name !== 'utf-8' && name !== 'utf8') throw unsupportedMediaType(`JSON must be UTF-8, got charset "${name.slice(0, 40)}"`);
}

const malformed = (message: string, issue = 'entity.parse.failed') => new AppError('MALFORMED_JSON', { details: [{ field: 'body', issue, message }] });

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Text to value: UTF-8 strictly (RFC 8259), then an object or array at the root, like body-parser's strict mode. */
function parseJson(bytes: Buffer): unknown {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw malformed('the body is not valid UTF-8', 'invalid_utf8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw malformed((error as Error).message.slice(0, 200));
  }
  if (value === null || typeof value !== 'object') throw malformed('the body must be a JSON object or array', 'not_object');
  return value;
}

/**
 * Reads JSON bodies and answers every body problem in the one error shape: wrong media type (415),
 * unknown content-encoding (415), a body that is not what its encoding says (400), too large once
 * decoded (413), bad JSON (400), too deep, too many keys or items (400), NUL, lone surrogates and
 * non-finite numbers anywhere (400). It runs before Nest's router, so it writes the response itself.
 * An empty body leaves `request.body` undefined.
 */
export function jsonBodyMiddleware(limits: JsonBodyLimits): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    if (!hasBody(request)) {
      next();
      return;
    }
    const refuse = (error: unknown) => {
      // The rest of the body may still be on its way: close rather than read it to keep the connection.
      if (!request.readableEnded) response.setHeader('connection', 'close');
      sendError(request, response, toAppError(error));
    };
    let encoding: string;
    try {
      checkMediaType(request);
      encoding = contentEncodingOf(request);
    } catch (error) {
      refuse(error);
      return;
    }
    readBody(request, encoding, limits.limitBytes).then((bytes) => {
      if (bytes.length === 0) return next();
      try {
        const body = parseJson(bytes);
        const problem = inspectJson(body, limits);
        if (problem) throw problem;
        request.body = body;
      } catch (error) {
        return refuse(error);
      }
      next();
    }, refuse);
  };
}
