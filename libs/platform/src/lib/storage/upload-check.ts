import { AppError } from '../errors/app-error';
import { CONTENT_TYPES, detectFileType, type FileType } from './file-type';
import './upload.errors';

export interface UploadCheck {
  bytes: Buffer;
  /** The kinds this route takes, e.g. `['pdf']` for a certificate, `['png', 'jpeg', 'webp']` for a photo. */
  allowed: readonly FileType[];
  /** UPLOAD_MAX_BYTES, or less for a route that wants smaller files. */
  maxBytes: number;
  /** The request field named in the error details; `file` unless the route calls it otherwise. */
  field?: string;
}

export interface CheckedUpload {
  type: FileType;
  /** What to store and serve the file with: derived from the bytes, never the client's label. */
  contentType: string;
  size: number;
}

const NAMES: Record<FileType, string> = { pdf: 'PDF', png: 'PNG', jpeg: 'JPEG', webp: 'WebP', step: 'STEP', iges: 'IGES', dxf: 'DXF', zip: 'ZIP' };

/**
 * The one check every upload goes through before it is stored: at most `maxBytes` (413
 * UPLOAD_TOO_LARGE), and bytes that are one of the allowed kinds by their magic numbers (415
 * UPLOAD_TYPE_NOT_ALLOWED), whatever the file name or the client's content type say: a PDF renamed
 * `.png` is a PDF, an executable renamed `.pdf` is refused. Empty files are refused as not allowed.
 */
export function checkUpload({ bytes, allowed, maxBytes, field = 'file' }: UploadCheck): CheckedUpload {
  if (bytes.length > maxBytes) {
    throw new AppError('UPLOAD_TOO_LARGE', {
      details: [{ field, issue: 'too_large', message: `${field} must be at most ${maxBytes} bytes; it has ${bytes.length}` }],
    });
  }
  const type = detectFileType(bytes);
  if (type === null || !allowed.includes(type)) {
    const names = allowed.map((kind) => NAMES[kind]);
    throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', {
      message: {
        en: `This kind of file is not accepted here. Upload a ${joinNames(names, 'or')} file.`,
        es: `Este tipo de archivo no se acepta aquí. Sube un archivo ${joinNames(names, 'o')}.`,
      },
      details: [
        {
          field,
          issue: 'type_not_allowed',
          message: `${field} must be ${joinNames(names, 'or')} by its content; it is ${type === null ? 'none of these' : NAMES[type]}`,
        },
      ],
    });
  }
  return { type, contentType: CONTENT_TYPES[type], size: bytes.length };
}

export interface UploadQuotaCheck {
  /** Bytes the organization already stores, as its context counts them. */
  usedBytes: number;
  /** The size of the file being added. */
  addingBytes: number;
  /** UPLOAD_QUOTA_BYTES_PER_ORGANIZATION. */
  quotaBytes: number;
  field?: string;
}

/** 413 UPLOAD_QUOTA_EXCEEDED when adding the file would take the organization past its quota. */
export function assertWithinUploadQuota({ usedBytes, addingBytes, quotaBytes, field = 'file' }: UploadQuotaCheck): void {
  if (usedBytes + addingBytes <= quotaBytes) return;
  throw new AppError('UPLOAD_QUOTA_EXCEEDED', {
    details: [
      {
        field,
        issue: 'quota_exceeded',
        message: `the organization stores ${usedBytes} of ${quotaBytes} bytes; ${field} (${addingBytes} bytes) does not fit`,
      },
    ],
  });
}

function joinNames(names: string[], conjunction: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
