import { AppError, contentEncodingOf, jsonBodyMiddleware, readBody, sendError, toAppError, type JsonBodyLimits } from '@puente/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** The routes that take a file's raw bytes as their body (`?kind=&name=` in the query). */
const UPLOAD_ROUTES = [/^\/api\/v1\/supplier-profile\/documents\/?$/, /^\/api\/v1\/admin\/suppliers\/[^/]+\/documents\/?$/];

/** Media types a client may label the bytes with; the type that counts is read from the bytes. */
const FILE_MEDIA_TYPES = new Set(['application/octet-stream', 'application/pdf', 'image/png', 'image/jpeg', 'image/webp']);

export function isUploadRequest(request: Request): boolean {
  const path = (request.originalUrl ?? request.url).split('?')[0];
  return request.method === 'POST' && UPLOAD_ROUTES.some((route) => route.test(path));
}

/**
 * The API's one body reader: JSON everywhere (jsonBodyMiddleware and all its rules), except on the
 * upload routes, where a body labelled as a file is read as bytes (same content-encoding handling,
 * limited to UPLOAD_MAX_BYTES: 413 UPLOAD_TOO_LARGE) into `request.body` as a Buffer. A JSON body sent
 * there still goes through the JSON rules (and is then refused by the route).
 */
export function bodyMiddleware(json: JsonBodyLimits, uploadMaxBytes: number): RequestHandler {
  const readJson = jsonBodyMiddleware(json);
  return (request: Request, response: Response, next: NextFunction) => {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (!isUploadRequest(request) || !FILE_MEDIA_TYPES.has(mediaType)) return readJson(request, response, next);
    const refuse = (error: unknown) => {
      if (!request.readableEnded) response.setHeader('connection', 'close');
      sendError(request, response, toAppError(error));
    };
    let encoding: string;
    try {
      encoding = contentEncodingOf(request);
    } catch (error) {
      return refuse(error);
    }
    readBody(request, encoding, uploadMaxBytes).then(
      (bytes) => {
        request.body = bytes;
        next();
      },
      (error: unknown) =>
        refuse(
          error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE'
            ? new AppError('UPLOAD_TOO_LARGE', { details: [{ field: 'file', issue: 'too_large', message: `file must be at most ${uploadMaxBytes} bytes` }] })
            : error,
        ),
    );
  };
}
