import { registerErrorCodes } from '../errors/error-codes';

/**
 * Codes of every upload route, whichever context owns it. 415 for a type not allowed: the request is
 * well formed, its content is a media type this route does not take (RFC 9110 §15.5.16). 413 for the
 * quota as for the size: both say "too many bytes", and a client handles them alike (smaller or fewer
 * files), while 409 would suggest a state the client could wait out.
 */
export const UPLOAD_ERROR_CODES = {
  UPLOAD_TYPE_NOT_ALLOWED: {
    status: 415,
    message: {
      en: 'This kind of file is not accepted here. Upload a PDF, PNG, JPEG or WebP file.',
      es: 'Este tipo de archivo no se acepta aquí. Sube un archivo PDF, PNG, JPEG o WebP.',
    },
  },
  UPLOAD_TOO_LARGE: {
    status: 413,
    message: { en: 'The file is too large.', es: 'El archivo es demasiado grande.' },
  },
  UPLOAD_QUOTA_EXCEEDED: {
    status: 413,
    message: {
      en: "This file would exceed your organization's storage quota. Delete files you no longer need first.",
      es: 'Este archivo superaría la cuota de almacenamiento de tu organización. Elimina antes los archivos que ya no necesites.',
    },
  },
};

registerErrorCodes(UPLOAD_ERROR_CODES);
