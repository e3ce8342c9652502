import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { AppError } from '../errors/app-error';
import { contentEncodingOf, readBody } from './read-body';

function incoming(body: Buffer, headers: Record<string, string> = {}): IncomingMessage {
  // Small chunks, as a socket delivers them, so the limit is checked while streaming.
  const chunks = Array.from({ length: Math.ceil(body.length / 1024) }, (_, i) => body.subarray(i * 1024, (i + 1) * 1024));
  return Object.assign(Readable.from(chunks), { headers }) as unknown as IncomingMessage;
}

const json = Buffer.from(JSON.stringify({ name: 'Maquinados del Bajío', items: [1, 2, 3] }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return (error as AppError).code;
}

describe('readBody', () => {
  it.each([
    ['identity', json],
    ['gzip', gzipSync(json)],
    ['deflate', deflateSync(json)],
    ['br', brotliCompressSync(json)],
  ])('decodes %s', async (encoding, bytes) => {
    expect((await readBody(incoming(bytes), encoding, 10_000)).equals(json)).toBe(true);
  });

  it('counts the limit after decoding: a small bomb is refused without inflating it in full', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const source = incoming(bomb);
    expect(await codeOf(readBody(source, 'gzip', 1024 * 1024))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body over the limit as received, and a declared length over it without reading', async () => {
    expect(await codeOf(readBody(incoming(Buffer.alloc(5_000)), 'identity', 4_096))).toBe('PAYLOAD_TOO_LARGE');
    expect(await codeOf(readBody(incoming(Buffer.alloc(10), { 'content-length': '999999' }), 'identity', 4_096))).toBe('PAYLOAD_TOO_LARGE');
  });

  it.each([
    ['plain text labelled gzip', json, 'gzip'],
    ['truncated gzip', gzipSync(json).subarray(0, 15), 'gzip'],
    ['garbage labelled deflate', Buffer.from('not deflate at all'), 'deflate'],
    ['garbage labelled br', Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), 'br'],
  ])('answers %s with BODY_ENCODING_INVALID', async (_label, bytes, encoding) => {
    expect(await codeOf(readBody(incoming(bytes), encoding, 10_000))).toBe('BODY_ENCODING_INVALID');
  });
});

describe('contentEncodingOf', () => {
  it.each([
    [undefined, 'identity'],
    ['GZIP', 'gzip'],
    [' br ', 'br'],
    ['x-gzip', 'x-gzip'],
    ['deflate', 'deflate'],
  ])('accepts %p as %s', (header, expected) => {
    expect(contentEncodingOf({ headers: header === undefined ? {} : { 'content-encoding': header } } as IncomingMessage)).toBe(expected);
  });

  it.each(['compress', 'zstd', 'gzip, br', 'identity;q=1'])('refuses %s with 415 UNSUPPORTED_CONTENT_ENCODING', (header) => {
    expect(() => contentEncodingOf({ headers: { 'content-encoding': header } } as unknown as IncomingMessage)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_CONTENT_ENCODING', status: 415 }),
    );
  });
});
