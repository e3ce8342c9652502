import { AppError, contentEncodingOf, jsonBodyMiddleware, readBody, sendError, toAppError, type JsonBodyLimits } from '@puente/platform';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Which size limit an upload route reads up to. */
type UploadLimit = 'documents' | 'rfqAttachments' | 'quoteAttachments';

export interface UploadLimits {
  /** UPLOAD_MAX_BYTES: supplier documents. */
  documents: number;
  /** RFQ_ATTACHMENT_MAX_BYTES: drawings and specifications of RFQs. */
  rfqAttachments: number;
  /** QUOTE_ATTACHMENT_MAX_BYTES: suppliers' own quote documents. */
  quoteAttachments: number;
}

/** The routes that take a file's raw bytes as their body (`?kind=&name=` in the query). */
const UPLOAD_ROUTES: Array<{ path: RegExp; limit: UploadLimit }> = [
  { path: /^\/api\/v1\/supplier-profile\/documents\/?$/, limit: 'documents' },
  { path: /^\/api\/v1\/admin\/suppliers\/[^/]+\/documents\/?$/, limit: 'documents' },
  { path: /^\/api\/v1\/rfqs\/[^/]+\/attachments\/?$/, limit: 'rfqAttachments' },
  { path: /^\/api\/v1\/rfqs\/[^/]+\/quote\/attachments\/?$/, limit: 'quoteAttachments' },
];

/** Media types a client may label RFQ drawings with (CAD exchange formats and archives besides documents and images). */
export const RFQ_ATTACHMENT_MEDIA_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'image/png',
  'image/jpeg',
  'model/step',
  'application/step',
  'model/iges',
  'application/iges',
  'image/vnd.dxf',
  'application/dxf',
  'application/zip',
  'application/x-zip-compressed',
];

/** Media types a client may label the bytes with; the type that counts is read from the bytes. */
const FILE_MEDIA_TYPES = new Set(['image/webp', ...RFQ_ATTACHMENT_MEDIA_TYPES]);

function uploadRouteOf(request: Request): { path: RegExp; limit: UploadLimit } | undefined {
  const path = (request.originalUrl ?? request.url).split('?')[0];
  return request.method === 'POST' ? UPLOAD_ROUTES.find((route) => route.path.test(path)) : undefined;
}

export function isUploadRequest(request: Request): boolean {
  return uploadRouteOf(request) !== undefined;
}

/**
 * The API's one body reader: JSON everywhere (jsonBodyMiddleware and all its rules), except on the
 * upload routes, where a body labelled as a file is read as bytes (same content-encoding handling,
 * limited to UPLOAD_MAX_BYTES, RFQ_ATTACHMENT_MAX_BYTES for RFQ files or QUOTE_ATTACHMENT_MAX_BYTES for quote documents: 413 UPLOAD_TOO_LARGE) into `request.body` as a Buffer. A JSON body sent
 * there still goes through the JSON rules (and is then refused by the route).
 */
export function bodyMiddleware(json: JsonBodyLimits, limits: UploadLimits): RequestHandler {
  const readJson = jsonBodyMiddleware(json);
  return (request: Request, response: Response, next: NextFunction) => {
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const route = uploadRouteOf(request);
    if (!route || !FILE_MEDIA_TYPES.has(mediaType)) return readJson(request, response, next);
    const uploadMaxBytes = limits[route.limit];
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
