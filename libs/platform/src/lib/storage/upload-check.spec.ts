import { AppError } from '../errors/app-error';
import { errorDefinition } from '../errors/error-codes';
import { assertWithinUploadQuota, checkUpload } from './upload-check';
import { sampleElf, sampleJpeg, samplePdf, samplePng, sampleWebp } from './upload-samples.test-helper';

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const PHOTOS = ['png', 'jpeg', 'webp'] as const;

describe('checkUpload', () => {
  it('answers the type and the content type from the bytes', () => {
    expect(checkUpload({ bytes: samplePdf(), allowed: ['pdf'], maxBytes: 10_000 })).toEqual({
      type: 'pdf',
      contentType: 'application/pdf',
      size: samplePdf().length,
    });
    expect(checkUpload({ bytes: samplePng(), allowed: PHOTOS, maxBytes: 10_000 }).contentType).toBe('image/png');
    expect(checkUpload({ bytes: sampleJpeg(), allowed: PHOTOS, maxBytes: 10_000 }).contentType).toBe('image/jpeg');
    expect(checkUpload({ bytes: sampleWebp(), allowed: PHOTOS, maxBytes: 10_000 }).contentType).toBe('image/webp');
  });

  it('refuses a PDF where only photos are allowed: 415 UPLOAD_TYPE_NOT_ALLOWED naming the field', () => {
    const error = errorOf(() => checkUpload({ bytes: samplePdf(), allowed: PHOTOS, maxBytes: 10_000 }));
    expect(error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(error.status).toBe(415);
    expect(error.details).toEqual([{ field: 'file', issue: 'type_not_allowed', message: 'file must be PNG, JPEG or WebP by its content; it is PDF' }]);
    expect(error.messageIn('en')).toBe('This kind of file is not accepted here. Upload a PNG, JPEG or WebP file.');
    expect(error.messageIn('es')).toBe('Este tipo de archivo no se acepta aquí. Sube un archivo PNG, JPEG o WebP.');
  });

  it('refuses an executable labelled as a PDF, under the field the route names', () => {
    const error = errorOf(() => checkUpload({ bytes: sampleElf(), allowed: ['pdf'], maxBytes: 10_000, field: 'certificate' }));
    expect(error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(error.details[0]).toMatchObject({ field: 'certificate', issue: 'type_not_allowed' });
    expect(error.messageIn('es')).toBe('Este tipo de archivo no se acepta aquí. Sube un archivo PDF.');
  });

  it('takes a file of exactly maxBytes and refuses one byte more: 413 UPLOAD_TOO_LARGE', () => {
    const bytes = Buffer.concat([samplePdf(), Buffer.alloc(1_000)]);
    expect(checkUpload({ bytes, allowed: ['pdf'], maxBytes: bytes.length }).size).toBe(bytes.length);
    const error = errorOf(() => checkUpload({ bytes, allowed: ['pdf'], maxBytes: bytes.length - 1 }));
    expect(error.code).toBe('UPLOAD_TOO_LARGE');
    expect(error.status).toBe(413);
    expect(error.details).toEqual([
      { field: 'file', issue: 'too_large', message: `file must be at most ${bytes.length - 1} bytes; it has ${bytes.length}` },
    ]);
  });

  it('answers too large before looking at the type of an oversize file', () => {
    expect(errorOf(() => checkUpload({ bytes: sampleElf(), allowed: ['pdf'], maxBytes: 100 })).code).toBe('UPLOAD_TOO_LARGE');
  });
});

describe('assertWithinUploadQuota', () => {
  it('lets a file fill the quota exactly and refuses one byte past it: 413 UPLOAD_QUOTA_EXCEEDED', () => {
    expect(() => assertWithinUploadQuota({ usedBytes: 900, addingBytes: 100, quotaBytes: 1_000 })).not.toThrow();
    const error = errorOf(() => assertWithinUploadQuota({ usedBytes: 901, addingBytes: 100, quotaBytes: 1_000 }));
    expect(error.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    expect(error.status).toBe(413);
    expect(error.details).toEqual([
      { field: 'file', issue: 'quota_exceeded', message: 'the organization stores 901 of 1000 bytes; file (100 bytes) does not fit' },
    ]);
  });

  it('has English and Spanish messages for each upload code', () => {
    for (const code of ['UPLOAD_TYPE_NOT_ALLOWED', 'UPLOAD_TOO_LARGE', 'UPLOAD_QUOTA_EXCEEDED']) {
      const { message } = errorDefinition(code);
      expect([code, message.en.length > 0, message.es.length > 0, message.en !== message.es]).toEqual([code, true, true, true]);
    }
  });
});
