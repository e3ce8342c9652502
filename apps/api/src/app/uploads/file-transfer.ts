import { StreamableFile } from '@nestjs/common';
import { AppError } from '@puente/platform';
import type { Request, Response } from 'express';

/** The raw bytes the upload body reader left on an upload route; 400 naming `file` when none came. */
export function uploadedBytes(request: Request): Buffer {
  if (!Buffer.isBuffer(request.body)) {
    throw new AppError('VALIDATION_FAILED', {
      details: [{ field: 'file', issue: 'missing', message: 'send the file’s bytes as the body, labelled application/octet-stream or its type' }],
    });
  }
  return request.body;
}

/** A stored file as a download: never rendered in the API's origin, with the type read from its bytes at upload. */
export function fileDownload(response: Response, file: { bytes: Buffer; contentType: string; name: string }): StreamableFile {
  response.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  response.setHeader('x-content-type-options', 'nosniff');
  return new StreamableFile(file.bytes, { type: file.contentType, length: file.bytes.length });
}
