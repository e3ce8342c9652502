import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../errors/app-error';

const DECODERS: Record<string, (() => Transform) | undefined> = {
  identity: undefined,
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The body's content-encoding, lower-cased; an encoding we cannot decode is 415 naming it. */
export function contentEncodingOf(request: IncomingMessage): string {
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase() || 'identity';
  if (!(encoding in DECODERS)) {
    throw new AppError('UNSUPPORTED_CONTENT_ENCODING', {
      details: [
        {
          field: 'content-encoding',
          issue: 'unsupported_content_encoding',
          message: `content-encoding must be identity, gzip, deflate or br, got "${encoding.slice(0, 40)}"`,
        },
      ],
    });
  }
  return encoding;
}

const tooLarge = (limitBytes: number) =>
  new AppError('PAYLOAD_TOO_LARGE', {
    details: [{ field: 'body', issue: 'entity.too.large', message: `the body, once decoded, must be at most ${limitBytes} bytes` }],
  });

const encodingInvalid = (encoding: string, cause: unknown) =>
  new AppError('BODY_ENCODING_INVALID', {
    details: [{ field: 'content-encoding', issue: 'invalid_encoding', message: `the body is not valid ${encoding} data` }],
    cause,
  });

/**
 * Reads the whole body, decoding its content-encoding as it streams, and counts the limit on the
 * decoded bytes (and on the bytes received): a 10 KB gzip bomb that would inflate to gigabytes is
 * stopped as soon as it passes the limit, never inflated in full. A body that is not what its
 * encoding claims is 400 BODY_ENCODING_INVALID; a client that goes away is 400 BAD_REQUEST.
 */
export function readBody(request: IncomingMessage, encoding: string, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(tooLarge(limitBytes));
  const decoder = DECODERS[encoding]?.();
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let decoded = 0;
    let settled = false;
    const fail = (error: AppError) => {
      if (settled) return;
      settled = true;
      if (decoder) {
        request.unpipe(decoder);
        decoder.destroy();
      }
      request.pause();
      reject(error);
    };
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) fail(tooLarge(limitBytes));
    });
    request.on('error', (cause) => fail(new AppError('BAD_REQUEST', { details: [{ field: 'body', issue: 'request.aborted', message: 'the request body was not received in full' }], cause })));
    request.on('aborted', () => fail(new AppError('BAD_REQUEST', { details: [{ field: 'body', issue: 'request.aborted', message: 'the request body was not received in full' }] })));
    const output = decoder ? request.pipe(decoder) : request;
    if (decoder) decoder.on('error', (cause) => fail(encodingInvalid(encoding, cause)));
    if (decoder) {
      decoder.on('data', (chunk: Buffer) => {
        decoded += chunk.length;
        if (decoded > limitBytes) fail(tooLarge(limitBytes));
        else chunks.push(chunk);
      });
    } else {
      request.on('data', (chunk: Buffer) => {
        if (!settled) chunks.push(chunk);
      });
    }
    output.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}
