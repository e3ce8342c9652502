/** The kinds of file Puente accepts as uploads. */
export type FileType = 'pdf' | 'png' | 'jpeg' | 'webp';

/** The content type each kind is stored and served with: from the bytes, never from the client. */
export const CONTENT_TYPES: Readonly<Record<FileType, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * What the bytes are, by their magic numbers, whatever the file was called or labelled: `%PDF-` at the
 * start (PDF 1.7 and 2.0 both begin so), the 8-byte PNG signature, the JPEG SOI marker followed by a
 * marker (`FF D8 FF`), `RIFF<size>WEBP`. Anything else, executables and text included, is null.
 */
export function detectFileType(bytes: Buffer): FileType | null {
  if (startsWith(bytes, Buffer.from('%PDF-', 'latin1'))) return 'pdf';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
